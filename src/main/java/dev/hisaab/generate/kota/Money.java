package dev.hisaab.generate.kota;

/** Paise written as rupees: plain ({@code 1250.00}) or with Indian digit grouping ({@code 1,25,000.00}). */
final class Money {

    private Money() {
    }

    static String rupees(long paise) {
        return paise / 100 + "." + (paise % 100 < 10 ? "0" : "") + paise % 100;
    }

    static String indian(long paise) {
        String whole = Long.toString(paise / 100);
        StringBuilder out = new StringBuilder(whole.length() + 6);
        int head = whole.length() - 3;
        if (head <= 0) {
            out.append(whole);
        } else {
            // groups of two digits before the last three: 1,25,000
            int first = head % 2 == 0 ? 2 : 1;
            out.append(whole, 0, first);
            for (int i = first; i < head; i += 2) {
                out.append(',').append(whole, i, i + 2);
            }
            out.append(',').append(whole, head, whole.length());
        }
        return out.append('.').append(paise % 100 < 10 ? "0" : "").append(paise % 100).toString();
    }
}

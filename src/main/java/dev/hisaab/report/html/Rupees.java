package dev.hisaab.report.html;

import java.math.BigDecimal;

/** Amounts as an Indian reader writes them: lakh/crore digit groups ({@code 22,38,439.00}); exact, from paise. */
final class Rupees {

    private Rupees() {
    }

    /** Paise as rupees with Indian grouping and two decimals. */
    static String of(long paise) {
        String sign = paise < 0 ? "-" : "";
        long abs = Math.abs(paise);
        return sign + group(abs / 100) + "." + String.format("%02d", abs % 100);
    }

    /** A decimal rupee amount as summary.json writes it ({@code "2238439.00"}), grouped. */
    static String of(String rupees) {
        return of(paise(rupees));
    }

    static long paise(String rupees) {
        return new BigDecimal(rupees).movePointRight(2).longValueExact();
    }

    /** Whole number with Indian grouping: the last three digits, then groups of two. */
    static String group(long n) {
        String digits = Long.toString(n);
        if (digits.length() <= 3) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(digits.substring(digits.length() - 3));
        int i = digits.length() - 3;
        while (i > 0) {
            int start = Math.max(0, i - 2);
            sb.insert(0, digits.substring(start, i) + ",");
            i = start;
        }
        return sb.toString();
    }
}

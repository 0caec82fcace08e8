package dev.hisaab.generate;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Issues sparse application numbers {@code JP<yy><mm><serial>}: the k-th application of a month gets serial
 * {@code P(k)} of a keyed permutation, so membership is {@code P⁻¹(serial) < count(month)}. Serials have 5 digits
 * while a month holds at most 10% of that space, otherwise 6 (the number still fits varchar(12)).
 */
final class ApplicationNumbers {

    private static final YearMonth[] MONTHS = {YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1)};

    private final int[] first = new int[MONTHS.length + 1];
    private final FeistelPermutation[] serials = new FeistelPermutation[MONTHS.length];
    private final int digits;
    private final long space;

    ApplicationNumbers(JhatpatCalendar calendar, long seed) {
        int largest = 0;
        for (int m = 0; m < MONTHS.length; m++) {
            first[m] = calendar.firstIndexAtOrAfter(MONTHS[m].atDay(1).atStartOfDay().atOffset(JhatpatCalendar.IST));
        }
        first[MONTHS.length] = calendar.applications();
        for (int m = 0; m < MONTHS.length; m++) {
            largest = Math.max(largest, first[m + 1] - first[m]);
        }
        this.digits = largest <= 10_000 ? 5 : 6;
        this.space = digits == 5 ? 100_000 : 1_000_000;
        if (largest > space / 2) {
            throw new IllegalArgumentException("too many applications per month for sparse numbers: " + largest);
        }
        for (int m = 0; m < MONTHS.length; m++) {
            serials[m] = new FeistelPermutation(space, Seeds.derive(seed, Seeds.NUMBERS, m));
        }
    }

    int digits() {
        return digits;
    }

    String number(int index, OffsetDateTime submittedAt) {
        int m = monthIndex(YearMonth.from(submittedAt));
        long serial = serials[m].apply(index - first[m]);
        return format(MONTHS[m], serial);
    }

    private String format(YearMonth month, long serial) {
        String digitsText = Long.toString(serial);
        StringBuilder text = new StringBuilder(12).append("JP")
                .append(String.format("%02d%02d", month.getYear() % 100, month.getMonthValue()));
        for (int pad = digitsText.length(); pad < digits; pad++) {
            text.append('0');
        }
        return text.append(digitsText).toString();
    }

    private static int monthIndex(YearMonth month) {
        for (int m = 0; m < MONTHS.length; m++) {
            if (MONTHS[m].equals(month)) {
                return m;
            }
        }
        return -1;
    }

    /** Whether {@code text} is exactly a number issued to some application. */
    boolean isIssued(String text) {
        if (text.length() != 6 + digits || !text.startsWith("JP")) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        int yy = Integer.parseInt(text.substring(2, 4));
        int mm = Integer.parseInt(text.substring(4, 6));
        if (mm < 1 || mm > 12) {
            return false;
        }
        int m = monthIndex(YearMonth.of(2000 + yy, mm));
        if (m < 0) {
            return false;
        }
        long k = serials[m].inverse(Long.parseLong(text.substring(6)));
        return k < first[m + 1] - first[m];
    }

    /**
     * A one-character typo of {@code number} (digit substitution or adjacent transposition) that is not issued and
     * whose only issued one-edit neighbour is {@code number} itself, so it can be corrected unambiguously; null if
     * none was found.
     */
    String typo(String number, SplittableRandom random) {
        for (int attempt = 0; attempt < 200; attempt++) {
            char[] chars = number.toCharArray();
            int position = 2 + random.nextInt(chars.length - 2);
            if (random.nextInt(3) == 0 && position + 1 < chars.length && chars[position] != chars[position + 1]) {
                char swap = chars[position];
                chars[position] = chars[position + 1];
                chars[position + 1] = swap;
            } else {
                chars[position] = (char) ('0' + (chars[position] - '0' + 1 + random.nextInt(9)) % 10);
            }
            String candidate = new String(chars);
            if (!isIssued(candidate) && issuedNeighbours(candidate) == 1) {
                return candidate;
            }
        }
        return null;
    }

    /** A well-formed-looking number that is not issued and has no issued one-edit neighbour. */
    String garbage(SplittableRandom random) {
        for (int attempt = 0; attempt < 200; attempt++) {
            YearMonth month = MONTHS[random.nextInt(MONTHS.length)];
            String candidate = format(month, random.nextLong(space));
            if (!isIssued(candidate) && issuedNeighbours(candidate) == 0) {
                return candidate;
            }
        }
        // July 2025 predates the portal and is at least two edits away from every issued month.
        return format(YearMonth.of(2025, 7), random.nextLong(space));
    }

    int issuedNeighbours(String text) {
        int count = 0;
        char[] chars = text.toCharArray();
        for (int i = 2; i < chars.length; i++) {
            char original = chars[i];
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != original) {
                    chars[i] = digit;
                    count += isIssued(new String(chars)) ? 1 : 0;
                }
            }
            chars[i] = original;
            if (i + 1 < chars.length && chars[i] != chars[i + 1]) {
                char next = chars[i + 1];
                chars[i + 1] = original;
                chars[i] = next;
                count += isIssued(new String(chars)) ? 1 : 0;
                chars[i] = original;
                chars[i + 1] = next;
            }
        }
        return count;
    }
}

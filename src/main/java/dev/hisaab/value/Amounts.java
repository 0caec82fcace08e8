package dev.hisaab.value;

import java.math.BigDecimal;

/**
 * Parses money text into exact paise and formats paise back as rupees. Integer arithmetic only: no floating point
 * ever touches an amount.
 *
 * <p>Accepted: {@code 100}, {@code 100.5}, {@code 100.50}, Indian grouping {@code 1,25,000.00}, western grouping
 * {@code 125,000.00}, a leading {@code Rs}, {@code Rs.}, {@code INR} or {@code ₹}, a trailing {@code /-} (as in
 * {@code Rs. 500/-}), surrounding spaces and a leading minus (before or after the currency). Grouping commas must
 * sit between digits with a three-digit last group, so a decimal comma such as {@code 100,50} is rejected rather than
 * misread as ten thousand and fifty.
 */
public final class Amounts {

    private static final String[] CURRENCY_PREFIXES = {"₹", "RS.", "RS", "INR"};

    private Amounts() {
    }

    /**
     * The amount in paise.
     *
     * @param text the raw amount
     * @param unit whether {@code text} is in rupees (up to two significant decimals) or paise (no decimals, except
     *             zeros)
     * @throws IllegalArgumentException with a short reason when the text is not an amount
     */
    public static long parsePaise(String text, AmountUnit unit) {
        long plain = plainPaise(text, unit);
        if (plain != Long.MIN_VALUE) {
            return plain;
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty amount");
        }
        String s = text.strip();
        boolean negative = false;
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1).strip();
        }
        String bare = stripCurrency(s);
        if (unit == AmountUnit.PAISE && (!bare.equals(s) || s.endsWith("/-"))) {
            // a rupee marker on a figure the job says is in paise: one of the two is wrong, so neither is guessed
            throw new IllegalArgumentException("rupee marker in an amount in paise: '" + text + "'");
        }
        s = bare;
        if (s.startsWith("-") && !negative) {
            negative = true;
            s = s.substring(1).strip();
        }
        if (s.endsWith("/-")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no digits in amount '" + text + "'");
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        if (dot >= 0 && fraction.isEmpty()) {
            throw new IllegalArgumentException("no digits after the decimal point in '" + text + "'");
        }
        long units = parseWhole(whole, text);
        long cents = parseFraction(fraction, unit, text);
        try {
            long paise = unit == AmountUnit.RUPEES ? Math.addExact(Math.multiplyExact(units, 100L), cents) : units;
            return negative ? -paise : paise;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount too large: '" + text + "'");
        }
    }

    /**
     * The common case read in one pass: only digits, grouped by commas as {@link #parseWhole} accepts them (a quarter
     * of a receipt export's amounts are 1,000 or more), at most one decimal point with digits on both sides, and few
     * enough digits that nothing can overflow; the same paise as the full parse. {@link Long#MIN_VALUE} for anything
     * else (signs, currency, misplaced commas, spaces, more decimals than the unit allows), which the full parse reads
     * or words the error for.
     */
    private static long plainPaise(String text, AmountUnit unit) {
        if (text == null) {
            return Long.MIN_VALUE;
        }
        int n = text.length();
        if (n == 0 || n > 16) {
            return Long.MIN_VALUE;
        }
        long whole = 0;
        int i = 0;
        int groupLength = 0;
        boolean grouped = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ',') {
                // as parseWhole: the first group one to three digits, later ones two or three, the last three
                if (groupLength == 0 || groupLength > 3 || (grouped && groupLength < 2)) {
                    return Long.MIN_VALUE;
                }
                grouped = true;
                groupLength = 0;
                i++;
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            whole = whole * 10 + (c - '0');
            groupLength++;
            i++;
        }
        if (i == 0 || (grouped && groupLength != 3)) {
            return Long.MIN_VALUE;
        }
        long cents = 0;
        if (i < n) {
            if (text.charAt(i) != '.' || i == n - 1) {
                return Long.MIN_VALUE;
            }
            int digits = n - i - 1;
            for (int k = i + 1; k < n; k++) {
                char c = text.charAt(k);
                if (c < '0' || c > '9' || (unit == AmountUnit.PAISE && c != '0')) {
                    return Long.MIN_VALUE;
                }
                cents = cents * 10 + (c - '0');
            }
            if (unit == AmountUnit.RUPEES) {
                if (digits > 2) {
                    return Long.MIN_VALUE;
                }
                cents = digits == 1 ? cents * 10 : cents;
            }
        }
        return unit == AmountUnit.RUPEES ? whole * 100 + cents : whole;
    }

    /** Paise as rupees with exactly two decimals: {@code 123450} → {@code 1234.50}, {@code -5} → {@code -0.05}. */
    public static String formatRupees(long paise) {
        return BigDecimal.valueOf(paise, 2).toPlainString();
    }

    private static String stripCurrency(String s) {
        for (String prefix : CURRENCY_PREFIXES) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return s.substring(prefix.length()).strip();
            }
        }
        return s;
    }

    /** Digits with optional grouping commas; the last group has three digits, the others two or three. */
    private static long parseWhole(String whole, String text) {
        if (whole.isEmpty()) {
            throw new IllegalArgumentException("no digits before the decimal point in '" + text + "'");
        }
        long value = 0;
        int groupLength = 0;
        boolean grouped = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c == ',') {
                boolean firstGroup = !grouped;
                if (groupLength == 0 || groupLength > 3 || (!firstGroup && groupLength < 2)) {
                    throw new IllegalArgumentException("misplaced comma in amount '" + text + "'");
                }
                grouped = true;
                groupLength = 0;
                continue;
            }
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an amount: '" + text + "'");
            }
            groupLength++;
            try {
                value = Math.addExact(Math.multiplyExact(value, 10L), c - '0');
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("amount too large: '" + text + "'");
            }
        }
        if (grouped && groupLength != 3) {
            throw new IllegalArgumentException("misplaced comma in amount '" + text + "'");
        }
        return value;
    }

    /** The fraction as paise (rupees: up to two digits, further digits must be zeros; paise: zeros only). */
    private static long parseFraction(String fraction, AmountUnit unit, String text) {
        long cents = 0;
        for (int i = 0; i < fraction.length(); i++) {
            char c = fraction.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an amount: '" + text + "'");
            }
            boolean significant = unit == AmountUnit.RUPEES && i < 2;
            if (significant) {
                cents = cents * 10 + (c - '0');
            } else if (c != '0') {
                throw new IllegalArgumentException(unit == AmountUnit.RUPEES
                        ? "more than two decimals in rupee amount '" + text + "'"
                        : "fraction of a paisa in '" + text + "'");
            }
        }
        if (unit == AmountUnit.RUPEES && fraction.length() == 1) {
            cents *= 10;
        }
        return cents;
    }
}

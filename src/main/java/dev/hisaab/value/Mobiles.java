package dev.hisaab.value;

/**
 * Normalizes Indian mobile numbers to their ten digits, so {@code +91 98765-43210}, {@code 919876543210},
 * {@code 09876543210} and {@code (98765) 43210} all compare equal. The leading digit is not checked, so a landline
 * with its STD code (ten digits) passes too.
 */
public final class Mobiles {

    private Mobiles() {
    }

    /**
     * The ten-digit number, or {@code null} for blank text.
     *
     * @throws IllegalArgumentException for letters, another country code or the wrong number of digits
     */
    public static String normalize(String text) {
        if (isTenDigits(text)) {
            return text;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSeparator(c)) {
                cleaned.append(c);
            }
        }
        String number = cleaned.toString();
        if (number.startsWith("+")) {
            if (!number.startsWith("+91")) {
                throw new IllegalArgumentException("not an Indian mobile number: '" + text + "'");
            }
            number = number.substring(3);
        }
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                throw new IllegalArgumentException("not a mobile number: '" + text + "'");
            }
        }
        if (number.length() == 12 && number.startsWith("91")) {
            number = number.substring(2);
        } else if (number.length() == 11 && number.startsWith("0")) {
            number = number.substring(1);
        }
        if (number.length() != 10) {
            throw new IllegalArgumentException("mobile number must have 10 digits, found " + number.length()
                    + ": '" + text + "'");
        }
        return number;
    }

    private static boolean isTenDigits(String text) {
        if (text == null || text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u00A0' || c == '\t';
    }
}

package dev.hisaab.value;

import java.util.Locale;

/**
 * Normalizes business keys (application numbers, receipt numbers, order ids) for matching: all whitespace removed,
 * including the no-break and zero-width spaces that spreadsheets leave behind, and upper-cased, so
 * {@code "app 2024 00017 "} and {@code "APP202400017"} are the same key.
 */
public final class Keys {

    private Keys() {
    }

    /** The normalized key, or {@code null} for null or blank text. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        if (isNormalAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * A looser key for ids that people type in many ways (consumer ids: {@code kota-w-004521}, {@code KOTA W 4521}):
     * only letters and digits, upper-cased, leading zeros of every digit run removed — {@code KOTAW4521}. Null for
     * null or text without letters or digits.
     */
    public static String loose(String text) {
        if (text == null) {
            return null;
        }
        // ASCII (every id seen so far) into bytes, no builder; anything else the general way
        int n = text.length();
        byte[] out = new byte[n];
        int length = 0;
        boolean inDigits = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return looseUnicode(text);
            }
            boolean digit = c >= '0' && c <= '9';
            if (digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                if (c == '0' && !inDigits && i + 1 < n && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
                    continue;
                }
                inDigits = digit;
                out[length++] = (byte) (c >= 'a' ? c - 32 : c);
            } else {
                inDigits = false;
            }
        }
        return length == 0 ? null : new String(out, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@link #loose} for any text, char by char: the rule the ASCII path above must agree with. */
    static String looseUnicode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inDigits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                boolean digit = isDigit(c);
                if (digit && c == '0' && !inDigits && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
                    continue;
                }
                inDigits = digit;
                out.append(c < 0x80 ? (c >= 'a' && c <= 'z' ? (char) (c - 32) : c) : Character.toUpperCase(c));
            } else {
                inDigits = false;
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** {@link Character#isLetterOrDigit(char)}, without a table look-up for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#isDigit(char)}, without a table look-up for ASCII. */
    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** Whether the text is already its own key: not empty, ASCII without spaces, controls or lower case. */
    private static boolean isNormalAscii(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7F || (c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}

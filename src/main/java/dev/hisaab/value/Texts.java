package dev.hisaab.value;

/** Questions about raw field text that parsers ask of every value, answered without scanning it. */
public final class Texts {

    private Texts() {
    }

    /**
     * Whether the text starts and ends with a visible ASCII character, so that {@link String#strip()} would return it
     * unchanged: what a trimming CSV reader hands over, and most values. False for null and empty text; text that is
     * not so may still need no stripping (a value ending in a non-ASCII letter), so a caller strips it the general way.
     */
    public static boolean startsAndEndsVisibly(String text) {
        int n = text == null ? 0 : text.length();
        return n > 0 && isVisibleAscii(text.charAt(0)) && isVisibleAscii(text.charAt(n - 1));
    }

    private static boolean isVisibleAscii(char c) {
        return c > ' ' && c < 0x7F;
    }
}

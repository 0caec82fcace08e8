package dev.hisaab.report.html;

/**
 * Escaping for everything that comes from data: {@link #text} for element content and attribute values, and
 * {@link #json} for JSON strings inside a {@code <script>} block, where {@code <}, {@code >}, {@code &} and the JavaScript
 * line separators are written as {@code \}{@code uXXXX} so no text can close the block or start markup.
 */
final class HtmlText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private HtmlText() {
    }

    /** Text safe as element content and as a double- or single-quoted attribute value; null is empty. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\0' -> "\uFFFD";
                case '\u2028' -> "&#8232;";
                case '\u2029' -> "&#8233;";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Appends {@code s} as a JSON string that can sit inside a script element: besides what JSON needs escaped
     * ({@code "}, backslash, control characters), {@code <}, {@code >}, {@code &} and the JavaScript line separators
     * are written as {@code \}{@code uXXXX}, so no text can close the block or start markup. Returns {@code b}.
     */
    static StringBuilder json(StringBuilder b, String s) {
        b.append('"');
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028'
                    && c != '\u2029') {
                continue;
            }
            b.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                        .append(HEX[c & 15]);
            }
        }
        return b.append(s, from, n).append('"');
    }
}

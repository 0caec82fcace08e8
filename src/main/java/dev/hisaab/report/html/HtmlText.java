package dev.hisaab.report.html;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Escaping for everything that comes from data: {@link #text} for element content and attribute values, and
 * {@link ScriptSafe} for JSON inside a {@code <script>} block, where {@code <}, {@code >}, {@code &} and the JavaScript
 * line separators are written as {@code \}{@code uXXXX} so no text can close the block or start markup.
 */
final class HtmlText {

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

    /** A writer for JSON that will sit inside a script element: escapes the characters HTML or JS could act on. */
    static final class ScriptSafe extends FilterWriter {

        ScriptSafe(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case '<' -> out.write("\\u003c");
                case '>' -> out.write("\\u003e");
                case '&' -> out.write("\\u0026");
                case '\u2028' -> out.write("\\u2028");
                case '\u2029' -> out.write("\\u2029");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(buf[i]);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(str.charAt(i));
            }
        }

        /** Leaves the page writer open: the JSON generator closes this one when it is done. */
        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}

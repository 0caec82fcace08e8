package dev.hisaab.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.TimestampUtil;

/**
 * Rows of a category sheet as worksheet XML, written byte for byte as fastexcel 0.19 writes them (its {@code Cell} and
 * {@code XmlEscapeHelper}), straight into a byte buffer that goes to the sheet's zip entry when full. fastexcel builds
 * a cell object per value and escapes text one code point at a time, a new string each; a million findings are
 * 430 MB of sheet XML, so this writes the text runs that need no escaping (nearly all) as they are. Every byte is
 * ASCII: fastexcel writes every character outside printable ASCII as a character reference.
 * {@link XlsxReportWriter} checks the first row of every sheet against fastexcel's own.
 */
final class SheetXmlBuffer {

    /** fastexcel's style numbers for the amount and date columns, in the order the category sheets first use them. */
    static final int AMOUNT_STYLE = 2;
    static final int DATE_STYLE = 3;

    private static final int SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private final StringBuilder number = new StringBuilder(32);
    /** Excel serial numbers of the few days the findings have, as fastexcel formats them. */
    private final Map<LocalDate, String> days = new HashMap<>();
    /** The row being written: its number as text, which every cell reference repeats. */
    private final StringBuilder row = new StringBuilder(8);
    private int at;

    SheetXmlBuffer(OutputStream out) {
        this.out = out;
    }

    /** Starts row {@code r} (1-based). */
    SheetXmlBuffer startRow(int r) throws IOException {
        row.setLength(0);
        row.append(r);
        return ascii("<row r=\"").ascii(row).ascii("\">");
    }

    SheetXmlBuffer endRow() throws IOException {
        return ascii("</row>");
    }

    /**
     * An inline string cell of the row started last, without a style; nothing for null, as fastexcel writes no cell
     * without value or style.
     */
    SheetXmlBuffer text(char column, String value) throws IOException {
        if (value != null) {
            cellStart(column).ascii(" t=\"inlineStr\"><is><t>").escaped(value).ascii("</t></is></c>");
        }
        return this;
    }

    /** {@link #text} of {@code parts} joined by spaces, without joining them first. */
    SheetXmlBuffer joined(char column, List<String> parts, int maxLength) throws IOException {
        long length = parts.size() - 1;
        for (String p : parts) {
            length += p.length();
        }
        if (length > maxLength) {
            return text(column, SheetWriter.cut(String.join(" ", parts)));
        }
        cellStart(column).ascii(" t=\"inlineStr\"><is><t>");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                put(' ');
            }
            escaped(parts.get(i));
        }
        return ascii("</t></is></c>");
    }

    /** A number cell of the row started last, with {@code style}; an empty styled cell for null. */
    SheetXmlBuffer number(char column, int style, Double value) throws IOException {
        cellStart(column).ascii(" s=\"").number(style).ascii("\"");
        if (value == null) {
            return ascii("></c>");
        }
        number.setLength(0);
        number.append(value.doubleValue());
        return ascii(" t=\"n\"><v>").ascii(number).ascii("</v></c>");
    }

    /**
     * A date cell of the row started last, with {@code style}, the day's Excel serial number as fastexcel computes it;
     * empty for null.
     */
    SheetXmlBuffer date(char column, int style, LocalDate day) throws IOException {
        cellStart(column).ascii(" s=\"").number(style).ascii("\"");
        if (day == null) {
            return ascii("></c>");
        }
        String serial = days.computeIfAbsent(day, d -> Double.toString(TimestampUtil.convertDate(d)));
        return ascii(" t=\"n\"><v>").ascii(serial).ascii("</v></c>");
    }

    /** Writes out what is buffered. */
    void flush() throws IOException {
        out.write(buf, 0, at);
        at = 0;
    }

    private SheetXmlBuffer cellStart(char column) throws IOException {
        return ascii("<c r=\"").put(column).ascii(row).put('"');
    }

    private SheetXmlBuffer number(int n) throws IOException {
        number.setLength(0);
        number.append(n);
        return ascii(number);
    }

    /** Text that is ASCII already (markup, numbers). */
    private SheetXmlBuffer ascii(CharSequence s) throws IOException {
        int n = s.length();
        if (at + n > SIZE) {
            flush();
        }
        if (s instanceof String str && n <= SIZE) {
            str.getBytes(0, n, buf, at); // ASCII: the low byte of each char is the char
            at += n;
            return this;
        }
        for (int i = 0; i < n; i++) {
            put(s.charAt(i));
        }
        return this;
    }

    private SheetXmlBuffer put(char c) throws IOException {
        if (at == SIZE) {
            flush();
        }
        buf[at++] = (byte) c;
        return this;
    }

    /**
     * {@code text} escaped as fastexcel escapes it: by code point, {@code " & ' < >} as entities, other printable ASCII
     * as it is, tab, line feed, carriage return and every other character XML 1.0 allows as {@code &#x<hex>;},
     * characters XML 1.0 does not allow (other controls, unpaired surrogates, U+FFFE, U+FFFF) left out.
     */
    SheetXmlBuffer escaped(String text) throws IOException {
        int n = text.length();
        int plainFrom = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7E && c != '"' && c != '&' && c != '\'' && c != '<' && c != '>') {
                continue;
            }
            plain(text, plainFrom, i);
            int cp = text.codePointAt(i);
            escape(cp);
            i += Character.charCount(cp) - 1;
            plainFrom = i + 1;
        }
        plain(text, plainFrom, n);
        return this;
    }

    /** Chars {@code from} to {@code to} of {@code text}, all printable ASCII. */
    private void plain(String text, int from, int to) throws IOException {
        while (from < to) {
            if (at == SIZE) {
                flush();
            }
            int end = Math.min(to, from + SIZE - at);
            text.getBytes(from, end, buf, at);
            at += end - from;
            from = end;
        }
    }

    private void escape(int cp) throws IOException {
        boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
        if (!allowed) {
            return;
        }
        switch (cp) {
            case '<' -> ascii("&lt;");
            case '>' -> ascii("&gt;");
            case '&' -> ascii("&amp;");
            case '\'' -> ascii("&apos;");
            case '"' -> ascii("&quot;");
            default -> ascii("&#x").ascii(Integer.toHexString(cp)).put(';');
        }
    }
}

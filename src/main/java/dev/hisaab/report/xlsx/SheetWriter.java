package dev.hisaab.report.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table on one sheet: a bold header row that stays frozen, typed cells appended row by row, and an auto-filter
 * over the whole table when it is closed. Text is always an inline string, never a formula, whatever it starts with.
 *
 * <p>Rows go to the file every {@link #FLUSH_EVERY} rows, so a sheet holds at most that many in memory. Cell styles
 * (number and date formats) are set per column over runs of rows at each flush rather than cell by cell, since each
 * style call costs a look-up in the workbook's style table. Only one sheet of a workbook may be flushed until it is
 * closed, so a workbook writes its big sheets one after the other and fills its small ones (never flushed before
 * {@link #close()}) last.
 */
final class SheetWriter {

    /** Rows held in memory before they are written out. */
    static final int FLUSH_EVERY = 1024;

    /** Excel keeps at most 32,767 characters in a cell. */
    static final int MAX_TEXT = 32_767;

    /** The formats and fonts a cell can have; {@code null} in {@link #styles} is the default. */
    enum Style { HEADER, COUNT, AMOUNT, DATE, ALARM }

    private final Worksheet sheet;
    private final int columns;
    /** First row not yet flushed, and the style of each cell from there on (by row offset, then column). */
    private int batchStart;
    private Style[][] styles = new Style[64][];
    private int rowIndex;
    private int col;

    SheetWriter(Worksheet sheet, int[] widths, String... header) {
        this.sheet = sheet;
        this.columns = header.length;
        for (int i = 0; i < header.length; i++) {
            sheet.inlineString(0, i, header[i]);
            style(0, i, Style.HEADER);
            sheet.width(i, Math.min(255, widths[i]));
        }
        sheet.freezePane(0, 1);
        rowIndex = 0;
    }

    int rows() {
        return rowIndex;
    }

    SheetWriter row() throws IOException {
        if (rowIndex + 1 - batchStart >= FLUSH_EVERY) {
            flush();
        }
        rowIndex++;
        col = 0;
        return this;
    }

    SheetWriter text(String value) {
        if (value != null) {
            sheet.inlineString(rowIndex, col, cut(value));
        }
        col++;
        return this;
    }

    /** {@code value} as a cell holds it: cut, and marked so, past Excel's limit; null stays null. */
    static String cut(String value) {
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, 32_760) + " [cut]";
    }

    SheetWriter count(long value) {
        sheet.value(rowIndex, col, value);
        style(rowIndex, col++, Style.COUNT);
        return this;
    }

    /** An amount in paise, shown as rupees with two decimals; null leaves the cell empty (but formatted). */
    SheetWriter paise(Long value) {
        if (value != null) {
            // a double holds every paise amount below 2^53 exactly; /100 is then the nearest double to the rupees
            sheet.value(rowIndex, col, value / 100.0);
        }
        style(rowIndex, col++, Style.AMOUNT);
        return this;
    }

    /** A day, shown as yyyy-mm-dd; null leaves the cell empty (but formatted). */
    SheetWriter date(LocalDate value) {
        if (value != null) {
            sheet.value(rowIndex, col, value);
        }
        style(rowIndex, col++, Style.DATE);
        return this;
    }

    SheetWriter yesNo(boolean value) {
        sheet.inlineString(rowIndex, col, value ? "yes" : "NO");
        if (!value) {
            style(rowIndex, col, Style.ALARM);
        }
        col++;
        return this;
    }

    /** Puts the filter over the header and every row written, and writes the sheet out. */
    void close() throws IOException {
        close(rowIndex);
    }

    /**
     * As {@link #close()}, the filter covering {@code rows} rows below the header however many were written here (the
     * rows of a category sheet are streamed beside fastexcel, see {@link StreamedSheets}).
     */
    void close(int rows) throws IOException {
        applyStyles();
        sheet.setAutoFilter(0, 0, rows, columns - 1);
        sheet.finish();
    }

    private void flush() throws IOException {
        applyStyles();
        sheet.flush();
    }

    private void style(int row, int column, Style style) {
        int at = row - batchStart;
        if (at >= styles.length) {
            styles = Arrays.copyOf(styles, Math.max(at + 1, styles.length * 2));
        }
        if (styles[at] == null) {
            styles[at] = new Style[columns];
        }
        styles[at][column] = style;
    }

    /** Sets the styles of the rows since the last flush, one call per run of equal styles down a column. */
    private void applyStyles() {
        int count = rowIndex - batchStart + 1;
        for (int c = 0; c < columns; c++) {
            int from = 0;
            while (from < count) {
                Style s = at(from, c);
                int to = from + 1;
                while (to < count && at(to, c) == s) {
                    to++;
                }
                if (s != null) {
                    set(batchStart + from, batchStart + to - 1, c, s);
                }
                from = to;
            }
        }
        Arrays.fill(styles, null);
        batchStart = rowIndex + 1;
    }

    private Style at(int offset, int column) {
        return offset < styles.length && styles[offset] != null ? styles[offset][column] : null;
    }

    private void set(int top, int bottom, int column, Style style) {
        var setter = sheet.range(top, column, bottom, column).style();
        switch (style) {
            case HEADER -> setter.bold().fillColor("C0C0C0");
            case COUNT -> setter.format("#,##0");
            case AMOUNT -> setter.format("#,##0.00");
            case DATE -> setter.format("yyyy-mm-dd");
            case ALARM -> setter.bold().fontColor("FF0000");
            default -> throw new IllegalStateException(style.name());
        }
        setter.set();
    }
}

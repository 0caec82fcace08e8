package dev.hisaab.report.xlsx;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One table on one sheet: a bold header row that stays frozen, typed cells appended row by row, and an auto-filter
 * over the whole table when it is closed. Text is always written as a string cell, never as a formula, whatever it
 * starts with.
 */
final class SheetWriter {

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int columns;
    private int rowIndex;
    private Row row;
    private int col;

    SheetWriter(SXSSFSheet sheet, Styles styles, int[] widths, String... header) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = header.length;
        Row h = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(header[i]);
            c.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        sheet.createFreezePane(0, 1);
        rowIndex = 1;
    }

    int rows() {
        return rowIndex - 1;
    }

    SheetWriter row() {
        row = sheet.createRow(rowIndex++);
        col = 0;
        return this;
    }

    SheetWriter text(String value) {
        Cell c = row.createCell(col++);
        if (value != null) {
            // Excel keeps at most 32,767 characters in a cell
            c.setCellValue(value.length() > 32_767 ? value.substring(0, 32_760) + " [cut]" : value);
        }
        return this;
    }

    SheetWriter count(long value) {
        Cell c = row.createCell(col++);
        c.setCellValue(value);
        c.setCellStyle(styles.count);
        return this;
    }

    /** An amount in paise, shown as rupees with two decimals; null leaves the cell empty. */
    SheetWriter paise(Long value) {
        Cell c = row.createCell(col++);
        if (value != null) {
            // a double holds every paise amount below 2^53 exactly; /100 is then the nearest double to the rupees
            c.setCellValue(value / 100.0);
            c.setCellStyle(styles.amount);
        }
        return this;
    }

    SheetWriter date(LocalDate value) {
        Cell c = row.createCell(col++);
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(styles.date);
        }
        return this;
    }

    SheetWriter yesNo(boolean value) {
        Cell c = row.createCell(col++);
        c.setCellValue(value ? "yes" : "NO");
        if (!value) {
            c.setCellStyle(styles.alarm);
        }
        return this;
    }

    /** Puts the filter over the header and every row written. */
    void close() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns - 1));
    }

    /** The styles shared by all sheets of one workbook (a workbook allows only so many). */
    record Styles(CellStyle header, CellStyle count, CellStyle amount, CellStyle date, CellStyle alarm) {
    }
}

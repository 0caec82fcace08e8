package dev.hisaab.report.xlsx;

import dev.hisaab.finding.Finding;
import dev.hisaab.report.FindingDates;
import dev.hisaab.report.PersonalDataMask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;

/**
 * The category sheets of report.xlsx, streamed as worksheet XML into the workbook's zip entries as the findings come
 * ({@link SheetXmlBuffer}), then the rest of the workbook — the Summary, Sources, Days and Run sheets, styles, sheet
 * list — written by fastexcel and copied in ({@link #finish}). The XML around the rows (sheet settings, header row,
 * filter) is fastexcel's own, rendered for an empty sheet; fastexcel also writes each category sheet with its header
 * and first row into the workbook that the rest comes from, so that it numbers its styles as if it had written every
 * row, and that sheet must equal the start and end of the one streamed, or the workbook is not written.
 */
final class StreamedSheets {

    /** What a streamed sheet must look like when fastexcel writes only its first row. */
    record Written(String name, String entry, Finding first, int rows, byte[] expected) {
    }

    private static final String SHEET_DATA_END = "</sheetData>";

    private final ZipOutputStream zip;
    private final FindingDates dates;
    private final boolean mask;
    private final int firstNumber;
    private final byte[] head;
    private final SheetXmlBuffer xml;
    private final List<Written> written = new ArrayList<>();
    private String name;
    private Finding first;
    private byte[] firstRow;
    private int rows;

    /** Sheets numbered from {@code firstNumber} (fastexcel numbers sheets by their place in the workbook). */
    StreamedSheets(ZipOutputStream zip, FindingDates dates, boolean mask, int firstNumber) throws IOException {
        this.zip = zip;
        this.dates = dates;
        this.mask = mask;
        this.firstNumber = firstNumber;
        String empty = emptySheet(0);
        this.head = empty.substring(0, empty.indexOf(SHEET_DATA_END)).getBytes(StandardCharsets.UTF_8);
        this.xml = new SheetXmlBuffer(zip);
    }

    /** Starts the next sheet, named {@code name}; the one before must be closed. */
    void start(String sheetName) throws IOException {
        name = sheetName;
        first = null;
        firstRow = new byte[0];
        rows = 0;
        ZipEntry e = new ZipEntry(entry(firstNumber + written.size()));
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(head);
    }

    int rows() {
        return rows;
    }

    /** Appends one finding as the next row. */
    void add(Finding f) throws IOException {
        rows++;
        if (rows == 1) {
            first = f;
            ByteArrayOutputStream one = new ByteArrayOutputStream(512);
            SheetXmlBuffer b = new SheetXmlBuffer(one);
            row(b, 2, f);
            b.flush();
            firstRow = one.toByteArray();
            zip.write(firstRow);
            return;
        }
        row(xml, rows + 1, f);
    }

    private void row(SheetXmlBuffer b, int r, Finding f) throws IOException {
        Long amount = f.amount();
        b.startRow(r)
                .text('A', SheetWriter.cut(f.key()))
                .number('B', SheetXmlBuffer.AMOUNT_STYLE, amount == null ? null : amount / 100.0)
                .date('C', SheetXmlBuffer.DATE_STYLE, dates.date(f))
                .text('D', SheetWriter.cut(f.rule()))
                .joined('E', f.refs(), SheetWriter.MAX_TEXT)
                .text('F', SheetWriter.cut(mask ? PersonalDataMask.mask(f.evidence()) : f.evidence()))
                .endRow();
    }

    /** Ends the sheet: fastexcel's end of an empty sheet whose filter covers every row written. */
    void close() throws IOException {
        xml.flush();
        String empty = emptySheet(rows);
        byte[] tail = empty.substring(empty.indexOf(SHEET_DATA_END)).getBytes(StandardCharsets.UTF_8);
        zip.write(tail);
        zip.closeEntry();
        byte[] expected = Arrays.copyOf(head, head.length + firstRow.length + tail.length);
        System.arraycopy(firstRow, 0, expected, head.length, firstRow.length);
        System.arraycopy(tail, 0, expected, head.length + firstRow.length, tail.length);
        written.add(new Written(name, entry(firstNumber + written.size()), first, rows, expected));
    }

    /** The sheets streamed so far, in order. */
    List<Written> written() {
        return List.copyOf(written);
    }

    /**
     * Copies every entry of {@code rest} — a workbook fastexcel wrote with each streamed sheet holding only its first
     * row — except those sheets, which are checked against what was streamed instead.
     */
    void finish(byte[] rest) throws IOException {
        int checked = 0;
        for (Map.Entry<String, byte[]> e : ZipBytes.entries(rest).entrySet()) {
            Written sheet = byEntry(e.getKey());
            if (sheet != null) {
                if (!Arrays.equals(e.getValue(), sheet.expected())) {
                    throw new IllegalStateException("report.xlsx: sheet '" + sheet.name()
                            + "' as streamed differs from fastexcel's");
                }
                checked++;
                continue;
            }
            ZipEntry copy = new ZipEntry(e.getKey());
            copy.setTime(0);
            zip.putNextEntry(copy);
            zip.write(e.getValue());
            zip.closeEntry();
        }
        if (checked != written.size()) {
            throw new IllegalStateException("report.xlsx: " + written.size() + " sheets streamed, " + checked
                    + " written by fastexcel");
        }
    }

    private Written byEntry(String entryName) {
        for (Written w : written) {
            if (w.entry().equals(entryName)) {
                return w;
            }
        }
        return null;
    }

    private static String entry(int number) {
        return "xl/worksheets/sheet" + number + ".xml";
    }

    /** fastexcel's XML of a category sheet with its header row only and a filter over {@code rows} rows below it. */
    private static String emptySheet(int rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        Workbook wb = new Workbook(bytes, "Hisaab", null);
        XlsxReportWriter.categorySheet(wb, "sheet").close(rows);
        wb.finish();
        byte[] sheet = ZipBytes.entries(bytes.toByteArray()).get(entry(1));
        if (sheet == null) {
            throw new IllegalStateException("fastexcel wrote no " + entry(1));
        }
        return new String(sheet, StandardCharsets.UTF_8);
    }
}

package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bill as the portal's dump holds it. Amounts in paise; {@code dueDate} a calendar date; {@code values} keeps the
 * raw text of every mapped field, so restore statements can require the row to be exactly as it was read.
 */
public record Bill(String source, Origin origin, String billNo, String consumerKey, long amount, LocalDate dueDate,
                   String status, long lateFee, Map<String, String> values) implements SpoolRecord {

    public Bill {
        // a ColumnValues (as of() makes) is already an unmodifiable copy: a bill of millions need not be copied again
        values = values instanceof ColumnValues ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The work-file fields, as {@link #writeTo} writes them. */
    public String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        row.text(source).text(origin.file()).number(origin.line()).text(billNo).text(consumerKey).number(amount)
                .text(dueDateText(dueDate)).text(status).number(lateFee);
        // the values without their names, which are the source's (see columns): three million bills need not carry
        // the same eight names each
        ColumnValues.writeValues(values, row);
    }

    /**
     * The columns of the values of {@code source}'s bills, in the order {@link #writeTo} writes them: the source's
     * mapped fields by name, as its parser keeps them. A reader of a bills work file is told these.
     */
    public static ColumnValues.Columns columns(SourceSpec source) {
        return MappedValues.columnsOf(source);
    }

    /** A due date and its text, remembered: the bills of a period share one date. */
    private record DateText(LocalDate date, String text) {
    }

    private static volatile DateText lastDueDate;

    /** {@code date.toString()}, made once for a run of bills with the same due date. */
    private static String dueDateText(LocalDate date) {
        DateText last = lastDueDate;
        if (last != null && last.date.equals(date)) {
            return last.text;
        }
        String text = date.toString();
        lastDueDate = new DateText(date, text);
        return text;
    }

    /** A bill from its work-file fields, its values under {@code columns} (those of its source, {@link #columns}). */
    public static Bill of(SpoolFields f, ColumnValues.Columns columns) {
        return new Bill(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.number(5),
                isoDate(f.text(6)), f.text(7), f.number(8), ColumnValues.ofValues(f, 9, columns));
    }

    /** The consumer key in the fields of a bill, without building the bill. */
    public static String consumerKey(SpoolFields f) {
        return f.text(4);
    }

    /** {@code yyyy-MM-dd} as {@link LocalDate#toString()} writes it, read without a formatter. */
    private static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}

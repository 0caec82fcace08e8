package dev.hisaab.evidence;

import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bill as the portal's dump holds it. Amounts in paise; {@code dueDate} a calendar date; {@code values} keeps the
 * raw text of every mapped field, so restore statements can require the row to be exactly as it was read.
 */
public record Bill(String source, Origin origin, String billNo, String consumerKey, long amount, LocalDate dueDate,
                   String status, long lateFee, Map<String, String> values) {

    public Bill {
        // a ColumnValues (as of() makes) is already an unmodifiable copy: a bill of millions need not be copied again
        values = values instanceof ColumnValues ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String[] fields() {
        String[] f = new String[9 + 2 * values.size()];
        f[0] = source;
        f[1] = origin.file();
        f[2] = Long.toString(origin.line());
        f[3] = billNo;
        f[4] = consumerKey;
        f[5] = Long.toString(amount);
        f[6] = dueDate.toString();
        f[7] = status;
        f[8] = Long.toString(lateFee);
        int i = 9;
        for (Map.Entry<String, String> e : values.entrySet()) {
            f[i++] = e.getKey();
            f[i++] = e.getValue();
        }
        return f;
    }

    public static Bill of(String[] f) {
        return of(SpoolFields.of(f));
    }

    public static Bill of(SpoolFields f) {
        return new Bill(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.number(5),
                isoDate(f.text(6)), f.text(7), f.number(8), values(f));
    }

    /**
     * The columns of the last bill read, shared by every bill of an input: a bill whose column names are these again
     * (nearly every one) needs only an array of its values, not the names gathered and looked up as well.
     */
    private static volatile ColumnValues.Columns lastColumns;

    /** The raw values of the name/value pairs from field 9 on, as {@link ColumnValues#ofPairs} reads them. */
    private static Map<String, String> values(SpoolFields f) {
        ColumnValues.Columns columns = lastColumns;
        int pairs = f.count() - 9;
        if (columns != null && pairs == 2 * columns.size()) {
            String[] values = new String[columns.size()];
            boolean same = true;
            for (int k = 0; k < values.length && same; k++) {
                String name = f.text(9 + 2 * k);
                same = name == columns.name(k) || columns.name(k).equals(name);
                values[k] = f.text(10 + 2 * k);
            }
            if (same) {
                return ColumnValues.of(columns, values);
            }
        }
        Map<String, String> values = ColumnValues.ofPairs(f.texts(9), 0);
        if (values instanceof ColumnValues v) {
            lastColumns = v.columns();
        }
        return values;
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

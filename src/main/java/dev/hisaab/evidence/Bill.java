package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
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
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
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
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 9; i + 1 < f.length; i += 2) {
            values.put(f[i], f[i + 1]);
        }
        return new Bill(f[0], new Origin(f[1], Long.parseLong(f[2])), f[3], f[4], Long.parseLong(f[5]),
                LocalDate.parse(f[6]), f[7], Long.parseLong(f[8]), values);
    }
}

package dev.hisaab.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.hisaab.finding.Category;
import dev.hisaab.spool.SpoolReader;
import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannedStatementTests {

    @TempDir
    Path dir;

    private static LinkedHashMap<String, String> map(String... pairs) {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static PlannedStatement update() {
        return new PlannedStatement("B1", 1, false, "public.bills", map("bill_no", "B1"),
                map("status", "PAID", "late_fee", "0.00"), map("status", "UNPAID", "late_fee", "25.00", "note", null),
                Category.PENALTY_WRONGLY_APPLIED, "B1", "mark-paid+reverse-late-fee",
                List.of("portal.sql:7", "gateway\tsettlement.csv:3", "a\\b\nc:1"));
    }

    private PlannedStatement roundTrip(PlannedStatement statement) throws IOException {
        Path file = dir.resolve("s.spool");
        try (SpoolWriter out = new SpoolWriter(file)) {
            out.write(statement.fields());
            out.commit();
        }
        try (SpoolReader in = new SpoolReader(file)) {
            return PlannedStatement.of(in.read());
        }
    }

    @Test
    void readsBackWhatItWroteThroughAWorkFile() throws IOException {
        PlannedStatement update = update();
        assertEquals(update, roundTrip(update));

        PlannedStatement insert = new PlannedStatement("B1", 0, true, "public.payments", map("txn", "pay_1"),
                map("bill_no", "B1", "txn", "pay_1", "bank_ref", null), map(), Category.UNPOSTED_PAYMENT, "pay_1",
                "post-captured-payment", List.of());
        assertEquals(insert, roundTrip(insert));
    }

    @Test
    void copiesTheMapsItIsGiven() {
        LinkedHashMap<String, String> set = map("status", "PAID");
        PlannedStatement s = new PlannedStatement("B1", 0, false, "t", map("k", "1"), set, map("status", "UNPAID"),
                Category.UNPOSTED_PAYMENT, "B1", "mark-paid", List.of());
        set.put("late_fee", "0.00");

        assertEquals(map("status", "PAID"), s.values());
        assertNotSame(set, s.values());
    }
}

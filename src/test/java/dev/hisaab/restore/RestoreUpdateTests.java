package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestoreUpdateTests {

    static Map<String, String> map(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static RestoreUpdate update(Map<String, String> key, Map<String, String> set, Map<String, String> expect) {
        return new RestoreUpdate("public.bill", key, set, expect, "PENALTY_WRONGLY_APPLIED", "B1",
                List.of("gateway.csv:7"), "paid-by-due-date", null);
    }

    private static IllegalArgumentException refused(Map<String, String> key, Map<String, String> set,
                                                    Map<String, String> expect) {
        return assertThrows(IllegalArgumentException.class, () -> update(key, set, expect));
    }

    @Test
    void writesGuardedUpdateAndItsInverseOnOneLine() {
        RestoreUpdate u = update(map("bill_no", "B1"), map("late_fee", "0.00", "status", "PAID"),
                map("late_fee", "50.00", "status", "UNPAID", "updated_at", "2025-11-04 10:00:00+05:30", "Remarks", null));

        assertEquals("UPDATE public.bill SET late_fee = E'0.00', status = E'PAID' WHERE bill_no = E'B1'"
                + " AND late_fee IS NOT DISTINCT FROM E'50.00' AND status IS NOT DISTINCT FROM E'UNPAID'"
                + " AND updated_at IS NOT DISTINCT FROM E'2025-11-04 10:00:00+05:30' AND \"Remarks\" IS NOT DISTINCT FROM NULL"
                + " AND (late_fee IS DISTINCT FROM E'0.00' OR status IS DISTINCT FROM E'PAID');", RestoreStatements.update(u));
        assertEquals("UPDATE public.bill SET late_fee = E'50.00', status = E'UNPAID' WHERE bill_no = E'B1'"
                + " AND late_fee IS NOT DISTINCT FROM E'0.00' AND status IS NOT DISTINCT FROM E'PAID'"
                + " AND updated_at IS NOT DISTINCT FROM E'2025-11-04 10:00:00+05:30' AND \"Remarks\" IS NOT DISTINCT FROM NULL"
                + " AND (late_fee IS DISTINCT FROM E'50.00' OR status IS DISTINCT FROM E'UNPAID');", RestoreStatements.undoUpdate(u));
    }

    @Test
    void setsToNullAndBackAndNeedsNoParenthesesForOneColumn() {
        RestoreUpdate u = update(map("bill_no", "B1", "cycle", "2025-11"), map("paid_at", null), map("paid_at", "2025-11-04"));

        assertEquals("UPDATE public.bill SET paid_at = NULL WHERE bill_no = E'B1' AND cycle = E'2025-11'"
                + " AND paid_at IS NOT DISTINCT FROM E'2025-11-04' AND paid_at IS DISTINCT FROM NULL;", RestoreStatements.update(u));
        assertEquals("UPDATE public.bill SET paid_at = E'2025-11-04' WHERE bill_no = E'B1' AND cycle = E'2025-11'"
                + " AND paid_at IS NOT DISTINCT FROM NULL AND paid_at IS DISTINCT FROM E'2025-11-04';", RestoreStatements.undoUpdate(u));
    }

    @Test
    void keepsOrderAndCopiesMaps() {
        Map<String, String> set = map("z", "1", "a", "2");
        Map<String, String> expect = map("a", "1", "z", "0");
        RestoreUpdate u = update(map("id", "7"), set, expect);
        set.put("b", "x");
        expect.remove("a");
        assertEquals(List.of("z", "a"), List.copyOf(u.set().keySet()));
        assertEquals(List.of("a", "z"), List.copyOf(u.expect().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> u.set().put("q", "1"));
        assertThrows(UnsupportedOperationException.class, () -> u.keyValues().clear());
    }

    @Test
    void refusesASetColumnWithoutItsExpectedValue() {
        IllegalArgumentException e = refused(map("id", "1"), map("status", "PAID", "late_fee", "0"), map("status", "UNPAID"));
        assertEquals("Cannot update public.bill row B1: column late_fee is set but its expected value is not given",
                e.getMessage());
    }

    @Test
    void refusesAnUpdateThatChangesNothing() {
        IllegalArgumentException e = refused(map("id", "1"), map("status", "PAID", "note", null),
                map("status", "PAID", "note", null, "updated_at", "2025-11-04"));
        assertTrue(e.getMessage().contains("would change nothing"), e.getMessage());
        // One changed column is enough; the others may keep their value.
        update(map("id", "1"), map("status", "PAID", "note", null), map("status", "UNPAID", "note", null));
    }

    @Test
    void refusesMissingOrNullOrGuardedKeys() {
        assertTrue(refused(map(), map("a", "1"), map("a", "0")).getMessage().contains("no key columns"));
        assertTrue(refused(map("id", null), map("a", "1"), map("a", "0")).getMessage().contains("key column id is NULL"));
        assertTrue(refused(map("id", "1"), map("id", "2"), map("id", "1")).getMessage().contains("also in set or expect"));
        assertTrue(refused(map("id", "1"), map("a", "1"), map("a", "0", "id", "1")).getMessage().contains("also in set or expect"));
        assertTrue(refused(map("id", "1"), map(), map("a", "0")).getMessage().contains("no columns to set"));
    }

    @Test
    void refusesNulAndBadNamesInEveryMap() {
        assertEquals("Cannot update public.bill row B1: key value of column id contains a NUL character (U+0000) at index 1,"
                + " which PostgreSQL text cannot store", refused(map("id", "1\u0000"), map("a", "1"), map("a", "0")).getMessage());
        assertTrue(refused(map("id", "1"), map("a", "\u0000"), map("a", "0")).getMessage().contains("new value of column a"));
        assertTrue(refused(map("id", "1"), map("a", "1"), map("a", "\uD800")).getMessage().contains("expected value of column a"));
        assertTrue(refused(map("id", "1"), map("a\nb", "1"), map("a\nb", "0")).getMessage().contains("column a\\nb"));
        assertThrows(IllegalArgumentException.class, () -> new RestoreUpdate("a.b.c", map("id", "1"), map("a", "1"),
                map("a", "0"), "C", "k", List.of(), "r", null));
        assertThrows(IllegalArgumentException.class, () -> new RestoreUpdate("t", map("id", "1"), map("a", "1"),
                map("a", "0"), " ", "k", List.of(), "r", null));
    }
}

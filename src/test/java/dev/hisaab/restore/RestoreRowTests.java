package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestoreRowTests {

    private static RestoreRow row(String table, List<String> keys, Map<String, String> values) {
        return new RestoreRow(table, keys, values, "MISSING_APPLICATION_RESTORABLE", "JP1", List.of("snapshot.sql:1"),
                "snapshot", null);
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    @Test
    void keepsColumnOrderAndCopiesCollections() {
        Map<String, String> values = values("b", "1", "a", null);
        RestoreRow row = row("public.t", List.of("b"), values);
        values.put("c", "x");
        assertEquals(List.of("b", "a"), List.copyOf(row.values().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> row.values().put("d", "1"));
    }

    @Test
    void refusesKeyColumnMissingFromValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> row("t", List.of("id"), values("a", "1")));
        assertTrue(e.getMessage().contains("key column id is not among the values"), e.getMessage());
    }

    @Test
    void refusesNullKeyValueBecauseTheGuardWouldNeverMatch() {
        assertThrows(IllegalArgumentException.class, () -> row("t", List.of("id"), values("id", null)));
    }

    @Test
    void refusesNulInAValueNamingTheColumnAndRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> row("public.t", List.of("id"), values("id", "1", "name", "Ram\u0000esh")));
        assertEquals("Cannot restore public.t row JP1: value of column name contains a NUL character (U+0000) at index 3,"
                + " which PostgreSQL text cannot store", e.getMessage());
    }

    @Test
    void refusesBadIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> row("a.b.c", List.of("id"), values("id", "1")));
        assertThrows(IllegalArgumentException.class, () -> row("t", List.of("id"), values("id", "1", "x\ny", "2")));
        assertThrows(IllegalArgumentException.class, () -> row("t", List.of(), values("id", "1")));
    }
}

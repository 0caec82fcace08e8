package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMapTests {

    private static Map<String, String> source() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("z", "1");
        m.put("a", null);
        m.put("Remarks", "x");
        return m;
    }

    @Test
    void keepsTheOrderAndValuesOfTheMapItCopies() {
        ColumnMap columns = ColumnMap.copyOf(source());

        assertEquals(List.of("z", "a", "Remarks"), List.copyOf(columns.keySet()));
        assertEquals(3, columns.size());
        assertEquals("z", columns.name(0));
        assertEquals("1", columns.value(0));
        assertNull(columns.value(1));
        assertEquals("x", columns.get("Remarks"));
        assertTrue(columns.containsKey("a"));
        assertNull(columns.get("a"));
        assertFalse(columns.containsKey("b"));
        assertNull(columns.get("b"));
        assertEquals(source(), columns);
        assertEquals(columns, source());
        assertEquals(source().hashCode(), columns.hashCode());
    }

    @Test
    void isNotChangedByItsSourceNorChangeable() {
        Map<String, String> source = source();
        ColumnMap columns = ColumnMap.copyOf(source);
        source.put("b", "2");
        source.remove("z");

        assertEquals(List.of("z", "a", "Remarks"), List.copyOf(columns.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> columns.put("q", "1"));
        assertThrows(UnsupportedOperationException.class, () -> columns.remove("z"));
        assertThrows(UnsupportedOperationException.class, columns::clear);
        assertThrows(UnsupportedOperationException.class, () -> columns.entrySet().iterator().next().setValue("2"));
    }

    @Test
    void aCopyOfOneIsTheSameInstance() {
        ColumnMap columns = ColumnMap.copyOf(source());

        assertSame(columns, ColumnMap.copyOf(columns));
        assertTrue(ColumnMap.copyOf(Map.of()).isEmpty());
    }

    @Test
    void holdsANullNameForTheChecksToRefuse() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put(null, "v");
        ColumnMap columns = ColumnMap.copyOf(source);

        assertTrue(columns.containsKey(null));
        assertEquals("v", columns.get(null));
        assertEquals("column null empty", StatementChecks.columnProblem(columns, "value"));
    }
}

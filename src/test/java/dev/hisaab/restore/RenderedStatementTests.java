package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedStatementTests {

    @Test
    void holdsTheScriptTextOfAnInsertWithItsNoteButNoLineNumbers() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("no", "A1");
        values.put("name", "O'Brien\n");
        RestoreRow row = new RestoreRow("public.app", List.of("no"), values, "MISSING", "A1",
                List.of("snap.sql:3", "r.csv:7"), "snapshot", "seen\tthen lost");

        RenderedStatement r = RenderedStatement.of(row);

        assertEquals("\n-- MISSING A1 rule=snapshot evidence=snap.sql:3, r.csv:7\n-- note: seen\\tthen lost\n"
                + "INSERT INTO public.app (no, name) SELECT E'A1', E'O''Brien\\n' WHERE NOT EXISTS "
                + "(SELECT 1 FROM public.app WHERE no = E'A1');\n", r.restoreText());
        assertEquals(4, r.restoreLines());
        assertEquals(3, r.statementLine());
        assertEquals(3, r.undoLines());
        assertEquals("public.app\tA1\n", r.countsTail());
        assertEquals("MISSING A1 rule=snapshot evidence=snap.sql:3, r.csv:7\n-- note: seen\\tthen lost\n"
                + "DELETE FROM public.app WHERE no = E'A1' AND name IS NOT DISTINCT FROM E'O''Brien\\n';\n", r.undoText());
        assertFalse(r.update());
    }

    @Test
    void holdsAnUpdateAndItsInverse() {
        RestoreUpdate update = new RestoreUpdate("public.bills", Map.of("bill_no", "B1"), Map.of("status", "PAID"),
                Map.of("status", "UNPAID"), "UNPOSTED_PAYMENT", "B1", List.of(), "mark-paid", null);

        RenderedStatement r = RenderedStatement.of(update);

        assertEquals("\n-- UNPOSTED_PAYMENT B1 rule=mark-paid evidence=none\n" + RestoreStatements.update(update) + "\n",
                r.restoreText());
        assertEquals(3, r.restoreLines());
        assertEquals(2, r.statementLine());
        assertEquals(2, r.undoLines());
        assertEquals("UNPOSTED_PAYMENT B1 rule=mark-paid evidence=none\n" + RestoreStatements.undoUpdate(update) + "\n",
                r.undoText());
        assertTrue(r.update());
    }
}

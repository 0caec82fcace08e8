package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
                + "(SELECT 1 FROM public.app WHERE no = E'A1');\n", text(r.restoreText()));
        assertEquals(4, r.restoreLines());
        assertEquals(3, r.statementLine());
        assertEquals(3, r.undoLines());
        assertEquals("public.app\tA1\n", text(r.countsTail()));
        assertEquals("MISSING A1 rule=snapshot evidence=snap.sql:3, r.csv:7\n-- note: seen\\tthen lost\n"
                + "DELETE FROM public.app WHERE no = E'A1' AND name IS NOT DISTINCT FROM E'O''Brien\\n';\n", text(r.undoText()));
        assertFalse(r.update());
    }

    @Test
    void holdsAnUpdateAndItsInverse() {
        RestoreUpdate update = new RestoreUpdate("public.bills", Map.of("bill_no", "B1"), Map.of("status", "PAID"),
                Map.of("status", "UNPAID"), "UNPOSTED_PAYMENT", "B1", List.of(), "mark-paid", null);

        RenderedStatement r = RenderedStatement.of(update);

        assertEquals("\n-- UNPOSTED_PAYMENT B1 rule=mark-paid evidence=none\n" + RestoreStatements.update(update) + "\n",
                text(r.restoreText()));
        assertEquals(3, r.restoreLines());
        assertEquals(2, r.statementLine());
        assertEquals(2, r.undoLines());
        assertEquals("UNPOSTED_PAYMENT B1 rule=mark-paid evidence=none\n" + RestoreStatements.undoUpdate(update) + "\n",
                text(r.undoText()));
        assertTrue(r.update());
    }

    @Test
    void countsTheLineBreaksItWrote() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("no", "A\n1\u2028");
        values.put("naam", "सीता 😀\r\n");
        for (String note : new String[] {null, "", "two\nlines\u2029"}) {
            RestoreRow row = new RestoreRow("public.app", List.of("no"), values, "MISSING\n", "A\n1", List.of("a\nb"),
                    "rule\r", note);

            RenderedStatement r = RenderedStatement.of(row);

            assertEquals(lineBreaks(text(r.restoreText())), r.restoreLines());
            assertEquals(lineBreaks(text(r.undoText())), r.undoLines());
            String restore = text(r.restoreText());
            assertEquals(r.statementLine(), lineBreaks(restore.substring(0, restore.indexOf("INSERT"))));
            assertEquals(1, lineBreaks(text(r.countsTail())));
        }
    }

    @Test
    void escapesUnpairedSurrogatesOfCommentTextSoNoneReachesTheEncoder() {
        RestoreRow row = new RestoreRow("public.app", List.of("no"), Map.of("no", "A1"), "MISS\uD83D", "A\uDE00",
                List.of("x\uD83D"), "r\uDE00", "n\uD83D");

        RenderedStatement r = RenderedStatement.of(row);

        for (byte[] text : List.of(r.restoreText(), r.undoText(), r.countsTail())) {
            assertFalse(text(text).contains("?"), text(text));
        }
        assertTrue(text(r.restoreText()).contains("MISS\\uD83D A\\uDE00 rule=r\\uDE00 evidence=x\\uD83D"));
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static long lineBreaks(String text) {
        return text.chars().filter(c -> c == '\n').count();
    }
}

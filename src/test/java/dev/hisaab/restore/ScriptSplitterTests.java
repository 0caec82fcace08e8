package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTests {

    private static List<ScriptSplitter.Statement> split(String script) throws IOException {
        ScriptSplitter splitter = new ScriptSplitter(new BufferedReader(new StringReader(script)), "t.sql");
        List<ScriptSplitter.Statement> statements = new ArrayList<>();
        ScriptSplitter.Statement next;
        while ((next = splitter.next()) != null) {
            statements.add(next);
        }
        return statements;
    }

    @Test
    void skipsCommentsAndMetaCommandsAndKeepsSemicolonsInsideQuotes() throws IOException {
        List<ScriptSplitter.Statement> statements = split("""
                -- a comment; with a semicolon
                \\set ON_ERROR_STOP on
                BEGIN;

                INSERT INTO "a;b" (c) SELECT E'x\\\\'';\\'; -- y' WHERE 1 = 1; -- trailing comment
                SELECT 'multi
                line;';
                COMMIT;
                """);
        assertEquals(List.of(3L, 5L, 6L, 8L), statements.stream().map(ScriptSplitter.Statement::line).toList());
        assertEquals("INSERT INTO \"a;b\" (c) SELECT E'x\\\\'';\\'; -- y' WHERE 1 = 1;", statements.get(1).sql());
        assertEquals("SELECT 'multi\nline;';", statements.get(2).sql());
    }

    @Test
    void splitsGuardedUpdatesLikeInserts() throws IOException {
        String update = "UPDATE public.bill SET status = E'PAID; --' WHERE bill_no = E'B''1' AND status IS NOT DISTINCT FROM"
                + " E'UN\\\\'';' AND status IS DISTINCT FROM E'PAID; --';";
        List<ScriptSplitter.Statement> statements = split("BEGIN;\n-- PENALTY B1 rule=r evidence=x:1\n" + update
                + "\nCOMMIT;\n");
        assertEquals(List.of(1L, 3L, 4L), statements.stream().map(ScriptSplitter.Statement::line).toList());
        assertEquals(update, statements.get(1).sql());
    }

    @Test
    void refusesAmbiguousInput() {
        assertThrows(RestoreScriptException.class, () -> split("SELECT 1; SELECT 2;\n"));
        assertThrows(RestoreScriptException.class, () -> split("SELECT $$a;$$;\n"));
        assertThrows(RestoreScriptException.class, () -> split("SELECT /* x */ 1;\n"));
        RestoreScriptException truncated = assertThrows(RestoreScriptException.class, () -> split("BEGIN;\nSELECT 'a\n"));
        assertTrue(truncated.getMessage().contains("line 2"), truncated.getMessage());
    }

    @Test
    void endsAtEndOfInput() throws IOException {
        assertNull(new ScriptSplitter(new BufferedReader(new StringReader("-- only\n")), "t.sql").next());
    }
}

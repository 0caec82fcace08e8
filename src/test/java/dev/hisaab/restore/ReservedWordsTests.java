package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hisaab.support.PostgresDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("postgres")
class ReservedWordsTests {

    @Test
    void matchesTheServersReservedKeyWords() throws Exception {
        Set<String> server = new HashSet<>();
        try (PostgresDatabase db = PostgresDatabase.createFresh("reserved_words");
             Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')")) {
            while (rs.next()) {
                server.add(rs.getString(1));
            }
        }
        assertEquals(new TreeSet<>(server), new TreeSet<>(ReservedWords.WORDS));
    }
}

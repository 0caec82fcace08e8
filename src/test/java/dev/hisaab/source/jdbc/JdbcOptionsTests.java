package dev.hisaab.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcOptionsTests {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/portal";

    @Test
    void quotesTableNamesSoTheyAreNeverSql() {
        assertThat(JdbcOptions.quotedTable("public.applications")).isEqualTo("\"public\".\"applications\"");
        assertThat(JdbcOptions.quotedTable("Applications")).isEqualTo("\"applications\"");
        assertThat(JdbcOptions.quotedTable("public.\"Invoice \"\"2025\"\"\"")).isEqualTo("\"public\".\"Invoice \"\"2025\"\"\"");
        for (String bad : new String[] {"applications; DROP TABLE x", "a.b.c", "a..b", "\"open", "a b", ""}) {
            assertThatThrownBy(() -> JdbcOptions.quotedTable(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void needsExactlyOneOfTableAndQuery() {
        assertThatThrownBy(() -> new JdbcOptions(URL, null, null, null, null, null, null)).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new JdbcOptions(URL, "t", "SELECT 1", null, null, null, null)).hasMessageContaining("exactly one");
    }

    @Test
    void defaultsAndNames() {
        JdbcOptions table = new JdbcOptions(URL, "public.applications", null, null, null, null, null);
        JdbcOptions query = new JdbcOptions(URL, null, " SELECT 1 AS x ", 50, null, null, null);

        assertThat(table.fetchSize()).isEqualTo(10_000);
        assertThat(table.sql()).isEqualTo("SELECT * FROM \"public\".\"applications\"");
        assertThat(table.inputName()).isEqualTo("db:public.applications");
        assertThat(query.sql()).isEqualTo("SELECT 1 AS x");
        assertThat(query.inputName()).isEqualTo("db:query");
        assertThatThrownBy(() -> new JdbcOptions(URL, "t", null, 0, null, null, null)).hasMessageContaining("fetch-size");
    }

    @Test
    void refusesAPasswordInTheUrl() {
        assertThatThrownBy(() -> new JdbcOptions(URL + "?password=hunter2", "t", null, null, null, null, null))
                .hasMessageContaining("contains a password").hasMessageNotContaining("hunter2");
    }
}

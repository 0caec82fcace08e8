package dev.hisaab.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.support.HisaabProcess;
import dev.hisaab.support.PostgresDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.ClassPathResource;

class BatchSchemaTests {

    @TempDir
    Path dir;

    @Test
    void startingTwiceOnTheEmbeddedHistoryCreatesTheTablesOnceAndLogsNoFailedCreate() throws Exception {
        for (int start = 1; start <= 2; start++) {
            HisaabProcess history = HisaabProcess.start(dir, "history");
            assertThat(history.waitFor(120)).as(history.describe()).isZero();
        }

        JdbcDataSource h2 = h2("jdbc:h2:file:" + dir.resolve(".hisaab/repository"));
        assertThat(BatchSchema.complete(h2)).isTrue();
        assertThat(dir.resolve(".hisaab/repository.trace.db")).doesNotExist();
    }

    @Test
    void aMissingTableOnH2MeansTheScriptRuns() throws Exception {
        JdbcDataSource h2 = h2("jdbc:h2:mem:batch-schema;DB_CLOSE_DELAY=-1");
        assertThat(BatchSchema.complete(h2)).isFalse();

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            runScript(s, "org/springframework/batch/core/schema-h2.sql");
            assertThat(BatchSchema.complete(h2)).isTrue();
            s.execute("DROP TABLE BATCH_JOB_EXECUTION_CONTEXT");
        }
        assertThat(BatchSchema.complete(h2)).isFalse();
    }

    @Test
    void postgresLowerCaseTablesCountAndOnlyInTheConnectionsSchema() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.createFresh("batch_schema")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(db.jdbcUrl());
            pg.setUser(PostgresDatabase.USER);
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA other");
                s.execute("SET search_path TO other");
                runScript(s, "org/springframework/batch/core/schema-postgresql.sql");
            }
            // the tables of another schema are not the work database's
            assertThat(BatchSchema.complete(pg)).isFalse();

            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                runScript(s, "org/springframework/batch/core/schema-postgresql.sql");
            }
            assertThat(BatchSchema.complete(pg)).isTrue();
        }
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }

    private static void runScript(Statement s, String resource) throws Exception {
        String script = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        for (String statement : script.split(";")) {
            String sql = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
            if (!sql.isBlank()) {
                s.execute(sql);
            }
        }
    }
}

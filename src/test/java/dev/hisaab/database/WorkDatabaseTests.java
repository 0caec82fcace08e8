package dev.hisaab.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkDatabaseTests {

    @Test
    void findsTheOptionInEitherSpellingAndFallsBackToTheEnvironment() {
        Map<String, String> env = Map.of("HISAAB_WORK_DB", "jdbc:postgresql://env/db");

        assertThat(WorkDatabase.find(new String[] {"run", "job.yml", "--work-db", "jdbc:postgresql://a/b"}, env))
                .isEqualTo("jdbc:postgresql://a/b");
        assertThat(WorkDatabase.find(new String[] {"--work-db=jdbc:postgresql://c/d", "history"}, env))
                .isEqualTo("jdbc:postgresql://c/d");
        assertThat(WorkDatabase.find(new String[] {"history"}, env)).isEqualTo("jdbc:postgresql://env/db");
        assertThat(WorkDatabase.find(new String[] {"history"}, Map.of())).isNull();
    }

    @Test
    void pointsTheDataSourceAtPostgresWithTheLoginFromTheEnvironment() {
        Map<String, Object> p = WorkDatabase.properties(new String[] {"--work-db", "jdbc:postgresql://db:5432/hisaab"},
                Map.of("PGUSER", "hisaab_work", "PGPASSWORD", "pw"));

        assertThat(p).containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/hisaab")
                .containsEntry("spring.datasource.driver-class-name", "org.postgresql.Driver")
                .containsEntry("spring.datasource.username", "hisaab_work")
                .containsEntry("spring.datasource.password", "pw");
    }

    @Test
    void keepsTheEmbeddedDefaultWithoutTheOption() {
        assertThat(WorkDatabase.properties(new String[] {"run", "job.yml"}, Map.of())).isEmpty();
    }

    @Test
    void refusesAPasswordInTheUrl() {
        assertThatThrownBy(() -> WorkDatabase.properties(new String[] {"--work-db", "jdbc:postgresql://db/h?password=pw"},
                Map.of())).hasMessageContaining("contains a password").hasMessageNotContaining("=pw");
    }
}

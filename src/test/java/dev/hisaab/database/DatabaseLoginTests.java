package dev.hisaab.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLoginTests {

    @TempDir
    Path dir;

    @Test
    void passwordFileWinsOverTheEnvironmentAndOnlyItsFirstLineCounts() throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), "s3cret pass\nignored\n");

        DatabaseLogin login = DatabaseLogin.resolve("apply_role", file, null,
                Map.of("HISAAB_DB_PASSWORD", "from-env", "PGPASSWORD", "pg-env"));

        assertThat(login.user()).isEqualTo("apply_role");
        assertThat(login.password()).isEqualTo("s3cret pass");
    }

    @Test
    void hisaabVariableWinsOverPgpassword() throws IOException {
        assertThat(DatabaseLogin.resolve(null, null, null, Map.of("HISAAB_DB_PASSWORD", "a", "PGPASSWORD", "b")).password())
                .isEqualTo("a");
        assertThat(DatabaseLogin.resolve(null, null, null, Map.of("PGPASSWORD", "b")).password()).isEqualTo("b");
        assertThat(DatabaseLogin.resolve(null, null, null, Map.of()).password()).isNull();
    }

    @Test
    void userComesFromTheEnvironmentWhenNotGiven() throws IOException {
        assertThat(DatabaseLogin.resolve(null, null, null, Map.of("PGUSER", "pg", "HISAAB_DB_USER", "h")).user())
                .isEqualTo("h");
        assertThat(DatabaseLogin.resolve(null, null, null, Map.of("PGUSER", "pg")).user()).isEqualTo("pg");
        assertThat(DatabaseLogin.resolve(null, null, null, Map.of()).user()).isNull();
    }

    @Test
    void aNamedVariableMustBeSet() throws IOException {
        assertThat(DatabaseLogin.resolve(null, null, "PORTAL_PW", Map.of("PORTAL_PW", "x", "PGPASSWORD", "y")).password())
                .isEqualTo("x");
        assertThatThrownBy(() -> DatabaseLogin.resolve(null, null, "PORTAL_PW", Map.of("PGPASSWORD", "y")))
                .isInstanceOf(IOException.class).hasMessageContaining("PORTAL_PW");
    }

    @Test
    void anEmptyOrMissingPasswordFileIsAnErrorThatDoesNotLeakContent() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");

        assertThatThrownBy(() -> DatabaseLogin.resolve(null, empty, null, Map.of())).hasMessageContaining("is empty");
        assertThatThrownBy(() -> DatabaseLogin.resolve(null, dir.resolve("missing"), null, Map.of()))
                .hasMessageContaining("cannot read password file");
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(new DatabaseLogin("u", "hunter2").toString()).doesNotContain("hunter2").contains("***");
    }
}

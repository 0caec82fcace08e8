package dev.hisaab.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

    @Test
    void acceptsAUrlWithUserButNoPassword() {
        DatabaseUrl url = DatabaseUrl.of(" jdbc:postgresql://db.example:5432/portal?user=hisaab_read&ssl=true ");

        assertThat(url.url()).isEqualTo("jdbc:postgresql://db.example:5432/portal?user=hisaab_read&ssl=true");
        assertThat(url.isPostgres()).isTrue();
        assertThat(url.masked()).isEqualTo(url.url());
    }

    @Test
    void rejectsAPasswordParameterWithoutRepeatingIt() {
        for (String bad : new String[] {"jdbc:postgresql://db/portal?user=u&password=hunter2",
            "jdbc:postgresql://db/portal?PASSWORD=hunter2", "jdbc:postgresql://db/portal?sslpassword=hunter2&user=u",
            "jdbc:sqlserver://db;user=u;password=hunter2", "jdbc:postgresql://u:hunter2@db/portal"}) {
            assertThatThrownBy(() -> DatabaseUrl.of(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("contains a password")
                    .hasMessageContaining("HISAAB_DB_PASSWORD")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        }
    }

    @Test
    void masksPasswordsInAnyText() {
        assertThat(DatabaseUrl.mask("cannot reach jdbc:postgresql://db/p?user=u&password=hunter2&ssl=true"))
                .isEqualTo("cannot reach jdbc:postgresql://db/p?user=u&password=***&ssl=true");
        assertThat(DatabaseUrl.mask("jdbc:postgresql://u:hunter2@db/p")).isEqualTo("jdbc:postgresql://u:***@db/p");
    }

    @Test
    void rejectsWhatIsNotAJdbcUrl() {
        assertThatThrownBy(() -> DatabaseUrl.of("postgres://db/portal")).hasMessageContaining("not a JDBC URL");
        assertThatThrownBy(() -> DatabaseUrl.of(" ")).hasMessageContaining("required");
    }
}

package dev.hisaab.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CsvOptionsTests {

    @Test
    void defaults() {
        CsvOptions options = CsvOptions.defaults();
        assertThat(options.delimiter()).isEqualTo(",");
        assertThat(options.quote()).isEqualTo("\"");
        assertThat(options.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(options.header()).isTrue();
        assertThat(options.skipLines()).isZero();
        assertThat(options.footerPattern()).isEmpty();
        assertThat(options.trim()).isTrue();
        assertThat(options.footer()).isNull();
    }

    @Test
    void bindsFromKebabCaseKeysAndKeepsDefaultsForMissingOnes() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "options.delimiter", ";", "options.skip-lines", "3", "options.footer-pattern", "Total Records: \\d+",
                "options.encoding", "windows-1252", "options.header", "false")));
        CsvOptions options = binder.bindOrCreate("options", Bindable.of(CsvOptions.class));
        assertThat(options.delimiter()).isEqualTo(";");
        assertThat(options.skipLines()).isEqualTo(3);
        assertThat(options.footerPattern()).isEqualTo("Total Records: \\d+");
        assertThat(options.encoding().name()).isEqualTo("windows-1252");
        assertThat(options.header()).isFalse();
        assertThat(options.quote()).isEqualTo("\"");
        assertThat(options.trim()).isTrue();
        CsvOptions none = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("options", Bindable.of(CsvOptions.class));
        assertThat(none).isEqualTo(CsvOptions.defaults());
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CsvOptions("", null, null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new CsvOptions(null, "''", null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new CsvOptions(null, null, null, null, -1, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new CsvOptions(null, null, null, null, null, "(", null))
                .withMessageContaining("footer-pattern");
    }

    @Test
    void sourceFormatIsRegisteredAsCsv() {
        CsvSourceFormat format = new CsvSourceFormat();
        assertThat(format.type()).isEqualTo("csv");
        assertThat(format.optionsType()).isEqualTo(CsvOptions.class);
    }
}

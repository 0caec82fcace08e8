package dev.hisaab.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDefinitionLoaderTests {

    static final String MINIMAL = """
            job:
              name: tiny
              matching: { fee: 100.00 }
              sources:
                - id: live
                  role: live
                  type: csv
                  path: live.csv
                  fields: { application-no: app }
                - id: receipts
                  role: receipts
                  type: csv
                  path: r.csv
                  amount-unit: paise
                  date-formats: [dd/MM/yyyy]
                  fields: { receipt-no: no, date: dt, amount: amt }
            """;

    @TempDir
    Path dir;

    final JobDefinitionLoader loader = new JobDefinitionLoader();

    Path write(String yaml) throws IOException {
        Path file = dir.resolve("job.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void bindsKebabCaseKeysToRecordsWithDefaults() throws IOException {
        JobDefinition job = loader.load(write(MINIMAL), Map.of());

        assertThat(job.name()).isEqualTo("tiny");
        assertThat(job.timeZone()).isEqualTo("Asia/Kolkata");
        assertThat(job.maxRejects()).isEqualTo(1000);
        assertThat(job.matching().fee()).isEqualByComparingTo("100.00");
        assertThat(job.sources()).hasSize(2);
        SourceSpec receipts = job.sources().get(1);
        assertThat(receipts.role()).isEqualTo(SourceRole.RECEIPTS);
        assertThat(receipts.amountUnit()).isEqualTo(dev.hisaab.value.AmountUnit.PAISE);
        assertThat(receipts.dateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(receipts.column("amount")).isEqualTo("amt");
        assertThat(job.sources().get(0).dateFormats()).containsExactly("iso");
    }

    @Test
    void keepsColumnNamesWithSpacesAndPunctuationExactly() throws IOException {
        JobDefinition job = loader.load(write(MINIMAL.replace("amount: amt", "amount: \"Amount (Rs.)\"")), Map.of());

        assertThat(job.sources().get(1).column("amount")).isEqualTo("Amount (Rs.)");
    }

    @Test
    void namesThePropertyPathOfAnUnknownKey() throws IOException {
        Path file = write(MINIMAL.replace("      path: r.csv", "      path: r.csv\n      delimitr: \";\""));

        assertThatThrownBy(() -> loader.load(file, Map.of()))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("job.sources[1].delimitr")
                .hasMessageContaining("unknown key 'delimitr'")
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void namesThePropertyPathOfAWrongType() throws IOException {
        Path file = write(MINIMAL.replace("name: tiny", "name: tiny\n  partitions: many"));

        assertThatThrownBy(() -> loader.load(file, Map.of()))
                .hasMessageContaining("job.partitions: expected a whole number, got 'many'");
    }

    @Test
    void listsTheRolesWhenARoleIsUnknown() throws IOException {
        Path file = write(MINIMAL.replace("role: receipts", "role: reciepts"));

        assertThatThrownBy(() -> loader.load(file, Map.of()))
                .hasMessageContaining("job.sources[1].role: expected one of [receipts, gateway, callbacks, snapshot, live, lookup, consumers, bills, payments]");
    }

    @Test
    void refusesAFileWithoutAJobBlock() throws IOException {
        assertThatThrownBy(() -> loader.load(write("name: x\n"), Map.of())).hasMessageContaining("missing top-level 'job:'");
        assertThatThrownBy(() -> loader.load(dir.resolve("absent.yml"), Map.of())).hasMessageContaining("job file not found");
        assertThatThrownBy(() -> loader.load(write("job: [1,\n"), Map.of())).hasMessageContaining("not valid YAML at line");
    }

    @Test
    void appliesOverridesBySourceIdAndByIndex() throws IOException {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("sources.receipts.path", "other.csv");
        set.put("sources[0].fields.applicant-name", "name");
        set.put("matching.fee", "250.50");

        JobDefinition job = loader.load(write(MINIMAL), set);

        assertThat(job.sources().get(1).path()).isEqualTo("other.csv");
        assertThat(job.sources().get(0).column("applicant-name")).isEqualTo("name");
        assertThat(job.matching().fee()).isEqualByComparingTo("250.50");
    }

    @Test
    void refusesAnOverrideOfAnUnknownSource() throws IOException {
        Path file = write(MINIMAL);

        assertThatThrownBy(() -> loader.load(file, Map.of("sources.nope.path", "x")))
                .hasMessageContaining("job.sources.nope.path: --set names no list element 'nope'");
    }
}

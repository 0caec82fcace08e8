package dev.hisaab.definition;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDefinitionValidatorTests {

    @TempDir
    Path dir;

    final JobDefinitionLoader loader = new JobDefinitionLoader();
    final Set<String> types = Set.of("csv", "jsonl", "pgdump");

    @BeforeEach
    void inputs() throws IOException {
        Files.writeString(dir.resolve("live.csv"), "app\n");
        Files.writeString(dir.resolve("r.csv"), "no,dt,amt\n");
    }

    void validate(String yaml) throws IOException {
        Path file = dir.resolve("job.yml");
        Files.writeString(file, yaml);
        JobDefinitionValidator.validate(file, loader.load(file, Map.of()), dir, types);
    }

    @Test
    void acceptsAMinimalJob() {
        assertThatCode(() -> validate(JobDefinitionLoaderTests.MINIMAL)).doesNotThrowAnyException();
    }

    @Test
    void requiresTheFieldsOfARole() {
        assertThatThrownBy(() -> validate(JobDefinitionLoaderTests.MINIMAL.replace(", amount: amt", "")))
                .hasMessageContaining("job.sources[1].fields.amount: is required for role receipts");
    }

    @Test
    void refusesAFieldTheRoleDoesNotKnow() {
        assertThatThrownBy(() -> validate(JobDefinitionLoaderTests.MINIMAL.replace("amount: amt", "amount: amt, colour: c")))
                .hasMessageContaining("job.sources[1].fields.colour: unknown field for role receipts");
    }

    @Test
    void refusesDuplicateIdsUnknownTypesAndMissingFiles() {
        assertThatThrownBy(() -> validate(JobDefinitionLoaderTests.MINIMAL.replace("id: receipts", "id: live")))
                .hasMessageContaining("job.sources[1].id: duplicate source id 'live'");
        assertThatThrownBy(() -> validate(JobDefinitionLoaderTests.MINIMAL.replace("type: csv\n      path: r.csv",
                "type: xlsx\n      path: r.csv")))
                .hasMessageContaining("job.sources[1].type: unknown source type 'xlsx'; known types:");
        assertThatThrownBy(() -> validate(JobDefinitionLoaderTests.MINIMAL.replace("path: r.csv", "path: gone.csv")))
                .hasMessageContaining("job.sources[1].path: file not found");
    }

    @Test
    void requiresAFeeAndALiveSource() {
        assertThatThrownBy(() -> validate(JobDefinitionLoaderTests.MINIMAL.replace("  matching: { fee: 100.00 }\n", "")))
                .hasMessageContaining("job.matching.fee: is required");
        assertThatThrownBy(() -> validate(JobDefinitionLoaderTests.MINIMAL.replace("role: live", "role: snapshot")))
                .hasMessageContaining("a source with role 'live'");
    }

    @Test
    void checksRestoreColumnsAgainstTheSnapshotFieldsAndLookups() {
        String withSnapshot = JobDefinitionLoaderTests.MINIMAL + """
                    - id: snap
                      role: snapshot
                      type: csv
                      path: live.csv
                      fields: { application-no: app }
                  restore:
                    table: public.t
                    key: app_no
                    columns:
                      app_no: { field: application-no }
                """;
        assertThatCode(() -> validate(withSnapshot)).doesNotThrowAnyException();
        assertThatThrownBy(() -> validate(withSnapshot + "      name: { field: applicant-name }\n"))
                .hasMessageContaining("job.restore.columns.name.field: 'applicant-name' is not a field of snapshot source 'snap'");
        assertThatThrownBy(() -> validate(withSnapshot + "      d: { field: application-no, lookup: district }\n"))
                .hasMessageContaining("job.restore.columns.d.lookup: no lookup named 'district'");
        assertThatThrownBy(() -> validate(withSnapshot.replace("key: app_no", "key: id")))
                .hasMessageContaining("job.restore.columns: the key column 'id' must be mapped");
    }
}

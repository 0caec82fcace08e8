package dev.hisaab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeCsvTests {

    @TempDir
    Path dir;

    @Test
    void neutralisesValuesASpreadsheetWouldEvaluate() {
        assertThat(SafeCsv.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SafeCsv.neutralise("+91 98")).isEqualTo("'+91 98");
        assertThat(SafeCsv.neutralise("-1")).isEqualTo("'-1");
        assertThat(SafeCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCsv.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SafeCsv.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(SafeCsv.neutralise("JP251100001")).isEqualTo("JP251100001");
        assertThat(SafeCsv.neutralise("")).isEmpty();
        assertThat(SafeCsv.neutralise(null)).isNull();
    }

    @Test
    void writesQuotedRfc4180AndOnlyOnCommit() throws IOException {
        Path file = dir.resolve("f.csv");
        try (SafeCsv csv = new SafeCsv(file, "a", "b")) {
            csv.row("x, \"y\"", "=1+1");
            assertThat(file).doesNotExist();
            csv.commit();
        }
        assertThat(Files.readString(file)).isEqualTo("a,b\n\"x, \"\"y\"\"\",'=1+1\n");
    }

    @Test
    void showsANulCharacterAsTheReplacementCharacter() throws IOException {
        Path file = dir.resolve("nul.csv");
        try (SafeCsv csv = new SafeCsv(file, "raw")) {
            csv.row("NISHA \0 MATHUR");
            csv.row("\0=1+1");
            csv.commit();
        }
        assertThat(Files.readAllBytes(file)).doesNotContain((byte) 0);
        assertThat(Files.readString(file)).isEqualTo("raw\nNISHA \uFFFD MATHUR\n\uFFFD=1+1\n");
    }
}

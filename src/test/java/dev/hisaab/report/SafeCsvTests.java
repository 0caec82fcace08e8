package dev.hisaab.report;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

    @Test
    void writesWhatCommonsCsvWritesForRandomText() throws IOException {
        // given rows of values mixing every character that matters to quoting, empties and nulls in every place
        String[] pieces = {"", "a", "B1", " ", "  x", "x ", ",", "\"", "\"\"", "\n", "\r", "\r\n", "#", "!", "$", "'",
                "=", "+", "-", "@", "\t", "\u0001", "\u007F", "é", "सीता", "😀", "\u2028", "\uFEFF", "\u00A0", "Ω", ";", "\\"};
        Random random = new Random(7);
        String[][] rows = new String[3000][];
        for (int r = 0; r < rows.length; r++) {
            String[] row = new String[1 + random.nextInt(5)];
            for (int i = 0; i < row.length; i++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    row[i] = null;
                } else {
                    StringBuilder v = new StringBuilder();
                    for (int n = random.nextInt(kind < 3 ? 2 : 6); n > 0; n--) {
                        v.append(pieces[random.nextInt(pieces.length)]);
                    }
                    row[i] = v.toString();
                }
            }
            rows[r] = row;
        }
        StringWriter expected = new StringWriter();
        CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord("", "h,1", "h 2");
        for (String[] row : rows) {
            Object[] out = new Object[row.length];
            for (int i = 0; i < row.length; i++) {
                out[i] = SafeCsv.neutralise(row[i]);
            }
            printer.printRecord(out);
        }
        printer.flush();

        // when
        Path file = dir.resolve("random.csv");
        try (SafeCsv csv = new SafeCsv(file, "", "h,1", "h 2")) {
            for (String[] row : rows) {
                csv.row(row);
            }
            csv.commit();
        }

        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void refusesAnUnpairedSurrogateAndLeavesNoFile() throws IOException {
        Path file = dir.resolve("bad.csv");
        try (SafeCsv csv = new SafeCsv(file, "a")) {
            assertThrows(MalformedInputException.class, () -> csv.row("x\uD83D"));
            assertThrows(MalformedInputException.class, () -> csv.row("\uDE00y"));
        }
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("bad.csv.part")).doesNotExist();
    }
}

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

    @Test
    void quotesExactlyAsCommonsCsvsRfc4180FormatDoes() throws IOException {
        // given values made of the characters that decide quoting, at every place in a value and a row
        String alphabet = "a,\"\n\r #!$'\t=-\u00e9\u0928";
        java.util.Random random = new java.util.Random(7);
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"", "", null});
        rows.add(new String[] {null, "", "x"});
        rows.add(new String[] {",", "a,", " a", "a ", "#", "$", "\"", "a\"b"});
        for (int r = 0; r < 2000; r++) {
            String[] row = new String[1 + random.nextInt(4)];
            for (int i = 0; i < row.length; i++) {
                int n = random.nextInt(6) - 1;
                StringBuilder v = new StringBuilder();
                for (int k = 0; k < n; k++) {
                    v.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row[i] = n < 0 ? null : v.toString();
            }
            rows.add(row);
        }

        // when written here and by Commons CSV (values neutralised the same way)
        Path file = dir.resolve("mine.csv");
        java.io.StringWriter theirs = new java.io.StringWriter();
        try (SafeCsv csv = new SafeCsv(file, "h1", "h 2");
             org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(theirs,
                     org.apache.commons.csv.CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord("h1", "h 2");
            for (String[] row : rows) {
                csv.row(row);
                Object[] neutralised = new Object[row.length];
                for (int i = 0; i < row.length; i++) {
                    neutralised[i] = SafeCsv.neutralise(row[i]);
                }
                printer.printRecord(neutralised);
            }
            csv.commit();
        }

        // then the files are the same
        assertThat(Files.readString(file)).isEqualTo(theirs.toString());
    }
}

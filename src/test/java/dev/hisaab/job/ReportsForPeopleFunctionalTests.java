package dev.hisaab.job;

import static dev.hisaab.job.JhatpatRecoveryJobFunctionalTests.csv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The CSV reports meant for people — findings.csv, rejects.csv, refunds.csv — end to end: a value a spreadsheet
 * would run as a formula (leading {@code = + - @}, tab or carriage return) arrives neutralised with a leading
 * apostrophe in every one of them; with {@code --mask-personal-data} they show no mobile number or name, while
 * restore.sql and rollback.sql stay byte for byte what an unmasked run writes.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportsForPeopleFunctionalTests {

    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://example.invalid\",\"pay\")", "+1+1", "-2+3",
            "@SUM(A1:A9)", "\tTAB", "\rCR");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9])[6-9][0-9]{9}(?![0-9])");

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    @Test
    void formulaLikeValuesAreNeutralisedInEveryCsvReport() throws Exception {
        // given the payments sample with formula-like consumer names, gateway transaction ids and malformed lines
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String f : List.of("gateway-settlement.csv", "callbacks.jsonl", "receipts-counter.csv",
                "receipts-kiosk.csv", "portal.sql")) {
            Files.copy(Path.of("sample-data/kota", f), data.resolve(f));
        }
        List<String> dump = Files.readAllLines(data.resolve("portal.sql"), StandardCharsets.UTF_8);
        boolean consumers = false;
        int n = 0;
        for (int i = 0; i < dump.size(); i++) {
            String line = dump.get(i);
            if (line.startsWith("COPY public.consumers ")) {
                consumers = true;
            } else if (consumers && line.equals("\\.")) {
                consumers = false;
            } else if (consumers) {
                String[] f = line.split("\t", -1);
                f[1] = JhatpatCopy.text(FORMULAS.get(n++ % FORMULAS.size()) + " " + f[1]);
                dump.set(i, String.join("\t", f));
            }
        }
        Files.write(data.resolve("portal.sql"), dump, StandardCharsets.UTF_8);
        List<String> gateway = Files.readAllLines(data.resolve("gateway-settlement.csv"), StandardCharsets.UTF_8);
        String footer = gateway.remove(gateway.size() - 1);
        for (int i = 0; i < FORMULAS.size(); i++) {
            String txn = FORMULAS.get(i).replace("\"", "\"\"");
            gateway.add("\"" + txn + "\",SEWER-CONN-" + i + ",100000,INR,captured,2026-02-10T04:12:27Z,58122455457" + i + ",0,0");
            gateway.add(FORMULAS.get(i).replace("\r", "").replace("\"", "") + ",malformed");
        }
        gateway.add(footer);
        Files.write(data.resolve("gateway-settlement.csv"), gateway, StandardCharsets.UTF_8);

        // when the job runs
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "jobs/kota-payments.yml", "--quiet", "--out", out.toString(),
                "--set", "sources.gateway.path=" + data.resolve("gateway-settlement.csv")));
        for (String id : List.of("consumers", "bills", "payments")) {
            args.addAll(List.of("--set", "sources." + id + ".path=" + data.resolve("portal.sql")));
        }
        CliHarness.Result r = new CliHarness(cli).run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);

        // then no cell of any CSV report starts a formula, and the formula-like values did reach each of them
        for (String report : List.of("findings.csv", "rejects.csv", "refunds.csv")) {
            List<CSVRecord> rows = csv(out.resolve(report));
            for (CSVRecord row : rows) {
                for (String cell : row) {
                    assertThat(cell).as(report + " " + row).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
            String text = Files.readString(out.resolve(report));
            String shown = report + ": " + text.lines().filter(l -> l.contains("SEWER") || l.contains("'")).toList();
            assertThat(text).as(shown).contains("'=HYPERLINK(").contains("'+1+1").contains("'-2+3").contains("'@SUM(A1:A9)");
            // (readers trim values, so a leading tab reaches only the raw text of a rejected line; a leading CR is
            // not even that, it ends the line: SafeCsvTests covers it)
            if (report.equals("rejects.csv")) {
                assertThat(text).as(shown).contains("'\tTAB,malformed");
            }
        }
    }

    @Test
    void maskedReportsShowNoMobileOrNameAndTheScriptsStayTheSame() throws Exception {
        CliHarness harness = new CliHarness(cli);
        for (String job : List.of("jobs/jhatpat-recovery.yml", "jobs/kota-payments.yml")) {
            // given a run as it is and a run with --mask-personal-data
            Path plain = tmp.resolve(Path.of(job).getFileName() + "-plain");
            Path masked = tmp.resolve(Path.of(job).getFileName() + "-masked");
            assertThat(harness.run("run", job, "--quiet", "--out", plain.toString()).exitCode()).isEqualTo(1);
            CliHarness.Result r = harness.run("run", job, "--quiet", "--out", masked.toString(), "--mask-personal-data");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);

            // then the scripts for the database are unchanged
            for (String script : List.of("restore.sql", "rollback.sql", "restore.counts", "rollback.counts")) {
                assertThat(Files.readAllBytes(masked.resolve(script))).as(job + " " + script)
                        .isEqualTo(Files.readAllBytes(plain.resolve(script)));
            }
            // and the reports for people show no mobile, where the plain ones did
            for (String report : List.of("findings.csv", "rejects.csv")) {
                if (job.contains("jhatpat")) {
                    assertThat(MOBILE.matcher(Files.readString(plain.resolve(report))).find()).as(job + " " + report)
                            .isTrue();
                }
                assertThat(MOBILE.matcher(Files.readString(masked.resolve(report))).find()).as(job + " " + report).isFalse();
                assertThat(csv(masked.resolve(report))).hasSameSizeAs(csv(plain.resolve(report)));
            }
            // and no word of a rejected line keeps more than its first letter
            for (CSVRecord reject : csv(masked.resolve("rejects.csv"))) {
                assertThat(reject.get("raw").replace("XXXXXX", "")).doesNotContainPattern("\\p{L}\\p{L}");
            }
            // and neither do report.html and the workbook's sheets
            assertThat(MOBILE.matcher(Files.readString(masked.resolve("report.html"))).find()).as(job + " report.html")
                    .isFalse();
            assertThat(MOBILE.matcher(new String(CrashRestartFunctionalTests.xlsxContent(masked.resolve("report.xlsx")),
                    StandardCharsets.UTF_8)).find()).as(job + " report.xlsx").isFalse();
            assertThat(Files.readString(masked.resolve("summary.json"))).contains("\"personalData\" : \"masked");
            assertThat(Files.readString(plain.resolve("summary.json"))).doesNotContain("personalData");
        }
        // and refunds name people only by initials, and mobiles by their ends
        List<CSVRecord> refunds = csv(tmp.resolve("kota-payments.yml-masked/refunds.csv"));
        assertThat(refunds).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("name")).matches("\\S\\*\\*\\*( \\S\\*\\*\\*)*");
            assertThat(row.get("mobile")).matches("([6-9][0-9]XXXXXX[0-9]{2})?");
        });
        assertThat(csv(tmp.resolve("kota-payments.yml-plain/refunds.csv")).get(0).get("name")).doesNotContain("***");
    }

    /** PostgreSQL COPY text format of a value. */
    static final class JhatpatCopy {
        static String text(String v) {
            return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }
    }
}

package dev.hisaab.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JhatpatGeneratorTests {

    private static final Pattern LIVE_ROW = Pattern.compile(
            "^\\t\\('(JP\\d+)', '(?:[^']|'')*', '(\\d+)', '\\w+', '\\w+', '\\w+', (\\d+\\.\\d\\d), (?s:.*)");
    private static final Path SAMPLE = Path.of("sample-data/jhatpat");

    @TempDir
    static Path sampleDir;

    static GeneratedFiles sample;

    @BeforeAll
    static void generateSample() throws IOException {
        sample = new JhatpatGenerator(JhatpatScenario.sample()).generate(sampleDir);
    }

    @Test
    void sameSeedAndSizeWriteIdenticalBytes(@TempDir Path again) throws IOException {
        GeneratedFiles second = new JhatpatGenerator(JhatpatScenario.sample()).generate(again);

        assertThat(second.files()).hasSize(10);
        for (Path file : sample.files()) {
            Path twin = again.resolve(sampleDir.relativize(file));
            assertThat(Files.mismatch(file, twin)).as(file.getFileName().toString()).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherData(@TempDir Path other) throws IOException {
        new JhatpatGenerator(new JhatpatScenario(2_000, 7L)).generate(other);

        assertThat(Files.mismatch(sampleDir.resolve("live.sql"), other.resolve("live.sql"))).isNotEqualTo(-1L);
    }

    @Test
    void committedSampleIsWhatTheGeneratorWrites() throws IOException {
        for (Path file : sample.files()) {
            Path committed = SAMPLE.resolve(sampleDir.relativize(file).toString());
            assertThat(Files.mismatch(file, committed)).as(committed.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void expectedFindingsCoverEveryCategoryAtLeastTwice() throws IOException {
        List<String> lines = Files.readAllLines(sampleDir.resolve("expected/findings.csv"));
        Map<String, Integer> perCategory = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            perCategory.merge(line.substring(0, line.indexOf(',')), 1, Integer::sum);
        }

        assertThat(lines.get(0)).isEqualTo("category,key,amount");
        for (FindingCategory category : FindingCategory.values()) {
            assertThat(perCategory.getOrDefault(category.name(), 0)).as(category.name()).isGreaterThanOrEqualTo(2);
        }
        assertThat(lines.subList(1, lines.size())).isSorted();
        assertThat(lines).contains("FEE_UNVERIFIED," + firstKey(lines, "FEE_UNVERIFIED") + ",0.00");
    }

    @Test
    void everyPlantedCaseAndDefectOccursAtLeastTwice() {
        assertThat(sample.planted()).containsKeys("lost.restorable", "lost.restorable_then_reapplied",
                "lost.reconstructable", "lost.reconstructable_with_printed_portal_receipt",
                "reapplication_after_upgrade", "duplicate.counter_and_online", "duplicate.two_captures",
                "not_duplicate.failed_then_captured", "not_duplicate.refund_then_recapture",
                "not_duplicate.callback_redelivered", "not_duplicate.failed_attempt_only", "fee_unverified",
                "orphan.empty_number", "orphan.garbage_number", "ambiguous.family_shared_mobile",
                "receipt_damage.spaced_or_lower_case", "receipt_damage.typo", "receipt_damage.empty_number",
                "receipt_damage.mobile_plus_91", "receipt_damage.mobile_leading_zero", "receipt_damage.mobile_dashed");
        assertThat(sample.planted().values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    }

    @Test
    void restorableKeysAreOnlyInSnapshotAndReconstructableKeysInNeitherDump() throws IOException {
        Set<String> snapshot = snapshotNumbers(sampleDir);
        Set<String> live = liveNumbers(sampleDir);
        List<String> restorable = keys("MISSING_APPLICATION_RESTORABLE");
        List<String> reconstructable = keys("MISSING_APPLICATION_RECONSTRUCTABLE");

        assertThat(restorable).hasSizeGreaterThanOrEqualTo(2).allSatisfy(key -> {
            assertThat(snapshot).contains(key);
            assertThat(live).doesNotContain(key);
        });
        assertThat(reconstructable).hasSizeGreaterThanOrEqualTo(2).allSatisfy(key -> {
            assertThat(snapshot).doesNotContain(key);
            assertThat(live).doesNotContain(key);
        });
        List<String> restored = Files.readAllLines(sampleDir.resolve("expected/restored-applications.csv"));
        assertThat(restored.get(0)).isEqualTo(ExpectedAnswers.RESTORED_HEADER);
        assertThat(restored.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(restorable.stream(), reconstructable.stream())
                        .toList());
        assertThat(restored).anySatisfy(line -> assertThat(line).endsWith(",true,RECONSTRUCTED")
                .contains(",PENDING_VERIFICATION,,,"));
    }

    @Test
    void receiptNumbersThatAreNotIssuedAreUnambiguousTyposOrFarFromEveryNumber() throws IOException {
        Set<String> issued = new HashSet<>(snapshotNumbers(sampleDir));
        issued.addAll(liveNumbers(sampleDir));
        keys("MISSING_APPLICATION_RECONSTRUCTABLE").forEach(issued::add);
        int typos = 0;
        int garbage = 0;
        for (String[] receipt : receiptNumbers()) {
            String normalized = receipt[1].replace(" ", "").toUpperCase(Locale.ROOT);
            if (normalized.isEmpty() || issued.contains(normalized)) {
                continue;
            }
            long near = issued.stream().filter(number -> oneEditApart(number, normalized)).count();
            assertThat(near).as(receipt[0] + " " + receipt[1]).isLessThanOrEqualTo(1);
            typos += near == 1 ? 1 : 0;
            garbage += near == 0 ? 1 : 0;
        }
        assertThat((long) typos).isEqualTo(sample.planted().get("receipt_damage.typo"));
        assertThat(garbage).isGreaterThanOrEqualTo(2);
    }

    @Test
    void applicationsLookReal() throws IOException {
        String live = Files.readString(sampleDir.resolve("live.sql"));
        Matcher row = Pattern.compile("\\t\\('JP\\d{9}', '([^']+)', '(\\d+)', '\\w{3}', 'LMV\\d', '\\w+', "
                + "(\\d+\\.\\d\\d), '(?:[^']|'')*', '([^']+)', (true|false), 'PORTAL'\\)").matcher(live);
        int rows = 0;
        while (row.find()) {
            rows++;
            assertThat(row.group(1)).matches("[A-Z][a-z]+( [A-Z][a-z]+)+");
            assertThat(row.group(2)).matches("[6-9]\\d{9}");
            assertThat(Double.parseDouble(row.group(3))).isBetween(1.0, 10.0);
            OffsetDateTime submitted = OffsetDateTime.parse(row.group(4).replace(' ', 'T'));
            assertThat(submitted.getOffset()).isEqualTo(JhatpatCalendar.IST);
            assertThat(submitted.toLocalTime()).isBetween(LocalTime.of(9, 30), LocalTime.of(17, 30));
        }
        assertThat(rows).isEqualTo(counts().path("files").path("live.sql").path("rows").asInt());
        assertThat(Files.readString(sampleDir.resolve("snapshot.sql"))).contains("\tAllahabad\t", "\tFaizabad\t",
                "\\n", "\\t", "\\\\", "''".substring(1), "मकान");
    }

    @Test
    void countsMatchTheFiles() throws IOException {
        JsonNode files = counts().path("files");
        for (String name : List.of(EvidenceFiles.COUNTER, EvidenceFiles.KIOSK, EvidenceFiles.PORTAL,
                EvidenceFiles.GATEWAY)) {
            assertThat(Files.readAllLines(sampleDir.resolve(name))).as(name)
                    .hasSize(files.path(name).path("rows").asInt() + 1);
        }
        assertThat(Files.readAllLines(sampleDir.resolve(EvidenceFiles.CALLBACKS)))
                .hasSize(files.path(EvidenceFiles.CALLBACKS).path("rows").asInt());
        assertThat(snapshotNumbers(sampleDir)).hasSize(files.path("snapshot.sql").path("rows").asInt());
        assertThat(liveNumbers(sampleDir)).hasSize(files.path("live.sql").path("rows").asInt());
    }

    @Test
    @Tag("postgres")
    void dumpsLoadIntoPostgresql() throws Exception {
        String database = "gen_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            try {
                psql(database, sampleDir.resolve("snapshot.sql"));
                psql(database, sampleDir.resolve("live.sql"));
                JsonNode files = counts().path("files");
                try (Connection db = connect(database); Statement query = db.createStatement()) {
                    assertThat(count(query, "SELECT count(*) FROM public.applications"))
                            .isEqualTo(files.path("snapshot.sql").path("rows").asLong());
                    assertThat(count(query, "SELECT count(*) FROM public.connection_application"))
                            .isEqualTo(files.path("live.sql").path("rows").asLong());
                    assertThat(count(query, "SELECT count(*) FROM public.district")).isEqualTo(8);
                    assertThat(count(query, "SELECT count(*) FROM public.applications WHERE address LIKE E'%\\n%'"))
                            .isGreaterThanOrEqualTo(1);
                    assertThat(count(query, "SELECT count(*) FROM public.connection_application "
                            + "WHERE address LIKE E'%\\t%'")).isGreaterThanOrEqualTo(1);
                    assertThat(count(query, "SELECT count(*) FROM public.applications a "
                            + "JOIN public.connection_application c ON c.application_no = a.app_no "
                            + "WHERE c.address <> a.address OR c.applicant_name <> a.applicant_name")).isZero();
                }
            } finally {
                statement.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    /** psql 15.14+ (and 16.10+, 17.6+) understands {@code \restrict}, so the dump is fed as written. */
    private static void psql(String database, Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                "-U", "postgres", "-d", database, "-f", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("psql -f %s: %s", file.getFileName(), output).isZero();
        assertThat(output).doesNotContain("ERROR", "invalid command");
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static JsonNode counts() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(sampleDir.resolve("expected/counts.json")));
    }

    private static String firstKey(List<String> findings, String category) {
        return findings.stream().filter(line -> line.startsWith(category + ",")).findFirst().orElseThrow()
                .split(",")[1];
    }

    private static List<String> keys(String category) throws IOException {
        return Files.readAllLines(sampleDir.resolve("expected/findings.csv")).stream()
                .filter(line -> line.startsWith(category + ",")).map(line -> line.split(",")[1]).toList();
    }

    static Set<String> snapshotNumbers(Path directory) throws IOException {
        Set<String> numbers = new HashSet<>();
        boolean inCopy = false;
        for (String line : Files.readAllLines(directory.resolve("snapshot.sql"))) {
            if (line.startsWith("COPY public.applications")) {
                inCopy = true;
            } else if (line.equals("\\.")) {
                inCopy = false;
            } else if (inCopy) {
                assertThat(numbers.add(line.substring(0, line.indexOf('\t')))).isTrue();
            }
        }
        return numbers;
    }

    static Set<String> liveNumbers(Path directory) throws IOException {
        Set<String> numbers = new HashSet<>();
        for (String line : Files.readAllLines(directory.resolve("live.sql"))) {
            if (line.startsWith("\t('JP")) {
                assertThat(numbers.add(line.substring(3, line.indexOf('\'', 3)))).isTrue();
            }
        }
        return numbers;
    }

    private List<String[]> receiptNumbers() throws IOException {
        List<String[]> receipts = new ArrayList<>();
        for (String name : List.of(EvidenceFiles.COUNTER, EvidenceFiles.KIOSK, EvidenceFiles.PORTAL)) {
            List<String> lines = Files.readAllLines(sampleDir.resolve(name));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",", -1);
                receipts.add(new String[] {fields[0], fields[2]});
            }
        }
        return receipts;
    }

    private static boolean oneEditApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                first = first < 0 ? i : first;
            }
        }
        return differences == 1 || differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }
}

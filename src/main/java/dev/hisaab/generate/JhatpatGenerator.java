package dev.hisaab.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the Jhatpat scenario (see {@code sample-data/jhatpat/README.md}) into a folder, in one streaming pass:
 * applications are built one at a time in submission order from the seed, each file has its own writer, and only
 * the planted cases and expected answers are held in memory.
 *
 * <p>Files: {@code snapshot.sql}, {@code live.sql}, {@code receipts-counter.csv}, {@code receipts-kiosk.csv},
 * {@code receipts-portal.csv}, {@code gateway-settlement.csv}, {@code callbacks.jsonl}, and the known answers
 * {@code expected/findings.csv}, {@code expected/restored-applications.csv}, {@code expected/counts.json}.
 *
 * <p>Keys of {@code counts.json}: {@code scenario} (applications, seed, lost_fraction); {@code files} with, per SQL
 * dump, {@code rows} (data rows of its application table; live.sql also {@code district_rows}) and, per CSV/JSONL
 * file, {@code rows} (data lines excluding the header), {@code valid_rows}, {@code rejected_rows} (planted malformed
 * lines), {@code amount_paise} (sum of the amounts of the valid rows, every row being Rs 100.00), for the gateway
 * {@code <status>_rows}/{@code <status>_amount_paise} per lower-cased status, for the callbacks
 * {@code <event>_lines} per event (dots as underscores) and {@code redelivered_lines}; {@code findings} (expected
 * findings per category); {@code planted} (planted cases and defects per kind).
 */
public final class JhatpatGenerator {

    private final JhatpatScenario scenario;

    public JhatpatGenerator(JhatpatScenario scenario) {
        this.scenario = scenario;
    }

    public GeneratedFiles generate(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        JhatpatCalendar calendar = new JhatpatCalendar(scenario.applications(), scenario.seed());
        ApplicationNumbers numbers = new ApplicationNumbers(calendar, scenario.seed());
        CasePlan plan = new CasePlan(scenario, calendar);
        ApplicationFactory factory = new ApplicationFactory(scenario.seed(), calendar, numbers, plan);
        ExpectedAnswers expected = new ExpectedAnswers();
        Timeline timeline = new Timeline();
        Map<String, Object> fileCounts = new LinkedHashMap<>();
        try (SnapshotDump snapshot = new SnapshotDump(outDir, scenario.seed());
             LiveDump live = new LiveDump(outDir, scenario.seed());
             EvidenceFiles evidence = new EvidenceFiles(outDir, scenario.applications(), expected)) {
            PaymentStories stories = new PaymentStories(scenario.seed(), new PaymentActions(timeline, evidence,
                    expected), expected, numbers, factory, plan);
            for (int i = 0; i < scenario.applications(); i++) {
                Application app = factory.create(i);
                timeline.emitUntil(app.submittedAt());
                PaymentStories.Outcome outcome = stories.tell(app);
                if (app.submittedAt().isBefore(JhatpatCalendar.SNAPSHOT)) {
                    snapshot.row(outcome.application(), outcome.feePaidSnapshot());
                }
                if (!outcome.lost()) {
                    live.row(outcome.application(), outcome.feePaidLive());
                }
            }
            timeline.emitAll();
            fileCounts.put(SnapshotDump.FILE, Map.of("rows", snapshot.rows()));
            Map<String, Object> liveCounts = new LinkedHashMap<>();
            liveCounts.put("rows", live.rows());
            liveCounts.put("district_rows", (long) District.values().length);
            fileCounts.put(LiveDump.FILE, liveCounts);
            // evidence counts are final only after close, which writes any malformed lines still owed
            evidence.close();
            fileCounts.putAll(evidence.counts());
        }
        Path expectedDir = outDir.resolve("expected");
        expected.write(expectedDir);
        Map<String, Long> findings = new TreeMap<>();
        expected.findingCounts().forEach((category, count) -> findings.put(category.name(), count));
        Map<String, Object> scenarioCounts = new LinkedHashMap<>();
        scenarioCounts.put("applications", scenario.applications());
        scenarioCounts.put("seed", scenario.seed());
        scenarioCounts.put("lost_fraction", scenario.lostFraction());
        return GeneratedFiles.written(outDir, scenarioCounts, fileCounts, findings, expected.planted(),
                List.of(SnapshotDump.FILE, LiveDump.FILE, EvidenceFiles.COUNTER, EvidenceFiles.KIOSK,
                        EvidenceFiles.PORTAL, EvidenceFiles.GATEWAY, EvidenceFiles.CALLBACKS, "expected/findings.csv",
                        "expected/restored-applications.csv", "expected/counts.json"));
    }
}

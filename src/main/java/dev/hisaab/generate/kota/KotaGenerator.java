package dev.hisaab.generate.kota;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.hisaab.generate.GeneratedFiles;
import dev.hisaab.generate.Seeds;

/**
 * Generates the Kota water-payments scenario (see {@code sample-data/kota/README.md}) into a folder. Consumers are
 * built one at a time from the seed; bill rows stream to the dump, evidence events to one work file per day, which a
 * second pass replays in time order into the gateway, callback, receipt and payments files. Memory holds one day of
 * events, the duplicate bills and per-day totals, whatever the number of consumers.
 *
 * <p>Files: {@code portal.sql}, {@code gateway-settlement.csv}, {@code callbacks.jsonl}, {@code receipts-counter.csv},
 * {@code receipts-kiosk.csv}, and the known answers {@code expected/findings.csv}, {@code expected/refunds.csv},
 * {@code expected/bills-after-restore.csv}, {@code expected/control-totals.csv}, {@code expected/counts.json}.
 *
 * <p>Keys of {@code counts.json}: {@code scenario} (consumers, seed); {@code files}: for portal.sql the rows of
 * {@code consumers}, {@code bills}, {@code payments}; per CSV/JSONL file {@code rows} (lines between header and
 * footer), {@code valid_rows}, {@code rejected_rows} (planted malformed lines), {@code amount_paise} (sum of the
 * bill amounts of valid rows; 0 for callbacks) and tallies per status, event or state; {@code findings} (expected
 * findings per category); {@code planted} (planted cases and defects per kind).
 */
public final class KotaGenerator {

    private final KotaScenario scenario;

    public KotaGenerator(KotaScenario scenario) {
        this.scenario = scenario;
    }

    public GeneratedFiles generate(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path work = Files.createDirectories(outDir.resolve(".work"));
        KotaAnswers answers = new KotaAnswers(work);
        PortalDump dump = new PortalDump(outDir, work, scenario.seed());
        ConsumerFactory factory = new ConsumerFactory(scenario.seed(), scenario.consumers());
        CasePlan plan = new CasePlan(scenario);
        Map<String, Object> fileCounts = new LinkedHashMap<>();
        try (DaySpool spool = new DaySpool(work.resolve("days"))) {
            BillStories stories = new BillStories(scenario, dump, new EventSpool(spool, scenario.seed()), answers);
            stories.otherServices(Seeds.random(scenario.seed(), 105, 0));
            for (int i = 0; i < scenario.consumers(); i++) {
                Consumer consumer = factory.create(i);
                dump.consumer(consumer);
                stories.tell(consumer, plan.of(i));
            }
            EvidenceFiles evidence = new EvidenceFiles(outDir, scenario.consumers(), dump, answers);
            try (evidence) {
                spool.drain(evidence::event);
            }
            dump.finish();
            Map<String, Object> dumpCounts = new LinkedHashMap<>();
            dumpCounts.put("consumers", dump.consumerRows());
            dumpCounts.put("bills", dump.billRows());
            dumpCounts.put("payments", dump.paymentRows());
            fileCounts.put(PortalDump.FILE, dumpCounts);
            fileCounts.putAll(evidence.counts());
        }
        Path expected = outDir.resolve("expected");
        answers.write(expected);
        deleteTree(work);
        Map<String, Object> scenarioCounts = new LinkedHashMap<>();
        scenarioCounts.put("consumers", scenario.consumers());
        scenarioCounts.put("seed", scenario.seed());
        return GeneratedFiles.written(outDir, scenarioCounts, fileCounts, answers.findingCounts(), answers.planted(),
                List.of(PortalDump.FILE, EvidenceFiles.GATEWAY, EvidenceFiles.CALLBACKS, EvidenceFiles.COUNTER,
                        EvidenceFiles.KIOSK, "expected/findings.csv", "expected/refunds.csv",
                        "expected/bills-after-restore.csv", "expected/control-totals.csv", "expected/counts.json"));
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package dev.hisaab.recovery;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.LookupSpec;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.ApplicationRow;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.finding.FindingBuffer;
import dev.hisaab.index.KeyTable;
import dev.hisaab.job.RunLayout;
import dev.hisaab.record.Origin;
import dev.hisaab.report.RunReport;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolReader;
import dev.hisaab.spool.SpoolWriter;
import dev.hisaab.value.TimestampFormat;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code match} (one partition): gathers, for the application numbers whose hash falls in this partition, the
 * database rows and every payment row, then judges each application. Partitions share nothing, so they run in
 * parallel and a failed one restarts alone. Every row it reads is counted as matched or in a finding.
 */
public class MatchTasklet implements Tasklet {

    public static final String PARTITION_KEY = "partition";

    private final JobDefinition job;
    private final RunLayout layout;

    public MatchTasklet(JobDefinition job, RunLayout layout) {
        this.job = job;
        this.layout = layout;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        int partition = chunkContext.getStepContext().getStepExecution().getExecutionContext().getInt(PARTITION_KEY);
        run(partition);
        return RepeatStatus.FINISHED;
    }

    void run(int partition) throws IOException {
        Tally tally = new Tally();
        RowCounts rows = new RowCounts();
        String step = "match-" + partition;
        try (SpoolWriter rejects = new SpoolWriter(layout.rejects(step));
             SpoolWriter findings = new SpoolWriter(layout.findings(step));
             SpoolWriter restore = new SpoolWriter(layout.restoreRows(partition));
             SpoolWriter submitted = new SpoolWriter(layout.work().resolve(step + "." + RunReport.SUBMITTED))) {
            // two passes: the first keeps a sketch of each application, enough to tell whether it may have a finding
            // (most have none); the second reads in full only the rows of those that may, so that a partition's rows
            // die young rather than all living until it is judged (which had made the collector copy every one)
            KeyTable<ApplicationCase> cases = mayFind(sketch(partition, rows, tally, rejects));
            if (cases.size() > 0) {
                gather(partition, cases);
            }
            FindingBuffer found = new FindingBuffer();
            judgeAll(cases, rows, found, restore, submitted);
            rows.addTo(tally);
            found.writeTo(findings);
            rejects.commit();
            submitted.commit();
            findings.commit();
            restore.commit();
        }
        tally.save(layout.tally(step));
    }

    /**
     * First pass: the sketch of every application of the partition, from every row tied to it (each counted in
     * {@code rows}); rejects repeated application numbers of a database.
     */
    private KeyTable<CaseSketch> sketch(int partition, RowCounts rows, Tally tally, SpoolWriter rejects)
            throws IOException {
        KeyTable<CaseSketch> sketches = new KeyTable<>(expectedCases(partition));
        // live first, as the second pass reads them: which snapshot row restores is decided the same way
        sketchApplications(SourceRole.LIVE, partition, sketches, rows, tally, rejects);
        sketchApplications(SourceRole.SNAPSHOT, partition, sketches, rows, tally, rejects);
        for (SourceSpec s : job.sources(SourceRole.GATEWAY)) {
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    long amount = EvidenceFields.gatewayAmount(f);
                    sketches.computeIfAbsent(EvidenceFields.gatewayOrder(f), n -> new CaseSketch())
                            .gateway(EvidenceFields.gatewayTxn(f), EvidenceFields.gatewayStatus(f), amount);
                    rows.row(EvidenceFields.source(f), amount);
                }
            }
        }
        for (SourceSpec s : job.sources(SourceRole.CALLBACKS)) {
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    long amount = EvidenceFields.callbackAmount(f);
                    sketches.computeIfAbsent(EvidenceFields.callbackOrder(f), n -> new CaseSketch())
                            .callback(EvidenceFields.callbackTxn(f), EvidenceFields.callbackStatus(f), amount);
                    rows.row(EvidenceFields.source(f), Math.max(amount, 0));
                }
            }
        }
        try (SpoolReader in = new SpoolReader(layout.spool(RunLayout.RESOLVED_RECEIPTS, partition))) {
            for (SpoolFields f = in.next(); f != null; f = in.next()) {
                sketches.computeIfAbsent(ResolvedReceipt.applicationNo(f), n -> new CaseSketch())
                        .receipt(EvidenceFields.receiptTxnRef(f));
                rows.row(EvidenceFields.source(f), EvidenceFields.receiptAmount(f));
            }
        }
        return sketches;
    }

    private void sketchApplications(SourceRole role, int partition, KeyTable<CaseSketch> sketches, RowCounts rows,
                                    Tally tally, SpoolWriter rejects) throws IOException {
        boolean snapshot = role == SourceRole.SNAPSHOT;
        for (SourceSpec s : job.sources(role)) {
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    String number = ApplicationRow.applicationNo(f);
                    CaseSketch c = sketches.computeIfAbsent(number, n -> new CaseSketch());
                    Origin first = snapshot ? c.snapshot : c.live;
                    Origin origin = new Origin(f.text(1), f.number(2));
                    if (first != null) {
                        rejects.write(s.id(), origin.file(), Long.toString(origin.line()),
                                "duplicate application number " + number + ", first at " + first, number);
                        tally.add(s.id(), Counter.REJECTED, 1);
                    } else if (snapshot) {
                        c.snapshot = origin;
                        rows.row(f.text(0), 0);
                    } else {
                        c.live = origin;
                        c.liveFeePaid = Boolean.parseBoolean(f.text(7)); // as ApplicationRow reads fee-paid
                        rows.row(f.text(0), 0);
                    }
                }
            }
        }
    }

    /** The applications whose sketch says {@link CaseJudge} may find something, as cases yet to be filled. */
    private static KeyTable<ApplicationCase> mayFind(KeyTable<CaseSketch> sketches) {
        CaseJudge judge = new CaseJudge();
        List<String> numbers = new ArrayList<>();
        sketches.forEach((number, c) -> {
            if (judge.mayFind(c.snapshot != null, c.live != null, c.liveFeePaid, c.payments())) {
                numbers.add(number);
            }
        });
        KeyTable<ApplicationCase> cases = new KeyTable<>(numbers.size());
        for (String number : numbers) {
            cases.put(number, new ApplicationCase(number));
        }
        return cases;
    }

    /**
     * Second pass: every row of the partition tied to one of {@code cases}, read in full, in the order the first pass
     * read them; a repeated application number's row (rejected by the first pass) is left out.
     */
    private void gather(int partition, KeyTable<ApplicationCase> cases) throws IOException {
        gatherApplications(SourceRole.LIVE, partition, cases);
        gatherApplications(SourceRole.SNAPSHOT, partition, cases);
        for (SourceSpec s : job.sources(SourceRole.GATEWAY)) {
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    ApplicationCase c = cases.get(EvidenceFields.gatewayOrder(f));
                    if (c != null) {
                        c.gateway.add(GatewayTxn.of(f));
                    }
                }
            }
        }
        for (SourceSpec s : job.sources(SourceRole.CALLBACKS)) {
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    ApplicationCase c = cases.get(EvidenceFields.callbackOrder(f));
                    if (c != null) {
                        c.callbacks.add(Callback.of(f));
                    }
                }
            }
        }
        try (SpoolReader in = new SpoolReader(layout.spool(RunLayout.RESOLVED_RECEIPTS, partition))) {
            for (SpoolFields f = in.next(); f != null; f = in.next()) {
                ApplicationCase c = cases.get(ResolvedReceipt.applicationNo(f));
                if (c != null) {
                    c.receipts.add(ResolvedReceipt.of(f));
                }
            }
        }
    }

    private void gatherApplications(SourceRole role, int partition, KeyTable<ApplicationCase> cases) throws IOException {
        boolean snapshot = role == SourceRole.SNAPSHOT;
        for (SourceSpec s : job.sources(role)) {
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    ApplicationCase c = cases.get(ApplicationRow.applicationNo(f));
                    if (c == null || (snapshot ? c.snapshot : c.live) != null) {
                        continue;
                    }
                    // a snapshot row's raw values only when the live database lacks the application, the one case
                    // that restores it
                    ApplicationRow row = ApplicationRow.of(f, snapshot && c.live == null);
                    if (snapshot) {
                        c.snapshot = row;
                    } else {
                        c.live = row;
                    }
                }
            }
        }
    }

    /**
     * Applications expected in a partition, from the size of its live and snapshot work files (a row is well over 200
     * bytes): the table of cases is made that large at once rather than doubled a dozen times.
     */
    private int expectedCases(int partition) throws IOException {
        long largest = 0;
        for (SourceRole role : List.of(SourceRole.LIVE, SourceRole.SNAPSHOT)) {
            long bytes = 0;
            for (SourceSpec s : job.sources(role)) {
                java.nio.file.Path file = layout.spool(s.id(), partition);
                if (java.nio.file.Files.exists(file)) {
                    bytes += java.nio.file.Files.size(file);
                }
            }
            largest = Math.max(largest, bytes);
        }
        return (int) Math.min(1 << 26, largest / 200 + 1024);
    }

    private void judgeAll(KeyTable<ApplicationCase> cases, RowCounts rows, FindingBuffer findings, SpoolWriter restore,
                          SpoolWriter submitted) throws IOException {
        ZoneId zone = ZoneId.of(job.timeZone());
        PaymentAssembler assembler = new PaymentAssembler(zone);
        CaseJudge judge = new CaseJudge();
        TimestampFormat snapshotTimes = job.sources(SourceRole.SNAPSHOT).stream().findFirst()
                .map(s -> new TimestampFormat(s.dateFormats(), zone)).orElse(new TimestampFormat(List.of("iso"), zone));
        RestoreMapper mapper = job.restore() == null ? null
                : new RestoreMapper(job.restore(), loadLookups(), zone, snapshotTimes);
        // judged in key order, so the work files (and the restore rows that keep their order) are stable
        for (ApplicationCase c : cases.valuesInKeyOrder()) {
            List<Payment> payments = assembler.payments(c, new ArrayList<>());
            List<Finding> found = judge.judge(c, payments);
            if (found.isEmpty()) {
                continue;
            }
            Set<String> cited = new HashSet<>();
            for (Finding f : found) {
                findings.add(f);
                cited.addAll(f.refs());
                boolean missing = f.category() == Category.MISSING_APPLICATION_RESTORABLE
                        || f.category() == Category.MISSING_APPLICATION_RECONSTRUCTABLE;
                if (missing) {
                    // for the report's chart of lost applications by week of submission
                    submitted.write(f.key(), Long.toString(submittedAt(c, payments)));
                }
                if (mapper != null && missing) {
                    restore.write(mapper.plan(f, c, payments).fields());
                }
            }
            cite(c, cited, rows);
        }
    }

    /** When the application was submitted: the snapshot says so, else its earliest payment; -1 when unknown. */
    private static long submittedAt(ApplicationCase c, List<Payment> payments) {
        if (c.snapshot != null && c.snapshot.submittedAt() >= 0) {
            return c.snapshot.submittedAt();
        }
        return payments.stream().mapToLong(Payment::time).filter(t -> t >= 0).min().orElse(-1);
    }

    /** Each row of the case that a finding cites is in a finding; the others stay matched (consistent or explained). */
    private static void cite(ApplicationCase c, Set<String> cited, RowCounts rows) {
        if (c.snapshot != null && cited.contains(c.snapshot.origin().toString())) {
            rows.cited(c.snapshot.source(), 0);
        }
        if (c.live != null && cited.contains(c.live.origin().toString())) {
            rows.cited(c.live.source(), 0);
        }
        for (GatewayTxn g : c.gateway) {
            if (cited.contains(g.origin().toString())) {
                rows.cited(g.source(), g.amount());
            }
        }
        for (Callback cb : c.callbacks) {
            if (cited.contains(cb.origin().toString())) {
                rows.cited(cb.source(), Math.max(cb.amount(), 0));
            }
        }
        for (ResolvedReceipt r : c.receipts) {
            if (cited.contains(r.receipt().origin().toString())) {
                rows.cited(r.receipt().source(), r.receipt().amount());
            }
        }
    }

    /** Lookup tables are small (districts, categories): read whole, keyed case-insensitively. */
    private Map<String, Map<String, String>> loadLookups() throws IOException {
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (Map.Entry<String, LookupSpec> e : job.restore().lookups().entrySet()) {
            LookupSpec l = e.getValue();
            Map<String, String> table = new HashMap<>();
            try (SpoolReader in = new SpoolReader(layout.spool(l.source(), 0))) {
                for (String[] f = in.read(); f != null; f = in.read()) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 3; i + 1 < f.length; i += 2) {
                        row.put(f[i], f[i + 1]);
                    }
                    if (row.get(l.key()) != null) {
                        table.putIfAbsent(RestoreMapper.normal(row.get(l.key())), row.get(l.value()));
                    }
                }
            }
            tables.put(e.getKey(), table);
        }
        return tables;
    }
}

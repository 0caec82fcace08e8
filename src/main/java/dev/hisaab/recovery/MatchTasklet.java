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
        KeyTable<ApplicationCase> cases = new KeyTable<>(expectedCases(partition));
        Tally tally = new Tally();
        String step = "match-" + partition;
        try (SpoolWriter rejects = new SpoolWriter(layout.rejects(step));
             SpoolWriter findings = new SpoolWriter(layout.findings(step));
             SpoolWriter restore = new SpoolWriter(layout.restoreRows(partition));
             SpoolWriter submitted = new SpoolWriter(layout.work().resolve(step + "." + RunReport.SUBMITTED))) {
            // live first: a snapshot row's raw values are only kept when the live database lacks the application,
            // the one case that restores it (most rows are in both, and their values would be most of the memory)
            loadApplications(SourceRole.LIVE, partition, cases, tally, rejects);
            loadApplications(SourceRole.SNAPSHOT, partition, cases, tally, rejects);
            for (SourceSpec s : job.sources(SourceRole.GATEWAY)) {
                try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                    for (SpoolFields f = in.next(); f != null; f = in.next()) {
                        GatewayTxn t = GatewayTxn.of(f);
                        cases.computeIfAbsent(t.orderId(), ApplicationCase::new).gateway.add(t);
                    }
                }
            }
            for (SourceSpec s : job.sources(SourceRole.CALLBACKS)) {
                try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                    for (SpoolFields f = in.next(); f != null; f = in.next()) {
                        Callback c = Callback.of(f);
                        cases.computeIfAbsent(c.orderId(), ApplicationCase::new).callbacks.add(c);
                    }
                }
            }
            try (SpoolReader in = new SpoolReader(layout.spool(RunLayout.RESOLVED_RECEIPTS, partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    ResolvedReceipt r = ResolvedReceipt.of(f);
                    cases.computeIfAbsent(r.applicationNo(), ApplicationCase::new).receipts.add(r);
                }
            }
            FindingBuffer found = new FindingBuffer();
            judgeAll(cases, tally, found, restore, submitted);
            found.writeTo(findings);
            rejects.commit();
            submitted.commit();
            findings.commit();
            restore.commit();
        }
        tally.save(layout.tally(step));
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

    private void judgeAll(KeyTable<ApplicationCase> cases, Tally tally, FindingBuffer findings, SpoolWriter restore,
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
            if (!judge.mayFind(c, assembler.count(c))) {
                // the common case: nothing to find, so the payments' labels and refs are never spelled out
                matched(c, tally);
                continue;
            }
            List<Payment> payments = assembler.payments(c, new ArrayList<>());
            List<Finding> found = judge.judge(c, payments);
            Set<String> cited = found.isEmpty() ? Set.of() : new HashSet<>();
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
            account(c, cited, tally);
        }
    }

    /** When the application was submitted: the snapshot says so, else its earliest payment; -1 when unknown. */
    private static long submittedAt(ApplicationCase c, List<Payment> payments) {
        if (c.snapshot != null && c.snapshot.submittedAt() >= 0) {
            return c.snapshot.submittedAt();
        }
        return payments.stream().mapToLong(Payment::time).filter(t -> t >= 0).min().orElse(-1);
    }

    /** Each row of the case is in a finding if a finding cites it, otherwise matched (consistent or explained). */
    private static void account(ApplicationCase c, Set<String> cited, Tally tally) {
        if (cited.isEmpty()) {
            // the common case: nothing cited, so no row's reference needs to be spelled out to look it up
            matched(c, tally);
            return;
        }
        if (c.snapshot != null) {
            count(tally, c.snapshot.source(), cited.contains(c.snapshot.origin().toString()), 0);
        }
        if (c.live != null) {
            count(tally, c.live.source(), cited.contains(c.live.origin().toString()), 0);
        }
        c.gateway.forEach(g -> count(tally, g.source(), cited.contains(g.origin().toString()), g.amount()));
        c.callbacks.forEach(cb -> count(tally, cb.source(), cited.contains(cb.origin().toString()), Math.max(cb.amount(), 0)));
        c.receipts.forEach(r -> count(tally, r.receipt().source(), cited.contains(r.receipt().origin().toString()),
                r.receipt().amount()));
    }

    private static void matched(ApplicationCase c, Tally tally) {
        if (c.snapshot != null) {
            count(tally, c.snapshot.source(), false, 0);
        }
        if (c.live != null) {
            count(tally, c.live.source(), false, 0);
        }
        c.gateway.forEach(g -> count(tally, g.source(), false, g.amount()));
        c.callbacks.forEach(cb -> count(tally, cb.source(), false, Math.max(cb.amount(), 0)));
        c.receipts.forEach(r -> count(tally, r.receipt().source(), false, r.receipt().amount()));
    }

    private static void count(Tally tally, String source, boolean inFinding, long amount) {
        tally.add(source, inFinding ? Counter.FINDINGS : Counter.MATCHED, 1);
        tally.add(source, inFinding ? Counter.AMOUNT_FINDINGS : Counter.AMOUNT_MATCHED, amount);
    }

    private void loadApplications(SourceRole role, int partition, KeyTable<ApplicationCase> cases, Tally tally,
                                  SpoolWriter rejects) throws IOException {
        for (SourceSpec s : job.sources(role)) {
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    ApplicationCase known = cases.get(ApplicationRow.applicationNo(f));
                    boolean restorable = role == SourceRole.SNAPSHOT && (known == null || known.live == null);
                    ApplicationRow row = ApplicationRow.of(f, restorable);
                    ApplicationCase c = known != null ? known
                            : cases.computeIfAbsent(row.applicationNo(), ApplicationCase::new);
                    ApplicationRow first = role == SourceRole.SNAPSHOT ? c.snapshot : c.live;
                    if (first != null) {
                        rejects.write(s.id(), row.origin().file(), Long.toString(row.origin().line()),
                                "duplicate application number " + row.applicationNo() + ", first at " + first.origin(),
                                row.applicationNo());
                        tally.add(s.id(), Counter.REJECTED, 1);
                    } else if (role == SourceRole.SNAPSHOT) {
                        c.snapshot = row;
                    } else {
                        c.live = row;
                    }
                }
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

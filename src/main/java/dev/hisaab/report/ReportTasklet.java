package dev.hisaab.report;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.finding.FindingTotals;
import dev.hisaab.job.RunLayout;
import dev.hisaab.payments.ControlTotals;
import dev.hisaab.payments.PaymentsReport;
import dev.hisaab.recovery.PlannedRestore;
import dev.hisaab.spool.SortedSpoolMerge;
import dev.hisaab.spool.SpoolReader;
import dev.hisaab.stage.InputInfo;
import dev.hisaab.value.Amounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code report}: merges the work files of every step into the run's outputs — findings.csv, rejects.csv,
 * restore.sql and rollback.sql, summary.json — in a stable order, then proves that every source balances. Findings
 * (and a reconciliation's restore statements) are merged from the steps' work files, each already in order, as they
 * are written, so their number does not bound the run; rejects and the restore rows of a recovery are sorted in memory:
 * they are bounded by {@code max-rejects} and by the lost applications, not by the size of the inputs.
 */
public class ReportTasklet implements Tasklet {

    private final JobDefinition job;
    private final RunLayout layout;
    private final RunInfo run;
    private final RestoreScripts restoreScripts;

    public ReportTasklet(JobDefinition job, RunLayout layout, RunInfo run, RestoreScripts restoreScripts) {
        this.job = job;
        this.layout = layout;
        this.run = run;
        this.restoreScripts = restoreScripts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<Reject> rejects = readAll("rejects", Reject::of);
        rejects.sort(Comparator.comparing(Reject::file).thenComparingLong(Reject::line));
        List<Finding> rejected = new ArrayList<>();
        for (Reject r : rejects) {
            rejected.add(new Finding(Category.REJECTED_LINE, r.key(), null, List.of(r.key()), "rejected", r.reason()));
        }
        rejected.sort(Finding.ORDER);
        // every step wrote its findings in report order: merged as they are written, never all held (a large
        // reconciliation has hundreds of thousands), in the order a stable sort of all of them would give
        FindingTotals findings;
        try (SortedSpoolMerge<Finding> sorted = new SortedSpoolMerge<>(workFiles("findings"), Finding::of,
                rejected.iterator(), Finding.ORDER)) {
            findings = writeFindings(sorted);
        }
        writeRejects(rejects);
        RestoreScripts.Result restoreResult;
        Map<String, Object> extra = new java.util.LinkedHashMap<>();
        List<String> extraProblems = new ArrayList<>();
        switch (job.kind()) {
            case PAYMENT_RECONCILIATION:
                PaymentsReport payments = new PaymentsReport(job, layout);
                restoreResult = payments.writeRestore(restoreScripts, run);
                extra.put("refunds", payments.writeRefunds());
                ControlTotals totals = payments.totals();
                extra.put("controlTotals", PaymentsReport.json(totals));
                totals.unbalanced().keySet().forEach(d -> extraProblems.add("control totals of " + d
                        + ": captured != posted + unposted + unmatched"));
                break;
            case APPLICATION_RECOVERY:
            default:
                restoreResult = writeRecoveryRestore();
                break;
        }
        Tally tally = tally();
        List<InputInfo> inputs = new ArrayList<>();
        for (SourceSpec s : job.sources()) {
            inputs.add(InputInfo.load(layout.stageInfo(s.id())));
        }
        Summary summary = Summary.of(job, run, inputs, tally, findings, restoreResult, extra, extraProblems);
        summary.write(layout.out().resolve("summary.json"));
        if (!summary.balanced()) {
            throw new AccountingException("input accounting does not balance: " + summary.imbalance()
                    + " (see summary.json)");
        }
        return RepeatStatus.FINISHED;
    }

    private RestoreScripts.Result writeRecoveryRestore() throws IOException {
        List<PlannedRestore> restores = new ArrayList<>();
        for (int p = 0; p < job.partitions(); p++) {
            try (SpoolReader in = new SpoolReader(layout.restoreRows(p))) {
                for (String[] f = in.read(); f != null; f = in.read()) {
                    restores.add(PlannedRestore.of(f));
                }
            }
        }
        restores.sort(Comparator.comparing(PlannedRestore::key));
        return job.restore() == null ? RestoreScripts.Result.NONE : restoreScripts.write(layout.out(), job, run, restores);
    }

    private Tally tally() throws IOException {
        Tally tally = new Tally();
        try (Stream<Path> files = Files.list(layout.work())) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tally")).sorted().toList()) {
                tally.addAll(Tally.load(f));
            }
        }
        for (SourceRole role : List.of(SourceRole.LOOKUP, SourceRole.CONSUMERS)) {
            for (SourceSpec s : job.sources(role)) {
                // a lookup table's (or the consumer list's) valid rows are all used to look values up
                tally.add(s.id(), Counter.MATCHED, tally.get(s.id(), Counter.READ) - tally.get(s.id(), Counter.REJECTED));
            }
        }
        return tally;
    }

    /** Writes findings.csv in the order given; returns the count and amount per category. */
    private FindingTotals writeFindings(Iterator<Finding> findings) throws IOException {
        FindingTotals totals = new FindingTotals();
        try (SafeCsv csv = new SafeCsv(layout.out().resolve("findings.csv"),
                "category", "key", "amount", "refs", "rule", "evidence")) {
            while (findings.hasNext()) {
                Finding f = findings.next();
                totals.add(f);
                csv.row(f.category().name(), f.key(), f.amount() == null ? "" : Amounts.formatRupees(f.amount()),
                        String.join(" ", f.refs()), f.rule(), f.evidence());
            }
            csv.commit();
        }
        return totals;
    }

    private void writeRejects(List<Reject> rejects) throws IOException {
        Map<String, SourceSpec> byId = new java.util.HashMap<>();
        job.sources().forEach(s -> byId.put(s.id(), s));
        try (SafeCsv csv = new SafeCsv(layout.out().resolve("rejects.csv"), "source", "file", "line", "reason", "raw")) {
            for (Reject r : rejects) {
                csv.row(r.source(), r.file(), Long.toString(r.line()), r.reason(), r.raw());
            }
            csv.commit();
        }
    }

    private <T> List<T> readAll(String suffix, java.util.function.Function<String[], T> parse) throws IOException {
        List<T> out = new ArrayList<>();
        for (Path f : workFiles(suffix)) {
            try (SpoolReader in = new SpoolReader(f)) {
                for (String[] row = in.read(); row != null; row = in.read()) {
                    out.add(parse.apply(row));
                }
            }
        }
        return out;
    }

    /** Every step's work files of one kind ({@code *.findings}, {@code *.rejects}), by name. */
    private List<Path> workFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(layout.work())) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + suffix)).sorted().toList();
        }
    }
}

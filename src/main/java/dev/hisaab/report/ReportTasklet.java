package dev.hisaab.report;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.definition.JobKind;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.finding.FindingTotals;
import dev.hisaab.job.RunLayout;
import dev.hisaab.payments.ControlTotals;
import dev.hisaab.payments.PaymentsReport;
import dev.hisaab.recovery.PlannedRestore;
import dev.hisaab.report.html.HtmlFindingRows;
import dev.hisaab.report.html.HtmlReportWriter;
import dev.hisaab.report.xlsx.XlsxReportWriter;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.JsonNode;

/**
 * Step {@code report}: merges the work files of every step into the run's outputs — findings.csv, rejects.csv,
 * restore.sql and rollback.sql, summary.json, report.html and report.xlsx — in a stable order, then proves that every
 * source balances. Findings are merged from the steps' work files, each already in report order, by every writer
 * that needs them, as it writes: their number does not bound the run. Rejects are sorted in memory (bounded by
 * {@code max-rejects}). The restore scripts and report.xlsx are written on threads of their own beside the rest
 * ({@link ConcurrentWriters}); a failure of any writer fails the step with its message.
 */
public class ReportTasklet implements Tasklet {

    private final JobDefinition job;
    private final RunLayout layout;
    private final RunInfo run;
    private final RestoreScripts restoreScripts;
    /** Masks mobiles and names in report.html and report.xlsx (the {@code --mask-personal-data} option). */
    private final boolean maskPersonalData;

    public ReportTasklet(JobDefinition job, RunLayout layout, RunInfo run, RestoreScripts restoreScripts) {
        this(job, layout, run, restoreScripts, run.maskPersonalData());
    }

    public ReportTasklet(JobDefinition job, RunLayout layout, RunInfo run, RestoreScripts restoreScripts,
                         boolean maskPersonalData) {
        this.maskPersonalData = maskPersonalData;
        this.job = job;
        this.layout = layout;
        this.run = run;
        this.restoreScripts = restoreScripts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        SpentWorkFiles.delete(layout, job);
        PersonalData personal = run.personalData();
        List<Reject> rejects = readAll("rejects", Reject::of);
        rejects.sort(Comparator.comparing(Reject::file).thenComparingLong(Reject::line));
        List<Finding> rejected = new ArrayList<>();
        for (Reject r : rejects) {
            rejected.add(new Finding(Category.REJECTED_LINE, r.key(), null, List.of(r.key()), "rejected", r.reason()));
        }
        rejected.sort(Finding.ORDER);
        // every step wrote its findings in report order: each writer merges them as it reads, none holds them all
        FindingSource findings = FindingSource.merged(workFiles("findings"), rejected);
        FindingDates dates = FindingDates.read(layout.work(), job.timeZone());
        Path out = layout.out();
        CompletableFuture<JsonNode> summaryJson = new CompletableFuture<>();
        // report.xlsx and the restore scripts are written on threads of their own while this one writes the rest;
        // the workbook's category sheets need only the findings (handed over by the one pass that writes
        // findings.csv and prepares report.html), its first sheets wait for the summary
        FindingRelay toWorkbook = new FindingRelay();
        Path page = out.resolve("report.html");
        try (ConcurrentWriters writers = new ConcurrentWriters("report-");
             HtmlFindingRows pageRows = HtmlFindingRows.beside(page, Category.of(job.kind()), dates, maskPersonalData)) {
            try {
                writers.start("xlsx", () -> {
                    new XlsxReportWriter().write(Category.of(job.kind()),
                            job.kind() == JobKind.PAYMENT_RECONCILIATION, toWorkbook, dates, summaryJson::get,
                            maskPersonalData, out.resolve("report.xlsx"));
                    return null;
                });
                Future<RestoreScripts.Result> restore = writers.start("restore", this::writeRestore);
                FindingTotals totals = writeFindings(findings, personal, pageRows, toWorkbook);
                writeRejects(rejects, personal);
                Map<String, Object> extra = new java.util.LinkedHashMap<>();
                List<String> extraProblems = new ArrayList<>();
                if (job.kind() == JobKind.PAYMENT_RECONCILIATION) {
                    PaymentsReport payments = new PaymentsReport(job, layout);
                    extra.put("refunds", payments.writeRefunds(personal));
                    ControlTotals control = payments.totals();
                    extra.put("controlTotals", PaymentsReport.json(control));
                    control.unbalanced().keySet().forEach(d -> extraProblems.add("control totals of " + d
                            + ": captured != posted + unposted + unmatched"));
                }
                if (personal.masks()) {
                    extra.put("personalData", "masked in findings.csv, rejects.csv and refunds.csv");
                }
                Tally tally = tally();
                List<InputInfo> inputs = new ArrayList<>();
                for (SourceSpec s : job.sources()) {
                    inputs.add(InputInfo.load(layout.stageInfo(s.id())));
                }
                RestoreScripts.Result restoreResult = ConcurrentWriters.await(restore);
                Summary summary = Summary.of(job, run, inputs, tally, totals, restoreResult, extra, extraProblems);
                summary.write(out.resolve("summary.json"));
                // for people: written even when the accounting fails, so the imbalance can be read there too
                JsonNode json = RunReport.json(summary);
                summaryJson.complete(json);
                new HtmlReportWriter().write(new RunReport(json, findings, dates), maskPersonalData, page, pageRows);
                writers.join();
                if (!summary.balanced()) {
                    throw new AccountingException("input accounting does not balance: " + summary.imbalance()
                            + " (see summary.json)");
                }
            } catch (Throwable e) {
                // lets the workbook stop (and remove its part file) instead of waiting for what never comes
                toWorkbook.fail(e);
                summaryJson.completeExceptionally(e);
                throw e;
            }
        }
        return RepeatStatus.FINISHED;
    }

    /** restore.sql and rollback.sql of the job's kind. */
    private RestoreScripts.Result writeRestore() throws IOException {
        if (job.kind() == JobKind.PAYMENT_RECONCILIATION) {
            return new PaymentsReport(job, layout).writeRestore(restoreScripts, run);
        }
        return writeRecoveryRestore();
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

    /**
     * Writes findings.csv in report order, handing each finding to the rows report.html embeds and to the workbook as
     * it goes; returns the count and amount per category.
     */
    private FindingTotals writeFindings(FindingSource findings, PersonalData personal, HtmlFindingRows pageRows,
                                        FindingRelay toWorkbook) throws IOException {
        FindingTotals totals = new FindingTotals();
        try (SafeCsv csv = new SafeCsv(layout.out().resolve("findings.csv"),
                "category", "key", "amount", "refs", "rule", "evidence");
             Stream<Finding> all = findings.open()) {
            Iterator<Finding> it = all.iterator();
            while (it.hasNext()) {
                Finding f = it.next();
                totals.add(f);
                pageRows.add(f);
                toWorkbook.add(f);
                csv.row(f.category().name(), f.key(), f.amount() == null ? "" : Amounts.formatRupees(f.amount()),
                        String.join(" ", f.refs()), f.rule(), personal.text(f.evidence()));
            }
            toWorkbook.end();
            csv.commit();
        }
        return totals;
    }

    private void writeRejects(List<Reject> rejects, PersonalData personal) throws IOException {
        Map<String, SourceSpec> byId = new java.util.HashMap<>();
        job.sources().forEach(s -> byId.put(s.id(), s));
        try (SafeCsv csv = new SafeCsv(layout.out().resolve("rejects.csv"), "source", "file", "line", "reason", "raw")) {
            for (Reject r : rejects) {
                csv.row(r.source(), r.file(), Long.toString(r.line()), personal.text(r.reason()), personal.line(r.raw()));
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

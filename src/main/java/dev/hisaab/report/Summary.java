package dev.hisaab.report;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.FindingTotals;
import dev.hisaab.stage.InputInfo;
import dev.hisaab.value.Amounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's summary.json: per source the rows read, matched, in findings and rejected, with amounts, and whether they
 * balance; count and amount per category; SHA-256 of every input; run id and parameters; whatever the job's kind
 * adds (control totals per day, refunds), whose own checks count towards {@code balanced}.
 */
public record Summary(Map<String, Object> json, boolean balanced, String imbalance) {

    /** The summary with the findings given as their count and amount per category (they may be streamed). */
    public static Summary of(JobDefinition job, RunInfo run, List<InputInfo> inputs, Tally tally, FindingTotals findings,
                             RestoreScripts.Result restore, Map<String, Object> extra, List<String> extraProblems) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("job", job.name());
        root.put("kind", job.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        root.put("run", run.runId());
        root.put("tool", "hisaab " + run.version());
        root.put("jobFile", run.jobFile());
        root.put("jobFileSha256", run.jobFileSha256());
        root.put("parameters", new java.util.TreeMap<>(run.parameters()));
        root.put("timeZone", job.timeZone());
        List<Map<String, Object>> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < job.sources().size(); i++) {
            SourceSpec s = job.sources().get(i);
            InputInfo in = inputs.get(i);
            long read = tally.get(s.id(), Counter.READ);
            long matched = tally.get(s.id(), Counter.MATCHED);
            long inFindings = tally.get(s.id(), Counter.FINDINGS);
            long rejected = tally.get(s.id(), Counter.REJECTED);
            long valid = tally.get(s.id(), Counter.AMOUNT_VALID);
            long aMatched = tally.get(s.id(), Counter.AMOUNT_MATCHED);
            long aFindings = tally.get(s.id(), Counter.AMOUNT_FINDINGS);
            long aRejected = tally.get(s.id(), Counter.AMOUNT_REJECTED);
            boolean rowsOk = read == matched + inFindings + rejected;
            boolean amountsOk = valid == aMatched + aFindings + aRejected;
            if (!rowsOk) {
                problems.add(s.id() + ": read " + read + " != matched " + matched + " + in findings " + inFindings
                        + " + rejected " + rejected);
            }
            if (!amountsOk) {
                problems.add(s.id() + ": amount " + Amounts.formatRupees(valid) + " != " + Amounts.formatRupees(aMatched)
                        + " + " + Amounts.formatRupees(aFindings) + " + " + Amounts.formatRupees(aRejected));
            }
            Map<String, Object> src = new LinkedHashMap<>();
            src.put("id", s.id());
            src.put("role", s.role().name().toLowerCase());
            src.put("type", s.type());
            src.put("path", in.path());
            src.put("sha256", in.sha256());
            src.put("bytes", in.bytes());
            src.put("read", read);
            src.put("matched", matched);
            src.put("inFindings", inFindings);
            src.put("rejected", rejected);
            Map<String, Object> amounts = new LinkedHashMap<>();
            amounts.put("valid", Amounts.formatRupees(valid));
            amounts.put("matched", Amounts.formatRupees(aMatched));
            amounts.put("inFindings", Amounts.formatRupees(aFindings));
            amounts.put("rejected", Amounts.formatRupees(aRejected));
            src.put("amounts", amounts);
            src.put("balanced", rowsOk && amountsOk);
            sources.add(src);
        }
        root.put("sources", sources);
        Map<String, Object> categories = new LinkedHashMap<>();
        for (Category c : Category.of(job.kind())) {
            long count = findings.count(c);
            long amount = findings.amount(c);
            Map<String, Object> cat = new LinkedHashMap<>();
            cat.put("count", count);
            cat.put("amount", Amounts.formatRupees(amount));
            categories.put(c.name(), cat);
        }
        root.put("findings", categories);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("rows", restore.rows());
        r.put("notRestored", restore.skipped());
        root.put("restore", r);
        root.putAll(extra);
        problems.addAll(extraProblems);
        root.put("balanced", problems.isEmpty());
        if (!problems.isEmpty()) {
            root.put("imbalance", problems);
        }
        return new Summary(root, problems.isEmpty(), String.join("; ", problems));
    }

    /**
     * Adds the run's step times ({@code stepMillis}: step name to milliseconds, in the order the steps started) to a
     * summary.json already written; they are only known once the last step has ended. The benchmark reads them.
     */
    public static void addStepMillis(Path file, Map<String, Long> stepMillis) throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        @SuppressWarnings("unchecked")
        Map<String, Object> json = mapper.readValue(Files.readString(file), LinkedHashMap.class);
        json.put("stepMillis", stepMillis);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, mapper.writeValueAsString(json) + "\n");
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void write(Path file) throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, mapper.writeValueAsString(json) + "\n");
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

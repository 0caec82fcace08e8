package dev.hisaab.cli;

import dev.hisaab.finding.Category;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hisaab explain <run> <key>}: the evidence chain of one finding — the finding as findings.csv has it, every
 * input line it cites read again from the inputs summary.json lists (with a warning if an input changed since), and
 * the rules in the order they are tried, with what each did.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the full evidence chain of one finding: every input line it rests on (read again from the "
                + "run's inputs), the rule that decided, and the rules tried before it and why they did not decide.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:explained", "2:usage error, unknown run or key",
            "3:the run's findings.csv or summary.json cannot be read"},
        footer = {"", "Examples:", "  hisaab explain out/jhatpat-recovery/run-1 JP251161679",
            "  hisaab explain 1 KS/25/00084 --job jhatpat-recovery",
            "  hisaab explain out/kota-payments/run-1 pay_A0Fjzio2IA81ns",
            "  hisaab explain out/jhatpat-recovery/run-1 receipts-kiosk.csv:12    # a rejected line"})
public class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<run>", description = "The run's output folder, or its run number (from "
            + "'hisaab history').")
    String run;

    @Parameters(index = "1", paramLabel = "<finding-key>", description = "The finding's key as findings.csv has it: "
            + "application, receipt, transaction or bill number, or file:line of a rejected line.")
    String key;

    @Option(names = "--job", paramLabel = "NAME", description = "With a run number: the job it belongs to (needed when "
            + "several jobs have a run with that number).")
    String job;

    private final JobRepository repository;

    public ExplainCommand(JobRepository repository) {
        this.repository = repository;
    }

    /** A row of findings.csv. */
    record Row(Category category, String key, String amount, List<String> refs, String rule, String evidence) {
    }

    @Override
    public Integer call() throws IOException {
        Path dir = runFolder();
        Path summaryFile = dir.resolve("summary.json");
        Path findingsFile = dir.resolve("findings.csv");
        if (!Files.isRegularFile(summaryFile) || !Files.isRegularFile(findingsFile)) {
            throw new IOException(dir + " has no summary.json and findings.csv: not "
                    + "the output folder of a completed run");
        }
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(summaryFile));
        List<Row> rows = find(findingsFile);
        PrintWriter out = spec.commandLine().getOut();
        if (rows.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no finding with key '" + key + "' in " + findingsFile);
        }
        boolean payments = "payment-reconciliation".equals(summary.path("kind").asString(""));
        for (Row r : rows) {
            explain(out, dir, summary, r, payments);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void explain(PrintWriter out, Path dir, JsonNode summary, Row r, boolean payments) throws IOException {
        out.printf("%s %s  (run %s of %s, %s)%n", r.category(), r.key(), summary.path("run").asString(""),
                summary.path("job").asString(""), dir);
        out.printf("  amount:   %s%n  rule:     %s%n  evidence: %s%n", r.amount().isEmpty() ? "-" : r.amount(),
                r.rule(), r.evidence());
        out.printf("%nInput lines it rests on (%d):%n", r.refs().size());
        Map<String, Set<Long>> byFile = new LinkedHashMap<>();
        for (String ref : r.refs()) {
            int colon = ref.lastIndexOf(':');
            if (colon > 0) {
                try {
                    byFile.computeIfAbsent(ref.substring(0, colon), f -> new TreeSet<>())
                            .add(Long.parseLong(ref.substring(colon + 1)));
                } catch (NumberFormatException e) {
                    byFile.computeIfAbsent(ref, f -> new TreeSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<Long>> e : byFile.entrySet()) {
            lines(out, summary, e.getKey(), e.getValue());
        }
        out.printf("%nRules, in the order they apply:%n");
        int i = 1;
        for (RuleLadder.Step s : RuleLadder.of(r.category(), r.rule(), payments)) {
            out.printf("  %d. %s: %s%n     checks: %s%n", i++, s.rule(), s.outcome(), s.checks());
        }
        out.println();
    }

    private void lines(PrintWriter out, JsonNode summary, String file, Set<Long> wanted) throws IOException {
        if (file.startsWith("db:")) {
            out.printf("  %s: a database row (jdbc source), not re-readable from a file; lines %s%n", file, wanted);
            return;
        }
        List<JsonNode> sources = new ArrayList<>();
        for (JsonNode s : summary.get("sources")) {
            String path = s.path("path").asString("");
            if (!path.isEmpty() && Path.of(path).getFileName().toString().equals(file)
                    && sources.stream().noneMatch(x -> x.path("path").asString("").equals(path))) {
                sources.add(s);
            }
        }
        if (sources.isEmpty()) {
            out.printf("  %s: no input of this run has that file name%n", file);
            return;
        }
        for (JsonNode s : sources) {
            Path path = Path.of(s.get("path").asString());
            out.printf("  %s  (source %s, %s, %s)%n", file, s.get("id").asString(), s.path("type").asString(""), path);
            if (!Files.isRegularFile(path)) {
                out.printf("      not found: %s (run explain from the folder the run was started in)%n", path);
                continue;
            }
            Set<Long> read = new TreeSet<>(wanted);
            boolean csv = "csv".equals(s.path("type").asString(""));
            if (csv) {
                read.add(1L);
            }
            InputLines.Result lines = InputLines.read(path, read);
            if (!lines.sha256().equals(s.path("sha256").asString(""))) {
                out.printf("      WARNING: %s changed since the run (SHA-256 differs): these lines may not be the ones "
                        + "the run read%n", path);
            }
            if (csv && !wanted.contains(1L) && lines.lines().containsKey(1L)) {
                out.printf("      %8s | %s%n", "header", lines.lines().get(1L).replace("\uFEFF", ""));
            }
            for (long n : wanted) {
                String text = lines.lines().get(n);
                out.printf("      %8d | %s%n", n, text == null ? "(the file has no such line)" : text);
            }
        }
    }

    private List<Row> find(Path findings) throws IOException {
        List<Row> rows = new ArrayList<>();
        String wanted = normal(key);
        try (Reader in = Files.newBufferedReader(findings, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String k = unsafe(rec.get("key"));
                if (k.equals(key) || normal(k).equals(wanted)) {
                    String refs = unsafe(rec.get("refs"));
                    rows.add(new Row(Category.valueOf(rec.get("category")), k, rec.get("amount"),
                            refs.isEmpty() ? List.of() : List.of(refs.split(" ")), unsafe(rec.get("rule")),
                            unsafe(rec.get("evidence"))));
                }
            }
        }
        return rows;
    }

    private static String normal(String k) {
        return k.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Undoes findings.csv's formula guard: a leading apostrophe before {@code = + - @}, tab or CR. */
    static String unsafe(String v) {
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) {
            return v.substring(1);
        }
        return v;
    }

    private Path runFolder() {
        Path dir = Path.of(run);
        if (Files.isDirectory(dir)) {
            return dir;
        }
        long number;
        try {
            number = Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "<run> must be a run's output folder or a run number: " + run);
        }
        List<String> names = job != null ? List.of(job) : repository.getJobNames().stream().sorted().toList();
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : names) {
            for (JobInstance instance : repository.getJobInstances(name, 0, Integer.MAX_VALUE)) {
                JobExecution last = repository.getLastJobExecution(instance);
                if (last != null && Long.valueOf(number).equals(last.getJobParameters().getLong("run"))) {
                    found.put(name, last.getJobParameters().getString("out"));
                }
            }
        }
        if (found.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no run " + number + (job == null ? "" : " of job " + job)
                    + " in the work database (see 'hisaab history')");
        }
        if (found.size() > 1) {
            throw new ParameterException(spec.commandLine(), "jobs " + String.join(", ", found.keySet()) + " all have a run "
                    + number + "; say which with --job");
        }
        return Path.of(found.values().iterator().next());
    }
}

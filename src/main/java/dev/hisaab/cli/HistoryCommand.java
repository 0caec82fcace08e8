package dev.hisaab.cli;

import dev.hisaab.database.DatabaseUrl;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hisaab history}: the past runs in the work database in use (embedded H2, or {@code --work-db}), newest
 * first: job, run number, status, start, duration, attempts, and the counts from the run's summary.json when its
 * output folder is still there.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List past runs from the work database (the embedded one, or --work-db): job, run, status, "
                + "start, duration, attempts (1 + restarts), rows read, findings, rejected rows, output folder.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed (possibly nothing)", "2:usage error"},
        footer = {"", "Examples:", "  hisaab history", "  hisaab history --job jhatpat-recovery --limit 5",
            "  hisaab --work-db jdbc:postgresql://db:5432/hisaab history"})
public class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "NAME", description = "Only runs of this job.")
    String job;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N runs (default ${DEFAULT-VALUE}).")
    int limit;

    private final JobRepository repository;
    private final String repositoryUrl;

    public HistoryCommand(JobRepository repository, @Value("${spring.datasource.url:}") String repositoryUrl) {
        this.repository = repository;
        this.repositoryUrl = repositoryUrl;
    }

    /** One run: a job instance and all its executions (the first attempt and any restarts). */
    record Run(String job, long run, String status, LocalDateTime started, Duration duration, int attempts, String out) {
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more");
        }
        List<String> names = job != null ? List.of(job) : repository.getJobNames().stream().sorted().toList();
        List<Run> runs = new ArrayList<>();
        for (String name : names) {
            for (JobInstance instance : repository.getJobInstances(name, 0, limit)) {
                Run run = run(name, instance);
                if (run != null) {
                    runs.add(run);
                }
            }
        }
        runs.sort(Comparator.comparing(Run::started, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Run::job).thenComparing(Comparator.comparingLong(Run::run).reversed()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("work database: " + DatabaseUrl.mask(repositoryUrl));
        if (runs.isEmpty()) {
            out.println(job == null ? "no runs yet" : "no runs of job " + job);
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("%-24s %5s %-10s %-19s %9s %8s %9s %9s %9s  %s%n", "job", "run", "status", "started", "duration",
                "attempts", "read", "findings", "rejected", "output");
        for (Run r : runs.subList(0, Math.min(limit, runs.size()))) {
            long[] counts = counts(r.out());
            out.printf("%-24s %5d %-10s %-19s %9s %8d %9s %9s %9s  %s%n", r.job(), r.run(), r.status(),
                    r.started() == null ? "-" : TIME.format(r.started()), seconds(r.duration()), r.attempts(),
                    count(counts, 0), count(counts, 1), count(counts, 2), r.out() == null ? "-" : r.out());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Run run(String name, JobInstance instance) {
        List<JobExecution> executions = repository.getJobExecutions(instance);
        if (executions.isEmpty()) {
            return null;
        }
        JobExecution last = executions.stream().max(Comparator.comparingLong(JobExecution::getId)).orElseThrow();
        LocalDateTime started = executions.stream().map(JobExecution::getStartTime).filter(t -> t != null)
                .min(Comparator.naturalOrder()).orElse(null);
        Duration total = Duration.ZERO;
        for (JobExecution e : executions) {
            if (e.getStartTime() != null && e.getEndTime() != null) {
                total = total.plus(Duration.between(e.getStartTime(), e.getEndTime()));
            }
        }
        Long run = last.getJobParameters().getLong("run");
        return new Run(name, run == null ? instance.getInstanceId() : run, last.getStatus().name(), started, total,
                executions.size(), last.getJobParameters().getString("out"));
    }

    /** read, findings, rejected from the run's summary.json, or null when it is not there. */
    private static long[] counts(String out) {
        if (out == null) {
            return null;
        }
        Path summary = Path.of(out).resolve("summary.json");
        if (!Files.isRegularFile(summary)) {
            return null;
        }
        try {
            JsonNode s = JsonMapper.builder().build().readTree(Files.readString(summary));
            long read = 0;
            long rejected = 0;
            for (JsonNode source : s.get("sources")) {
                read += source.get("read").asLong();
                rejected += source.get("rejected").asLong();
            }
            long findings = 0;
            for (JsonNode c : s.get("findings")) {
                findings += c.get("count").asLong();
            }
            return new long[] {read, findings, rejected};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static String count(long[] counts, int i) {
        return counts == null ? "-" : String.format("%,d", counts[i]);
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}

package dev.hisaab.job;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.definition.JobDefinitionValidator;
import dev.hisaab.report.RunInfo;
import dev.hisaab.source.SourceFormats;
import dev.hisaab.stage.ProgressListener;
import dev.hisaab.stage.SourceOpener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts a run of a job file, or restarts its last failed run: loads and validates the definition, checks every
 * mapped column before any work, numbers the run, and launches the Spring Batch job. A restart uses the parameters
 * stored with the failed run and refuses if the job file changed or the run already completed.
 */
@Component
public class JobRunner {

    private final JobDefinitionLoader loader;
    private final SourceFormats formats;
    private final SourceOpener opener;
    private final ReconcileJobFactory factory;
    private final JobOperator operator;
    private final JobRepository repository;
    private final String version;

    public JobRunner(JobDefinitionLoader loader, SourceFormats formats, SourceOpener opener, ReconcileJobFactory factory,
                     JobOperator operator, JobRepository repository, @Value("${hisaab.version:dev}") String version) {
        this.loader = loader;
        this.formats = formats;
        this.opener = opener;
        this.factory = factory;
        this.operator = operator;
        this.repository = repository;
        this.version = version;
    }

    /** Loads, validates and checks columns; the definition the run would use. */
    public JobDefinition prepare(Path jobFile, Map<String, String> overrides) throws IOException {
        Path base = Path.of("").toAbsolutePath();
        JobDefinition job = loader.load(jobFile, overrides);
        JobDefinitionValidator.validate(jobFile, job, base, formats.types(), formats.fileTypes());
        opener.checkColumns(jobFile, job, base);
        return job;
    }

    public RunOutcome run(Path jobFile, Map<String, String> overrides, Path out, ProgressListener progress)
            throws Exception {
        return run(jobFile, overrides, out, progress, false);
    }

    /** Starts a new run; {@code maskPersonalData} masks names and mobiles in the reports meant for people. */
    public RunOutcome run(Path jobFile, Map<String, String> overrides, Path out, ProgressListener progress,
                          boolean maskPersonalData) throws Exception {
        JobDefinition job = prepare(jobFile, overrides);
        JobInstance last = repository.getLastJobInstance(job.name());
        long runId = last == null ? 1 : lastRunId(last) + 1;
        Path outDir = out != null ? out : Path.of("out", job.name(), "run-" + runId);
        JobParameters params = new JobParametersBuilder()
                .addLong("run", runId, true)
                .addString("jobFile", jobFile.toString(), false)
                .addString("jobFileSha256", sha256(jobFile), false)
                .addString("out", outDir.toString(), false)
                .addString("set", encode(overrides), false)
                .addString(MASK, Boolean.toString(maskPersonalData), false)
                .toJobParameters();
        return launch(jobFile, job, runId, outDir, overrides, params, progress);
    }

    /** Restarts the last run of the job in this job file, if it failed or was killed. */
    public RunOutcome restart(Path jobFile, ProgressListener progress) throws Exception {
        JobDefinition named = loader.load(jobFile, Map.of());
        JobInstance last = repository.getLastJobInstance(named.name());
        if (last == null) {
            throw new RestartRefusedException("job " + named.name() + " has no run to restart");
        }
        JobExecution exec = repository.getLastJobExecution(last);
        long runId = lastRunId(last);
        if (exec.getStatus() == BatchStatus.COMPLETED) {
            throw new RestartRefusedException("run " + runId + " of " + named.name()
                    + " already completed; nothing to restart (use 'hisaab run' for a new run)");
        }
        JobParameters params = exec.getJobParameters();
        if (!sha256(jobFile).equals(params.getString("jobFileSha256"))) {
            throw new RestartRefusedException("job file " + jobFile + " changed since run " + runId
                    + " started; restore it or start a new run");
        }
        if (exec.getStatus().isRunning()) {
            // the process that ran it was killed: mark the execution failed so it can be restarted
            operator.recover(exec);
        }
        Map<String, String> overrides = decode(params.getString("set"));
        JobDefinition job = prepare(jobFile, overrides);
        return launch(jobFile, job, runId, Path.of(params.getString("out")), overrides, params, progress);
    }

    private RunOutcome launch(Path jobFile, JobDefinition job, long runId, Path outDir, Map<String, String> overrides,
                              JobParameters params, ProgressListener progress) throws Exception {
        Files.createDirectories(outDir);
        Map<String, String> shown = new LinkedHashMap<>(overrides);
        RunInfo info = new RunInfo(runId, jobFile.toString(), params.getString("jobFileSha256"), version, shown,
                Boolean.parseBoolean(params.getString(MASK)));
        Job batchJob = factory.create(jobFile, job, Path.of("").toAbsolutePath(), new RunLayout(outDir), info, progress);
        long start = System.nanoTime();
        JobExecution exec = operator.start(batchJob, params);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> steps = new LinkedHashMap<>();
        exec.getStepExecutions().stream()
                .filter(s -> s.getStartTime() != null && s.getEndTime() != null && !s.getStepName().contains(":"))
                .sorted(java.util.Comparator.comparing(org.springframework.batch.core.step.StepExecution::getStartTime))
                .forEach(s -> steps.put(s.getStepName(),
                        java.time.Duration.between(s.getStartTime(), s.getEndTime()).toMillis()));
        Path summary = outDir.resolve("summary.json");
        if (exec.getStatus() == BatchStatus.COMPLETED && Files.isRegularFile(summary)) {
            dev.hisaab.report.Summary.addStepMillis(summary, steps);
        }
        return new RunOutcome(runId, outDir, exec.getStatus(), exec.getAllFailureExceptions(), millis, steps);
    }

    /** Job parameter: whether the run masks personal data in its reports; a restart keeps it. */
    static final String MASK = "maskPersonalData";

    private long lastRunId(JobInstance instance) {
        JobExecution exec = repository.getLastJobExecution(instance);
        Long run = exec == null ? null : exec.getJobParameters().getLong("run");
        return run == null ? instance.getInstanceId() : run;
    }

    static String encode(Map<String, String> overrides) {
        StringBuilder sb = new StringBuilder();
        overrides.forEach((k, v) -> sb.append(k.replace("\\", "\\\\").replace("\n", "\\n")).append('=')
                .append(v.replace("\\", "\\\\").replace("\n", "\\n")).append('\n'));
        return sb.toString();
    }

    static Map<String, String> decode(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        if (s == null || s.isEmpty()) {
            return m;
        }
        for (String line : s.split("\n")) {
            int eq = line.indexOf('=');
            m.put(line.substring(0, eq).replace("\\n", "\n").replace("\\\\", "\\"),
                    line.substring(eq + 1).replace("\\n", "\n").replace("\\\\", "\\"));
        }
        return m;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest d = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

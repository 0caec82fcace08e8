package dev.hisaab.job;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.payments.PaymentsMatchTasklet;
import dev.hisaab.payments.ResolveReceiptsTasklet;
import dev.hisaab.recovery.MatchTasklet;
import dev.hisaab.recovery.ResolveTasklet;
import dev.hisaab.report.ReportTasklet;
import dev.hisaab.report.RestoreScripts;
import dev.hisaab.report.RunInfo;
import dev.hisaab.stage.ProgressListener;
import dev.hisaab.stage.SourceOpener;
import dev.hisaab.stage.StageTasklet;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a job from its definition: {@code stage-<source>} for each source, {@code resolve} (tie receipts to
 * applications or bills), {@code match} partitioned by key hash (partitions run as many at a time as there are
 * cores and restart independently), and {@code report}. The kind of job chooses the resolve and match tasklets.
 * Every step writes its work files atomically, so a restart re-runs exactly the steps that did not complete.
 */
@Component
public class ReconcileJobFactory {

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final SourceOpener opener;
    private final RestoreScripts restoreScripts;

    public ReconcileJobFactory(JobRepository repository, PlatformTransactionManager transactions, SourceOpener opener,
                              RestoreScripts restoreScripts) {
        this.repository = repository;
        this.transactions = transactions;
        this.opener = opener;
        this.restoreScripts = restoreScripts;
    }

    public Job create(Path jobFile, JobDefinition job, Path baseDir, RunLayout layout, RunInfo run,
                      ProgressListener progress) {
        SimpleJobBuilder flow = null;
        for (int i = 0; i < job.sources().size(); i++) {
            String id = job.sources().get(i).id();
            Step stage = tasklet("stage-" + id, new StageTasklet(jobFile, job, i, baseDir, opener, layout, progress));
            flow = flow == null ? new JobBuilder(job.name(), repository).start(stage) : flow.next(stage);
        }
        Tasklet resolve;
        Tasklet match;
        switch (job.kind()) {
            case PAYMENT_RECONCILIATION:
                resolve = new ResolveReceiptsTasklet(job, layout);
                match = new PaymentsMatchTasklet(job, layout);
                break;
            case APPLICATION_RECOVERY:
            default:
                resolve = new ResolveTasklet(job, layout);
                match = new MatchTasklet(job, layout);
                break;
        }
        return flow
                .next(shown(tasklet("resolve", resolve), progress))
                .next(shown(match(job, match), progress))
                .next(shown(tasklet("report", new ReportTasklet(job, layout, run, restoreScripts)), progress))
                .build();
    }

    private Step match(JobDefinition job, Tasklet matchTasklet) {
        Step worker = tasklet("match-partition", matchTasklet);
        Partitioner partitioner = gridSize -> {
            Map<String, ExecutionContext> parts = new HashMap<>();
            for (int p = 0; p < job.partitions(); p++) {
                ExecutionContext ctx = new ExecutionContext();
                ctx.putInt(MatchTasklet.PARTITION_KEY, p);
                parts.put("partition" + p, ctx);
            }
            return parts;
        };
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("match-");
        executor.setConcurrencyLimit(Math.max(1, Runtime.getRuntime().availableProcessors()));
        return new StepBuilder("match", repository)
                .partitioner("match-partition", partitioner)
                .step(worker)
                .gridSize(job.partitions())
                .taskExecutor(executor)
                .build();
    }

    /** Tells the progress listener when a step that reports no rows of its own starts and ends. */
    private static Step shown(Step step, ProgressListener progress) {
        if (step instanceof org.springframework.batch.core.step.AbstractStep s) {
            s.registerStepExecutionListener(new org.springframework.batch.core.listener.StepExecutionListener() {
                @Override
                public void beforeStep(org.springframework.batch.core.step.StepExecution execution) {
                    progress.started(execution.getStepName(), -1);
                }

                @Override
                public org.springframework.batch.core.ExitStatus afterStep(
                        org.springframework.batch.core.step.StepExecution execution) {
                    progress.finished(execution.getStepName(), -1);
                    return null;
                }
            });
        }
        return step;
    }

    private Step tasklet(String name, Tasklet tasklet) {
        TestPause pause = TestPause.fromEnvironment();
        return pause == null ? new StepBuilder(name, repository).tasklet(tasklet, transactions).build()
                : new StepBuilder(name, repository).tasklet(tasklet, transactions).listener(pause).build();
    }
}

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
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
 * Builds a job from its definition: {@code stage-<source>} for each source (in parallel, one flow each, biggest input
 * first, as many at a time as there are cores), {@code resolve} (tie receipts to applications or bills), {@code match}
 * partitioned by key hash (partitions run as many at a time as there are cores and the heap holds, see
 * {@link MatchConcurrency}, and restart independently), and {@code report}. The kind of job chooses the resolve and
 * match tasklets. Every step writes its work files atomically, so a restart re-runs exactly the steps that did not
 * complete.
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
        // one flow per source, biggest input first, as many at a time as there are cores: the stages share nothing
        List<Flow> stages = new ArrayList<>();
        for (int i : StageOrder.biggestFirst(job, baseDir, opener::workPerByte)) {
            String id = job.sources().get(i).id();
            Step stage = tasklet("stage-" + id, new StageTasklet(jobFile, job, i, baseDir, opener, layout, progress));
            stages.add(new FlowBuilder<SimpleFlow>("stage-" + id).start(stage).build());
        }
        Flow stage = new FlowBuilder<SimpleFlow>("stage").split(executor("stage-")).add(stages.toArray(new Flow[0]))
                .build();
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
        return new JobBuilder(job.name(), repository)
                .start(stage)
                .next(shown(tasklet("resolve", resolve), progress))
                .next(shown(match(job, match, MatchConcurrency.of(job, baseDir)), progress))
                .next(shown(tasklet("report", new ReportTasklet(job, layout, run, restoreScripts)), progress))
                .build()
                .build();
    }

    /** Runs at most as many tasks at a time as there are cores; a further task waits for a free one. */
    private static SimpleAsyncTaskExecutor executor(String threadPrefix) {
        return executor(threadPrefix, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    private static SimpleAsyncTaskExecutor executor(String threadPrefix, int concurrency) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(threadPrefix);
        executor.setConcurrencyLimit(concurrency);
        return executor;
    }

    private Step match(JobDefinition job, Tasklet matchTasklet, int concurrency) {
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
        return new StepBuilder("match", repository)
                .partitioner("match-partition", partitioner)
                .step(worker)
                .gridSize(job.partitions())
                .taskExecutor(executor("match-", concurrency))
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

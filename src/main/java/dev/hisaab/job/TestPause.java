package dev.hisaab.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Test hook of the crash tests, inert unless the environment variable {@value #ENV} is set: with
 * {@code before:<step>} the process stops when that step has been recorded as started, with {@code after:<step>}
 * when the step has done its work and committed its work files but the job repository does not yet know it
 * completed. It prints one line to stderr and waits there to be killed. Partition steps are named
 * {@code match-partition:partition<k>}.
 */
final class TestPause implements StepExecutionListener {

    static final String ENV = "HISAAB_TEST_PAUSE_AT";

    private final String point;

    private TestPause(String point) {
        this.point = point;
    }

    /** The listener for this process, or null when no pause was asked for (every normal run). */
    static TestPause fromEnvironment() {
        String point = System.getenv(ENV);
        return point == null || point.isBlank() ? null : new TestPause(point.strip());
    }

    @Override
    public void beforeStep(StepExecution step) {
        pauseAt("before:" + step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        pauseAt("after:" + step.getStepName());
        return null;
    }

    private void pauseAt(String here) {
        if (!point.equals(here)) {
            return;
        }
        System.err.println("hisaab: test pause at " + here + " (" + ENV + "); waiting to be killed");
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // keep waiting: only a kill ends this process
            }
        }
    }
}

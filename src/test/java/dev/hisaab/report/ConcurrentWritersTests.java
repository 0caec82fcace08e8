package dev.hisaab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrentWritersTests {

    @Test
    void aWritersResultAndFailureComeBackAsTheyWere() throws Exception {
        try (ConcurrentWriters writers = new ConcurrentWriters("test-")) {
            Future<String> ok = writers.start("ok", () -> Thread.currentThread().getName());
            Future<Object> bad = writers.start("bad", () -> {
                throw new IOException("disk full writing report.xlsx.part");
            });

            assertThat(ConcurrentWriters.await(ok)).isEqualTo("test-ok");
            assertThatThrownBy(() -> ConcurrentWriters.await(bad)).isInstanceOf(IOException.class)
                    .hasMessage("disk full writing report.xlsx.part");
            assertThatThrownBy(writers::join).isInstanceOf(IOException.class)
                    .hasMessage("disk full writing report.xlsx.part");
        }
    }

    @Test
    void closeReturnsOnlyOnceEveryWriterHasStopped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        try (ConcurrentWriters writers = new ConcurrentWriters("test-")) {
            writers.start("slow", () -> {
                started.countDown();
                Thread.sleep(200);
                finished.set(true);
                return null;
            });
            started.await();
        }
        assertThat(finished).isTrue();
    }
}

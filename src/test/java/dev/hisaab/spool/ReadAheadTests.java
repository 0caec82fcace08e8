package dev.hisaab.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void deliversEveryRecordInOrderAcrossBatches() throws IOException {
        for (int total : new int[] {0, 1, 1024, 1025, 5000}) {
            AtomicInteger next = new AtomicInteger();
            AtomicBoolean closed = new AtomicBoolean();
            List<Integer> got = new ArrayList<>();
            try (ReadAhead<Integer> in = new ReadAhead<>("test", () -> next.get() < total ? next.getAndIncrement() : null,
                    () -> closed.set(true))) {
                for (Integer i = in.read(); i != null; i = in.read()) {
                    got.add(i);
                }
                assertThat(in.read()).isNull();
            }
            assertThat(got).hasSize(total);
            for (int i = 0; i < total; i++) {
                assertThat(got.get(i)).isEqualTo(i);
            }
            assertThat(closed).isTrue();
        }
    }

    @Test
    void throwsTheSourcesFailureWhereTheConsumerReachesIt() throws IOException {
        AtomicInteger next = new AtomicInteger();
        try (ReadAhead<Integer> in = new ReadAhead<>("test", () -> {
            if (next.get() == 3) {
                throw new IOException("disk gone");
            }
            return next.getAndIncrement();
        }, null)) {
            assertThatThrownBy(() -> {
                for (Integer i = in.read(); i != null; i = in.read()) {
                    assertThat(i).isLessThan(3);
                }
            }).isInstanceOf(IOException.class).hasMessage("disk gone");
        }
    }

    @Test
    void stopsReadingWhenClosedEarly() throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ReadAhead<Integer> in = new ReadAhead<>("endless", next::getAndIncrement, null)) {
            assertThat(in.read()).isZero();
        }
        int after = next.get();
        Thread.sleep(50);
        assertThat(next.get()).as("nothing read after close").isEqualTo(after);
    }
}

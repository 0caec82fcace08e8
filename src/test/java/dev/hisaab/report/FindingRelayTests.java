package dev.hisaab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FindingRelayTests {

    private static Finding f(int i) {
        return new Finding(Category.UNPOSTED_PAYMENT, String.format("T%06d", i), (long) i, List.of(), "r", "e");
    }

    @Test
    void handsEveryFindingOnInOrderThroughABoundedQueue() throws Exception {
        FindingRelay relay = new FindingRelay();
        int n = FindingRelay.BATCH * FindingRelay.BATCHES * 3 + 7;
        CompletableFuture<List<Finding>> read = CompletableFuture.supplyAsync(() -> {
            try (Stream<Finding> all = relay.open()) {
                return all.toList();
            }
        });

        for (int i = 0; i < n; i++) {
            relay.add(f(i));
        }
        relay.end();

        List<Finding> got = read.get();
        assertThat(got).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(got.get(i).key()).isEqualTo(f(i).key());
        }
    }

    @Test
    void theWriterStopsWithTheReadersFailure() throws Exception {
        FindingRelay relay = new FindingRelay();
        relay.add(f(1));
        relay.fail(new IllegalStateException("work file out of order"));

        try (Stream<Finding> all = relay.open()) {
            Iterator<Finding> it = all.iterator();
            assertThatThrownBy(() -> {
                while (it.hasNext()) {
                    it.next();
                }
            }).hasMessageContaining("work file out of order");
        }
    }

    @Test
    void aWriterThatStopsEarlyNeverBlocksTheReader() throws Exception {
        FindingRelay relay = new FindingRelay();
        try (Stream<Finding> all = relay.open()) {
            assertThat(all).isNotNull();
        }

        // more than the queue holds, with nobody reading
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < FindingRelay.BATCH * (FindingRelay.BATCHES + 2); i++) {
            many.add(f(i));
        }
        for (Finding f : many) {
            relay.add(f);
        }
        relay.end();
    }

    @Test
    void isReadOnce() {
        FindingRelay relay = new FindingRelay();
        relay.open().close();
        assertThatThrownBy(relay::open).isInstanceOf(IllegalStateException.class);
    }
}

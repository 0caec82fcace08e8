package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollectorTests {

    @Test
    void theParallelCollectorUnlessTheOptionsNameOne() {
        assertThat(Collector.jvmOptions(List.of("-Xmx2g"))).containsExactly("-XX:+UseParallelGC");
        assertThat(Collector.jvmOptions(List.of())).containsExactly("-XX:+UseParallelGC");
    }

    @Test
    void aCollectorNamedInTheOptionsReplacesIt() {
        assertThat(Collector.jvmOptions(List.of("-Xmx2g", "-XX:+UseG1GC"))).isEmpty();
        assertThat(Collector.jvmOptions(List.of("-XX:+UseSerialGC"))).isEmpty();
    }

    @Test
    void otherUseOptionsAreNotCollectors() {
        assertThat(Collector.jvmOptions(List.of("-XX:+UseNUMA", "-XX:+UseStringDeduplication")))
                .containsExactly("-XX:+UseParallelGC");
    }
}

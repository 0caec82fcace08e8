package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmDefaultsTests {

    @Test
    void smallerInliningAndTheParallelCollectorUnlessTheOptionsNameOne() {
        assertThat(JvmDefaults.jvmOptions(List.of("-Xmx2g")))
                .containsExactly("-XX:FreqInlineSize=50", "-XX:+UseParallelGC");
        assertThat(JvmDefaults.jvmOptions(List.of())).containsExactly("-XX:FreqInlineSize=50", "-XX:+UseParallelGC");
    }

    @Test
    void aCollectorNamedInTheOptionsReplacesIt() {
        assertThat(JvmDefaults.jvmOptions(List.of("-Xmx2g", "-XX:+UseG1GC"))).containsExactly("-XX:FreqInlineSize=50");
        assertThat(JvmDefaults.jvmOptions(List.of("-XX:+UseSerialGC"))).containsExactly("-XX:FreqInlineSize=50");
    }

    @Test
    void otherUseOptionsAreNotCollectors() {
        assertThat(JvmDefaults.jvmOptions(List.of("-XX:+UseNUMA", "-XX:+UseStringDeduplication")))
                .contains("-XX:+UseParallelGC");
    }
}

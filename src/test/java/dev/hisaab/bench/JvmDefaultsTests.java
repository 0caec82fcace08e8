package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmDefaultsTests {

    private static final String MADVISE = "always [madvise] never\n";
    private static final String NEVER = "always madvise [never]\n";

    @Test
    void smallerInliningAndTheParallelCollectorUnlessTheOptionsNameOne() {
        assertThat(JvmDefaults.jvmOptions(List.of("-Xmx2g"), NEVER))
                .containsExactly("-XX:FreqInlineSize=50", "-XX:+UseParallelGC");
        assertThat(JvmDefaults.jvmOptions(List.of(), NEVER)).containsExactly("-XX:FreqInlineSize=50", "-XX:+UseParallelGC");
    }

    @Test
    void aCollectorNamedInTheOptionsReplacesIt() {
        assertThat(JvmDefaults.jvmOptions(List.of("-Xmx2g", "-XX:+UseG1GC"), NEVER))
                .containsExactly("-XX:FreqInlineSize=50");
        assertThat(JvmDefaults.jvmOptions(List.of("-XX:+UseSerialGC"), NEVER)).containsExactly("-XX:FreqInlineSize=50");
    }

    @Test
    void otherUseOptionsAreNotCollectors() {
        assertThat(JvmDefaults.jvmOptions(List.of("-XX:+UseNUMA", "-XX:+UseStringDeduplication"), NEVER))
                .contains("-XX:+UseParallelGC");
    }

    @Test
    void hugePagesAreAskedForOnlyWhereTheKernelGivesThemOnRequest() {
        assertThat(JvmDefaults.jvmOptions(List.of(), MADVISE))
                .containsExactly("-XX:FreqInlineSize=50", "-XX:+UseTransparentHugePages", "-XX:+UseParallelGC");
        assertThat(JvmDefaults.jvmOptions(List.of(), "[always] madvise never\n")).doesNotContain("-XX:+UseTransparentHugePages");
        assertThat(JvmDefaults.jvmOptions(List.of(), NEVER)).doesNotContain("-XX:+UseTransparentHugePages");
        assertThat(JvmDefaults.jvmOptions(List.of(), "")).doesNotContain("-XX:+UseTransparentHugePages");
    }

    @Test
    void theOptionsGivenComeAfterSoTheyCanTurnHugePagesOff() {
        // the bench puts the given options after these, and the JVM takes the last of two opposite flags
        assertThat(JvmDefaults.jvmOptions(List.of("-XX:-UseTransparentHugePages"), MADVISE))
                .contains("-XX:+UseTransparentHugePages");
    }
}

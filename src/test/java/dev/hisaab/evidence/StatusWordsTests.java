package dev.hisaab.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusWordsTests {

    private final StatusWords words = new StatusWords(Map.of("captured", List.of("captured", " Success "),
            "failed", List.of("failed"), "refunded", List.of("refunded")));

    @Test
    void mapsTheJobFilesWordsInAnyCaseAndSpacing() {
        assertThat(words.of("captured")).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(words.of("success")).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(words.of(" SUCCESS")).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(words.of(new String("failed"))).isEqualTo(PaymentStatus.FAILED);
        assertThat(words.of("Refunded")).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void rejectsAnUnknownWordNamingTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> words.of("pending"))
                .withMessageStartingWith("status: unknown status 'pending' (known: ")
                .withMessageContaining("success");
    }
}

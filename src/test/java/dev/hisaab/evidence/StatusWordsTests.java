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
    void anySpellingIsReadAsItsStrippedLowerCaseIsLookedUp() {
        Map<String, PaymentStatus> byRule = Map.of("captured", PaymentStatus.CAPTURED, "success", PaymentStatus.CAPTURED,
                "failed", PaymentStatus.FAILED, "refunded", PaymentStatus.REFUNDED);
        int known = 0;
        for (String base : List.of("captured", "success", "failed", "refunded", "pending")) {
            for (int mask = 0; mask < 1 << base.length(); mask++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < base.length(); i++) {
                    b.append((mask >> i & 1) == 1 ? Character.toUpperCase(base.charAt(i)) : base.charAt(i));
                }
                String cased = b.toString();
                // look-alikes that only a Unicode case mapping (or none) turns into the ASCII letter
                for (String word : List.of(cased, " " + cased, cased.replace('s', '\u017F'), cased.replace('S', '\u017F'),
                        cased.replace('d', '\u0111'), cased.replace('E', '\u0130'), cased + "\u0000")) {
                    PaymentStatus expected = byRule.get(word.strip().toLowerCase(java.util.Locale.ROOT));
                    if (expected == null) {
                        assertThatIllegalArgumentException().as(word).isThrownBy(() -> words.of(word));
                    } else {
                        known++;
                        assertThat(words.of(word)).as(word).isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(known).isGreaterThan(1000);
    }

    @Test
    void rejectsAnUnknownWordNamingTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> words.of("pending"))
                .withMessageStartingWith("status: unknown status 'pending' (known: ")
                .withMessageContaining("success");
    }
}

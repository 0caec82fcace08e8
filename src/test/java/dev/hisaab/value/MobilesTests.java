package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobilesTests {

    @ParameterizedTest
    @ValueSource(strings = {"9876543210", "+91 98765 43210", "+91-98765-43210", "919876543210", "09876543210",
            "(98765) 43210", "98765.43210", " 98765 43210 ", "+919876543210", "+91 (0)98765 43210"})
    void normalizesToTenDigits(String text) {
        assertThat(Mobiles.normalize(text)).isEqualTo("9876543210");
    }

    @Test
    void blankIsNull() {
        assertThat(Mobiles.normalize(null)).isNull();
        assertThat(Mobiles.normalize("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"98765abc10", "987654321", "98765432101", "+1 415 555 0100", "9198765432100",
            "n/a", "++919876543210"})
    void rejectsGarbage(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Mobiles.normalize(text));
    }
}

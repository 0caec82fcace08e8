package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTests {

    @ParameterizedTest
    @CsvSource({
            "APP2024017, APP2024017, 0", "APP2024017, APP2024018, 1", "APP2024017, APP2024071, 1",
            "APP2024017, APP202417, 1", "APP2024017, APP20240177, 1", "APP2024017, PAP2024017, 1",
            "APP2024017, APP2024710, 2", "APP2024017, APP20240, 2", "abc, '', 3", "'', '', 0", "ca, abc, 3",
            "ab, ba, 1", "abcdef, abdcef, 1", "abcdef, badcfe, 3", "a, b, 1"})
    void distanceAndWithinOneAgree(String a, String b, int distance) {
        assertThat(EditDistance.distance(a, b)).isEqualTo(distance);
        assertThat(EditDistance.distance(b, a)).isEqualTo(distance);
        assertThat(EditDistance.withinOne(a, b)).isEqualTo(distance <= 1);
        assertThat(EditDistance.withinOne(b, a)).isEqualTo(distance <= 1);
    }
}

package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTests {

    @Test
    void identicalUpToCaseSpacingPunctuationAndOrder() {
        assertThat(NameSimilarity.percent("Ram Kumar Sharma", "ram  kumar SHARMA ")).isEqualTo(100);
        assertThat(NameSimilarity.percent("Sharma, Ram Kumar", "Ram Kumar Sharma")).isEqualTo(100);
        assertThat(NameSimilarity.percent("Smt. Sunita Devi", "SUNITA DEVI")).isEqualTo(100);
        assertThat(NameSimilarity.percent("Ramkumar Sharma", "Ram Kumar Sharma")).isEqualTo(100);
    }

    @Test
    void initialsAndSpellingVariantsScoreHigh() {
        assertThat(NameSimilarity.percent("R. K. Sharma", "Ram Kumar Sharma")).isBetween(90, 99);
        assertThat(NameSimilarity.percent("Mohammad Irfan", "Mohammed Irfan")).isBetween(90, 99);
        assertThat(NameSimilarity.percent("Ram Sharma", "Ram Kumar Sharma")).isBetween(80, 95);
    }

    @Test
    void differentPeopleScoreLow() {
        assertThat(NameSimilarity.percent("Ram Kumar Sharma", "Sita Devi")).isLessThan(20);
        assertThat(NameSimilarity.percent("Ram Sharma", "Ram Verma")).isLessThan(80);
        assertThat(NameSimilarity.percent("Anil Kumar", "Sunil Kumar")).isLessThan(
                NameSimilarity.percent("Anil Kumar", "A. Kumar"));
    }

    @Test
    void blankNamesScoreZero() {
        assertThat(NameSimilarity.percent("", "Ram")).isZero();
        assertThat(NameSimilarity.percent(null, null)).isZero();
        assertThat(NameSimilarity.percent("Mr.", "Ram")).isZero();
    }

    @Test
    void symmetric() {
        assertThat(NameSimilarity.percent("R. K. Sharma", "Ram Kumar Sharma"))
                .isEqualTo(NameSimilarity.percent("Ram Kumar Sharma", "R. K. Sharma"));
    }
}

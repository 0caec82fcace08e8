package dev.hisaab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    final PersonalData masked = PersonalData.MASKED;

    @Test
    void masksAMobileToItsFirstTwoAndLastTwoDigits() {
        assertThat(masked.mobile("9876543210")).isEqualTo("98XXXXXX10");
        assertThat(masked.mobile("+91 98765-43210")).isEqualTo("98XXXXXX10");
        assertThat(masked.mobile("12345")).isEqualTo("XXX45");
        assertThat(masked.mobile("")).isEmpty();
        assertThat(masked.mobile(null)).isNull();
    }

    @Test
    void masksANameToTheFirstLetterOfEachWord() {
        assertThat(masked.name("Ramesh Sharma")).isEqualTo("R*** S***");
        assertThat(masked.name("  NISHA   MATHUR ")).isEqualTo("N*** M***");
        assertThat(masked.name("राम प्रसाद")).isEqualTo("र*** प***");
        assertThat(masked.name("😀 Emoji")).isEqualTo("😀*** E***");
        assertThat(masked.name(null)).isNull();
    }

    @Test
    void masksMobilesAndQuotedNamesInFreeText() {
        assertThat(masked.text("no application number; mobile 7615756316 fits JP2511281956, JP2511985503"))
                .isEqualTo("no application number; mobile 76XXXXXX16 fits JP2511281956, JP2511985503");
        assertThat(masked.text("on or before 2025-11-02, mobile +919876543210, name 'Kamal Mehrotra'"))
                .isEqualTo("on or before 2025-11-02, mobile 98XXXXXX10, name 'K*** M***'");
        // longer numbers (bank references), amounts and application numbers are not mobiles
        assertThat(masked.text("bank ref 282197130648, 10000 paise, JP2511000557, epoch 1762000000"))
                .isEqualTo("bank ref 282197130648, 10000 paise, JP2511000557, epoch 1762000000");
    }

    @Test
    void masksEveryWordAndMobileOfARawLineButKeepsItsShape() {
        assertThat(masked.line("CR-900004,01/11/2025,JP251142953,NISHA MATHUR,9784808100,100.00,CASH,COUNTER,"))
                .isEqualTo("C*-900004,01/11/2025,J*251142953,N**** M*****,97XXXXXX00,100.00,C***,C******,");
        assertThat(masked.line("{\"name\":\"राम\",\"mobile\":\"09876543210\"}"))
                .isEqualTo("{\"n***\":\"र**\",\"m*****\":\"98XXXXXX10\"}");
    }

    @Test
    void showsEverythingAsReadWhenNotMasking() {
        PersonalData shown = PersonalData.masked(false);
        assertThat(shown.masks()).isFalse();
        assertThat(shown.mobile("9876543210")).isEqualTo("9876543210");
        assertThat(shown.name("Ramesh Sharma")).isEqualTo("Ramesh Sharma");
        assertThat(shown.text("mobile 9876543210, name 'A B'")).isEqualTo("mobile 9876543210, name 'A B'");
        assertThat(shown.line("A,9876543210")).isEqualTo("A,9876543210");
    }
}

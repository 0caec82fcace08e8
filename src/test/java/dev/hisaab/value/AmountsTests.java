package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AmountsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "100|10000", "100.5|10050", "100.50|10050", "0.05|5", "'1,25,000.00'|12500000", "'125,000.00'|12500000",
            "'1,000,000'|100000000", "Rs 500|50000", "Rs.500|50000", "Rs. 1,500.75|150075", "INR 20|2000",
            "₹ 99.99|9999", "'  42  '|4200", "-12.34|-1234", "Rs -5|-500", "-₹5|-500", "Rs. 500/-|50000",
            "100.500|10050", "7.000|700", "-0.05|-5", "inr 1|100"})
    void parsesRupees(String text, long paise) {
        assertThat(Amounts.parsePaise(text, AmountUnit.RUPEES)).isEqualTo(paise);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10000|10000", "10000.0|10000", "'1,00,000'|100000", "-250|-250", "0|0"})
    void parsesPaise(String text, long paise) {
        assertThat(Amounts.parsePaise(text, AmountUnit.PAISE)).isEqualTo(paise);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "12a", "100.505", "1.2.3", "100,50", "1,2,000", ",100", "100,",
            "100.", ".", "Rs", "--5", "1e5", "12 34", "99999999999999999999", "92233720368547758.08"})
    void rejectsWhatIsNotARupeeAmount(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Amounts.parsePaise(text, AmountUnit.RUPEES))
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rs 33100/-", "₹10000", "INR 500", "10000/-"})
    void rejectsARupeeMarkerOnAnAmountInPaise(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Amounts.parsePaise(text, AmountUnit.PAISE))
                .withMessageContaining("rupee marker in an amount in paise");
    }

    @Test
    void theOnePassReadingOfPlainAndGroupedAmountsAgreesWithTheFullParse() {
        // a leading space sends the same text through the full parse, which strips it; both must give the same paise
        // or both refuse it, for digits, commas and points in every arrangement
        java.util.Random random = new java.util.Random(20261204);
        String alphabet = "0123456789,,.";
        int accepted = 0;
        for (int t = 0; t < 40_000; t++) {
            StringBuilder text = new StringBuilder();
            if (t % 2 == 0) {
                for (int k = 1 + random.nextInt(14); k > 0; k--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                // groups of about the right sizes, now and then one digit short or over, and decimals or not
                text.append(digits(random, 1 + random.nextInt(4)));
                for (int g = random.nextInt(4); g > 0; g--) {
                    text.append(',').append(digits(random, 1 + random.nextInt(4)));
                }
                if (random.nextBoolean()) {
                    text.append('.').append(digits(random, random.nextInt(4)));
                }
            }
            accepted += outcome(text.toString(), AmountUnit.RUPEES).equals("refused") ? 0 : 1;
            for (AmountUnit unit : AmountUnit.values()) {
                String plain = text.toString();
                assertThat(outcome(plain, unit)).as(plain + " in " + unit).isEqualTo(outcome(" " + plain, unit));
            }
        }
        assertThat(accepted).as("amounts read, not refused").isGreaterThan(5_000);
    }

    private static String digits(java.util.Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String outcome(String text, AmountUnit unit) {
        try {
            return Long.toString(Amounts.parsePaise(text, unit));
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    @Test
    void rejectsFractionsOfAPaisa() {
        assertThatIllegalArgumentException().isThrownBy(() -> Amounts.parsePaise("10000.5", AmountUnit.PAISE))
                .withMessageContaining("fraction of a paisa");
    }

    @Test
    void rejectsNullAndOverflow() {
        assertThatIllegalArgumentException().isThrownBy(() -> Amounts.parsePaise(null, AmountUnit.RUPEES))
                .withMessage("empty amount");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Amounts.parsePaise("92233720368547759", AmountUnit.RUPEES))
                .withMessageContaining("too large");
        assertThat(Amounts.parsePaise("9223372036854775807", AmountUnit.PAISE)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void formatsPaiseAsRupeesWithTwoDecimals() {
        assertThat(Amounts.formatRupees(123450)).isEqualTo("1234.50");
        assertThat(Amounts.formatRupees(-5)).isEqualTo("-0.05");
        assertThat(Amounts.formatRupees(0)).isEqualTo("0.00");
        assertThat(Amounts.formatRupees(100)).isEqualTo("1.00");
        assertThat(Amounts.formatRupees(Long.MIN_VALUE)).isEqualTo("-92233720368547758.08");
    }
}

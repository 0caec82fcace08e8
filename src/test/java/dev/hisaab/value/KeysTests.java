package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KeysTests {

    @Test
    void removesAllWhitespaceAndUpperCases() {
        assertThat(Keys.normalize(" app 2024\t00017 ")).isEqualTo("APP202400017");
        assertThat(Keys.normalize("app\u00A02024\u200B00017\u202F")).isEqualTo("APP202400017");
        assertThat(Keys.normalize("pay_6koWN7bvxujzxM")).isEqualTo("PAY_6KOWN7BVXUJZXM");
        assertThat(Keys.normalize("title")).isEqualTo("TITLE"); // Locale.ROOT: no Turkish dotted I
    }

    @Test
    void blankIsNull() {
        assertThat(Keys.normalize(null)).isNull();
        assertThat(Keys.normalize("")).isNull();
        assertThat(Keys.normalize(" \u00A0\t")).isNull();
    }

    @Test
    void looseKeysIgnoreCasePunctuationAndLeadingZeros() {
        for (String id : new String[] {"KOTA-W-004521", "kota-w-004521", "KOTA W 004521", "KotaW004521", " KOTA-W-4521 "}) {
            assertThat(Keys.loose(id)).as(id).isEqualTo("KOTAW4521");
        }
        assertThat(Keys.loose("A-0")).isEqualTo("A0");
        assertThat(Keys.loose("B100-007")).isEqualTo("B1007");
        assertThat(Keys.loose(" -- ")).isNull();
        assertThat(Keys.loose(null)).isNull();
        assertThat(Keys.loose("z9[`{@0")).isEqualTo("Z90"); // the ASCII neighbours of letters and digits are dropped
    }

    @Test
    void looseKeysOfNonAsciiTextKeepUnicodeLettersAndDigits() {
        assertThat(Keys.loose("Ünit-007")).isEqualTo("ÜNIT7");
        assertThat(Keys.loose("कोटा-0045")).isEqualTo("कट45"); // vowel signs are neither letters nor digits
        assertThat(Keys.loose("\u00A0—\u00A0")).isNull();
    }

    @Test
    void theAsciiPathAgreesWithTheGeneralRuleOnAnyText() {
        // ids, punctuation, the ASCII neighbours of letters and digits, '?', Latin-1 and other letters and digits
        String alphabet = "0000123456789abcxyzABCXYZ -_/.?@[`{:\u00E9\u00C9\u00A0\u0966\u0967\u0915\u00DF";
        Random random = new Random(7);
        for (int t = 0; t < 50_000; t++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(16);
            boolean ascii = random.nextInt(4) > 0;
            for (int i = 0; i < n; i++) {
                text.append(alphabet.charAt(random.nextInt(ascii ? alphabet.indexOf('\u00E9') : alphabet.length())));
            }
            String s = text.toString();
            assertThat(Keys.loose(s)).as(s).isEqualTo(Keys.looseUnicode(s));
        }
    }
}

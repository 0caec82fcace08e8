package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text said to start and end visibly is text that strip() leaves as it is. */
class TextsTests {

    @Test
    void textThatStartsAndEndsVisiblyIsWhatStripLeavesUnchanged() {
        for (String s : List.of("a", "KOTA-W-1", "2025-12-25T00:24:27Z", "~x!", "a b")) {
            assertThat(Texts.startsAndEndsVisibly(s)).as(s).isTrue();
            assertThat(s.strip()).isSameAs(s);
        }
    }

    @Test
    void anythingElseIsLeftToTheGeneralWay() {
        for (String s : java.util.Arrays.asList(null, "", " a", "a ", "\ta", "a\n", "\u00A0a", "a\u2003", "\u007F",
                "é", "aé")) {
            assertThat(Texts.startsAndEndsVisibly(s)).as(String.valueOf(s)).isFalse();
        }
    }
}

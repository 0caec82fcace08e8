package dev.hisaab.source.pgdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTupleTests {

    @Test
    void readsStringsNumbersAndWordsAsTheLexerWould() {
        String line = "\t('JP1', 'St. Mary''s ''Road''', '', -2.50, +7, 0, TRUE, false, NULL, Default, 'a\\b'),";
        List<String> values = new ArrayList<>();
        int end = PlainTuple.read(line, 2, values);
        assertThat(end).isEqualTo(line.length() - 1);
        assertThat(values).containsExactly("JP1", "St. Mary's 'Road'", "", "-2.50", "7", "0", "true", "false", null, null,
                "a\\b");
    }

    @Test
    void endsAtTheClosingParenthesisWhateverFollows() {
        List<String> values = new ArrayList<>();
        assertThat(PlainTuple.read("('a') x", 1, values)).isEqualTo(5);
        assertThat(values).containsExactly("a");
    }

    @Test
    void declinesWhatTheLexerMustRead() {
        for (String rest : List.of("'2025-01-01'::date)", "'open", "1e5)", "1.2.3)", ".5)", "- 1)", "E'x\\ny')",
                "'a' 'b')", "now())", "x)", ")", "1 -- c\n", "1 /* c */)", "1,", "1a)", "तारा)", "\"q\")",
                "1\r)", "'a'", "1 2)")) {
            List<String> values = new ArrayList<>();
            assertThat(PlainTuple.read("(" + rest, 1, values)).as(rest).isEqualTo(-1);
        }
    }
}

package dev.hisaab.source.pgdump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextSplitterTests {

    private final CopyTextSplitter splitter = new CopyTextSplitter();

    @Test
    void plainFieldsEmptyFieldsAndNull() {
        String[] f = new String[5];

        assertThat(splitter.split("a\t\tb c\t\\N\t", f)).isEqualTo(5);
        assertThat(f).containsExactly("a", "", "b c", null, "");
        assertThat(splitter.problem()).isNull();
    }

    @Test
    void escapesAnywhereAmongPlainFieldsIncludingAnEscapedTabAndATrailingBackslash() {
        String[] f = new String[6];

        assertThat(splitter.split("x\tO\\'Brien\\tJr\tplain\ta\\\\\tb\\\tc\tend\\", f)).isEqualTo(6);
        assertThat(f).containsExactly("x", "O'Brien\tJr", "plain", "a\\", "b\tc", "end\\");
    }

    @Test
    void countsFieldsBeyondTheArray() {
        String[] f = new String[2];

        assertThat(splitter.split("1\t2\t3\\n\t4", f)).isEqualTo(4);
        assertThat(f).containsExactly("1", "2");
        assertThat(splitter.split("only", f)).isEqualTo(1);
        assertThat(f[0]).isEqualTo("only");
    }
}

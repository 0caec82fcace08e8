package dev.hisaab.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TextWindowTests {

    @Test
    void countsLfCrlfAndLoneCrAsOneLineBreakEach() throws IOException {
        TextWindow w = new TextWindow(new StringReader("a\nb\r\nc\rd\r\n\ne"));
        char[] all = new char[64];
        int n = w.read(all, 0, all.length);

        assertThat(n).isEqualTo(12);
        assertThat(w.lineOf(0)).isEqualTo(1);
        assertThat(w.lineOf(2)).isEqualTo(2);
        assertThat(w.lineOf(4)).isEqualTo(2); // between \r and \n
        assertThat(w.lineOf(5)).isEqualTo(3);
        assertThat(w.lineOf(7)).isEqualTo(4);
        assertThat(w.lineOf(11)).isEqualTo(6);
    }

    @Test
    void countingToldHowManyLineBreaksComeBeforeAPositionGoesOnFromThere() throws IOException {
        TextWindow w = new TextWindow(new StringReader("a\nb\nc\nd\ne"));
        w.read(new char[64], 0, 64);

        w.countedTo(4, 2); // "c" starts line 3: two line breaks before position 4, as a CSV parser counted them
        assertThat(w.lineOf(4)).isEqualTo(3);
        assertThat(w.lineOf(8)).isEqualTo(5); // then counting the characters: the breaks after "c" and "d"
        w.countedTo(6, 0); // behind where counting is: ignored
        assertThat(w.lineOf(8)).isEqualTo(5);
    }

    @Test
    void cutsTextWithAndWithoutItsTrailingLineBreaks() throws IOException {
        TextWindow w = new TextWindow(new StringReader("x,y\r\n\r\nz"));
        w.read(new char[64], 0, 64);

        assertThat(w.substring(0, 7)).isEqualTo("x,y\r\n\r\n");
        assertThat(w.substringWithoutTrailingLineBreaks(0, 7)).isEqualTo("x,y");
        assertThat(w.substringWithoutTrailingLineBreaks(3, 7)).isEmpty();
        assertThat(w.substringWithoutTrailingLineBreaks(7, 8)).isEqualTo("z");
    }

    @Test
    void holdsEverythingNotYetDiscardedAcrossManyFills() throws IOException {
        String line = "0123456789,abcdefghij\n";
        String text = line.repeat(20_000);
        TextWindow w = new TextWindow(new StringReader(text));
        char[] chunk = new char[1000];
        long read = 0;
        int n;
        while ((n = w.read(chunk, 0, chunk.length)) > 0) {
            read += n;
        }

        assertThat(read).isEqualTo(text.length());
        assertThat(w.lineOf(text.length())).isEqualTo(20_001);
        assertThat(w.substring(text.length() - line.length(), text.length())).isEqualTo(line);
    }
}

package dev.hisaab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLinesTests {

    @Test
    void printsRowsRateShareAndEtaThenAClosingLine() throws Exception {
        StringWriter text = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(text), 0);

        lines.started("stage-gateway", 400L << 20);
        Thread.sleep(20);
        lines.progress("stage-gateway", 1_000_000, 100L << 20);
        lines.finished("stage-gateway", 4_000_000);

        String[] out = text.toString().split("\n");
        assertThat(out).hasSize(2);
        assertThat(out[0]).startsWith("stage-gateway: 1,000,000 rows, ").contains(" rows/s, 100 of 400 MB (25%), ETA 0:00:");
        assertThat(out[1]).startsWith("stage-gateway: done, 4,000,000 rows, ");
    }

    @Test
    void staysQuietForShortStepsAndUnknownSizes() {
        StringWriter text = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(text));

        lines.started("resolve", -1);
        lines.progress("resolve", 10, 0);
        lines.finished("resolve", -1);

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void formatsDurations() {
        assertThat(ProgressLines.duration(3725)).isEqualTo("1:02:05");
        assertThat(ProgressLines.rows(-1, 5)).isEmpty();
    }
}

package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestChildTests {

    @Test
    void comparesOneSourceOfAJobPointedAtItsDataAsTheBenchmarkPointsIt() throws IOException {
        Path counter = Path.of("sample-data/kota/receipts-counter.csv").toAbsolutePath();

        IngestBaseline.Comparison c = IngestChild.compare(new String[] {
                BenchScenario.KOTA.jobFile().toString(), "receipts-counter",
                "sources.receipts-counter.path=" + counter});

        long dataLines = Files.readAllLines(counter).stream().filter(l -> !l.isBlank()).count() - 1;
        assertThat(c.csv().rows()).isEqualTo(dataLines);
        assertThat(c.ingest().rows()).isEqualTo(dataLines);
        assertThat(c.csv().bytes()).isEqualTo(c.ingest().bytes()).isEqualTo(Files.size(counter));
    }

    @Test
    void itsOneLineOfOutputReadsBackAsTheSameComparison() {
        IngestBaseline.Comparison c = new IngestBaseline.Comparison(new CsvBaseline.Measurement(10, 2000, 30),
                new CsvBaseline.Measurement(10, 2000, 45), 50, 90);

        String printed = "some JVM warning\n" + IngestChild.format(c) + "\n";

        assertThat(IngestChild.parse(printed)).isEqualTo(c);
    }

    @Test
    void itsJvmMakesAndTouchesTheWholeHeapTheRunsMayUseAtTheStart() {
        assertThat(IngestChild.jvmOptions(List.of("-Xmx4g", "-XX:+UseParallelGC", "-Xmx512m")))
                .containsExactly("-Xmx4g", "-XX:+UseParallelGC", "-Xmx512m", "-Xms512m", "-XX:+AlwaysPreTouch");
        assertThat(IngestChild.jvmOptions(List.of("-XX:+UseG1GC")))
                .containsExactly("-XX:+UseG1GC", "-XX:+AlwaysPreTouch");
    }

    @Test
    void aChildThatPrintedNoComparisonIsAnError() {
        assertThatThrownBy(() -> IngestChild.parse("Exception in thread \"main\" ...\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ingest-comparison line");
    }

    @Test
    void anUnknownSourceIsNamed() {
        assertThatThrownBy(() -> IngestChild.compare(new String[] {BenchScenario.KOTA.jobFile().toString(), "nope"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no source 'nope'");
    }
}

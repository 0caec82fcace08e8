package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.source.SourceFormats;
import dev.hisaab.source.csv.CsvOptions;
import dev.hisaab.source.csv.CsvSourceFormat;
import dev.hisaab.stage.SourceOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestBaselineTests {

    private final JobDefinitionLoader loader = new JobDefinitionLoader();
    private final SourceOpener opener = new SourceOpener(new SourceFormats(List.of(new CsvSourceFormat())), loader);

    @Test
    void readsAndParsesEveryRowOfTheSourceAsTheStageWould() throws IOException {
        ScenarioData data = new ScenarioData(BenchScenario.KOTA, 1000, 7, Path.of("sample-data/kota"));
        JobDefinition job = loader.load(BenchScenario.KOTA.jobFile(),
                Benchmark.dataPaths(loader.load(BenchScenario.KOTA.jobFile(), java.util.Map.of()), data));
        int gateway = indexOf(job, "gateway");
        Path file = Path.of(job.sources().get(gateway).path());
        assertThat(file).isAbsolute().isEqualTo(Path.of("sample-data/kota/gateway-settlement.csv").toAbsolutePath());

        IngestBaseline.Pass pass = IngestBaseline.ingest(opener, BenchScenario.KOTA.jobFile(), job, gateway, Path.of(""));

        // the job's options apply: the settlement report's footer line ("Total Records: n") is no row for Hisaab
        assertThat(pass.rows()).isEqualTo(CsvBaseline.parse(file, CsvOptions.defaults()) - 1);
        assertThat(pass.bytes()).isEqualTo(Files.size(file));
        assertThat(pass.rejected()).isLessThan(pass.rows());
        // every row not rejected is encoded as a work-file record
        assertThat(pass.encoded()).isEqualTo(pass.rows() - pass.rejected());
    }

    @Test
    void measuresTheMedianOfThreePassesWithTheRowsAndBytesOfTheFile() throws IOException {
        ScenarioData data = new ScenarioData(BenchScenario.KOTA, 1000, 7, Path.of("sample-data/kota"));
        JobDefinition job = loader.load(BenchScenario.KOTA.jobFile(),
                Benchmark.dataPaths(loader.load(BenchScenario.KOTA.jobFile(), java.util.Map.of()), data));
        int kiosk = indexOf(job, "receipts-kiosk");

        CsvBaseline.Measurement m = IngestBaseline.compare(opener, BenchScenario.KOTA.jobFile(), job, kiosk, Path.of(""),
                CsvOptions.defaults()).ingest();

        Path file = Path.of("sample-data/kota/receipts-kiosk.csv");
        assertThat(m.rows()).isEqualTo(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() - 1);
        assertThat(m.bytes()).isEqualTo(Files.size(file));
        assertThat(m.millis()).isNotNegative();
    }

    @Test
    void comparesWithCommonsCsvOnTheSameFile() throws IOException {
        ScenarioData data = new ScenarioData(BenchScenario.KOTA, 1000, 7, Path.of("sample-data/kota"));
        JobDefinition job = loader.load(BenchScenario.KOTA.jobFile(),
                Benchmark.dataPaths(loader.load(BenchScenario.KOTA.jobFile(), java.util.Map.of()), data));
        int counter = indexOf(job, "receipts-counter");
        Path file = Path.of("sample-data/kota/receipts-counter.csv");

        IngestBaseline.Comparison c = IngestBaseline.compare(opener, BenchScenario.KOTA.jobFile(), job, counter,
                Path.of(""), CsvOptions.defaults());

        assertThat(c.csv().rows()).isEqualTo(CsvBaseline.parse(file, CsvOptions.defaults()));
        assertThat(c.ingest().rows()).isEqualTo(c.csv().rows());
        assertThat(c.csv().bytes()).isEqualTo(c.ingest().bytes()).isEqualTo(Files.size(file));
    }

    private static int indexOf(JobDefinition job, String id) {
        List<SourceSpec> sources = job.sources();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no source " + id);
    }
}

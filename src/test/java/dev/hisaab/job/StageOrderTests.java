package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageOrderTests {

    @TempDir
    Path dir;

    @Test
    void startsTheBiggestWorkFirstCountingADumpOncePerTableReadFromIt() throws IOException {
        // given the kota job over files of chosen sizes: portal.sql feeds three sources
        Files.write(dir.resolve("portal.sql"), new byte[900]);
        Files.write(dir.resolve("gateway-settlement.csv"), new byte[400]);
        Files.write(dir.resolve("callbacks.jsonl"), new byte[1000]);
        Files.write(dir.resolve("receipts-counter.csv"), new byte[90]);
        // receipts-kiosk.csv is missing: its stage fails on its own, it simply starts last
        JobDefinition job = new JobDefinitionLoader().load(Path.of("jobs/kota-payments.yml"), Map.of(
                "sources.gateway.path", dir.resolve("gateway-settlement.csv").toString(),
                "sources.callbacks.path", dir.resolve("callbacks.jsonl").toString(),
                "sources.receipts-counter.path", dir.resolve("receipts-counter.csv").toString(),
                "sources.receipts-kiosk.path", dir.resolve("receipts-kiosk.csv").toString(),
                "sources.consumers.path", dir.resolve("portal.sql").toString(),
                "sources.bills.path", dir.resolve("portal.sql").toString(),
                "sources.payments.path", dir.resolve("portal.sql").toString()));

        // when
        List<String> order = StageOrder.biggestFirst(job, dir, type -> "csv".equals(type) ? 3 : 1).stream()
                .map(i -> job.sources().get(i).id()).toList();

        // then
        // then CSV counts three times its bytes: the gateway report (1200) before the callbacks (1000), the counter
        // receipts (270) after each table of the dump (300)
        assertThat(order).containsExactly("gateway", "callbacks", "consumers", "bills", "payments", "receipts-counter",
                "receipts-kiosk");
    }
}

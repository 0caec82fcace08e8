package dev.hisaab.spool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PartitionedSpoolWriterTests {

    @Test
    void aPartitionFileNamesItsWorkFileAndNoOtherFileDoes() {
        Path dir = Path.of("out", ".work");

        assertThat(PartitionedSpoolWriter.nameOf(PartitionedSpoolWriter.file(dir, "bills", 63))).isEqualTo("bills");
        assertThat(PartitionedSpoolWriter.nameOf(PartitionedSpoolWriter.file(dir, "bill-receipts-resolved", 0)))
                .isEqualTo("bill-receipts-resolved");
        assertThat(PartitionedSpoolWriter.nameOf(PartitionedSpoolWriter.file(dir, "a.p1", 2))).isEqualTo("a.p1");
        for (String other : new String[] {"bills.p3.spool.part", "match-0.statements", "bills.rejects", "x.pa.spool",
                ".p1.spool", "stage-bills.tally"}) {
            assertThat(PartitionedSpoolWriter.nameOf(dir.resolve(other))).as(other).isNull();
        }
    }
}

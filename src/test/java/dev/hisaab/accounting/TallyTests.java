package dev.hisaab.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyTests {

    @TempDir
    Path dir;

    @Test
    void savesLoadsAndSumsPerSource() throws IOException {
        Tally a = new Tally();
        a.add("gateway", Counter.READ, 10);
        a.add("gateway", Counter.AMOUNT_VALID, 1_000_000_000_000L);
        a.save(dir.resolve("a.tally"));
        Tally b = new Tally();
        b.add("gateway", Counter.READ, 5);
        b.add("receipts", Counter.REJECTED, 1);

        Tally sum = Tally.load(dir.resolve("a.tally"));
        sum.addAll(b);

        assertThat(sum.get("gateway", Counter.READ)).isEqualTo(15);
        assertThat(sum.get("gateway", Counter.AMOUNT_VALID)).isEqualTo(1_000_000_000_000L);
        assertThat(sum.get("receipts", Counter.REJECTED)).isEqualTo(1);
        assertThat(sum.get("receipts", Counter.MATCHED)).isZero();
    }
}

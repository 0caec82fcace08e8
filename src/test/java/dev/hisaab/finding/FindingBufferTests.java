package dev.hisaab.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.spool.SpoolReader;
import dev.hisaab.spool.SpoolWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingBufferTests {

    @TempDir
    Path dir;

    @Test
    void writesInReportOrderWithTiesInTheOrderFound() throws Exception {
        // given findings of several categories, keys repeated (ties), a few beyond Latin-1, in random order
        Category[] categories = {Category.UNPOSTED_PAYMENT, Category.DUPLICATE_PAYMENT, Category.ORPHAN_RECEIPT};
        Random random = new Random(7);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Category category = categories[random.nextInt(categories.length)];
            String key = (random.nextInt(20) == 0 ? "क" : "B2512-") + random.nextInt(800);
            found.add(new Finding(category, key, (long) i, List.of("f.csv:" + i), "rule", "seen " + i));
        }
        FindingBuffer buffer = new FindingBuffer();
        found.forEach(buffer::add);

        // when
        Path file = dir.resolve("findings");
        try (SpoolWriter out = new SpoolWriter(file)) {
            buffer.writeTo(out);
            out.commit();
        }

        // then: as one stable sort by report order, which keeps ties (same category and key) in the order found
        List<Finding> expected = new ArrayList<>(found);
        expected.sort(Finding.ORDER);
        List<Finding> written = new ArrayList<>();
        try (SpoolReader in = new SpoolReader(file)) {
            for (String[] f = in.read(); f != null; f = in.read()) {
                written.add(Finding.of(f));
            }
        }
        assertThat(written).containsExactlyElementsOf(expected);
    }
}

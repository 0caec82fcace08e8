package dev.hisaab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingSourceTests {

    @TempDir
    Path dir;

    private static Finding f(Category c, String key, String evidence) {
        return new Finding(c, key, 100L, List.of("a.csv:1", "b.csv:2"), "rule", evidence);
    }

    private Path write(String name, List<Finding> findings) throws IOException {
        Path file = dir.resolve(name);
        try (SpoolWriter out = new SpoolWriter(file)) {
            for (Finding f : findings) {
                out.write(f.fields());
            }
            out.commit();
        }
        return file;
    }

    @Test
    void mergedGivesWhatAStableSortOfEveryFindingGives() throws IOException {
        // given two sorted work files with ties within and across them, and findings in memory after them
        List<Finding> first = List.of(f(Category.UNPOSTED_PAYMENT, "T1", "first 1"),
                f(Category.UNPOSTED_PAYMENT, "T3", "first 2"), f(Category.REJECTED_LINE, "x:1", "first 3"));
        List<Finding> second = List.of(f(Category.UNPOSTED_PAYMENT, "T3", "second 1"),
                f(Category.AMOUNT_MISMATCH, "T2", "second 2"));
        List<Finding> after = List.of(f(Category.REJECTED_LINE, "x:1", "after 1"));
        List<Finding> expected = new ArrayList<>(first);
        expected.addAll(second);
        expected.addAll(after);
        expected.sort(Finding.ORDER);
        FindingSource source = FindingSource.merged(List.of(write("m-0.findings", first),
                write("m-1.findings", second)), after);

        // when read twice, then both passes give the same, in that order
        for (int pass = 0; pass < 2; pass++) {
            try (Stream<Finding> all = source.open()) {
                assertThat(all.toList()).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void findingsInMemoryArePutInReportOrder() throws IOException {
        Finding b = f(Category.REJECTED_LINE, "a", "1");
        Finding a = f(Category.UNPOSTED_PAYMENT, "z", "2");
        try (Stream<Finding> all = FindingSource.of(List.of(b, a)).open()) {
            assertThat(all.toList()).containsExactly(a, b);
        }
    }
}

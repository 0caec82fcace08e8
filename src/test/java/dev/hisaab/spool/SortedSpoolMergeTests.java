package dev.hisaab.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedSpoolMergeTests {

    @TempDir
    Path dir;

    private static final Comparator<String[]> BY_KEY = Comparator.comparing(f -> f[0]);

    @Test
    void givesWhatAStableSortOfTheFilesInOrderGives() throws IOException {
        // given sorted files with equal keys within and across them
        List<Path> files = List.of(
                write("a", new String[][] {{"B1", "a1"}, {"B3", "a2"}, {"B3", "a3"}}),
                write("b", new String[][] {}),
                write("c", new String[][] {{"B2", "c1"}, {"B3", "c2"}, {"B9", "c3"}}));
        List<String[]> expected = new ArrayList<>();
        for (Path f : files) {
            try (SpoolReader r = new SpoolReader(f)) {
                for (String[] row = r.read(); row != null; row = r.read()) {
                    expected.add(row);
                }
            }
        }
        expected.sort(BY_KEY);

        // when
        List<String[]> merged = new ArrayList<>();
        try (SortedSpoolMerge<String[]> m = new SortedSpoolMerge<>(files, f -> f, BY_KEY)) {
            m.forEachRemaining(merged::add);
        }

        // then
        assertThat(merged).extracting(f -> f[1]).containsExactlyElementsOf(expected.stream().map(f -> f[1]).toList())
                .containsExactly("a1", "c1", "a2", "a3", "c2", "c3");
    }

    @Test
    void manyFilesOfFewKeysMergeAsAStableSortWould() throws IOException {
        // 65 sources, as a job of 64 partitions merges, with many ties within and across them, some files empty
        java.util.Random random = new java.util.Random(7);
        List<Path> files = new ArrayList<>();
        List<String[]> expected = new ArrayList<>();
        for (int f = 0; f < 64; f++) {
            List<String[]> rows = new ArrayList<>();
            int n = f % 9 == 0 ? 0 : random.nextInt(60);
            for (int i = 0; i < n; i++) {
                rows.add(new String[] {"B" + random.nextInt(20), "f" + f + "r" + i});
            }
            rows.sort(BY_KEY);
            expected.addAll(rows);
            files.add(write("m" + f, rows.toArray(new String[0][])));
        }
        List<String[]> after = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            after.add(new String[] {"B" + random.nextInt(20), "mem" + i});
        }
        after.sort(BY_KEY);
        expected.addAll(after);
        expected.sort(BY_KEY);

        List<String> merged = new ArrayList<>();
        try (SortedSpoolMerge<String[]> m = new SortedSpoolMerge<>(files, f -> f, after.iterator(), BY_KEY)) {
            m.forEachRemaining(f -> merged.add(f[1]));
        }

        assertThat(merged).containsExactlyElementsOf(expected.stream().map(f -> f[1]).toList());
    }

    @Test
    void recordsInMemoryFollowTheFilesOnTies() throws IOException {
        List<Path> files = List.of(write("e", new String[][] {{"B1", "e1"}, {"B3", "e2"}}));
        List<String[]> after = List.of(new String[] {"B0", "m1"}, new String[] {"B3", "m2"});

        List<String> merged = new ArrayList<>();
        try (SortedSpoolMerge<String[]> m = new SortedSpoolMerge<>(files, f -> f, after.iterator(), BY_KEY)) {
            m.forEachRemaining(f -> merged.add(f[1]));
        }

        assertThat(merged).containsExactly("m1", "e1", "e2", "m2");
    }

    @Test
    void refusesAFileOutOfOrder() throws IOException {
        List<Path> files = List.of(write("d", new String[][] {{"B2", "x"}, {"B1", "y"}}));

        try (SortedSpoolMerge<String[]> m = new SortedSpoolMerge<>(files, f -> f, BY_KEY)) {
            assertThatThrownBy(m::next).hasMessageContaining("out of order").hasMessageContaining("d.spool");
        }
    }

    private Path write(String name, String[][] rows) throws IOException {
        Path file = dir.resolve(name + ".spool");
        try (SpoolWriter w = new SpoolWriter(file)) {
            for (String[] row : rows) {
                w.write(row);
            }
            w.commit();
        }
        return file;
    }
}

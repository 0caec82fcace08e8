package dev.hisaab.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsFieldsAsTextAndNumbersAsLongParseLongWould() throws IOException {
        Path file = write("n.spool", new String[] {"a", "42", "-7", "+5", "0012", "9223372036854775807", "x1", null,
            "tab\there", ""});
        try (SpoolReader r = new SpoolReader(file)) {
            SpoolFields f = r.next();
            assertThat(f.count()).isEqualTo(10);
            assertThat(f.text(0)).isEqualTo("a");
            assertThat(f.number(1)).isEqualTo(42L);
            assertThat(f.number(2)).isEqualTo(-7L);
            assertThat(f.number(3)).isEqualTo(5L);
            assertThat(f.number(4)).isEqualTo(12L);
            assertThat(f.number(5)).isEqualTo(Long.MAX_VALUE);
            assertThatThrownBy(() -> f.number(6)).isInstanceOf(NumberFormatException.class);
            assertThatThrownBy(() -> f.number(7)).isInstanceOf(NumberFormatException.class);
            assertThat(f.text(7)).isNull();
            assertThat(f.text(8)).isEqualTo("tab\there");
            assertThatThrownBy(() -> f.number(9)).isInstanceOf(NumberFormatException.class);
            assertThat(f.texts(8)).containsExactly("tab\there", "");
            assertThatThrownBy(() -> f.text(10)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void givesRepeatedValuesOnceAndDistinctValuesRight() throws IOException {
        String[][] records = new String[3000][];
        for (int i = 0; i < records.length; i++) {
            // a value that repeats, one that never does, and one that changes only now and then
            records[i] = new String[] {"gateway", "pay_" + i, i < 1500 ? "CAPTURED" : "FAILED"};
        }
        Path file = write("r.spool", records);
        try (SpoolReader r = new SpoolReader(file)) {
            String first = null;
            for (int i = 0; i < records.length; i++) {
                String[] f = r.read();
                assertThat(f).containsExactly(records[i]);
                first = first == null ? f[0] : first;
                assertThat(f[0]).isSameAs(first);
            }
            assertThat(r.read()).isNull();
        }
    }

    @Test
    void leavesTheRestOfARecordForLater() throws IOException {
        Path file = write("s.spool", new String[] {"a", "b", "c"}, new String[] {"d"});
        try (SpoolReader r = new SpoolReader(file)) {
            assertThat(r.read(1)).containsExactly("a");
            assertThat(r.rest()).containsExactly("b", "c");
            assertThat(r.read(1)).containsExactly("d");
            assertThat(r.rest()).isEmpty();
        }
    }

    @Test
    void wrapsFieldsHeldInMemory() {
        SpoolFields f = SpoolFields.of(new String[] {"a", "12", null});
        assertThat(f.count()).isEqualTo(3);
        assertThat(f.number(1)).isEqualTo(12L);
        assertThat(f.texts(1)).containsExactly("12", null);
        assertThat(f.texts(5)).isEmpty();
    }

    private Path write(String name, String[]... records) throws IOException {
        Path file = dir.resolve(name);
        try (SpoolWriter w = new SpoolWriter(file)) {
            for (String[] record : records) {
                w.write(record);
            }
            w.commit();
        }
        return file;
    }
}

package dev.hisaab.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnValuesTests {

    @Test
    void isTheSameMapAsTheLinkedHashMapItReplaces() {
        ColumnValues.Columns columns = ColumnValues.Columns.of(List.of("txn_id", "amount", "status"));
        Map<String, String> values = ColumnValues.of(columns, new String[] {"pay_1", null, "captured"});
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("txn_id", "pay_1");
        expected.put("amount", null);
        expected.put("status", "captured");

        assertThat(values).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(values.keySet()).containsExactly("txn_id", "amount", "status");
        assertThat(values.get("amount")).isNull();
        assertThat(values.containsKey("amount")).isTrue();
        assertThat(values.containsKey("fee")).isFalse();
        assertThat(values.toString()).isEqualTo(expected.toString());
        assertThatThrownBy(() -> values.put("fee", "0")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValueByPositionIsNullForTheNoSuchColumnPosition() {
        ColumnValues.Columns columns = ColumnValues.Columns.of(List.of("txn_id", "amount"));
        ColumnValues values = ColumnValues.of(columns, new String[] {"pay_1", "100"});

        assertThat(values.value(columns.indexOf("amount"))).isEqualTo("100");
        assertThat(columns.indexOf("fee")).isEqualTo(-1);
        assertThat(values.value(columns.indexOf("fee"))).isNull();
    }

    @Test
    void sourceRecordKeepsItWithoutCopyingButCopiesAnyOtherMap() {
        ColumnValues.Columns columns = ColumnValues.Columns.of(List.of("a"));
        ColumnValues owned = ColumnValues.of(columns, new String[] {"1"});
        Map<String, String> plain = new LinkedHashMap<>(Map.of("a", "1"));

        SourceRecord kept = new SourceRecord(new Origin("f.csv", 2), owned, "1");
        SourceRecord copied = new SourceRecord(new Origin("f.csv", 2), plain, "1");
        plain.put("a", "2");

        assertThat(kept.values()).isSameAs(owned);
        assertThat(copied.get("a")).isEqualTo("1");
    }

    @Test
    void columnsWithARepeatedNameAreRefusedAndPairsKeepTheLastValue() {
        assertThat(ColumnValues.Columns.of(List.of("a", "b", "a"))).isNull();

        Map<String, String> pairs = ColumnValues.ofPairs(new String[] {"x", "a", "1", "a", "2"}, 1);

        assertThat(pairs).containsExactly(Map.entry("a", "2"));
    }

    @Test
    void recordsRebuiltFromWorkFilesShareOneIndex() {
        Map<String, String> first = ColumnValues.ofPairs(new String[] {"k", "1", "v", "2"}, 0);
        Map<String, String> second = ColumnValues.ofPairs(new String[] {"k", "3", "v", "4"}, 0);

        assertThat(first).isInstanceOf(ColumnValues.class).containsEntry("v", "2");
        assertThat(second).containsEntry("k", "3").containsEntry("v", "4");
        assertThat(ColumnValues.Columns.shared(List.of("k", "v"))).isSameAs(ColumnValues.Columns.shared(List.of("k", "v")));
    }

    @Test
    void writesItsPairsInOrderAsAnyMapsEntriesAre() {
        ColumnValues.Columns columns = ColumnValues.Columns.of(List.of("txn_id", "amount", "status"));
        Map<String, String> values = ColumnValues.of(columns, new String[] {"pay_1", null, "captured"});
        Map<String, String> plain = new java.util.LinkedHashMap<>(values);
        assertThat(dev.hisaab.spool.SpoolRecord.texts(row -> ColumnValues.writePairs(values, row)))
                .containsExactly("txn_id", "pay_1", "amount", null, "status", "captured")
                .isEqualTo(dev.hisaab.spool.SpoolRecord.texts(row -> ColumnValues.writePairs(plain, row)));
    }

    @Test
    void valuesWrittenWithoutNamesAreReadBackUnderTheSameColumnsOnly() {
        ColumnValues.Columns columns = ColumnValues.Columns.shared(List.of("k", "v"));
        ColumnValues values = ColumnValues.of(columns, new String[] {"1", null});
        java.util.Map<String, String> plain = new java.util.LinkedHashMap<>();
        plain.put("k", "1");
        plain.put("v", null);

        String[] written = dev.hisaab.spool.SpoolRecord.texts(row -> ColumnValues.writeValues(values, row));

        // the signature names the columns, then the values; a plain map of the same entries writes the same
        assertThat(written).containsExactly(columns.signature(), "1", null);
        assertThat(dev.hisaab.spool.SpoolRecord.texts(row -> ColumnValues.writeValues(plain, row))).isEqualTo(written);
        assertThat(ColumnValues.ofValues(dev.hisaab.spool.SpoolFields.of(written), 0, columns))
                .containsExactlyEntriesOf(plain);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColumnValues.ofValues(
                        dev.hisaab.spool.SpoolFields.of(written), 0, ColumnValues.Columns.shared(List.of("v", "k"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("other columns");
    }
}

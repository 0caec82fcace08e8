package dev.hisaab.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.AmountUnit;
import dev.hisaab.value.TimestampFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldReaderTests {

    private final SourceSpec spec = new SourceSpec("receipts", SourceRole.RECEIPTS, "csv", "r.csv",
            Map.of("receipt-no", "No", "amount", "Amt", "date", "When", "mode", "Mode"), List.of("dd/MM/yyyy"),
            AmountUnit.RUPEES, Map.of());
    private final FieldReader reader = new FieldReader(spec, TimestampFormat.IST);

    @Test
    void readsFieldsByTheirColumnWhateverOrderEachInputHasItsColumnsIn() {
        FieldReader.Field no = reader.field("receipt-no");
        FieldReader.Field amount = reader.field("amount");
        SourceRecord first = record(List.of("No", "Amt", "When"), " CR-1 ", "1,250.50", "02/01/2026");
        SourceRecord other = record(List.of("When", "Amt", "No"), "03/01/2026", "10", "CR-2");

        assertThat(reader.text(first, no)).isEqualTo("CR-1");
        assertThat(reader.raw(first, no)).isEqualTo(" CR-1 ");
        assertThat(reader.amount(first, amount)).isEqualTo(125_050);
        assertThat(reader.text(other, no)).isEqualTo("CR-2");
        assertThat(reader.amount(other, amount)).isEqualTo(1_000);
        assertThat(reader.text(first, no)).isEqualTo("CR-1");
        assertThat(reader.time(first, reader.field("date")))
                .isEqualTo(java.time.LocalDate.of(2026, 1, 2).atStartOfDay(TimestampFormat.IST).toEpochSecond());
    }

    @Test
    void anUnmappedOrAbsentColumnIsNullAndTheSameNameIsTheSameField() {
        SourceRecord r = record(List.of("No", "Amt"), "CR-1", "5");

        assertThat(reader.field("amount")).isSameAs(reader.field(new String("amount")));
        assertThat(reader.text(r, reader.field("payer-name"))).isNull();
        assertThat(reader.text(r, reader.field("mode"))).isNull();
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("No", "CR-9");
        assertThat(reader.text(new SourceRecord(new Origin("r.csv", 2), plain, "CR-9"), reader.field("receipt-no")))
                .isEqualTo("CR-9");
    }

    @Test
    void reasonsNameTheField() {
        SourceRecord r = record(List.of("No", "Amt", "When"), " ", "1OO", "31/02/2026");

        assertThatThrownBy(() -> reader.required(r, reader.field("receipt-no"))).hasMessage("receipt-no is empty");
        assertThatThrownBy(() -> reader.amount(r, reader.field("amount"))).hasMessageStartingWith("amount: ");
        assertThatThrownBy(() -> reader.time(r, reader.field("date")))
                .hasMessage("date: not a valid date/time '31/02/2026' (formats [dd/MM/yyyy])");
    }

    @Test
    void aRepeatedDateIsReadOnceAndADifferentOrBadOneAfterItIsStillReadOrRefused() {
        FieldReader.Field date = reader.field("date");
        long second = java.time.LocalDate.of(2026, 1, 2).atStartOfDay(TimestampFormat.IST).toEpochSecond();

        assertThat(reader.time(record(List.of("When"), "02/01/2026"), date)).isEqualTo(second);
        assertThat(reader.time(record(List.of("When"), " 02/01/2026"), date)).isEqualTo(second);
        assertThat(reader.time(record(List.of("When"), "03/01/2026"), date)).isEqualTo(second + 86_400);
        assertThatThrownBy(() -> reader.time(record(List.of("When"), "31/02/2026"), date))
                .hasMessage("date: not a valid date/time '31/02/2026' (formats [dd/MM/yyyy])");
        assertThat(reader.time(record(List.of("When"), "03/01/2026"), date)).isEqualTo(second + 86_400);
    }

    @Test
    void textIsStrippedOfAnyWhitespaceAndVisibleTextIsHandedOverAsItIs() {
        FieldReader.Field no = reader.field("receipt-no");
        String plain = "CR-7";

        assertThat(reader.text(record(List.of("No"), plain), no)).isSameAs(plain);
        assertThat(reader.text(record(List.of("No"), "\u2003CR-8\u00a0\u3000"), no)).isEqualTo("CR-8\u00a0");
        assertThat(reader.text(record(List.of("No"), "\tCR-9\n"), no)).isEqualTo("CR-9");
        assertThat(reader.text(record(List.of("No"), "\u2003"), no)).isNull();
        assertThat(reader.text(record(List.of("No"), "é"), no)).isEqualTo("é");
    }

    private static SourceRecord record(List<String> columns, String... values) {
        return new SourceRecord(new Origin("r.csv", 2), ColumnValues.of(ColumnValues.Columns.of(columns), values),
                String.join(",", values));
    }
}

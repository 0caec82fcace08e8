package dev.hisaab.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.definition.ColumnSpec;
import dev.hisaab.definition.LookupSpec;
import dev.hisaab.definition.RestoreSpec;
import dev.hisaab.evidence.ApplicationRow;
import dev.hisaab.evidence.Receipt;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.record.Origin;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestoreMapperTests {

    static RestoreSpec spec() {
        LinkedHashMap<String, ColumnSpec> columns = new LinkedHashMap<>();
        columns.put("application_no", new ColumnSpec("application-no", null, null, null, null, null));
        columns.put("applicant_name", new ColumnSpec("applicant-name", null, "trim", null, null, null));
        columns.put("mobile_no", new ColumnSpec("mobile", null, "mobile", null, null, null));
        columns.put("district_code", new ColumnSpec("district", null, null, null, "district", null));
        columns.put("status", new ColumnSpec("status", null, null, Map.of("NEW", "SUBMITTED"), null, "PENDING_VERIFICATION"));
        columns.put("submitted_on", new ColumnSpec("submitted-at", null, null, null, null, null));
        columns.put("source", new ColumnSpec(null, "RESTORED", null, null, null, "RECONSTRUCTED"));
        return new RestoreSpec("public.connection_application", "application_no",
                Map.of("district", new LookupSpec("districts", "name", "code", Map.of("Allahabad", "Prayagraj"))), columns);
    }

    final RestoreMapper mapper = new RestoreMapper(spec(), Map.of("district", Map.of("prayagraj", "PRY", "agra", "AGR")),
            ZoneId.of("Asia/Kolkata"), new dev.hisaab.value.TimestampFormat(List.of("iso"), ZoneId.of("Asia/Kolkata")));

    ApplicationCase snapshotCase(String district, String status) {
        ApplicationCase c = new ApplicationCase("JP1");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("application-no", "JP1");
        values.put("applicant-name", " Ram Kumar ");
        values.put("mobile", "+91 98765-43210");
        values.put("district", district);
        values.put("status", status);
        values.put("submitted-at", "2025-11-20 10:15:00+05:30");
        c.snapshot = new ApplicationRow("snapshot", new Origin("s.sql", 7), "JP1", "Ram Kumar", "9876543210", 0, true, values);
        return c;
    }

    static Finding finding(Category category) {
        return new Finding(category, "JP1", 10000L, List.of("s.sql:7"), "rule", "");
    }

    @Test
    void mapsASnapshotRowThroughTransformsMapsAndLookupsWithAliases() {
        PlannedRestore p = mapper.plan(finding(Category.MISSING_APPLICATION_RESTORABLE), snapshotCase("Allahabad", "NEW"), List.of());

        assertThat(p.skipReason()).isNull();
        assertThat(p.values()).containsExactly(
                Map.entry("application_no", "JP1"), Map.entry("applicant_name", "Ram Kumar"),
                Map.entry("mobile_no", "9876543210"), Map.entry("district_code", "PRY"), Map.entry("status", "SUBMITTED"),
                Map.entry("submitted_on", "2025-11-20 10:15:00+05:30"), Map.entry("source", "RESTORED"));
    }

    @Test
    void neverGuessesAValueWithoutMappingOrLookup() {
        assertThat(mapper.plan(finding(Category.MISSING_APPLICATION_RESTORABLE), snapshotCase("Atlantis", "NEW"), List.of())
                .skipReason()).contains("'Atlantis' not found in lookup district");
        assertThat(mapper.plan(finding(Category.MISSING_APPLICATION_RESTORABLE), snapshotCase("Agra", "ON_HOLD"), List.of())
                .skipReason()).contains("value 'ON_HOLD' of field status has no entry in its map");
    }

    @Test
    void reconstructsFromTheEarliestNamedReceiptAndTheFirstPayment() {
        ApplicationCase c = new ApplicationCase("JP2");
        c.receipts.add(new ResolvedReceipt(new Receipt("r", new Origin("r.csv", 3), "R3", "JP2", "JP2", "LATER NAME",
                "9000000002", 10000, 1_766_300_000L, null, null, null), "JP2", "exact", ""));
        c.receipts.add(new ResolvedReceipt(new Receipt("r", new Origin("r.csv", 2), "R2", "JP2", "JP2", "Asha Verma ",
                "9000000001", 10000, 1_766_200_000L, null, null, null), "JP2", "exact", ""));
        List<Payment> payments = List.of(new Payment("a", 10000, 1_766_200_000L, List.of("r.csv:2")),
                new Payment("b", 10000, 1_766_300_000L, List.of("r.csv:3")));

        PlannedRestore p = mapper.plan(new Finding(Category.MISSING_APPLICATION_RECONSTRUCTABLE, "JP2", 20000L,
                List.of("r.csv:2", "r.csv:3"), "evidence-only", ""), c, payments);

        assertThat(p.values()).containsEntry("application_no", "JP2").containsEntry("applicant_name", "Asha Verma")
                .containsEntry("mobile_no", "9000000001").containsEntry("district_code", null)
                .containsEntry("status", "PENDING_VERIFICATION").containsEntry("source", "RECONSTRUCTED")
                .containsEntry("submitted_on", "2025-12-20T08:36:40+05:30");
    }
}

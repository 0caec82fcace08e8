package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Parses the portal's bills, keeping every mapped field's raw value for guarded updates. */
final class BillParser implements EvidenceParser {

    /** The mapped fields in name order: the order their raw values are kept in. */
    private final String[] mapped;
    private final FieldReader f;
    private final ZoneId zone;

    BillParser(SourceSpec spec, ZoneId zone) {
        this.mapped = new TreeMap<>(spec.fields()).keySet().toArray(new String[0]);
        this.f = new FieldReader(spec, zone);
        this.zone = zone;
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String billNo = Keys.normalize(f.required(r, "bill-no"));
        String consumer = Keys.loose(f.required(r, "consumer-id"));
        long amount = f.amount(r, "amount");
        LocalDate due = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(f.time(r, "due-date")), zone);
        long lateFee = f.text(r, "late-fee") == null ? 0 : f.amount(r, "late-fee");
        Map<String, String> values = new LinkedHashMap<>(mapped.length * 2);
        for (String field : mapped) {
            values.put(field, f.raw(r, field));
        }
        Bill bill = new Bill(source, r.origin(), billNo, consumer, amount, due, f.required(r, "status"), lateFee, values);
        return new Parsed(billNo, bill.fields(), 0);
    }
}

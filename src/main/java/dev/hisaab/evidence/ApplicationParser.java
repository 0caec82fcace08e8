package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import dev.hisaab.value.Mobiles;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Parses rows of the snapshot or live applications table, keeping every mapped field's raw value for restore. */
final class ApplicationParser implements EvidenceParser {

    /** The mapped fields in name order: the order their raw values are kept in. */
    private final String[] mapped;
    private final FieldReader f;

    ApplicationParser(SourceSpec spec, ZoneId zone) {
        this.mapped = new TreeMap<>(spec.fields()).keySet().toArray(new String[0]);
        this.f = new FieldReader(spec, zone);
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String appNo = Keys.normalize(f.required(r, "application-no"));
        long submitted = f.text(r, "submitted-at") == null ? -1 : f.time(r, "submitted-at");
        String mobile;
        try {
            mobile = Mobiles.normalize(f.text(r, "mobile"));
        } catch (IllegalArgumentException e) {
            mobile = null;
        }
        Map<String, String> values = new LinkedHashMap<>(mapped.length * 2);
        for (String field : mapped) {
            values.put(field, f.raw(r, field));
        }
        ApplicationRow row = new ApplicationRow(source, r.origin(), appNo, f.text(r, "applicant-name"), mobile,
                submitted, feePaid(f.text(r, "fee-paid")), values);
        return new Parsed(appNo, row.fields(), 0);
    }

    static Boolean feePaid(String v) {
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "t", "true", "1", "y", "yes", "paid":
                return Boolean.TRUE;
            case "f", "false", "0", "n", "no", "unpaid":
                return Boolean.FALSE;
            default:
                throw new IllegalArgumentException("fee-paid: not a yes/no value '" + v + "'");
        }
    }
}

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

    private final SourceSpec spec;
    private final FieldReader f;

    ApplicationParser(SourceSpec spec, ZoneId zone) {
        this.spec = spec;
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
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : new TreeMap<>(spec.fields()).keySet()) {
            values.put(field, r.get(spec.column(field)));
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

package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import dev.hisaab.value.Mobiles;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;

/** Parses rows of the snapshot or live applications table, keeping every mapped field's raw value for restore. */
final class ApplicationParser implements EvidenceParser {

    /** The mapped fields in name order: the order their raw values are kept in. */
    private final FieldReader.Field[] mapped;
    /** Their names, shared by every row's raw values (which the evidence record keeps without copying). */
    private final ColumnValues.Columns mappedNames;
    private final FieldReader f;
    private final FieldReader.Field applicationNoField;
    private final FieldReader.Field submittedAtField;
    private final FieldReader.Field mobileField;
    private final FieldReader.Field applicantNameField;
    private final FieldReader.Field feePaidField;

    ApplicationParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
        this.mapped = new TreeMap<>(spec.fields()).keySet().stream().map(f::field).toArray(FieldReader.Field[]::new);
        this.mappedNames = ColumnValues.Columns.of(Arrays.stream(mapped).map(FieldReader.Field::name).toList());
        this.applicationNoField = f.field("application-no");
        this.submittedAtField = f.field("submitted-at");
        this.mobileField = f.field("mobile");
        this.applicantNameField = f.field("applicant-name");
        this.feePaidField = f.field("fee-paid");
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String appNo = Keys.normalize(f.required(r, applicationNoField));
        long submitted = f.text(r, submittedAtField) == null ? -1 : f.time(r, submittedAtField);
        String mobile;
        try {
            mobile = Mobiles.normalize(f.text(r, mobileField));
        } catch (IllegalArgumentException e) {
            mobile = null;
        }
        String[] raw = new String[mapped.length];
        for (int i = 0; i < mapped.length; i++) {
            raw[i] = f.raw(r, mapped[i]);
        }
        ColumnValues values = ColumnValues.of(mappedNames, raw);
        ApplicationRow row = new ApplicationRow(source, r.origin(), appNo, f.text(r, applicantNameField), mobile,
                submitted, feePaid(f.text(r, feePaidField)), values);
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

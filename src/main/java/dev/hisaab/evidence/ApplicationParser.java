package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import dev.hisaab.value.Mobiles;
import java.time.ZoneId;
import java.util.Locale;

/** Parses rows of the snapshot or live applications table, keeping every mapped field's raw value for restore. */
final class ApplicationParser implements EvidenceParser {

    private final MappedValues mapped;
    private final FieldReader f;
    private final FieldReader.Field applicationNoField;
    private final FieldReader.Field submittedAtField;
    private final FieldReader.Field mobileField;
    private final FieldReader.Field applicantNameField;
    private final FieldReader.Field feePaidField;

    ApplicationParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
        this.mapped = new MappedValues(spec, f);
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
        ColumnValues values = mapped.of(r);
        ApplicationRow row = new ApplicationRow(source, r.origin(), appNo, f.text(r, applicantNameField), mobile,
                submitted, feePaid(f.text(r, feePaidField)), values);
        return new Parsed(appNo, row, 0);
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

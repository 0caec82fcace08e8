package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import dev.hisaab.value.Mobiles;
import java.time.ZoneId;

/** Parses the portal's consumers; a mobile that cannot be read is kept as unknown. */
final class ConsumerParser implements EvidenceParser {

    private final FieldReader f;
    private final FieldReader.Field consumerIdField;
    private final FieldReader.Field mobileField;
    private final FieldReader.Field nameField;

    ConsumerParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
        this.consumerIdField = f.field("consumer-id");
        this.mobileField = f.field("mobile");
        this.nameField = f.field("name");
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String id = f.required(r, consumerIdField);
        String mobile;
        try {
            mobile = Mobiles.normalize(f.text(r, mobileField));
        } catch (IllegalArgumentException e) {
            mobile = null;
        }
        Consumer c = new Consumer(source, r.origin(), id, Keys.loose(id), f.text(r, nameField), mobile);
        // not partitioned: refunds look consumers up by id, whatever bill they concern
        return new Parsed(null, c, 0);
    }
}

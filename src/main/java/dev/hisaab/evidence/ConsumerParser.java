package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import dev.hisaab.value.Mobiles;
import java.time.ZoneId;

/** Parses the portal's consumers; a mobile that cannot be read is kept as unknown. */
final class ConsumerParser implements EvidenceParser {

    private final FieldReader f;

    ConsumerParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String id = f.required(r, "consumer-id");
        String mobile;
        try {
            mobile = Mobiles.normalize(f.text(r, "mobile"));
        } catch (IllegalArgumentException e) {
            mobile = null;
        }
        Consumer c = new Consumer(source, r.origin(), id, Keys.loose(id), f.text(r, "name"), mobile);
        // not partitioned: refunds look consumers up by id, whatever bill they concern
        return new Parsed(null, c.fields(), 0);
    }
}

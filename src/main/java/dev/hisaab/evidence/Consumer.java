package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;

/** A consumer of the utility: id as printed and as a loose key, name and mobile (for refunds). */
public record Consumer(String source, Origin origin, String consumerId, String consumerKey, String name, String mobile)
        implements SpoolRecord {

    /** The work-file fields, as {@link #writeTo} writes them. */
    public String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        row.text(source).text(origin.file()).number(origin.line()).text(consumerId).text(consumerKey).text(name)
                .text(mobile);
    }

    public static Consumer of(String[] f) {
        return of(SpoolFields.of(f));
    }

    public static Consumer of(SpoolFields f) {
        return new Consumer(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.text(5), f.text(6));
    }
}

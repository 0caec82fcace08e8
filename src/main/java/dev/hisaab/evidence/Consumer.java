package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;

/** A consumer of the utility: id as printed and as a loose key, name and mobile (for refunds). */
public record Consumer(String source, Origin origin, String consumerId, String consumerKey, String name, String mobile) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), consumerId, consumerKey, name, mobile};
    }

    public static Consumer of(String[] f) {
        return of(SpoolFields.of(f));
    }

    public static Consumer of(SpoolFields f) {
        return new Consumer(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.text(5), f.text(6));
    }
}

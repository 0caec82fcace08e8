package dev.hisaab.evidence;

import dev.hisaab.record.Origin;

/** A consumer of the utility: id as printed and as a loose key, name and mobile (for refunds). */
public record Consumer(String source, Origin origin, String consumerId, String consumerKey, String name, String mobile) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), consumerId, consumerKey, name, mobile};
    }

    public static Consumer of(String[] f) {
        return new Consumer(f[0], new Origin(f[1], Long.parseLong(f[2])), f[3], f[4], f[5], f[6]);
    }
}

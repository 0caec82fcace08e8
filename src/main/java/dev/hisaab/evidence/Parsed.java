package dev.hisaab.evidence;

import dev.hisaab.spool.SpoolRecord;

/**
 * A record turned into work-file fields ({@code record}, which writes them), with the application number it belongs to
 * ({@code key}, which decides its partition; null when not yet known, as for receipts) and the amount it carries in
 * paise (0 when none).
 */
public record Parsed(String key, SpoolRecord record, long amount) {

    /** The work-file fields as text. */
    public String[] fields() {
        return SpoolRecord.texts(record);
    }
}

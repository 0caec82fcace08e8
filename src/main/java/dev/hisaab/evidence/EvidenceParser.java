package dev.hisaab.evidence;

import dev.hisaab.record.SourceRecord;

/**
 * Turns one raw record of a source into normalised evidence. Throws {@link IllegalArgumentException} with a short
 * reason ("amount: not a number '1OO.00'") when a required value is missing or malformed; the record is rejected.
 */
public interface EvidenceParser {

    /**
     * How many fields every evidence record starts with that are the same for a whole source — its id and its file
     * name — and so are written once per work file, not on every line ({@link dev.hisaab.spool.SpoolWriter#shareLeading}).
     */
    int SOURCE_AND_FILE = 2;

    Parsed parse(String source, SourceRecord record);
}

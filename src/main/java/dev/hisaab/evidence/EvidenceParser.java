package dev.hisaab.evidence;

import dev.hisaab.record.SourceRecord;

/**
 * Turns one raw record of a source into normalised evidence. Throws {@link IllegalArgumentException} with a short
 * reason ("amount: not a number '1OO.00'") when a required value is missing or malformed; the record is rejected.
 */
public interface EvidenceParser {

    Parsed parse(String source, SourceRecord record);
}

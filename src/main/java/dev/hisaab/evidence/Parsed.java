package dev.hisaab.evidence;

/** A record turned into work-file fields, with the amount it carries in paise (0 when it carries none). */
public record Parsed(String key, String[] fields, long amount) {
}

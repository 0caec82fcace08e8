package dev.hisaab.evidence;

/**
 * A record turned into work-file fields, with the application number it belongs to ({@code key}, which decides its
 * partition; null when not yet known, as for receipts) and the amount it carries in paise (0 when none).
 */
public record Parsed(String key, String[] fields, long amount) {
}

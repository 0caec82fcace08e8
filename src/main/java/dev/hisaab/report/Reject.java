package dev.hisaab.report;

/** A rejected input row: source id, file name, line, reason and the raw text. */
public record Reject(String source, String file, long line, String reason, String raw) {

    public static Reject of(String[] f) {
        return new Reject(f[0], f[1], Long.parseLong(f[2]), f[3], f[4]);
    }

    /** The {@code REJECTED_LINE} finding key. */
    public String key() {
        return file + ":" + line;
    }
}

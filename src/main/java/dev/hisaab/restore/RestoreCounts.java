package dev.hisaab.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .counts} file beside a script: a {@code #} header line, then one tab-separated line per data statement,
 * {@code line rows table key} (see {@link ExpectedCount}). Table and key are escaped so they hold no tab or line break.
 */
public final class RestoreCounts {

    static final String HEADER = "# hisaab statement counts v1: script-line<TAB>rows-changed-on-first-apply<TAB>table<TAB>key\n";

    private RestoreCounts() {
    }

    /** Appends the end of a count line, {@code table TAB key} and the line break. */
    static void appendTail(StringBuilder out, RestoreStatement row) {
        SqlText.appendComment(out, row.table(), 200);
        out.append('\t');
        SqlText.appendComment(out, row.key(), 200);
        out.append('\n');
    }

    /** Reads a counts file written by {@link RestoreScriptWriter}. */
    public static List<ExpectedCount> read(Path file) throws IOException {
        List<ExpectedCount> counts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.startsWith("#") || text.isEmpty()) {
                    continue;
                }
                String[] fields = text.split("\t", -1);
                if (fields.length != 4) {
                    throw new IOException("Cannot read line " + number + " of " + file.getFileName()
                            + ": expected 4 tab-separated fields, found " + fields.length);
                }
                try {
                    counts.add(new ExpectedCount(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2], fields[3]));
                } catch (IllegalArgumentException e) {
                    throw new IOException("Cannot read line " + number + " of " + file.getFileName() + ": " + e.getMessage(), e);
                }
            }
        }
        return counts;
    }
}

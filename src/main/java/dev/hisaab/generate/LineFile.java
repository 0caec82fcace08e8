package dev.hisaab.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line-oriented evidence file (CSV or JSON lines) written in order. It counts data rows and valid amounts and
 * slips in its quota of malformed copies of valid lines, spread over the file, reporting each as a REJECTED_LINE.
 */
final class LineFile implements Closeable {

    /** Turns a valid line into a malformed one; {@code kind} cycles through the file's kinds of damage. */
    interface Corruption {
        String corrupt(String validLine, int kind);
    }

    private final String name;
    private final BufferedWriter out;
    private final Corruption corruption;
    private final ExpectedAnswers expected;
    private final int rejectQuota;
    private final long spacing;
    private final Map<String, Long> tallies = new TreeMap<>();
    private long line;
    private long valid;
    private long rejected;
    private long amountPaise;
    private String lastValid;

    LineFile(Path directory, String name, String header, long expectedValidRows, int rejectQuota,
             Corruption corruption, ExpectedAnswers expected) throws IOException {
        this.name = name;
        this.out = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
        this.corruption = corruption;
        this.expected = expected;
        this.rejectQuota = rejectQuota;
        // spread malformed lines over the first 80% of the expected rows; leftovers go at the end
        this.spacing = Math.max(1, expectedValidRows * 8 / 10 / (rejectQuota + 1));
        if (header != null) {
            out.write(header);
            out.write('\n');
            line = 1;
        }
    }

    String name() {
        return name;
    }

    void write(String text, long paise) throws IOException {
        out.write(text);
        out.write('\n');
        line++;
        valid++;
        amountPaise += paise;
        lastValid = text;
        if (rejected < rejectQuota && valid % spacing == 0) {
            reject();
        }
    }

    private void reject() throws IOException {
        out.write(corruption.corrupt(lastValid, (int) rejected));
        out.write('\n');
        line++;
        rejected++;
        expected.finding(FindingCategory.REJECTED_LINE, name + ":" + line, null);
    }

    void tally(String key, long delta) {
        tallies.merge(key, delta, Long::sum);
    }

    Map<String, Object> counts() {
        Map<String, Object> counts = new java.util.LinkedHashMap<>();
        counts.put("rows", valid + rejected);
        counts.put("valid_rows", valid);
        counts.put("rejected_rows", rejected);
        counts.put("amount_paise", amountPaise);
        counts.putAll(tallies);
        return counts;
    }

    @Override
    public void close() throws IOException {
        try {
            while (rejected < rejectQuota && lastValid != null) {
                reject();
            }
        } finally {
            out.close();
        }
    }
}

package dev.hisaab.generate.kota;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.hisaab.generate.CsvLine;

/**
 * One line-oriented evidence file written in order (optional BOM, LF or CRLF, optional footer). It counts rows and
 * valid amounts and slips in its quota of malformed copies of valid lines, each reported as a REJECTED_LINE.
 */
final class EvidenceFile implements Closeable {

    /** Makes a malformed line from the fields of a valid one; {@code kind} cycles through the kinds of damage. */
    interface Damage {
        String damage(String[] fields, int kind);
    }

    private final String name;
    private final BufferedWriter out;
    private final String terminator;
    private final boolean footer;
    private final Damage damage;
    private final KotaAnswers answers;
    private final int rejectQuota;
    private final long spacing;
    private final Map<String, Long> tallies = new TreeMap<>();
    private long line;
    private long valid;
    private long rejected;
    private long amountPaise;
    private String[] lastValid;

    EvidenceFile(Path directory, String name, String header, boolean bom, String terminator, boolean footer,
                 long expectedRows, int rejectQuota, Damage damage, KotaAnswers answers) throws IOException {
        this.name = name;
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(directory.resolve(name)),
                StandardCharsets.UTF_8), 1 << 16);
        this.terminator = terminator;
        this.footer = footer;
        this.damage = damage;
        this.answers = answers;
        this.rejectQuota = rejectQuota;
        // spread malformed lines over the first 80% of the expected rows; leftovers go at the end
        this.spacing = Math.max(1, expectedRows * 8 / 10 / (rejectQuota + 1));
        if (bom) {
            out.write('\uFEFF');
        }
        if (header != null) {
            out.write(header);
            out.write(terminator);
            line = 1;
        }
    }

    String name() {
        return name;
    }

    /** Writes a CSV row. */
    void row(long paise, String... fields) throws IOException {
        text(CsvLine.join(fields), paise, fields);
    }

    /** Writes a line as it is ({@code fields} is what damage works on). */
    void text(String text, long paise, String... fields) throws IOException {
        out.write(text);
        out.write(terminator);
        line++;
        valid++;
        amountPaise += paise;
        lastValid = fields;
        if (rejected < rejectQuota && valid % spacing == 0) {
            reject();
        }
    }

    private void reject() throws IOException {
        out.write(damage.damage(lastValid.clone(), (int) rejected));
        out.write(terminator);
        line++;
        rejected++;
        answers.finding(FindingCategory.REJECTED_LINE, name + ":" + line, -1);
    }

    void tally(String key, long delta) {
        tallies.merge(key, delta, Long::sum);
    }

    Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
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
            if (footer) {
                out.write("Total Records: " + (valid + rejected));
                out.write(terminator);
            }
        } finally {
            out.close();
        }
    }
}

package dev.hisaab.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file meant for people, who open it in a spreadsheet: a text value starting with {@code = + - @}, tab or
 * carriage return gets a leading apostrophe so no spreadsheet evaluates it as a formula. Written to a part file and
 * renamed on {@link #commit()}.
 */
public final class SafeCsv implements AutoCloseable {

    private final Path target;
    private final Path part;
    private final CSVPrinter printer;
    private boolean committed;

    public SafeCsv(Path target, String... header) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord((Object[]) header);
    }

    /**
     * Prints one row; {@code null} is an empty cell. Every value is neutralised (see {@link #neutralise}), and a NUL
     * character (which a malformed input line may hold) is shown as U+FFFD, since many tools stop reading a text file
     * at a NUL byte.
     */
    public void row(String... values) throws IOException {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            out[i] = neutralise(v == null || v.indexOf('\0') < 0 ? v : v.replace('\0', '\uFFFD'));
        }
        printer.printRecord(out);
    }

    /** Prefixes an apostrophe to values a spreadsheet would take for a formula. */
    public static String neutralise(String v) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + v;
        }
        return v;
    }

    public void commit() throws IOException {
        printer.close(true);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            printer.close();
            Files.deleteIfExists(part);
        }
    }
}

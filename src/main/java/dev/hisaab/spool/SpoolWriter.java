package dev.hisaab.spool;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes records of text fields, one per line, tab-separated, escaped like PostgreSQL's COPY text format ({@code \N}
 * is null). Writes to {@code <file>.part} and renames on {@link #commit()}; closing without commit deletes the part
 * file, so a work file either is complete or does not exist.
 */
public final class SpoolWriter implements AutoCloseable {

    private final Path target;
    private final Path part;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private long records;
    private boolean committed;

    public SpoolWriter(Path target) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Appends one record. */
    public void write(String... fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            escape(fields[i], line);
        }
        line.append('\n');
        out.append(line);
        records++;
    }

    public long records() {
        return records;
    }

    /** Flushes, syncs and renames the part file to its final name. */
    public void commit() throws IOException {
        out.flush();
        out.close();
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(part);
        }
    }

    static void escape(String value, StringBuilder sb) {
        if (value == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }
}

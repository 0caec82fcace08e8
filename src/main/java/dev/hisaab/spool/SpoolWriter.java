package dev.hisaab.spool;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes records of text fields, one per line, tab-separated, escaped like PostgreSQL's COPY text format ({@code \N}
 * is null). Writes to {@code <file>.part} and renames on {@link #commit()}; closing without commit deletes the part
 * file, so a work file either is complete or does not exist.
 *
 * <p>Text is encoded to UTF-8 straight into the output buffer (a lone surrogate becomes {@code ?}, as a
 * {@link java.io.OutputStreamWriter} would write it), with no intermediate line or string.
 */
public final class SpoolWriter implements AutoCloseable {

    private final Path target;
    private final Path part;
    private final OutputStream out;
    private byte[] buf = new byte[1 << 16];
    private char[] chars = new char[256];
    private int count;
    private long records;
    private boolean committed;

    public SpoolWriter(Path target) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.out = Files.newOutputStream(part);
    }

    /** Appends one record. */
    public void write(String... fields) throws IOException {
        // room for the record at its longest (4 bytes a char, \N, separators) is made once, not per field
        long most = 1;
        for (String f : fields) {
            most += f == null ? 3 : 4L * f.length() + 1;
        }
        if (most > buf.length - count) {
            flush();
            if (most > buf.length) {
                buf = new byte[Math.toIntExact(most)];
            }
        }
        byte[] b = buf;
        int at = count;
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b[at++] = '\t';
            }
            String value = fields[i];
            if (value == null) {
                b[at++] = '\\';
                b[at++] = 'N';
            } else {
                at = escape(value, b, at);
            }
        }
        b[at++] = '\n';
        count = at;
        records++;
    }

    public long records() {
        return records;
    }

    /** Flushes, syncs and renames the part file to its final name. */
    public void commit() throws IOException {
        flush();
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

    /** Writes {@code value} escaped and UTF-8 encoded at {@code at} of {@code b} (which has room); the new end. */
    private int escape(String value, byte[] b, int at) {
        int n = value.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        // getChars copies a Latin-1 string in bulk; the loop then only tests each char once in the common case
        char[] c = chars;
        value.getChars(0, n, c, 0);
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (ch < 0x80 && ch > '\r' && ch != '\\') {
                b[at++] = (byte) ch;
                i++;
            } else {
                at = escapeSlow(c, i, n, b, at);
                i = escapedUpTo;
            }
        }
        return at;
    }

    /** Where {@link #escapeSlow} stopped: the index after the char (or surrogate pair) it encoded. */
    private int escapedUpTo;

    /** Encodes the char at {@code i} (an escape, a control char or non-ASCII) at {@code at}; returns the new end. */
    private int escapeSlow(char[] c, int i, int n, byte[] b, int at) {
        char ch = c[i];
        if (ch < 0x80) {
            switch (ch) {
                case '\\' -> {
                    b[at++] = '\\';
                    b[at++] = '\\';
                }
                case '\t' -> {
                    b[at++] = '\\';
                    b[at++] = 't';
                }
                case '\n' -> {
                    b[at++] = '\\';
                    b[at++] = 'n';
                }
                case '\r' -> {
                    b[at++] = '\\';
                    b[at++] = 'r';
                }
                default -> b[at++] = (byte) ch;
            }
        } else if (ch < 0x800) {
            b[at++] = (byte) (0xC0 | ch >> 6);
            b[at++] = (byte) (0x80 | ch & 0x3F);
        } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
            int cp = Character.toCodePoint(ch, c[++i]);
            b[at++] = (byte) (0xF0 | cp >> 18);
            b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | cp & 0x3F);
        } else if (Character.isSurrogate(ch)) {
            b[at++] = '?';
        } else {
            b[at++] = (byte) (0xE0 | ch >> 12);
            b[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | ch & 0x3F);
        }
        escapedUpTo = i + 1;
        return at;
    }

    private void flush() throws IOException {
        out.write(buf, 0, count);
        count = 0;
    }
}

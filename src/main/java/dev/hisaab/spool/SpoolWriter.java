package dev.hisaab.spool;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 *
 * <p>A writer told to {@link #shareLeading share} the first fields of its records (the source id and file name every
 * evidence record starts with) writes them once, in a line of their own, {@code \=} then those fields, whenever they
 * differ from the record before, and leaves them out of the records' lines; {@link SpoolReader} puts them back. No
 * record's line can start with {@code \=}: a backslash in a value is written {@code \\}, and the writer's escapes are
 * {@code \\ \t \n \r \N} only.
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
    private final RowWriter row = new RowWriter();

    /**
     * Texts up to this length are read char by char ({@link String#charAt}); longer ones, and the rest of one that
     * needs escaping, are copied out in bulk first. Most work-file fields are ids and codes of 5 to 30 characters, for
     * which the bulk copy's call costs more than it saves.
     */
    private static final int SHORT = 32;
    /** Field positions whose last text is remembered. */
    private static final int REMEMBERED = 32;
    /** Per field position: the last string written there, where its bytes start and how many. */
    private final String[] lastText = new String[REMEMBERED];
    private final int[] lastAt = new int[REMEMBERED];
    private final int[] lastLength = new int[REMEMBERED];
    /** Per field position: the {@link #generation} of the buffer those bytes are in. */
    private final int[] lastGeneration = new int[REMEMBERED];
    /** Counts flushes and new buffers: remembered bytes of an earlier generation are gone. */
    private int generation = 1;
    /** How many leading fields of each record are shared ({@link #shareLeading}); 0 for none. */
    private int leading;
    /** The current record's leading fields, held until its first other field (or its end). */
    private String[] pendingLead = new String[0];
    /** The leading fields the last {@code \=} line gave, or null when none is in force. */
    private String[] currentLead;

    /** The first two bytes of a line that gives the leading fields of the records after it. */
    static final byte LEAD_MARK_1 = '\\';
    static final byte LEAD_MARK_2 = '=';

    public SpoolWriter(Path target) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.out = Files.newOutputStream(part);
    }

    private SpoolWriter(OutputStream out) {
        this.target = null;
        this.part = null;
        this.out = out;
    }

    /**
     * A writer whose bytes go nowhere: records are encoded exactly as into a work file, then dropped. The benchmark's
     * null sink, so that measuring ingest alone includes the encoding a stage does but not the disk.
     */
    public static SpoolWriter discarding() {
        return new SpoolWriter(OutputStream.nullOutputStream());
    }

    /**
     * Writes the first {@code fields} fields of each record once per run of records that share them, not on every
     * record's line (see the class comment); before the first record only. Every record should have more fields than
     * that: one that has not is written whole, after a line that ends the sharing.
     */
    public SpoolWriter shareLeading(int fields) {
        if (records > 0 || count > 0) {
            throw new IllegalStateException("leading fields are shared from the first record on");
        }
        leading = fields;
        pendingLead = new String[fields];
        return this;
    }

    /** Appends one record. */
    public void write(String... fields) throws IOException {
        write(row -> {
            for (String f : fields) {
                row.text(f);
            }
        });
    }

    /**
     * Appends one record that writes its own fields: text escaped and encoded as by {@link #write(String...)},
     * numbers as their digits, with no string made for them. The bytes are those of
     * {@code write(SpoolRecord.texts(record))}.
     */
    public void write(SpoolRecord record) throws IOException {
        try {
            row.field = 0;
            record.writeTo(row);
            if (row.field <= leading && leading > 0) {
                writeWhole(row.field);
            }
            row.room(1);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        buf[count++] = '\n';
        records++;
    }

    public long records() {
        return records;
    }

    /** Flushes, syncs and renames the part file to its final name. */
    public void commit() throws IOException {
        flush();
        out.close();
        if (part != null) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            if (part != null) {
                Files.deleteIfExists(part);
            }
        }
    }

    private char[] moreChars(int n) {
        chars = new char[Math.max(n, 2 * chars.length)];
        return chars;
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

    /**
     * Before the current record's first field after its leading ones: a {@code \=} line with the leading fields when
     * they are not those in force (strings compared by identity first: a source id is the same string every time).
     */
    private void startRecord() {
        String[] lead = currentLead;
        if (lead != null) {
            int i = 0;
            while (i < leading && (lead[i] == pendingLead[i] || lead[i] != null && lead[i].equals(pendingLead[i]))) {
                i++;
            }
            if (i == leading) {
                return;
            }
        }
        currentLead = pendingLead.clone();
        writeLeadLine(currentLead);
    }

    /** A record with no more fields than the leading ones: sharing ends, and the record is written whole. */
    private void writeWhole(int fields) {
        if (currentLead != null) {
            writeLeadLine(new String[0]);
            currentLead = null;
        }
        int shared = leading;
        leading = 0;
        row.field = 0;
        for (int i = 0; i < fields; i++) {
            row.text(pendingLead[i]);
        }
        leading = shared;
    }

    /** {@code \=}, a tab and escaped text before each of {@code lead}, a line feed; the record being written resumes. */
    private void writeLeadLine(String[] lead) {
        int field = row.field;
        int shared = leading;
        leading = 0;
        row.room(2);
        buf[count++] = LEAD_MARK_1;
        buf[count++] = LEAD_MARK_2;
        row.field = 1;
        for (String value : lead) {
            row.text(value);
        }
        row.room(1);
        buf[count++] = '\n';
        leading = shared;
        row.field = field;
    }

    /** Writes the fields of a {@link SpoolRecord} at the end of the buffer, a tab before each but the first. */
    private final class RowWriter implements SpoolRecord.Row {

        /** The position of the next field in the record. */
        private int field;

        /**
         * One method for the whole field, as it runs for every field of every record: a JIT that inlines only small
         * methods (the launcher's {@code -XX:FreqInlineSize=50}) would otherwise call four. A value that is the very
         * string written at the same position before (a source id, a file name, a status) is copied from the bytes
         * written then, while they are still in the buffer, rather than escaped again.
         */
        @Override
        public SpoolRecord.Row text(String value) {
            int position = field++;
            if (leading > 0) {
                if (position < leading) {
                    pendingLead[position] = value;
                    return this;
                }
                if (position == leading) {
                    startRecord();
                }
                position -= leading;
            }
            int n = value == null ? 0 : value.length();
            if (4L * n + 3 > buf.length - count) {
                room(4L * n + 3);
            }
            byte[] b = buf;
            int at = count;
            if (position > 0) {
                b[at++] = '\t';
            }
            if (value == null) {
                b[at++] = '\\';
                b[at++] = 'N';
                count = at;
                return this;
            }
            boolean remembered = position < REMEMBERED;
            if (remembered && value == lastText[position] && lastGeneration[position] == generation) {
                int length = lastLength[position];
                System.arraycopy(b, lastAt[position], b, at, length);
                count = at + length;
                return this;
            }
            int start = at;
            int i = 0;
            if (n <= SHORT) {
                for (; i < n; i++) {
                    char ch = value.charAt(i);
                    if (!isPlain(ch)) {
                        break;
                    }
                    b[at++] = (byte) ch;
                }
            }
            if (i < n) {
                char[] c = chars.length >= n ? chars : moreChars(n);
                // getChars copies a Latin-1 string in bulk; the loop then only tests each char once in the common case
                value.getChars(0, n, c, 0);
                for (; i < n; i++) {
                    char ch = c[i];
                    if (isPlain(ch)) {
                        b[at++] = (byte) ch;
                    } else {
                        at = escapeSlow(c, i, n, b, at);
                        i = escapedUpTo - 1;
                    }
                }
            }
            if (remembered) {
                lastText[position] = value;
                lastAt[position] = start;
                lastLength[position] = at - start;
                lastGeneration[position] = generation;
            }
            count = at;
            return this;
        }

        @Override
        public SpoolRecord.Row number(long value) {
            if (value == Long.MIN_VALUE || field < leading) {
                return text(Long.toString(value));
            }
            int position = field++;
            if (leading > 0) {
                if (position == leading) {
                    startRecord();
                }
                position -= leading;
            }
            if (21 > buf.length - count) {
                room(21);
            }
            byte[] b = buf;
            int at = count;
            if (position > 0) {
                b[at++] = '\t';
            }
            long v = value;
            if (v < 0) {
                b[at++] = '-';
                v = -v;
            }
            int end = at + digits(v);
            int i = end;
            while (v > Integer.MAX_VALUE) {
                long q = v / 100;
                int pair = (int) (v - q * 100) << 1;
                b[--i] = DIGIT_PAIRS[pair + 1];
                b[--i] = DIGIT_PAIRS[pair];
                v = q;
            }
            int small = (int) v;
            while (small >= 100) {
                int q = small / 100;
                int pair = (small - q * 100) << 1;
                b[--i] = DIGIT_PAIRS[pair + 1];
                b[--i] = DIGIT_PAIRS[pair];
                small = q;
            }
            if (small >= 10) {
                b[--i] = DIGIT_PAIRS[(small << 1) + 1];
                b[--i] = DIGIT_PAIRS[small << 1];
            } else {
                b[--i] = (byte) ('0' + small);
            }
            count = end;
            return this;
        }

        /** Makes room for {@code bytes} more (a record may be flushed in parts: the file only sees whole bytes). */
        private void room(long bytes) {
            if (bytes > buf.length - count) {
                try {
                    flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (bytes > buf.length) {
                    generation++;
                    buf = new byte[Math.toIntExact(bytes)];
                }
            }
        }
    }

    /** An ASCII char written as its own byte: not a control char up to {@code \r}, not a backslash. */
    private static boolean isPlain(char ch) {
        return ch < 0x80 && ch > '\r' && ch != '\\';
    }

    /** "00", "01", ... "99" one after another: numbers are written two digits per division. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** The number of decimal digits of a non-negative number. */
    private static int digits(long v) {
        int digits = 1;
        for (long p = 10; digits < 19 && v >= p; p *= 10) {
            digits++;
        }
        return digits;
    }

    private void flush() throws IOException {
        generation++;
        out.write(buf, 0, count);
        count = 0;
    }
}

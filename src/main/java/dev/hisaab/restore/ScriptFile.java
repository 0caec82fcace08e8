package dev.hisaab.restore;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written under a temporary {@code .partial} name and moved to its real name only by
 * {@link #publish()}, so a crash never leaves a complete-looking half file. Counts the lines written.
 *
 * <p>Text is encoded as UTF-8 into one large buffer that goes to the file a quarter megabyte at a time (a restore
 * script of a large run is a gigabyte; small writes would cost a system call per few kilobytes). The encoder reports
 * unmappable input, so an unpaired surrogate fails instead of becoming {@code ?}.
 */
final class ScriptFile implements Closeable {

    private static final int BUFFER = 1 << 18;
    private static final int CHUNK = 1 << 13;

    private final Path target;
    private final Path partial;
    private final FileOutputStream stream;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final char[] chars = new char[CHUNK];
    private long lines;
    private boolean open = true;

    ScriptFile(Path target) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.stream = new FileOutputStream(partial.toFile());
    }

    /** Writes {@code text}, which must end with a line break. */
    void write(String text) throws IOException {
        write(text, lineBreaks(text));
    }

    /** Writes {@code text}, which must end with a line break and holds the {@code lineBreaks} its builder counted. */
    void write(String text, long lineBreaks) throws IOException {
        encodeAll(text, lineBreaks);
    }

    /** Writes the text of {@code text}, which must end with a line break. */
    void write(StringBuilder text) throws IOException {
        encodeAll(text, lineBreaks(text));
    }

    /** Encodes {@code text} (a String or a StringBuilder, whose chars are copied in bulk) chunk by chunk. */
    private void encodeAll(CharSequence text, long lineBreaks) throws IOException {
        int length = text.length();
        for (int from = 0; from < length; ) {
            int to = chunkEnd(text, from, length);
            if (text instanceof String s) {
                s.getChars(from, to, chars, 0);
            } else {
                ((StringBuilder) text).getChars(from, to, chars, 0);
            }
            encode(to - from);
            from = to;
        }
        lines += lineBreaks;
    }

    /**
     * Writes {@code length} bytes of {@code utf8} from {@code offset} as they are: text encoded before (such as an
     * entry of the rollback spool) that the caller knows holds {@code lineBreaks} line feeds, so they are not counted
     * again.
     */
    void writeUtf8(byte[] utf8, int offset, int length, long lineBreaks) throws IOException {
        if (length > bytes.remaining()) {
            drain();
        }
        if (length > bytes.remaining()) {
            stream.write(utf8, offset, length);
        } else {
            bytes.put(utf8, offset, length);
        }
        lines += lineBreaks;
    }

    /** Writes all of {@code utf8}, UTF-8 text encoded before that the caller knows holds {@code lineBreaks} line feeds. */
    void writeUtf8(byte[] utf8, long lineBreaks) throws IOException {
        writeUtf8(utf8, 0, utf8.length, lineBreaks);
    }

    /**
     * Copies {@code count} bytes of {@code source} from {@code position}, UTF-8 text written before that the caller
     * knows holds {@code lineBreaks} line feeds, file to file in the kernel (no copy through this process).
     */
    void transfer(FileChannel source, long position, long count, long lineBreaks) throws IOException {
        drain();
        FileChannel target = stream.getChannel();
        long done = 0;
        while (done < count) {
            long n = source.transferTo(position + done, count - done, target);
            if (n <= 0) {
                throw new IOException("cannot copy " + (count - done) + " more bytes into " + partial);
            }
            done += n;
        }
        lines += lineBreaks;
    }

    /** Writes {@code number} (not negative) in decimal digits, as {@link Long#toString(long)} would, and no line break. */
    void writeNumber(long number) throws IOException {
        if (number < 0) {
            throw new IllegalArgumentException("negative: " + number);
        }
        if (bytes.remaining() < 20) {
            drain();
        }
        int digits = 1;
        for (long n = number / 10; n > 0; n /= 10) {
            digits++;
        }
        byte[] array = bytes.array();
        int end = bytes.position() + digits;
        long n = number;
        for (int i = end - 1; i >= bytes.position(); i--) {
            array[i] = (byte) ('0' + (int) (n % 10));
            n /= 10;
        }
        bytes.position(end);
    }

    /** Where the chunk from {@code from} ends: a chunk never ends between the two halves of a surrogate pair. */
    private static int chunkEnd(CharSequence text, int from, int length) {
        int to = Math.min(length, from + CHUNK);
        if (to < length && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Encodes the first {@code count} of {@link #chars}. */
    private void encode(int count) throws IOException {
        CharBuffer in = CharBuffer.wrap(chars, 0, count);
        while (true) {
            CoderResult result = encoder.encode(in, bytes, false);
            if (result.isOverflow()) {
                drain();
            } else if (result.isUnderflow()) {
                break;
            } else {
                encoder.reset();
                result.throwException();
            }
        }
        if (in.hasRemaining()) {
            // a high surrogate without its low half ends the text (chunks never split a pair): refused, never paired
            // with whatever the next write starts with
            encoder.reset();
            throw new MalformedInputException(in.remaining());
        }
    }

    private void drain() throws IOException {
        stream.write(bytes.array(), 0, bytes.position());
        bytes.clear();
    }

    /** Number of line feeds in {@code text}. */
    static long lineBreaks(String text) {
        long n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    /** Number of line feeds in {@code text}. */
    static long lineBreaks(StringBuilder text) {
        long n = 0;
        for (int i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
            n++;
        }
        return n;
    }

    /** Number of lines written so far; the next line written is line {@code lines() + 1}. */
    long lines() {
        return lines;
    }

    /**
     * Writes what is buffered and waits until the file is on disk; a file written in full can be synced on another
     * thread than the one that wrote it (no other use meanwhile) while that one goes on with other files.
     */
    void sync() throws IOException {
        drain();
        stream.getChannel().force(true);
    }

    /** Flushes to disk (nothing left after {@link #sync()}) and atomically renames the partial file to its name. */
    void publish() throws IOException {
        sync();
        stream.close();
        open = false;
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Closes and deletes the partial file unless it was published. */
    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}

package dev.hisaab.source.jsonl;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 input as bytes, ended as {@link java.io.BufferedReader#readLine()} ends them ({@code \n},
 * {@code \r} or {@code \r\n}), so that a line all ASCII can be read without decoding. {@link #text()} gives the line
 * as the reader would have: an ASCII line copied as Latin-1, any other decoded by {@code decoder} with its line break,
 * which is what a decoder reading the whole stream sees (an ASCII byte is never part of a malformed sequence).
 */
final class Utf8Lines implements Closeable {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int filled;
    private boolean eof;
    private int from;
    private int to;
    /** The line break's length after {@link #to}: 0 for a last line without one, 1 or 2. */
    private int breakLength;
    private boolean ascii;

    Utf8Lines(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        pos = to + breakLength;
        from = pos;
        to = pos;
        breakLength = 0;
        int i = pos;
        int bits = 0;
        while (true) {
            byte[] b = buf;
            int end = filled;
            // eight bytes at a time up to the word with a line break; that word's bytes one by one
            long high = 0;
            while (i + 8 <= end) {
                long w = (long) LONGS.get(b, i);
                if (hasZeroByte(w ^ LINE_FEEDS) || hasZeroByte(w ^ CARRIAGE_RETURNS)) {
                    break;
                }
                high |= w;
                i += 8;
            }
            if ((high & HIGH_BITS) != 0) {
                bits = -1;
            }
            while (i < end) {
                byte c = b[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                bits |= c;
                i++;
            }
            if (i < end) {
                if (b[i] == '\n') {
                    return line(i, 1, bits);
                }
                if (i + 1 < end) {
                    return line(i, b[i + 1] == '\n' ? 2 : 1, bits);
                }
                if (eof) {
                    return line(i, 1, bits);
                }
            } else if (eof) {
                if (i == pos) {
                    return false;
                }
                return line(i, 0, bits);
            }
            int shift = pos;
            fill();
            i -= shift;
        }
    }

    /** Whether a byte of {@code w} is zero. */
    private static boolean hasZeroByte(long w) {
        return ((w - LOW_BITS) & ~w & HIGH_BITS) != 0;
    }

    private boolean line(int end, int lineBreak, int bits) {
        from = pos;
        to = end;
        breakLength = lineBreak;
        ascii = bits >= 0;
        return true;
    }

    /** The bytes of the input; the current line is {@link #from()} to {@link #to()}. */
    byte[] bytes() {
        return buf;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    /** Whether the line is all ASCII (its bytes are its chars). */
    boolean ascii() {
        return ascii;
    }

    /** The line as text, without its line break. */
    String text() throws CharacterCodingException {
        if (ascii) {
            return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        String decoded = decoder.decode(ByteBuffer.wrap(buf, from, to - from + breakLength)).toString();
        return decoded.substring(0, decoded.length() - breakLength);
    }

    /** Moves the current line to the front of the buffer (growing it when the line fills it) and reads more. */
    private void fill() throws IOException {
        int kept = filled - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
            pos = 0;
            from = 0;
            to = 0;
            filled = kept;
        }
        if (filled == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, filled, buf.length - filled);
        if (n < 0) {
            eof = true;
        } else {
            filled += n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package dev.hisaab.source.pgdump;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Builds the text of a backslash-escaped value (COPY text fields and {@code E'...'} literals). Octal and hex escapes
 * denote bytes of the dump's encoding, so consecutive escaped bytes of 0x80 and above are collected and decoded as
 * UTF-8 together; a bad sequence or a NUL makes the value invalid rather than silently altered.
 */
final class UnescapedText {

    private final StringBuilder text = new StringBuilder();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] bytes = new byte[16];
    private int byteCount;
    private String problem;

    void reset() {
        text.setLength(0);
        byteCount = 0;
        problem = null;
    }

    void append(char c) {
        flushBytes();
        text.append(c);
    }

    void append(CharSequence s, int from, int to) {
        flushBytes();
        text.append(s, from, to);
    }

    /** Appends one byte given by an octal or hex escape. */
    void appendByte(int value) {
        if (value == 0) {
            fail("escape sequence denotes a NUL byte");
        } else if (value < 0x80) {
            append((char) value);
        } else {
            if (byteCount == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, byteCount * 2);
            }
            bytes[byteCount++] = (byte) value;
        }
    }

    /** Appends a Unicode code point given by a {@code \\u} or {@code \\U} escape. */
    void appendCodePoint(int codePoint) {
        if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            fail("invalid Unicode escape value");
            return;
        }
        flushBytes();
        text.appendCodePoint(codePoint);
    }

    void fail(String reason) {
        if (problem == null) {
            problem = reason;
        }
    }

    /** Why the value is invalid, or {@code null} when it is fine. */
    String problem() {
        flushBytes();
        return problem;
    }

    @Override
    public String toString() {
        flushBytes();
        return text.toString();
    }

    private void flushBytes() {
        if (byteCount == 0) {
            return;
        }
        try {
            text.append(decoder.reset().decode(ByteBuffer.wrap(bytes, 0, byteCount)));
        } catch (CharacterCodingException e) {
            fail("escaped bytes are not valid UTF-8");
        }
        byteCount = 0;
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}

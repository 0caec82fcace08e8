package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqlTextTests {

    @Test
    void leavesPlainLowerCaseIdentifiersBare() {
        assertEquals("connection_application", SqlText.identifier("connection_application"));
        assertEquals("public.connection_application", SqlText.qualifiedName("public.connection_application"));
        assertEquals("_x1", SqlText.identifier("_x1"));
    }

    @Test
    void quotesOtherIdentifiersAndDoublesQuotes() {
        assertEquals("\"Remarks\"", SqlText.identifier("Remarks"));
        assertEquals("\"a\"\"b; --c\"", SqlText.identifier("a\"b; --c"));
        assertEquals("\"1abc\"", SqlText.identifier("1abc"));
        assertEquals("\"a$b\"", SqlText.identifier("a$b"));
        assertEquals("\"user\"", SqlText.identifier("user"));
        assertEquals("\"order\"", SqlText.identifier("order"));
        assertEquals("\"हिसाब\"", SqlText.identifier("हिसाब"));
        assertEquals("\"My Schema\".\"select\"", SqlText.qualifiedName("My Schema.select"));
    }

    @Test
    void refusesIdentifiersThatCannotBeWrittenOnOneLineOrWouldBeTruncated() {
        assertThrows(IllegalArgumentException.class, () -> SqlText.identifier(""));
        assertThrows(IllegalArgumentException.class, () -> SqlText.identifier("a\nb"));
        assertThrows(IllegalArgumentException.class, () -> SqlText.identifier("a\rb"));
        assertThrows(IllegalArgumentException.class, () -> SqlText.identifier("a\u0000b"));
        assertThrows(IllegalArgumentException.class, () -> SqlText.identifier("a\u2028b"));
        assertThrows(IllegalArgumentException.class, () -> SqlText.identifier("x".repeat(64)));
        assertEquals("x".repeat(63), SqlText.identifier("x".repeat(63)));
        assertThrows(IllegalArgumentException.class, () -> SqlText.qualifiedName("a.b.c"));
        assertThrows(IllegalArgumentException.class, () -> SqlText.qualifiedName(".b"));
    }

    @Test
    void writesNullAndEscapeStringLiterals() {
        assertEquals("NULL", SqlText.literal(null));
        assertEquals("E''", SqlText.literal(""));
        assertEquals("E'JP251104217'", SqlText.literal("JP251104217"));
        assertEquals("E'it''s'", SqlText.literal("it's"));
        assertEquals("E'a\\\\b'", SqlText.literal("a\\b"));
        assertEquals("E'\\\\'''", SqlText.literal("\\'"));
        assertEquals("E'$$; DROP TABLE x; -- /* */'", SqlText.literal("$$; DROP TABLE x; -- /* */"));
    }

    @Test
    void escapesControlCharactersSoLiteralsStayOnOneLine() {
        assertEquals("E'a\\nb\\r\\nc\\td\\be\\ff'", SqlText.literal("a\nb\r\nc\td\be\ff"));
        // Always two hex digits, so a following hex letter cannot join the escape.
        assertEquals("E'\\x01A\\x1F\\x7F'", SqlText.literal("\u0001A\u001F\u007F"));
        assertEquals("E'\\u0085\\u2028\\u2029\\u202E\\u00A0\\uFEFF\\uE000'",
                SqlText.literal("\u0085\u2028\u2029\u202E\u00A0\uFEFF\uE000"));
        assertEquals("E'\\U000E0001'", SqlText.literal(new String(Character.toChars(0xE0001))));
    }

    @Test
    void keepsVisibleUnicodeAsIs() {
        assertEquals("E'रमेश कुमार 😀 👍🏽'", SqlText.literal("रमेश कुमार 😀 👍🏽"));
    }

    @Test
    void refusesNulAndUnpairedSurrogatesWithAClearReason() {
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> SqlText.literal("ab\u0000c"));
        assertTrue(nul.getMessage().contains("NUL character (U+0000) at index 2"), nul.getMessage());
        IllegalArgumentException surrogate = assertThrows(IllegalArgumentException.class, () -> SqlText.literal("a\uD83D"));
        assertTrue(surrogate.getMessage().contains("unpaired surrogate U+D83D at index 1"), surrogate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SqlText.literal("\uDE00x"));
    }

    @Test
    void commentTextCannotEndTheCommentLine() {
        assertEquals("a\\nb\\rc\\\\d -- e /* f", SqlText.comment("a\nb\rc\\d -- e /* f", 100));
        assertEquals("x\\u2028y\\u0085z\\x00", SqlText.comment("x\u2028y\u0085z\u0000", 100));
        assertEquals("\\uD800", SqlText.comment("\uD800", 100));
    }

    @Test
    void cutsLongCommentText() {
        assertEquals("abc...(3 more)", SqlText.comment("abcdef", 3));
        assertEquals("😀😀...(1 more)", SqlText.comment("😀😀😀", 2));
    }
}

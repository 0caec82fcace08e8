package dev.hisaab.restore;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns raw text into PostgreSQL script text that cannot change the meaning of the statement around it: quoted
 * identifiers, string literals and single-line comment text.
 *
 * <p>String literals are always escape-string constants, {@code E'...'}, rather than standard {@code '...'}
 * literals. The meaning of an {@code E''} constant does not depend on {@code standard_conforming_strings} (neither the
 * server's nor what psql's own lexer believes it to be), and its escapes let every character be written in printable
 * ASCII-or-letter form: {@code '} is doubled, {@code \} is doubled, {@code \b \f \n \r \t} are named, other control
 * characters become {@code \xHH}, and invisible or line-breaking code points (C1 controls, format characters such as
 * bidi overrides, line/paragraph separators, unusual spaces, private use) become {@code \}{@code uXXXX} or
 * {@code \}{@code UXXXXXXXX}. A literal therefore never contains a raw line break, which keeps every script
 * line-oriented so a simple runner can split it. Devanagari, emoji and other visible text are kept as UTF-8. The
 * {@code \}{@code u} escapes need a UTF-8 server encoding; on any other encoding PostgreSQL rejects the script rather
 * than storing the wrong text.
 *
 * <p>PostgreSQL text cannot hold U+0000 and UTF-8 cannot hold an unpaired surrogate, so such values are refused with
 * an {@link IllegalArgumentException} instead of being altered.
 */
public final class SqlText {

    /** Longest identifier PostgreSQL keeps without truncating it (NAMEDATALEN - 1 bytes). */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    /**
     * Identifiers already written, with their SQL form: a script names the same few tables and columns in every
     * statement. Bounded, since names come from the job file; beyond the bound names are simply not remembered.
     */
    private static final Map<String, String> IDENTIFIERS = new ConcurrentHashMap<>();
    /** Table names already written, {@code name} or {@code schema.name}, with their SQL form; bounded the same way. */
    private static final Map<String, String> TABLES = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 4096;

    private SqlText() {
    }

    /** The literal for {@code value}: {@code NULL} for null, otherwise an {@code E'...'} constant. */
    public static String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        appendLiteral(out, value);
        return out.toString();
    }

    /**
     * Appends {@link #literal(String) the literal} for {@code value} to {@code out}, checking and escaping the value in
     * the same single pass; a value PostgreSQL text cannot hold leaves {@code out} as it was.
     */
    static void appendLiteral(StringBuilder out, String value) {
        if (value == null) {
            out.append("NULL");
            return;
        }
        int start = out.length();
        out.append("E'");
        int length = value.length();
        int plainFrom = 0;
        for (int i = 0; i < length; ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') {
                i++; // printable ASCII other than the two doubled characters: the common case, copied as a run
                continue;
            }
            if (c == 0 || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1)))) {
                out.setLength(start);
                throw new IllegalArgumentException("Cannot write a PostgreSQL text literal: " + unstorableReason(value));
            }
            out.append(value, plainFrom, i);
            int cp = value.codePointAt(i);
            appendLiteralChar(out, cp);
            i += Character.charCount(cp);
            plainFrom = i;
        }
        if (plainFrom == 0) {
            out.append(value);
        } else {
            out.append(value, plainFrom, length);
        }
        out.append('\'');
    }

    /**
     * Why {@code value} cannot be stored as PostgreSQL text, or null when it can: a NUL character or an unpaired
     * surrogate, with its index.
     */
    public static String unstorableReason(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                return unstorableReason(value, i); // rare: only now tell a valid pair from a problem
            }
        }
        return null;
    }

    private static String unstorableReason(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "contains a NUL character (U+0000) at index " + i + ", which PostgreSQL text cannot store";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("contains an unpaired surrogate U+%04X at index %d, which is not valid Unicode", (int) c, i);
            }
        }
        return null;
    }

    /** One identifier: bare when it is a plain lower-case non-reserved name, else double-quoted with {@code ""}. */
    public static String identifier(String name) {
        String known = name == null ? null : IDENTIFIERS.get(name);
        if (known != null) {
            return known;
        }
        String problem = identifierProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid SQL identifier " + comment(String.valueOf(name), 80) + ": " + problem);
        }
        String sql = PLAIN_IDENTIFIER.matcher(name).matches() && !ReservedWords.WORDS.contains(name) ? name
                : '"' + name.replace("\"", "\"\"") + '"';
        if (IDENTIFIERS.size() < MAX_REMEMBERED) {
            IDENTIFIERS.put(name, sql);
        }
        return sql;
    }

    /** A table name {@code name} or {@code schema.name}, each part quoted by {@link #identifier(String)}. */
    public static String qualifiedName(String table) {
        if (table == null) {
            throw new IllegalArgumentException("Invalid table name: null");
        }
        String known = TABLES.get(table);
        if (known != null) {
            return known;
        }
        int dot = table.indexOf('.');
        String sql;
        if (dot < 0) {
            sql = identifier(table);
        } else if (table.indexOf('.', dot + 1) >= 0) {
            throw new IllegalArgumentException("Invalid table name " + comment(table, 80)
                    + ": expected name or schema.name (a dot inside a name is not supported)");
        } else {
            sql = identifier(table.substring(0, dot)) + "." + identifier(table.substring(dot + 1));
        }
        if (TABLES.size() < MAX_REMEMBERED) {
            TABLES.put(table, sql);
        }
        return sql;
    }

    /** Why {@code name} is not a usable identifier, or null when it is. */
    static String identifierProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "empty";
        }
        if (IDENTIFIERS.containsKey(name)) {
            return null; // checked when it was first written: the same names come back in every statement
        }
        String unstorable = unstorableReason(name);
        if (unstorable != null) {
            return unstorable;
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
            return "longer than " + MAX_IDENTIFIER_BYTES + " bytes, PostgreSQL would truncate it";
        }
        if (name.codePoints().anyMatch(SqlText::isInvisible)) {
            return "contains a control, format or line-separator character";
        }
        return null;
    }

    /**
     * Text safe to put after {@code --}: it cannot end the comment line (CR, LF and every other control or separator
     * is escaped as in a literal, and so is the backslash) and is cut after {@code maxCodePoints} code points.
     */
    public static String comment(String text, int maxCodePoints) {
        if (text.length() <= maxCodePoints && isPlainPrintable(text)) {
            return text; // nothing to escape and nothing to cut
        }
        return escapedComment(text, maxCodePoints);
    }

    /** Appends {@link #comment(String, int)} of {@code text} to {@code out}. */
    static void appendComment(StringBuilder out, String text, int maxCodePoints) {
        if (text.length() <= maxCodePoints && isPlainPrintable(text)) {
            out.append(text);
        } else {
            out.append(escapedComment(text, maxCodePoints));
        }
    }

    private static String escapedComment(String text, int maxCodePoints) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxCodePoints) + 16);
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (count == maxCodePoints) {
                out.append("...(").append(text.codePointCount(i, text.length())).append(" more)");
                break;
            }
            if (cp == '\\' || isInvisible(cp)) {
                appendEscape(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            count++;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Whether every character is printable ASCII other than the backslash. */
    private static boolean isPlainPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static void appendLiteralChar(StringBuilder out, int cp) {
        if (cp == '\'') {
            out.append("''");
        } else if (cp == '\\' || isInvisible(cp)) {
            appendEscape(out, cp);
        } else {
            out.appendCodePoint(cp);
        }
    }

    /** Writes {@code cp} as an escape that an E'' constant understands. */
    private static void appendEscape(StringBuilder out, int cp) {
        switch (cp) {
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (cp < 0x80) {
                    out.append(String.format("\\x%02X", cp));
                } else if (cp <= 0xFFFF) {
                    out.append(String.format("\\u%04X", cp));
                } else {
                    out.append(String.format("\\U%08X", cp));
                }
            }
        }
    }

    /** Code points that would break a line, hide text or look like something else when the script is read. */
    static boolean isInvisible(int cp) {
        if (cp < 0x20 || cp == 0x7F) {
            return true;
        }
        if (cp < 0x80) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR, Character.PRIVATE_USE, Character.SURROGATE -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}

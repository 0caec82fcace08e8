package dev.hisaab.source.pgdump;

import java.util.Objects;

/**
 * A table name compared as PostgreSQL compares it: unquoted parts fold to lower case, quoted parts keep their case.
 * A {@code null} schema means "not given" (a job's unqualified name) or "unknown" (a dump's unqualified name with no
 * known search path); either matches any schema.
 */
record TableName(String schema, String name) {

    TableName {
        Objects.requireNonNull(name, "name");
    }

    /** Parses {@code table}, {@code schema.table} or quoted forms such as {@code public."Invoice"}. */
    static TableName parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("table is required, e.g. public.applications");
        }
        String first = null;
        String second = null;
        int parts = 0;
        int i = skipSpaces(text, 0);
        while (true) {
            StringBuilder part = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted identifier in table '" + text + "'");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            part.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        part.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != '.' && !Character.isWhitespace(text.charAt(i))) {
                    part.append(fold(text.charAt(i++)));
                }
            }
            if (part.length() == 0) {
                throw new IllegalArgumentException("empty name part in table '" + text + "'");
            }
            parts++;
            if (parts == 1) {
                first = part.toString();
            } else {
                second = part.toString();
            }
            i = skipSpaces(text, i);
            if (i >= text.length()) {
                break;
            }
            if (text.charAt(i) != '.' || parts == 2) {
                throw new IllegalArgumentException("table must be name or schema.name, was '" + text + "'");
            }
            i = skipSpaces(text, i + 1);
        }
        return parts == 1 ? new TableName(null, first) : new TableName(first, second);
    }

    /** Whether a table named {@code candidate} in a dump is this (wanted) table. */
    boolean matches(TableName candidate) {
        return name.equals(candidate.name)
                && (schema == null || candidate.schema == null || schema.equals(candidate.schema));
    }

    /** PostgreSQL folds only ASCII letters of unquoted identifiers in multi-byte encodings such as UTF-8. */
    static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The SQL spelling, quoting parts that would not survive folding. */
    @Override
    public String toString() {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    static String quote(String identifier) {
        boolean plain = !identifier.isEmpty() && !Character.isDigit(identifier.charAt(0));
        for (int i = 0; i < identifier.length() && plain; i++) {
            char c = identifier.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
        }
        return plain ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

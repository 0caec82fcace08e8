package dev.hisaab.restore;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Splits a script in {@link RestoreScriptWriter}'s format into statements: skips blank lines, {@code --} comment
 * lines and psql meta-command lines (a line starting with a backslash outside any statement), and ends a statement at
 * a {@code ;} that closes a line outside string literals, quoted identifiers and comments. Dollar quotes, block
 * comments and two statements on one line are refused, so the split is never ambiguous.
 */
final class ScriptSplitter {

    /** A statement and the line it starts on. */
    record Statement(long line, String sql) {
    }

    private final BufferedReader reader;
    private final String name;
    private long lineNumber;

    ScriptSplitter(BufferedReader reader, String name) {
        this.reader = reader;
        this.name = name;
    }

    /** The next statement, or null at the end of the script. */
    Statement next() throws IOException {
        StringBuilder sql = new StringBuilder();
        long start = 0;
        char quote = 0;
        boolean backslashEscapes = false;
        String text;
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            if (start == 0) {
                String trimmed = text.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("\\")) {
                    continue;
                }
                start = lineNumber;
            } else {
                sql.append('\n');
            }
            int end = text.length();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote == '\'') {
                    if (backslashEscapes && c == '\\') {
                        i++;
                    } else if (c == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            i++;
                        } else {
                            quote = 0;
                        }
                    }
                } else if (quote == '"') {
                    if (c == '"') {
                        quote = 0; // a doubled "" simply closes and reopens
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    backslashEscapes = c == '\'' && i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
                            && (i < 2 || !isIdentifierChar(text.charAt(i - 2)));
                } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                    end = i;
                    break;
                } else if (c == '$' || c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                    throw unsupported("dollar quotes and block comments are not supported");
                } else if (c == ';') {
                    String rest = text.substring(i + 1).strip();
                    if (!rest.isEmpty() && !rest.startsWith("--")) {
                        throw unsupported("more than one statement on a line");
                    }
                    sql.append(text, 0, i + 1);
                    return new Statement(start, sql.toString());
                }
            }
            sql.append(text, 0, end);
        }
        if (start != 0) {
            throw new RestoreScriptException(name, start, "statement is not terminated by ';' (truncated script?)", null);
        }
        return null;
    }

    private RestoreScriptException unsupported(String reason) {
        return new RestoreScriptException(name, lineNumber, reason, null);
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}

package dev.hisaab.source.pgdump;

import dev.hisaab.source.pgdump.SqlLexer.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tuples of one {@code INSERT ... VALUES (...), (...);} statement, one at a time. A value is the content
 * of its literal: string literals unescaped, numbers (with sign) and {@code true}/{@code false} as written,
 * {@code NULL} and {@code DEFAULT} as null, and a trailing cast such as {@code '2025-01-01'::date} dropped.
 */
final class InsertTupleParser {

    /**
     * One tuple: where it starts, its values, its raw text, why it cannot be used ({@code null} when it can), and
     * whether the dump ended inside it.
     */
    record Tuple(long line, List<String> values, String raw, String problem, boolean truncated) {
    }

    private final SqlLexer lexer;
    private final StatementScanner scanner;
    private boolean first;

    InsertTupleParser(SqlLexer lexer, StatementScanner scanner) {
        this.lexer = lexer;
        this.scanner = scanner;
    }

    /** Begins a statement whose current token is {@code VALUES}. */
    void start() {
        first = true;
    }

    /** The next tuple, or {@code null} once the statement has ended (its {@code ;} consumed). */
    Tuple next() throws IOException {
        lexer.next();
        if (!first) {
            if (!lexer.isPunct(',')) {
                scanner.skipStatement();
                return null;
            }
            lexer.next();
        }
        first = false;
        if (!lexer.isPunct('(')) {
            scanner.skipStatement();
            return null;
        }
        return tuple();
    }

    private Tuple tuple() throws IOException {
        long line = lexer.tokenLine;
        List<String> values = new ArrayList<>();
        String plain = lexer.plainTuple(values);
        if (plain != null) {
            return new Tuple(line, values, plain, null, false);
        }
        lexer.startCapture();
        lexer.clearBadLine();
        String problem = null;
        while (true) {
            lexer.next();
            String value = null;
            int depth = 0;
            switch (lexer.kind) {
                case STRING:
                case NUMBER:
                    value = lexer.text;
                    if (lexer.problem != null && problem == null) {
                        problem = lexer.problem;
                    }
                    break;
                case WORD:
                    if (lexer.isWord("true") || lexer.isWord("false")) {
                        value = lexer.text;
                    } else if (!lexer.isWord("null") && !lexer.isWord("default")) {
                        problem = firstOf(problem, "unsupported value expression starting with " + lexer.text);
                    }
                    break;
                case EOF:
                    return truncated(line);
                default:
                    if (lexer.isPunct('-') || lexer.isPunct('+')) {
                        char sign = lexer.punct;
                        lexer.next();
                        if (lexer.kind == Kind.NUMBER) {
                            value = sign == '-' ? "-" + lexer.text : lexer.text;
                            break;
                        }
                    }
                    if (lexer.isPunct(')') && values.isEmpty()) {
                        return new Tuple(line, values, lexer.endCapture(), "empty VALUES tuple", false);
                    }
                    problem = firstOf(problem, "unsupported value expression");
                    depth = lexer.isPunct('(') || lexer.isPunct('[') ? 1 : 0;
            }
            // skip a cast (or the rest of an unsupported expression) up to the next , or ) at this level
            lexer.next();
            boolean cast = false;
            while (depth > 0 || !(lexer.isPunct(',') || lexer.isPunct(')'))) {
                if (lexer.kind == Kind.EOF) {
                    return truncated(line);
                }
                if (lexer.kind == Kind.CAST) {
                    cast = true;
                } else if (!cast && depth == 0) {
                    problem = firstOf(problem, "unsupported expression in value " + (values.size() + 1));
                }
                if (lexer.isPunct('(') || lexer.isPunct('[')) {
                    depth++;
                } else if (lexer.isPunct(')') || lexer.isPunct(']')) {
                    depth--;
                }
                lexer.next();
            }
            values.add(value);
            if (lexer.isPunct(')')) {
                break;
            }
        }
        String raw = lexer.endCapture();
        if (lexer.badLine() != 0 && raw.indexOf(DumpLineReader.MARK) >= 0) {
            problem = "invalid UTF-8 byte sequence or NUL byte in line " + lexer.badLine();
            raw = raw.replace(DumpLineReader.MARK, '\uFFFD');
        }
        return new Tuple(line, values, raw, problem, false);
    }

    private Tuple truncated(long line) {
        return new Tuple(line, List.of(), lexer.endCapture(),
                "truncated dump: INSERT tuple started at line " + line + " has no closing parenthesis", true);
    }

    private static String firstOf(String problem, String other) {
        return problem != null ? problem : other;
    }
}

package dev.hisaab.source.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;

/**
 * The {@code options:} block of a {@code csv} source. Every component may be left out of the job file; the compact
 * constructor fills in the default, so the record binds the same from YAML and from code.
 *
 * @param delimiter field separator, default {@code ,} (may be several characters, e.g. {@code "||"})
 * @param quote quote character, default {@code "}; empty means fields are never quoted
 * @param encoding character set of the file, default UTF-8 (a UTF-8 byte order mark is always dropped)
 * @param header whether the first line (after {@code skipLines}) names the columns, default true; without a header
 *               the columns are named {@code 1}, {@code 2}, … after the first record
 * @param skipLines physical lines before the header (report titles, export banners), default 0
 * @param footerPattern regular expression; a record whose text contains a match (anchor with {@code ^…$} for whole
 *                      lines) is a footer such as {@code Total Records: 42}: skipped and counted, not data. Default
 *                      empty: no footer detection
 * @param trim whether spaces around fields and around quotes are dropped, default true
 */
public record CsvOptions(String delimiter, String quote, Charset encoding, Boolean header, Integer skipLines,
                         String footerPattern, Boolean trim) {

    public CsvOptions {
        delimiter = delimiter == null ? "," : delimiter;
        quote = quote == null ? "\"" : quote;
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        header = header == null ? Boolean.TRUE : header;
        skipLines = skipLines == null ? 0 : skipLines;
        footerPattern = footerPattern == null ? "" : footerPattern;
        trim = trim == null ? Boolean.TRUE : trim;
        if (delimiter.isEmpty() || delimiter.indexOf('\n') >= 0 || delimiter.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("csv delimiter must be non-empty and not a line break");
        }
        if (quote.length() > 1) {
            throw new IllegalArgumentException("csv quote must be one character, was '" + quote + "'");
        }
        if (!quote.isEmpty() && delimiter.contains(quote)) {
            throw new IllegalArgumentException("csv quote and delimiter must differ");
        }
        if (skipLines < 0) {
            throw new IllegalArgumentException("csv skip-lines must be >= 0, was " + skipLines);
        }
        try {
            Pattern.compile(footerPattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("csv footer-pattern is not a regular expression: " + e.getDescription());
        }
    }

    /** All defaults: comma, double quote, UTF-8, header line, nothing skipped, no footer, trimmed. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, null, null, null, null, null, null);
    }

    /**
     * How Commons CSV is told to parse such a file: delimiter, quote, trimming; blank lines ignored, text after a
     * closing quote kept. Header, skipped lines, encoding and footer are the reader's business, not the parser's.
     */
    public CSVFormat commonsFormat() {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote(quote.isEmpty() ? null : quote.charAt(0))
                .setTrim(trim)
                .setIgnoreSurroundingSpaces(trim)
                .setIgnoreEmptyLines(true)
                .setTrailingData(true)
                .get();
    }

    /** The footer pattern compiled, or {@code null} when there is none. */
    Pattern footer() {
        return footerPattern.isEmpty() ? null : Pattern.compile(footerPattern);
    }
}

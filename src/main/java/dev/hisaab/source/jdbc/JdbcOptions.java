package dev.hisaab.source.jdbc;

import dev.hisaab.database.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Options of a {@code jdbc} source: where the database is, what to read (a {@code table} or a {@code query}, exactly
 * one) and how many rows to fetch per round trip. The password never appears here: it comes from the environment
 * variable {@code password-env} (default {@code HISAAB_DB_PASSWORD}, then {@code PGPASSWORD}) or the first line of
 * {@code password-file}.
 *
 * @param url          JDBC URL without a password, e.g. {@code jdbc:postgresql://db:5432/portal}
 * @param table        a table or view, optionally schema-qualified ({@code public.applications}); unquoted parts fold to
 *                     lower case as in PostgreSQL, {@code "Quoted"} parts keep their case
 * @param query        a SELECT whose rows to read, instead of a table
 * @param fetchSize    rows per fetch from the server-side cursor (default 10000)
 * @param user         database user (default {@code HISAAB_DB_USER}, {@code PGUSER} or the URL's {@code user=})
 * @param passwordEnv  the environment variable that holds the password
 * @param passwordFile a file whose first line is the password
 */
public record JdbcOptions(String url, String table, String query, Integer fetchSize, String user, String passwordEnv,
                          String passwordFile) {

    static final int DEFAULT_FETCH_SIZE = 10_000;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    public JdbcOptions {
        DatabaseUrl.of(url);
        boolean hasTable = table != null && !table.isBlank();
        boolean hasQuery = query != null && !query.isBlank();
        if (hasTable == hasQuery) {
            throw new IllegalArgumentException("give either table or query (exactly one)");
        }
        if (hasTable) {
            quotedTable(table);
        }
        fetchSize = fetchSize == null ? DEFAULT_FETCH_SIZE : fetchSize;
        if (fetchSize < 1) {
            throw new IllegalArgumentException("fetch-size must be 1 or more");
        }
    }

    /** The URL, checked to carry no password. */
    DatabaseUrl databaseUrl() {
        return DatabaseUrl.of(url);
    }

    /** The statement that reads the rows. */
    String sql() {
        return query != null && !query.isBlank() ? query.strip() : "SELECT * FROM " + quotedTable(table);
    }

    /** The input's name in origins and the summary: {@code db:<table>} or {@code db:query}. */
    String inputName() {
        return table != null && !table.isBlank() ? "db:" + table.strip() : "db:query";
    }

    /** The table name with every part double-quoted, so it is an identifier and never SQL. */
    static String quotedTable(String table) {
        List<String> parts = new ArrayList<>();
        String s = table.strip();
        int i = 0;
        while (i <= s.length()) {
            String part;
            if (i < s.length() && s.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) {
                        throw new IllegalArgumentException("unterminated quoted name in table '" + table + "'");
                    }
                    char c = s.charAt(j);
                    if (c == '"') {
                        if (j + 1 < s.length() && s.charAt(j + 1) == '"') {
                            b.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    b.append(c);
                    j++;
                }
                part = b.toString();
                i = j + 1;
            } else {
                int dot = s.indexOf('.', i);
                int end = dot < 0 ? s.length() : dot;
                String plain = s.substring(i, end);
                if (!PLAIN.matcher(plain).matches()) {
                    throw new IllegalArgumentException("not a table name: '" + table
                            + "' (use schema.table; quote unusual names with \"...\")");
                }
                part = plain.toLowerCase(Locale.ROOT);
                i = end;
            }
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty name in table '" + table + "'");
            }
            parts.add('"' + part.replace("\"", "\"\"") + '"');
            if (i >= s.length()) {
                break;
            }
            if (s.charAt(i) != '.') {
                throw new IllegalArgumentException("not a table name: '" + table + "'");
            }
            i++;
        }
        if (parts.isEmpty() || parts.size() > 2) {
            throw new IllegalArgumentException("not a table name: '" + table + "' (use table or schema.table)");
        }
        return String.join(".", parts);
    }
}

package dev.hisaab.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away database on the test PostgreSQL server (127.0.0.1:5432, user postgres, trust auth), dropped on
 * {@link #close()}. An unreachable server fails the test with a clear message; PostgreSQL tests are never skipped.
 *
 * <p>psql 15.20 on the test machines knows pg_dump 17's <code>&#92;restrict</code> and <code>&#92;unrestrict</code> meta-commands, so dumps
 * are fed to psql unchanged.
 */
public final class PostgresDatabase implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";
    private static final long PSQL_TIMEOUT_SECONDS = 300;

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    /** Creates a new, empty UTF-8 database named {@code <prefix>_<random>}. */
    public static PostgresDatabase createFresh(String prefix) {
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String name = "hisaab_" + clean.substring(0, Math.min(clean.length(), 30)) + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        admin("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        return new PostgresDatabase(name);
    }

    /** The database name. */
    public String name() {
        return name;
    }

    /** JDBC URL of this database. */
    public String jdbcUrl() {
        return url(name);
    }

    /** A new connection to this database; the caller closes it. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** Loads a plain-format pg_dump file with psql, failing on the first error. */
    public String loadDump(Path sqlFile) {
        return psqlFile(sqlFile);
    }

    /** Applies a script with psql as an operator would ({@code -v ON_ERROR_STOP=1 -X -q}); fails unless psql exits 0. */
    public String psqlFile(Path script) {
        PsqlResult result = psql(script);
        if (result.exitCode() != 0) {
            throw new AssertionError("psql -f " + script + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    /** Runs psql on {@code script} and returns its exit code and combined output, whatever the outcome. */
    public PsqlResult psql(Path script) {
        ProcessBuilder builder = new ProcessBuilder(List.of("psql", "-v", "ON_ERROR_STOP=1", "-X", "-q",
                "-h", HOST, "-p", String.valueOf(PORT), "-U", USER, "-d", name, "-f", script.toString()))
                .redirectErrorStream(true);
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PSQL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("psql -f " + script + " did not finish in " + PSQL_TIMEOUT_SECONDS + " s");
            }
            return new PsqlResult(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("Cannot run psql (is the PostgreSQL client installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running psql", e);
        }
    }

    /** Drops the database, ending any connections still open to it. */
    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static void admin(String sql) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url("postgres"), USER, "");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required for @Tag(\"postgres\") tests but is not reachable at "
                    + HOST + ":" + PORT + " as user " + USER + " (database postgres): " + e.getMessage(), e);
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL admin statement failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** What a psql run printed and how it exited. */
    public record PsqlResult(int exitCode, String output) {
    }
}

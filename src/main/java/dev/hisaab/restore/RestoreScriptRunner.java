package dev.hisaab.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Applies a script written by {@link RestoreScriptWriter} over JDBC, statement by statement, in one transaction.
 *
 * <p>psql meta-command lines are skipped; the script's own {@code BEGIN;} and {@code COMMIT;} mark the transaction,
 * which this runner manages on the connection itself. The script must open with {@code BEGIN;} and end with
 * {@code COMMIT;}: a truncated script, or any failing statement, rolls back everything and throws
 * {@link RestoreScriptException}. {@link #dryRun} and {@link #run(Connection, Path, Predicate)} run every statement the
 * same way but roll back, or commit only if the caller agrees with what the statements did.
 */
public final class RestoreScriptRunner {

    private RestoreScriptRunner() {
    }

    /** Runs {@code script} on {@code connection} and returns each executed statement with its row count. */
    public static List<ExecutedStatement> run(Connection connection, Path script) throws IOException, SQLException {
        return run(connection, script, executed -> true);
    }

    /** Runs {@code script} on {@code connection}, then rolls everything back; returns what each statement did. */
    public static List<ExecutedStatement> dryRun(Connection connection, Path script) throws IOException, SQLException {
        return run(connection, script, executed -> false);
    }

    /**
     * Runs {@code script} on {@code connection} in one transaction and, once every statement has run, commits only if
     * {@code commitIf} accepts the executed statements; otherwise rolls back. Returns the executed statements either way.
     */
    public static List<ExecutedStatement> run(Connection connection, Path script,
                                              Predicate<List<ExecutedStatement>> commitIf) throws IOException, SQLException {
        String name = script.getFileName().toString();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        boolean committed = false;
        try (BufferedReader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8);
             Statement statement = connection.createStatement()) {
            List<ExecutedStatement> executed = execute(new ScriptSplitter(reader, name), statement, name);
            if (commitIf.test(executed)) {
                connection.commit();
                committed = true;
            }
            return executed;
        } finally {
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<ExecutedStatement> execute(ScriptSplitter splitter, Statement statement, String name)
            throws IOException {
        List<ExecutedStatement> executed = new ArrayList<>();
        boolean begun = false;
        ScriptSplitter.Statement next;
        while ((next = splitter.next()) != null) {
            String command = next.sql().substring(0, next.sql().length() - 1).strip().toUpperCase(Locale.ROOT);
            if (!begun) {
                if (!command.equals("BEGIN")) {
                    throw new RestoreScriptException(name, next.line(), "the first statement must be BEGIN;", null);
                }
                begun = true;
            } else if (command.equals("COMMIT")) {
                if (splitter.next() != null) {
                    throw new RestoreScriptException(name, next.line(), "statements follow COMMIT;", null);
                }
                return executed;
            } else if (command.equals("BEGIN") || command.equals("ROLLBACK") || command.startsWith("END")
                    || command.startsWith("START ") || command.startsWith("SAVEPOINT") || command.startsWith("RELEASE")) {
                throw new RestoreScriptException(name, next.line(), "transaction control inside the script", null);
            } else {
                executed.add(executeOne(statement, next, name));
            }
        }
        throw new RestoreScriptException(name, 0, "script ends without COMMIT; (truncated?), nothing was applied", null);
    }

    private static ExecutedStatement executeOne(Statement statement, ScriptSplitter.Statement next, String name) {
        try {
            boolean resultSet = statement.execute(next.sql());
            long rows = resultSet ? 0 : Math.max(0, statement.getLargeUpdateCount());
            return new ExecutedStatement(next.line(), next.sql(), rows);
        } catch (SQLException e) {
            throw new RestoreScriptException(name, next.line(),
                    e.getMessage() + (e.getSQLState() == null ? "" : " [SQLSTATE " + e.getSQLState() + "]"), e);
        }
    }
}

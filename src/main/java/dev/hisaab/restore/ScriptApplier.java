package dev.hisaab.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a restore or rollback script checked against the counts file written beside it ({@code restore.sql} →
 * {@code restore.counts}): every statement runs inside one transaction, the rows each changed are compared with the
 * expected counts ({@link ApplyReport}), and the transaction is committed only when asked to and every count matches.
 * A dry run, a script already applied and a script whose counts differ all end in a rollback.
 */
public final class ScriptApplier {

    /** An evidence comment: {@code -- CATEGORY key rule=...}, or {@code -- undo restore.sql:N CATEGORY key ...}. */
    private static final Pattern EVIDENCE_COMMENT = Pattern.compile("^-- (?:undo \\S+ )?([A-Z][A-Z0-9_]*) ");

    /** What {@link #apply} did. */
    public record Result(ApplyReport report, boolean committed) {
    }

    private ScriptApplier() {
    }

    /** The counts file that belongs to a script: same folder, same base name, extension {@code .counts}. */
    public static Path countsFile(Path script) {
        String name = script.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return script.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".counts");
    }

    /**
     * Runs {@code script} in one transaction on {@code connection} and compares each statement's row count with the
     * counts file. Commits only if {@code commit} is set and the outcome is {@link ApplyReport.Outcome#AS_EXPECTED};
     * otherwise rolls back.
     *
     * @throws IOException when the script or its counts file cannot be read
     * @throws RestoreScriptException when a statement fails on the server (nothing is committed)
     */
    public static Result apply(Connection connection, Path script, boolean commit) throws IOException, SQLException {
        Path countsFile = countsFile(script);
        List<ExpectedCount> expected;
        try {
            expected = RestoreCounts.read(countsFile);
        } catch (NoSuchFileException e) {
            throw new IOException("counts file " + countsFile + " not found; it is written beside " + script.getFileName()
                    + " when the script is generated, and apply needs it to check what the script changes", e);
        }
        Set<Long> lines = new HashSet<>();
        expected.forEach(e -> lines.add(e.line()));
        Map<Long, String> categories = categories(script, lines);
        String name = script.getFileName().toString();
        ApplyReport[] report = new ApplyReport[1];
        RestoreScriptRunner.run(connection, script, executed -> {
            report[0] = ApplyReport.compare(name, executed, expected, categories);
            return commit && report[0].outcome() == ApplyReport.Outcome.AS_EXPECTED;
        });
        return new Result(report[0], commit && report[0].outcome() == ApplyReport.Outcome.AS_EXPECTED);
    }

    /** The category of the evidence comment above each of {@code lines}, read in one streaming pass. */
    static Map<Long, String> categories(Path script, Set<Long> lines) throws IOException {
        Map<Long, String> categories = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            String text;
            long number = 0;
            String last = null;
            while ((text = reader.readLine()) != null) {
                number++;
                Matcher m = EVIDENCE_COMMENT.matcher(text);
                if (m.find()) {
                    last = m.group(1);
                } else if (lines.contains(number)) {
                    if (last != null) {
                        categories.put(number, last);
                    }
                    last = null;
                }
            }
        }
        return categories;
    }
}

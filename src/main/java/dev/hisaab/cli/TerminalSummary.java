package dev.hisaab.cli;

import dev.hisaab.job.RunOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The human-readable end-of-run summary, printed from the run's summary.json. */
final class TerminalSummary {

    private TerminalSummary() {
    }

    /** Prints the summary (unless quiet) and returns the number of findings. */
    static int print(PrintWriter out, RunOutcome outcome, boolean quiet) throws IOException {
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(outcome.out().resolve("summary.json")));
        int total = 0;
        for (JsonNode c : s.get("findings")) {
            total += c.get("count").asInt();
        }
        if (quiet) {
            return total;
        }
        out.printf("Hisaab run %d of %s completed in %.1f s; outputs in %s%n", outcome.runId(), s.get("job").asString(),
                outcome.millis() / 1000.0, outcome.out());
        out.printf("%n%-22s %10s %10s %10s %10s %16s  %s%n", "source", "read", "matched", "findings", "rejected",
                "amount (Rs)", "balanced");
        for (JsonNode src : s.get("sources")) {
            out.printf("%-22s %,10d %,10d %,10d %,10d %16s  %s%n", src.get("id").asString(), src.get("read").asLong(),
                    src.get("matched").asLong(), src.get("inFindings").asLong(), src.get("rejected").asLong(),
                    src.get("amounts").get("valid").asString(), src.get("balanced").asBoolean() ? "yes" : "NO");
        }
        out.printf("%n%-38s %8s %16s%n", "finding", "count", "amount (Rs)");
        var names = s.get("findings").propertyNames();
        for (String name : names) {
            JsonNode c = s.get("findings").get(name);
            out.printf("%-38s %,8d %16s%n", name, c.get("count").asLong(), c.get("amount").asString());
        }
        StringBuilder steps = new StringBuilder();
        outcome.stepMillis().forEach((step, ms) -> steps.append(steps.length() == 0 ? "" : ", ")
                .append(step).append(String.format(" %.1f s", ms / 1000.0)));
        out.printf("%nsteps: %s%n", steps);
        out.printf("%nrestore.sql: %d statements, one row each (%d not writable, see summary.json); rollback.sql undoes them%n",
                s.get("restore").get("rows").asLong(), s.get("restore").get("notRestored").size());
        out.flush();
        return total;
    }
}

package dev.hisaab.finding;

import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A step's findings, held until the step ends and then written to its work file in report order
 * ({@link Finding#ORDER}, ties in the order they were found). Each work file is then one sorted run, so the report
 * step's stable sort of all of them only merges runs, and gives the order it always gave.
 */
public final class FindingBuffer {

    private final List<Finding> findings = new ArrayList<>();

    public void add(Finding finding) {
        findings.add(finding);
    }

    /** Writes the findings in report order and forgets them. */
    public void writeTo(SpoolWriter out) throws IOException {
        findings.sort(Finding.ORDER);
        for (Finding f : findings) {
            out.write(f.fields());
        }
        findings.clear();
    }
}

package dev.hisaab.evidence;

import dev.hisaab.record.SourceRecord;
import java.util.List;

/** Keeps the raw values of the columns that restore lookups read from a lookup table. */
final class LookupParser implements EvidenceParser {

    private final List<String> columns;

    LookupParser(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String[] f = new String[3 + 2 * columns.size()];
        f[0] = source;
        f[1] = r.origin().file();
        f[2] = Long.toString(r.origin().line());
        int i = 3;
        for (String c : columns) {
            f[i++] = c;
            f[i++] = r.get(c);
        }
        return new Parsed(null, f, 0);
    }
}

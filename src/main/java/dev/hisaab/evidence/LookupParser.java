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
        String file = r.origin().file();
        long line = r.origin().line();
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.get(columns.get(i));
        }
        return new Parsed(null, row -> {
            row.text(source).text(file).number(line);
            for (int i = 0; i < values.length; i++) {
                row.text(columns.get(i)).text(values[i]);
            }
        }, 0);
    }
}

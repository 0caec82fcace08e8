package dev.hisaab.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Whether a run found exactly the generator's known answers: the (category, key, amount) of every line of its
 * findings.csv against {@code expected/findings.csv}, as the functional tests compare them, so a fast but wrong run
 * does not pass as a result.
 */
final class FindingsCheck {

    /** {@code ok} with the number of findings, or not with what differs. */
    record Verdict(boolean ok, long findings, String problem) {
    }

    private FindingsCheck() {
    }

    static Verdict compare(Path actual, Path expected) throws IOException {
        if (!Files.isRegularFile(actual)) {
            return new Verdict(false, 0, "no findings.csv");
        }
        List<String> got = triples(actual);
        List<String> want = triples(expected);
        if (got.equals(want)) {
            return new Verdict(true, got.size(), null);
        }
        int i = 0;
        while (i < got.size() && i < want.size() && got.get(i).equals(want.get(i))) {
            i++;
        }
        String first = i < want.size() ? "expected " + want.get(i) : "unexpected " + got.get(i);
        return new Verdict(false, got.size(), got.size() + " findings, " + want.size() + " expected; first difference: "
                + first);
    }

    private static List<String> triples(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : parser) {
                out.add(r.get("category") + "," + r.get("key") + "," + r.get("amount"));
            }
        }
        out.sort(null);
        return out;
    }
}

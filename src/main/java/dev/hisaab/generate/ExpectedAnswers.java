package dev.hisaab.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The known answers collected while generating: findings, the rows a restore must produce, and tallies of planted
 * cases. Only planted cases are kept, so this stays small even for a million applications.
 */
final class ExpectedAnswers {

    static final String RESTORED_HEADER = "application_no,applicant_name,mobile_no,district_code,category_code,status,"
            + "sanctioned_load_kw,address,submitted_on,fee_paid,source";

    /** One expected finding; amount in paise, null when the category has no amount. */
    record Finding(FindingCategory category, String key, Long amountPaise) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, String> restored = new TreeMap<>();
    private final Map<String, Long> planted = new TreeMap<>();

    void finding(FindingCategory category, String key, Long amountPaise) {
        findings.add(new Finding(category, key, amountPaise));
    }

    void restored(String applicationNo, String csvLine) {
        restored.put(applicationNo, csvLine);
    }

    void planted(String what) {
        planted.merge(what, 1L, Long::sum);
    }

    Map<String, Long> planted() {
        return planted;
    }

    Map<FindingCategory, Long> findingCounts() {
        Map<FindingCategory, Long> counts = new EnumMap<>(FindingCategory.class);
        for (FindingCategory category : FindingCategory.values()) {
            counts.put(category, 0L);
        }
        for (Finding finding : findings) {
            counts.merge(finding.category(), 1L, Long::sum);
        }
        return counts;
    }

    static String rupees(long paise) {
        return paise / 100 + "." + String.format("%02d", paise % 100);
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        findings.sort(Comparator.comparing((Finding f) -> f.category().name()).thenComparing(Finding::key));
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("findings.csv"), StandardCharsets.UTF_8)) {
            out.write("category,key,amount\n");
            for (Finding finding : findings) {
                out.write(CsvLine.join(finding.category().name(), finding.key(),
                        finding.amountPaise() == null ? "" : rupees(finding.amountPaise())));
                out.write('\n');
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("restored-applications.csv"),
                StandardCharsets.UTF_8)) {
            out.write(RESTORED_HEADER);
            out.write('\n');
            for (String line : restored.values()) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}

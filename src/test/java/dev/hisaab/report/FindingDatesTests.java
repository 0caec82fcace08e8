package dev.hisaab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FindingDatesTests {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** What the report showed when it asked the regular expression for every finding. */
    private static LocalDate byRegex(String s) {
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    @Test
    void findsTheFirstStandaloneIsoDateAsTheRegularExpressionDoes() {
        List<String> texts = List.of("", "no date", "captured on 2026-02-01 10:00 IST", "2026-02-01",
                "x2026-02-01 then 2026-02-03", "12026-02-01", "2026-02-011 and 2026-03-04", "_2026-02-01",
                "2026-02-01_", "2026-13-01 first, 2026-01-05 second", "2026-02-30", "paid 2026-1-01", "--2026-02-01--",
                "2026-02-01-2026-02-02", "amount 10-20-30 on 2025-12-31.", "\u0915\u09692026-02-01",
                "\u0915 2026-02-01\u0915 and 2026-02-02", "date\t2026-02-05\n", "1234-56-78", "9999-12-31x 0001-01-01");
        for (String t : texts) {
            assertThat(FindingDates.evidenceDate(t)).as(t).isEqualTo(byRegex(t));
        }
    }

    @Test
    void aLostApplicationIsDatedBySubmissionInTheJobsTimeZone() {
        FindingDates dates = new FindingDates(Map.of("JP1", 1_768_230_000L), ZoneId.of("Asia/Kolkata"));

        Finding lost = new Finding(Category.MISSING_APPLICATION_RESTORABLE, "JP1", null, List.of(), "r",
                "paid 2020-01-01");
        Finding other = new Finding(Category.ORPHAN_RECEIPT, "JP1", null, List.of(), "r", "paid 2020-01-01");

        assertThat(dates.date(lost)).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(dates.date(other)).isEqualTo(LocalDate.of(2020, 1, 1));
    }
}

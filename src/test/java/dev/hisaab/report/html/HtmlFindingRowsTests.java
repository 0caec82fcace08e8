package dev.hisaab.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.definition.JobKind;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.FindingDates;
import dev.hisaab.report.ReportFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HtmlFindingRowsTests {

    @TempDir
    Path tmp;

    private static final FindingDates DATES = new FindingDates(Map.of(), ZoneId.of("Asia/Kolkata"));

    @Test
    void keepsTheFirstFindingsOfEachCategoryAsJsonRowsSafeInAScript() throws Exception {
        Path file = tmp.resolve("report.html.rows.part");
        String rows;
        try (HtmlFindingRows r = new HtmlFindingRows(file, Category.of(JobKind.PAYMENT_RECONCILIATION), DATES, true,
                2)) {
            r.add(new Finding(Category.UNPOSTED_PAYMENT, "T1" + ReportFixtures.HOSTILE, 12345L,
                    List.of("g.csv:2", "c.jsonl:9"), "rule", "captured 2026-02-01, mobile 9876543210"));
            r.add(new Finding(Category.UNPOSTED_PAYMENT, "T2", null, List.of(), "rule", "tab\there"));
            r.add(new Finding(Category.UNPOSTED_PAYMENT, "T3", 1L, List.of(), "rule", "over the cap"));
            r.add(new Finding(Category.REJECTED_LINE, "g.csv:5", null, List.of("g.csv:5"), "rejected", "bad"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.copyTo(out);
            rows = out.toString(StandardCharsets.UTF_8);
        }

        assertThat(file).doesNotExist();
        assertThat(rows).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028")
                .doesNotContain("T3");
        JsonNode parsed = JsonMapper.builder().build().readTree("[" + rows + "]");
        assertThat(parsed.size()).isEqualTo(3);
        JsonNode first = parsed.get(0);
        assertThat(first.get(0).asInt()).isZero();
        assertThat(first.get(2).asLong()).isEqualTo(12345L);
        assertThat(first.get(3).asString()).isEqualTo("g.csv:2 c.jsonl:9");
        assertThat(first.get(1).asString()).isEqualTo("T1" + ReportFixtures.HOSTILE);
        assertThat(first.get(5).asString()).isEqualTo("captured 2026-02-01, mobile 98XXXXXX10");
        assertThat(first.get(6).asString()).isEqualTo("2026-02-01");
        assertThat(parsed.get(1).get(2).isNull()).isTrue();
        assertThat(parsed.get(1).get(5).asString()).isEqualTo("tab\there");
        assertThat(parsed.get(2).get(0).asInt()).isEqualTo(Category.of(JobKind.PAYMENT_RECONCILIATION)
                .indexOf(Category.REJECTED_LINE));
    }
}

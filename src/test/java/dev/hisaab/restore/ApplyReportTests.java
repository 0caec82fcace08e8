package dev.hisaab.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyReportTests {

    static final List<ExpectedCount> EXPECTED = List.of(new ExpectedCount(20, 1, "public.t", "K1"),
            new ExpectedCount(23, 1, "public.t", "K2"), new ExpectedCount(26, 1, "public.t", "K3"));
    static final Map<Long, String> CATEGORIES = Map.of(20L, "MISSING_A", 23L, "MISSING_A", 26L, "MISSING_B");

    static List<ExecutedStatement> executed(long... rows) {
        return List.of(new ExecutedStatement(12, "SET LOCAL TimeZone = 'UTC';", 0),
                new ExecutedStatement(20, "INSERT ...", rows[0]), new ExecutedStatement(23, "INSERT ...", rows[1]),
                new ExecutedStatement(26, "INSERT ...", rows[2]));
    }

    @Test
    void firstApplyMatchesEveryCountAndGroupsByCategoryAndTable() {
        ApplyReport r = ApplyReport.compare("restore.sql", executed(1, 1, 1), EXPECTED, CATEGORIES);

        assertThat(r.outcome()).isEqualTo(ApplyReport.Outcome.AS_EXPECTED);
        assertThat(r.groups()).containsExactly(new ApplyReport.Group("MISSING_A", "public.t", 2, 2, 2),
                new ApplyReport.Group("MISSING_B", "public.t", 1, 1, 1));
        assertThat(r.statements()).isEqualTo(3);
        assertThat(r.changedRows()).isEqualTo(3);
    }

    @Test
    void allZeroIsAlreadyApplied() {
        ApplyReport r = ApplyReport.compare("restore.sql", executed(0, 0, 0), EXPECTED, CATEGORIES);

        assertThat(r.outcome()).isEqualTo(ApplyReport.Outcome.ALREADY_APPLIED);
        assertThat(r.expectedRows()).isEqualTo(3);
        assertThat(r.changedRows()).isZero();
    }

    @Test
    void oneRowAlreadyThereIsADifferenceNamingLineAndKey() {
        ApplyReport r = ApplyReport.compare("restore.sql", executed(1, 0, 1), EXPECTED, CATEGORIES);

        assertThat(r.outcome()).isEqualTo(ApplyReport.Outcome.DIFFERS);
        assertThat(r.differences()).containsExactly(new ApplyReport.Difference(23, "public.t", "K2", 1, 0, null));
    }

    @Test
    void aStatementMissingFromTheCountsFileOrACountWithoutStatementDiffers() {
        List<ExecutedStatement> shifted = List.of(new ExecutedStatement(21, "INSERT ...", 1),
                new ExecutedStatement(23, "INSERT ...", 1), new ExecutedStatement(26, "INSERT ...", 1));

        ApplyReport r = ApplyReport.compare("restore.sql", shifted, EXPECTED, CATEGORIES);

        assertThat(r.outcome()).isEqualTo(ApplyReport.Outcome.DIFFERS);
        assertThat(r.differences()).extracting(ApplyReport.Difference::line).containsExactly(20L, 21L);
        assertThat(r.differences()).allSatisfy(d -> assertThat(d.note()).isNotBlank());
    }

    @Test
    void anEmptyScriptIsAsExpected() {
        assertThat(ApplyReport.compare("restore.sql", List.of(), List.of(), Map.of()).outcome())
                .isEqualTo(ApplyReport.Outcome.AS_EXPECTED);
    }
}

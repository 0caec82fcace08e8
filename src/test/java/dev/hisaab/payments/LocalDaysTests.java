package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The day of an instant in a zone, exactly as {@link LocalDate#ofInstant} gives it, across offset changes. */
class LocalDaysTests {

    @Test
    void agreesWithLocalDateOfInstantInZonesWithAndWithoutTransitions() {
        for (String zone : new String[] {"Asia/Kolkata", "Europe/London", "America/Sao_Paulo", "UTC"}) {
            ZoneId id = ZoneId.of(zone);
            LocalDays days = new LocalDays(id);
            Random random = new Random(7);
            long t = Instant.parse("1941-06-01T00:00:00Z").getEpochSecond();
            long end = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();
            // forwards in steps of up to a day and a half (across every transition), with jumps back now and then
            while (t < end) {
                assertThat(days.of(t)).as("%s at %d", zone, t)
                        .isEqualTo(LocalDate.ofInstant(Instant.ofEpochSecond(t), id));
                t += random.nextInt(36 * 3600);
                if (random.nextInt(50) == 0) {
                    t -= random.nextInt(20 * 86_400);
                }
            }
        }
    }

    @Test
    void handlesInstantsBeforeTheEpoch() {
        LocalDays days = new LocalDays(ZoneId.of("Asia/Kolkata"));
        assertThat(days.of(-1)).isEqualTo(LocalDate.of(1970, 1, 1)); // 05:29:59 local
        assertThat(days.of(-19_801)).isEqualTo(LocalDate.of(1969, 12, 31));
    }
}

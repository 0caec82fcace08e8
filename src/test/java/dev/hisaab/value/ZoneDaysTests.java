package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneDaysTests {

    @Test
    void daysOfInstantsAreThoseOfTheZoneWhereverItsOffsetChangedOrNot() {
        for (String id : List.of("Asia/Kolkata", "Europe/London", "America/New_York", "UTC", "+05:30", "Asia/Kathmandu",
                "Pacific/Apia", "Africa/Casablanca")) {
            java.time.ZoneId zone = java.time.ZoneId.of(id);
            ZoneDays days = new ZoneDays(zone);
            for (long s = -86_400L * 3; s < 4_200_000_000L; s += 3_599L * 7) {
                assertThat(days.of(s)).as(id + " at " + s)
                        .isEqualTo(LocalDate.ofInstant(java.time.Instant.ofEpochSecond(Math.max(s, 0)), zone));
            }
        }
    }
}

package dev.hisaab.generate.kota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The payments of a bill that carries a planted case (see {@link PlantedCase}), and which period that bill is. */
final class PlantedStories {

    private static final LocalDate DEC_26 = LocalDate.of(2025, 12, 26);
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);

    private PlantedStories() {
    }

    static int period(CasePlan.Assignment assignment) {
        int ordinal = assignment.ordinal();
        switch (assignment.planted()) {
            case BOUNDARY_ON_TIME:
            case BOUNDARY_LATE:
            case DUPLICATE_OUTAGE_COUNTER:
            case DUPLICATE_OUTAGE_KIOSK:
            case PARTIAL_UNPOSTED:
                return 1;
            case DUPLICATE_TWO_ONLINE:
                return ordinal % 2 == 0 ? 0 : 2;
            case FAILED_THEN_CAPTURED:
                return ordinal % 2;
            case CANCELLED_RECEIPT:
                return ordinal / 2 % 2;
            case POSTED_UNKNOWN_TXN:
                return 2;
            default:
                return 0;
        }
    }

    static List<Intent> intents(CasePlan.Assignment assignment, long amount, SplittableRandom random) {
        List<Intent> intents = new ArrayList<>(2);
        int ordinal = assignment.ordinal();
        Intent.Channel online = Intent.Channel.ONLINE;
        switch (assignment.planted()) {
            case BOUNDARY_ON_TIME:
                intents.add(new Intent(online, KotaCalendar.epoch(FEB_10.atTime(23, 30)) + random.nextInt(60), -1, 0,
                        0));
                break;
            case BOUNDARY_LATE:
                intents.add(new Intent(online, KotaCalendar.epoch(FEB_10.plusDays(1).atTime(0, 30))
                        + random.nextInt(60), -1, 0, 0));
                break;
            case DUPLICATE_OUTAGE_COUNTER:
                intents.add(online(FEB_1.plusDays(random.nextInt(9)), random, 0));
                intents.add(new Intent(Intent.Channel.COUNTER, BillStories.time(FEB_10.plusDays(2 + random.nextInt(9)),
                        Intent.Channel.COUNTER, random), -1, 0, 1));
                break;
            case DUPLICATE_OUTAGE_KIOSK:
                LocalDate first = FEB_1.plusDays(random.nextInt(6));
                intents.add(online(first, random, 0));
                intents.add(new Intent(Intent.Channel.KIOSK, BillStories.time(first.plusDays(1 + random.nextInt(3)),
                        Intent.Channel.KIOSK, random), -1, 0, 1));
                break;
            case DUPLICATE_POSTED_ONLINE_AND_COUNTER:
                intents.add(new Intent(Intent.Channel.COUNTER, BillStories.time(DEC_26.plusDays(random.nextInt(8)),
                        Intent.Channel.COUNTER, random), -1, 0, 0));
                intents.add(online(DEC_26.plusDays(9 + random.nextInt(6)), random, 1));
                break;
            case DUPLICATE_TWO_ONLINE:
                if (ordinal % 2 == 0) {
                    intents.add(online(DEC_26.plusDays(random.nextInt(6)), random, 0));
                    intents.add(online(DEC_26.plusDays(9 + random.nextInt(6)), random, 1));
                } else {
                    intents.add(online(LocalDate.of(2026, 2, 25).plusDays(random.nextInt(3)), random, 0));
                    intents.add(online(LocalDate.of(2026, 3, 2).plusDays(random.nextInt(3)), random, 1));
                }
                break;
            case REFUNDED_DOUBLE_CHARGE:
                intents.add(new Intent(online, online(DEC_26.plusDays(random.nextInt(14)), random, 0).at, -1,
                        Intent.REFUNDED_TWIN, 0));
                break;
            case FAILED_THEN_CAPTURED:
                LocalDate day = ordinal % 2 == 0 ? DEC_26.plusDays(random.nextInt(14)) : FEB_1.plusDays(random.nextInt(9));
                intents.add(new Intent(online, online(day, random, 0).at, -1, Intent.FAILED_BEFORE, 0));
                break;
            case CANCELLED_RECEIPT:
                Intent.Channel channel = ordinal % 2 == 0 ? Intent.Channel.COUNTER : Intent.Channel.KIOSK;
                LocalDate issued = KotaCalendar.issued(ordinal / 2 % 2);
                intents.add(new Intent(channel, BillStories.time(issued.plusDays(1 + random.nextInt(12)), channel,
                        random), -1, Intent.CANCELLED_BEFORE, 0));
                break;
            case PARTIAL_POSTED:
                intents.add(new Intent(online, online(DEC_26.plusDays(1 + random.nextInt(12)), random, 0).at,
                        partial(amount, random), 0, 0));
                break;
            case PARTIAL_UNPOSTED:
                intents.add(new Intent(online, online(FEB_1.plusDays(1 + random.nextInt(8)), random, 0).at,
                        partial(amount, random), 0, 0));
                break;
            case POSTED_FAILED_TXN:
                intents.add(new Intent(online, online(DEC_26.plusDays(2 + random.nextInt(12)), random, 0).at, -1,
                        Intent.POSTED_FAILED, 0));
                break;
            default:
                intents.add(new Intent(online, online(LocalDate.of(2026, 3, 1).plusDays(random.nextInt(4)), random,
                        0).at, -1, Intent.POSTED_UNKNOWN, 0));
        }
        return intents;
    }

    private static Intent online(LocalDate day, SplittableRandom random, int slot) {
        return new Intent(Intent.Channel.ONLINE, BillStories.time(day, Intent.Channel.ONLINE, random), -1, 0, slot);
    }

    /** Half the bill, or Rs 50 short of it: never the bill amount nor amount + late fee. */
    private static long partial(long amount, SplittableRandom random) {
        if (amount > 20_000 && random.nextBoolean()) {
            return amount - 5_000;
        }
        return amount / 200 * 100;
    }
}

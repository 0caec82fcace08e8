package dev.hisaab.generate.kota;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.hisaab.generate.Seeds;

/**
 * Tells what happened to each bill of a consumer: picks the payments (a planted story or a natural one), works out
 * the portal's view (posted payments, late fee, status) and the truth (captured payments), writes the bill row and
 * the evidence events, and records the known answers. Nothing outlives the consumer except the answers.
 */
final class BillStories {

    static final long SALT = 104;
    private static final String[] MODES = {"CASH", "CASH", "CASH", "CASH", "CASH", "CASH", "CHEQUE", "CHEQUE", "DD"};

    private final long seed;
    private final int consumers;
    private final PortalDump dump;
    private final EventSpool events;
    private final KotaAnswers answers;

    BillStories(KotaScenario scenario, PortalDump dump, EventSpool events, KotaAnswers answers) {
        this.seed = scenario.seed();
        this.consumers = scenario.consumers();
        this.dump = dump;
        this.events = events;
        this.answers = answers;
    }

    void tell(Consumer consumer, CasePlan.Assignment planted) throws IOException {
        for (int p = 0; p < KotaCalendar.PERIODS; p++) {
            SplittableRandom random = Seeds.random(seed, SALT, (long) consumer.index() * KotaCalendar.PERIODS + p);
            long amount = consumer.baseBill() * (90 + random.nextInt(26)) / 100 / 100 * 100
                    + (random.nextInt(100) < 15 ? 50 : 0);
            List<Intent> intents = planted != null && period(planted) == p
                    ? PlantedStories.intents(planted, amount, random)
                    : natural(p, random);
            if (planted != null && period(planted) == p) {
                answers.planted("case." + planted.planted().name().toLowerCase(Locale.ROOT));
            }
            bill(consumer, p, amount, intents, random);
        }
    }

    static int period(CasePlan.Assignment planted) {
        return PlantedStories.period(planted);
    }

    private List<Intent> natural(int p, SplittableRandom random) {
        List<Intent> intents = new ArrayList<>(1);
        int roll = random.nextInt(100);
        if (roll < 10) {
            return intents;
        }
        Intent.Channel channel = roll < 66 ? Intent.Channel.ONLINE : roll < 87 ? Intent.Channel.COUNTER
                : Intent.Channel.KIOSK;
        LocalDate issued = KotaCalendar.issued(p);
        LocalDate due = KotaCalendar.due(p);
        LocalDate day = random.nextInt(100) < 14
                ? due.plusDays(1 + random.nextInt(20))
                : issued.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(issued, due) + 1));
        int flags = 0;
        if (channel == Intent.Channel.ONLINE) {
            int odd = random.nextInt(1000);
            flags = odd < 30 ? Intent.FAILED_BEFORE : odd < 34 ? Intent.REFUNDED_TWIN : 0;
        } else if (random.nextInt(1000) < 5) {
            flags = Intent.CANCELLED_BEFORE;
        }
        intents.add(new Intent(channel, time(day, channel, random), -1, flags, 0));
        return intents;
    }

    /** A time of day on {@code day} fitting the channel: counters shut on Sundays, kiosks keep whole minutes. */
    static long time(LocalDate day, Intent.Channel channel, SplittableRandom random) {
        switch (channel) {
            case COUNTER:
                LocalDate open = day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
                return KotaCalendar.epoch(open.atTime(10, 0)) + random.nextInt(7 * 3600);
            case KIOSK:
                return KotaCalendar.epoch(day.atTime(8, 0)) + 60L * random.nextInt(12 * 60);
            default:
                return KotaCalendar.epoch(day.atTime(6, 0)) + random.nextInt(18 * 3600);
        }
    }

    private void bill(Consumer consumer, int p, long amount, List<Intent> all, SplittableRandom random)
            throws IOException {
        String billNo = consumer.billNo(p);
        List<Intent> intents = new ArrayList<>(all.size());
        for (Intent intent : all) {
            if (intent.at < KotaCalendar.DUMP) {
                intents.add(intent);
            }
        }
        intents.sort(Comparator.comparingLong(intent -> intent.at));
        long fee = KotaCalendar.lateFee(amount);
        long dueEnd = KotaCalendar.dueEnd(p);
        long postedInTime = 0;
        for (Intent intent : intents) {
            intent.posted = !intent.captured() || !KotaCalendar.inOutage(intent.at);
            if (intent.posted && intent.at < dueEnd) {
                postedInTime += intent.paise < 0 ? amount : intent.paise;
            }
        }
        boolean feeApplied = dueEnd <= KotaCalendar.DUMP && postedInTime < amount;
        long dumpFee = feeApplied ? fee : 0;
        long posted = 0;
        long paidAt = -1;
        long unposted = 0;
        long realTotal = 0;
        int realCount = 0;
        boolean fullInTime = false;
        for (Intent intent : intents) {
            if (intent.paise < 0) {
                intent.paise = intent.at >= dueEnd && feeApplied ? amount + fee : amount;
            }
            if (intent.posted) {
                posted += intent.paise;
                if (paidAt < 0 && posted >= amount + dumpFee) {
                    paidAt = intent.at;
                }
            } else {
                unposted += intent.paise;
            }
            if (intent.real()) {
                realCount++;
                realTotal += intent.paise;
            }
            if (intent.captured() && intent.paise >= amount && intent.at < dueEnd) {
                fullInTime = true;
            }
        }
        boolean paid = paidAt >= 0;
        long updatedAt = Math.max(KotaCalendar.issueTime(p) + consumer.index() / 400,
                Math.max(feeApplied ? dueEnd + 300 + consumer.index() / 1000 : 0, paidAt));
        dump.bill(p, billNo, consumer.id(), amount, paid, dumpFee, updatedAt);

        boolean penaltyWrong = dumpFee > 0 && fullInTime;
        long feeAfter = penaltyWrong ? 0 : dumpFee;
        boolean paidAfter = posted + unposted >= amount + feeAfter;
        if (paidAfter != paid || feeAfter != dumpFee) {
            answers.restored(p, billNo, paidAfter, feeAfter);
        }
        if (penaltyWrong) {
            answers.finding(FindingCategory.PENALTY_WRONGLY_APPLIED, billNo, dumpFee);
        }
        String track = "-";
        if (realCount >= 2) {
            track = billNo;
            answers.finding(FindingCategory.DUPLICATE_PAYMENT, billNo, realTotal);
            answers.duplicate(billNo, consumer, amount, realTotal, realTotal - amount - feeAfter);
        }
        long txnBase = ((long) consumer.index() * KotaCalendar.PERIODS + p) * 8;
        for (Intent intent : intents) {
            emit(consumer, p, billNo, amount, dumpFee, intent, txnBase + intent.slot * 4L, track, random);
        }
    }

    private void emit(Consumer consumer, int p, String billNo, long amount, long dumpFee, Intent intent, long txn,
                      String track, SplittableRandom random) throws IOException {
        switch (intent.channel) {
            case ONLINE:
                online(billNo, amount, dumpFee, intent, txn, track, random);
                break;
            case COUNTER:
                if (intent.has(Intent.CANCELLED_BEFORE)) {
                    answers.planted("not_duplicate.cancelled_counter_receipt");
                    events.counter(intent.at - 180 - random.nextInt(600), receiptConsumer(consumer, random),
                            receiptBill(p, billNo, intent.at, random), intent.paise, MODES[random.nextInt(6)],
                            "CANCELLED", billNo, "-");
                }
                events.counter(intent.at, receiptConsumer(consumer, random), receiptBill(p, billNo, intent.at, random),
                        intent.paise, MODES[random.nextInt(MODES.length)], "OK", billNo, track);
                break;
            default:
                long charge = random.nextBoolean() ? 1_000 : 2_000;
                if (intent.has(Intent.CANCELLED_BEFORE)) {
                    answers.planted("not_duplicate.cancelled_kiosk_receipt");
                    events.kiosk(intent.at - 60L * (3 + random.nextInt(10)), receiptConsumer(consumer, random),
                            receiptBill(p, billNo, intent.at, random), intent.paise, charge, "CANCELLED", billNo, "-");
                }
                events.kiosk(intent.at, receiptConsumer(consumer, random), receiptBill(p, billNo, intent.at, random),
                        intent.paise, charge, "SUCCESS", billNo, track);
        }
    }

    private void online(String billNo, long amount, long dumpFee, Intent intent, long txnIndex, String track,
                        SplittableRandom random) throws IOException {
        String txn = events.txnId(txnIndex);
        if (intent.has(Intent.POSTED_UNKNOWN)) {
            events.unknownPosting(intent.at, billNo, intent.paise, txn);
            return;
        }
        if (intent.has(Intent.POSTED_FAILED)) {
            events.gateway(intent.at, txn, billNo, intent.paise, "failed", 'Q', "-", random);
            events.callbacks(intent.at, "payment.failed", txn, billNo, intent.paise, "failed", random);
            return;
        }
        if (intent.has(Intent.FAILED_BEFORE)) {
            answers.planted("not_duplicate.failed_then_captured");
            long failedAt = intent.at - 120 - random.nextInt(480);
            String failed = events.txnId(txnIndex + 1);
            events.gateway(failedAt, failed, billNo, intent.paise, "failed", 'F', "-", random);
            events.callbacks(failedAt, "payment.failed", failed, billNo, intent.paise, "failed", random);
        }
        events.gateway(intent.at, txn, billNo, intent.paise, EventSpool.captured(random), intent.posted ? 'P' : 'U',
                track, random);
        events.callbacks(intent.at, "payment.captured", txn, billNo, intent.paise, "captured", random);
        if (!intent.posted) {
            answers.finding(FindingCategory.UNPOSTED_PAYMENT, txn, intent.paise);
        }
        if (intent.paise != amount && intent.paise != amount + dumpFee) {
            answers.finding(FindingCategory.AMOUNT_MISMATCH, txn, intent.paise);
        }
        long twinAt = intent.at + 15 + random.nextInt(60);
        if (intent.has(Intent.REFUNDED_TWIN) && twinAt + 1_800 < KotaCalendar.DUMP) {
            answers.planted("not_duplicate.refunded_double_charge");
            String twin = events.txnId(txnIndex + 2);
            events.gateway(twinAt, twin, billNo, intent.paise, "refunded", 'R', "-", random);
            events.callbacks(twinAt, "payment.captured", twin, billNo, intent.paise, "captured", random);
            events.callbacks(twinAt + 600 + random.nextInt(1_200), "refund.processed", twin, billNo, intent.paise,
                    "refunded", random);
        }
    }

    /** The consumer id as a clerk typed it: mostly clean, otherwise in another case, spacing or without zeros. */
    private String receiptConsumer(Consumer consumer, SplittableRandom random) {
        int roll = random.nextInt(100);
        String digits = Consumer.sixDigits(consumer.number());
        if (roll < 60) {
            return consumer.id();
        }
        answers.planted("receipt.consumer_id_damaged");
        if (roll < 70) {
            return consumer.id().toLowerCase(Locale.ROOT);
        } else if (roll < 80) {
            return "KOTA W " + digits;
        } else if (roll < 90) {
            return "KotaW" + digits;
        }
        return " KOTA-W-" + consumer.number() + " ";
    }

    /** The bill no, or empty when the receipt pays the latest bill issued by then (a quarter of those). */
    private String receiptBill(int p, String billNo, long at, SplittableRandom random) {
        if (KotaCalendar.latestIssued(KotaCalendar.istDay(at)) == p && random.nextInt(100) < 25) {
            answers.planted("receipt.bill_no_empty");
            return "";
        }
        return billNo;
    }

    /** Captured and failed payments for other services on the same merchant account (order ids that are no bill). */
    void otherServices(SplittableRandom random) throws IOException {
        int captured = (int) Math.max(3, Math.round(consumers * 0.003));
        int failed = (int) Math.max(2, Math.round(consumers * 0.001));
        long base = (long) consumers * KotaCalendar.PERIODS * 8;
        long span = KotaCalendar.DUMP - 3_600 - KotaCalendar.FIRST_DAY;
        for (int i = 0; i < captured + failed; i++) {
            boolean sewer = i % 2 == 0;
            String order = sewer ? String.format("SEWER-CONN-%05d", 1 + random.nextInt(99_999))
                    : String.format("TANKER-%06d", 1 + random.nextInt(999_999));
            long paise = sewer ? (2_500 + random.nextInt(12_500)) * 100L : (400 + random.nextInt(800)) * 100L;
            long at = KotaCalendar.FIRST_DAY + 6 * 3600 + random.nextLong(span - 6 * 3600);
            String txn = events.txnId(base + i);
            if (i < captured) {
                events.gateway(at, txn, order, paise, EventSpool.captured(random), 'X', "-", random);
                answers.finding(FindingCategory.UNMATCHED_GATEWAY_TXN, txn, paise);
            } else {
                events.gateway(at, txn, order, paise, "failed", 'F', "-", random);
            }
        }
    }
}

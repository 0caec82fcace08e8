package dev.hisaab.generate;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Tells each application's fee story: clean payments for most, the planted case for the rest. Schedules the
 * evidence, records the expected answers, and says how the application appears in the two dumps.
 */
final class PaymentStories {

    /** How one application ends up: whether live lost it, and its fee_paid flag in each dump. */
    record Outcome(Application application, boolean lost, boolean feePaidLive, boolean feePaidSnapshot) {
    }

    private final long seed;
    private final PaymentActions pay;
    private final ExpectedAnswers expected;
    private final ApplicationNumbers numbers;
    private final ApplicationFactory factory;
    private final CasePlan plan;

    PaymentStories(long seed, PaymentActions pay, ExpectedAnswers expected, ApplicationNumbers numbers,
                   ApplicationFactory factory, CasePlan plan) {
        this.seed = seed;
        this.pay = pay;
        this.expected = expected;
        this.numbers = numbers;
        this.factory = factory;
        this.plan = plan;
    }

    Outcome tell(Application app) {
        SplittableRandom random = Seeds.random(seed, Seeds.PAYMENT, app.index());
        Integer orphan = plan.orphanFor(app.index());
        if (orphan != null) {
            orphanReceipt(app, orphan, random);
        }
        Plan planned = plan.planFor(app.index());
        if (planned == null) {
            return clean(app, plan.damageFor(app.index()), random);
        }
        OffsetDateTime t = app.submittedAt();
        String number = app.number();
        switch (planned.kind()) {
            case RESTORABLE:
                lostPayment(app, planned.variant(), plan.damageFor(app.index()), random);
                return lost(app, FindingCategory.MISSING_APPLICATION_RESTORABLE, "lost.restorable");
            case LOST_THEN_REAPPLIED:
                pay.desk(true, PaymentActions.soon(t, random, 5, 30), "", PaymentActions.counterName(app.name(), random),
                        app.mobile(), random, null);
                return lost(app, FindingCategory.MISSING_APPLICATION_RESTORABLE, "lost.restorable_then_reapplied");
            case REAPPLICATION:
                pay.online(app, PaymentActions.soon(t, random, 1, 15), true, random);
                expected.planted("reapplication_after_upgrade");
                return new Outcome(app, false, true, false);
            case RECONSTRUCTABLE:
                reconstructable(app, planned.variant(), random);
                return lost(app, FindingCategory.MISSING_APPLICATION_RECONSTRUCTABLE, "lost.reconstructable");
            case DUPLICATE_COUNTER_AND_ONLINE:
                pay.desk(true, PaymentActions.soon(t, random, 5, 30), number,
                        PaymentActions.counterName(app.name(), random), app.mobile(), random, null);
                pay.online(app, JhatpatCalendar.laterWorkingDay(t, 1 + random.nextInt(3), random), true, random);
                return duplicate(app, "duplicate.counter_and_online");
            case DUPLICATE_TWO_CAPTURES:
                pay.online(app, PaymentActions.soon(t, random, 1, 20), true, random);
                pay.online(app, JhatpatCalendar.laterWorkingDay(t, 1 + random.nextInt(3), random), true, random);
                return duplicate(app, "duplicate.two_captures");
            case REFUND_THEN_RECAPTURE:
                OffsetDateTime refundAt = JhatpatCalendar.laterWorkingDay(t, 1, random);
                pay.refunded(app, PaymentActions.soon(t, random, 1, 20), refundAt, random);
                pay.online(app, PaymentActions.soon(refundAt, random, 10, 120), true, random);
                expected.planted("not_duplicate.refund_then_recapture");
                return new Outcome(app, false, true, true);
            case FEE_UNVERIFIED:
                if (planned.variant() == 1) {
                    pay.failed(app, PaymentActions.soon(t, random, 1, 10), random);
                    expected.planted("not_duplicate.failed_attempt_only");
                }
                expected.finding(FindingCategory.FEE_UNVERIFIED, number, 0L);
                expected.planted("fee_unverified");
                return new Outcome(app, false, true, true);
            case FAMILY_FIRST:
                return new Outcome(app.withStatus(Status.NEW), false, false, false);
            case FAMILY_SECOND:
                familyReceipt(app, random);
                return new Outcome(app.withStatus(Status.NEW), false, false, false);
            default:
                throw new IllegalStateException("unplanned case " + planned.kind());
        }
    }

    private Outcome clean(Application app, ReceiptDamage damage, SplittableRandom random) {
        OffsetDateTime t = app.submittedAt();
        int roll = random.nextInt(100);
        if (damage == null && roll < 5) {
            return new Outcome(app.withStatus(Status.NEW), false, false, false);
        }
        OffsetDateTime paidAt;
        if (damage == null && roll < 45) {
            paidAt = PaymentActions.soon(t, random, 1, 20);
            if (random.nextInt(100) < 5) {
                pay.failed(app, paidAt.minusSeconds(30 + random.nextInt(120)), random);
                expected.planted("not_duplicate.failed_then_captured");
            }
            pay.online(app, paidAt, true, random);
        } else {
            boolean counter = damage == null ? roll < 75 : random.nextBoolean();
            paidAt = counter && damage == null && random.nextInt(10) == 0
                    ? JhatpatCalendar.laterWorkingDay(t, 1, random) : PaymentActions.soon(t, random, 2, 40);
            deskWithDamage(app, counter, paidAt, damage, random);
        }
        return new Outcome(app, false, true, paidAt.isBefore(JhatpatCalendar.SNAPSHOT));
    }

    private void lostPayment(Application app, int variant, ReceiptDamage damage, SplittableRandom random) {
        OffsetDateTime at = PaymentActions.soon(app.submittedAt(), random, 2, 30);
        if (damage == null && variant == 0) {
            pay.online(app, at, true, random);
        } else {
            deskWithDamage(app, damage == null ? variant == 1 : random.nextBoolean(), at, damage, random);
        }
    }

    private void deskWithDamage(Application app, boolean counter, OffsetDateTime at, ReceiptDamage damage,
                                SplittableRandom random) {
        String number = app.number();
        String mobile = app.mobile();
        if (damage != null) {
            switch (damage) {
                case SPACED_OR_LOWER_CASE:
                    int style = random.nextInt(3);
                    number = style == 0 ? "jp " + number.substring(2, 6) + " " + number.substring(6)
                            : style == 1 ? " " + number + " " : number.toLowerCase(Locale.ROOT);
                    break;
                case TYPO:
                    String typo = numbers.typo(number, random);
                    number = typo == null ? number : typo;
                    break;
                case EMPTY_NUMBER:
                    number = "";
                    break;
                case MOBILE_PLUS_91:
                    mobile = "+91 " + mobile;
                    break;
                case MOBILE_LEADING_ZERO:
                    mobile = "0" + mobile;
                    break;
                default:
                    mobile = mobile.substring(0, 5) + "-" + mobile.substring(5);
            }
            if (!number.equals(app.number()) || !mobile.equals(app.mobile())) {
                expected.planted("receipt_damage." + damage.name().toLowerCase(Locale.ROOT));
            }
        }
        String payer = counter ? PaymentActions.counterName(app.name(), random) : app.name();
        pay.desk(counter, at, number, payer, mobile, random, null);
    }

    private void reconstructable(Application app, int variant, SplittableRandom random) {
        OffsetDateTime at = PaymentActions.soon(app.submittedAt(), random, 1, 30);
        String payer = app.name();
        OffsetDateTime earliest = at.truncatedTo(ChronoUnit.SECONDS);
        if (variant == 0) {
            pay.online(app, at, true, random);
            expected.planted("lost.reconstructable_with_printed_portal_receipt");
        } else if (variant == 1) {
            payer = PaymentActions.counterName(app.name(), random);
            pay.desk(true, at, app.number(), payer, app.mobile(), random, null);
            earliest = at.truncatedTo(ChronoUnit.DAYS);
        } else {
            pay.desk(false, at, app.number(), payer, app.mobile(), random, null);
            earliest = at.truncatedTo(ChronoUnit.MINUTES);
        }
        expected.restored(app.number(), CsvLine.join(app.number(), payer.trim(), app.mobile(), "", "",
                "PENDING_VERIFICATION", "", "", RestoredRows.iso(earliest), "true", "RECONSTRUCTED"));
    }

    private Outcome lost(Application app, FindingCategory category, String tally) {
        expected.finding(category, app.number(), EvidenceFiles.FEE_PAISE);
        expected.planted(tally);
        if (category == FindingCategory.MISSING_APPLICATION_RESTORABLE) {
            expected.restored(app.number(), RestoredRows.restorable(app, true));
        }
        return new Outcome(app, true, true, true);
    }

    private Outcome duplicate(Application app, String tally) {
        expected.finding(FindingCategory.DUPLICATE_FEE, app.number(), 2 * EvidenceFiles.FEE_PAISE);
        expected.planted(tally);
        return new Outcome(app, false, true, true);
    }

    /**
     * Another member of the family pays at a desk without an application number: the shared mobile fits both
     * applications and the payer's name is neither applicant's, so no evidence can decide.
     */
    private void familyReceipt(Application app, SplittableRandom random) {
        boolean counter = random.nextBoolean();
        OffsetDateTime at = JhatpatCalendar.laterWorkingDay(app.submittedAt(), 1, random);
        String partner = factory.create(plan.planFor(app.index()).partner()).name();
        String relative;
        do {
            relative = factory.names().relativeOf(app.name(), random);
        } while (alike(firstName(relative), firstName(app.name())) || alike(firstName(relative), firstName(partner)));
        String payer = counter ? PaymentActions.counterName(relative, random) : relative;
        pay.desk(counter, at, "", payer, app.mobile(), random, receiptNo -> expected.finding(
                FindingCategory.AMBIGUOUS_MATCH, receiptNo, EvidenceFiles.FEE_PAISE));
        expected.planted("ambiguous.family_shared_mobile");
    }

    /** Names a clerk could mistype for each other (Meena, Meera) would let the payer's name decide. */
    private static boolean alike(String a, String b) {
        return dev.hisaab.value.EditDistance.distance(a.toLowerCase(java.util.Locale.ROOT),
                b.toLowerCase(java.util.Locale.ROOT)) <= 2;
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private void orphanReceipt(Application host, int variant, SplittableRandom random) {
        boolean counter = random.nextBoolean();
        OffsetDateTime at = PaymentActions.soon(host.submittedAt(), random, 10, 90);
        String number = variant == 0 ? "" : numbers.garbage(random);
        String name = factory.names().fullName(random);
        pay.desk(counter, at, number, counter ? PaymentActions.counterName(name, random) : name,
                factory.unusedMobile(host.index(), random), random, receiptNo -> expected.finding(
                        FindingCategory.ORPHAN_RECEIPT, receiptNo, EvidenceFiles.FEE_PAISE));
        expected.planted(variant == 0 ? "orphan.empty_number" : "orphan.garbage_number");
    }
}

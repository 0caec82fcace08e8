package dev.hisaab.recovery;

import dev.hisaab.evidence.Receipt;
import dev.hisaab.value.EditDistance;
import dev.hisaab.value.NameSimilarity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules that tie a receipt to an application, tried in order; the first that decides is recorded:
 * <ol>
 * <li>{@code exact} / {@code normalised-number}: the number (spaces removed, upper case) is a known application;</li>
 * <li>{@code txn-ref}: the receipt's transaction reference is a gateway transaction, whose order id decides;</li>
 * <li>{@code one-typo+mobile}: a well-formed unknown number is one edit (substitution, insertion, deletion,
 *     adjacent swap) from exactly one known application with the same mobile;</li>
 * <li>{@code new-number}: a well-formed number close to no known application is a lost application of its own —
 *     but only if the receipt is not dated before the snapshot was taken (its latest submission): an application
 *     paid for before then would be in the snapshot, so such a number is wrong and the receipt an orphan;</li>
 * <li>{@code mobile+amount+date}: no usable number: the applications with the receipt's mobile, submitted on or
 *     before the receipt's date (IST) when the amount is the fee; those without a payment yet are preferred
 *     (one-to-one), then {@code mobile+date+name} by name similarity. More than one left is ambiguous; none is an
 *     orphan.</li>
 * </ol>
 * The date condition is what keeps an applicant's old receipts on the lost application and off the new one they
 * filed after the upgrade with the same mobile.
 */
final class ReceiptResolver {

    private final ApplicationIndex index;
    private final Pattern wellFormed;
    private final long feePaise;
    private final int nameThreshold;
    private final ZoneId zone;

    ReceiptResolver(ApplicationIndex index, String numberPattern, long feePaise, int nameThreshold, ZoneId zone) {
        this.index = index;
        this.wellFormed = numberPattern == null ? null : Pattern.compile(numberPattern);
        this.feePaise = feePaise;
        this.nameThreshold = nameThreshold;
        this.zone = zone;
    }

    /** First pass: only the certain rules; null when the receipt needs the evidence rules of the second pass. */
    Resolution certain(Receipt r) {
        KnownApplication app = index.get(r.applicationNo());
        if (app != null) {
            String rule = r.applicationNo().equals(r.rawApplicationNo()) ? "exact" : "normalised-number";
            return Resolution.to(app.number, rule, rule.equals("exact") ? "" : "printed '" + r.rawApplicationNo() + "'");
        }
        String order = index.orderOf(r.txnRef());
        if (order != null) {
            return Resolution.to(order, "txn-ref", "gateway txn " + r.txnRef());
        }
        return null;
    }

    /** Second pass, once every certain receipt has marked its application as paid. */
    Resolution byEvidence(Receipt r) {
        if (r.applicationNo() != null && isWellFormed(r.applicationNo())) {
            List<KnownApplication> near = new ArrayList<>();
            for (KnownApplication a : index.withMobile(r.mobile())) {
                if (EditDistance.withinOne(a.number, r.applicationNo())) {
                    near.add(a);
                }
            }
            if (near.size() == 1) {
                return Resolution.to(near.get(0).number, "one-typo+mobile",
                        "printed '" + r.rawApplicationNo() + "', mobile " + r.mobile());
            }
            if (near.size() > 1) {
                return Resolution.ambiguous("one-typo+mobile", "printed '" + r.rawApplicationNo() + "' is one edit from "
                        + numbers(near));
            }
            long snapshot = index.snapshotTakenAt();
            if (snapshot >= 0 && day(r.time()).isBefore(day(snapshot))) {
                return Resolution.orphan("new-number-before-snapshot", "printed '" + r.rawApplicationNo()
                        + "' is no known application, and the receipt (" + day(r.time()) + ") predates the snapshot ("
                        + day(snapshot) + ") that would hold it");
            }
            return Resolution.to(r.applicationNo(), "new-number", "number known only from receipts");
        }
        String why = r.applicationNo() == null ? "no application number" : "unusable number '" + r.rawApplicationNo() + "'";
        if (r.mobile() == null) {
            return Resolution.orphan("no-number-no-mobile", why + " and no readable mobile");
        }
        List<KnownApplication> candidates = new ArrayList<>();
        if (r.amount() == feePaise) {
            LocalDate paidOn = day(r.time());
            for (KnownApplication a : index.withMobile(r.mobile())) {
                if (a.submitted >= 0 && !day(a.submitted).isAfter(paidOn)) {
                    candidates.add(a);
                }
            }
        }
        if (candidates.isEmpty()) {
            return Resolution.orphan("mobile+amount+date", why + "; no application with mobile " + r.mobile()
                    + " submitted by " + day(r.time()) + " for this amount");
        }
        List<KnownApplication> unpaid = candidates.stream().filter(a -> !a.paid).toList();
        if (!unpaid.isEmpty()) {
            candidates = unpaid;
        }
        if (candidates.size() == 1) {
            return Resolution.to(candidates.get(0).number, "mobile+amount+date", why + ", mobile " + r.mobile());
        }
        KnownApplication byName = byName(r, candidates);
        if (byName != null) {
            return Resolution.to(byName.number, "mobile+date+name", why + ", mobile " + r.mobile() + ", name '"
                    + r.payerName() + "'");
        }
        return Resolution.ambiguous("mobile+amount+date", why + "; mobile " + r.mobile() + " fits " + numbers(candidates));
    }

    private KnownApplication byName(Receipt r, List<KnownApplication> candidates) {
        if (r.payerName() == null) {
            return null;
        }
        KnownApplication best = null;
        int bestScore = -1;
        int second = -1;
        for (KnownApplication a : candidates) {
            int score = a.name == null ? 0 : NameSimilarity.percent(r.payerName(), a.name);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = a;
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore >= nameThreshold && bestScore - second >= 10 ? best : null;
    }

    private boolean isWellFormed(String number) {
        return wellFormed == null || wellFormed.matcher(number).matches();
    }

    private LocalDate day(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }

    private static String numbers(List<KnownApplication> apps) {
        return apps.stream().map(a -> a.number).sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
    }
}

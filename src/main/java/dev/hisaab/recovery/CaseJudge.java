package dev.hisaab.recovery;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The per-application rules: missing (restorable or reconstructable), duplicate fee, unverified fee. Pure: takes
 * one {@link ApplicationCase} and its payments, returns findings.
 */
final class CaseJudge {

    List<Finding> judge(ApplicationCase c, List<Payment> payments) {
        List<Finding> out = new ArrayList<>(2);
        long paid = 0;
        List<String> paymentRefs = payments.size() == 1 ? payments.get(0).refs() : new ArrayList<>();
        for (Payment p : payments) {
            paid += p.amount();
            if (payments.size() > 1) {
                paymentRefs.addAll(p.refs());
            }
        }
        if (c.snapshot != null && c.live == null) {
            List<String> refs = new ArrayList<>();
            refs.add(c.snapshot.origin().toString());
            refs.addAll(paymentRefs);
            out.add(new Finding(Category.MISSING_APPLICATION_RESTORABLE, c.number, paid, refs, "snapshot-not-in-live",
                    "in snapshot, absent from live; " + describe(payments)));
        } else if (c.snapshot == null && c.live == null && !payments.isEmpty()) {
            String rules = c.receipts.stream().map(ResolvedReceipt::rule).distinct().sorted().collect(Collectors.joining("+"));
            out.add(new Finding(Category.MISSING_APPLICATION_RECONSTRUCTABLE, c.number, paid, paymentRefs,
                    "evidence-only" + (rules.isEmpty() ? "" : ":" + rules),
                    "in neither database; " + describe(payments)));
        }
        if (payments.size() > 1) {
            out.add(new Finding(Category.DUPLICATE_FEE, c.number, paid, paymentRefs, "payments>1", describe(payments)));
        }
        if (c.live != null && Boolean.TRUE.equals(c.live.feePaid()) && payments.isEmpty()) {
            out.add(new Finding(Category.FEE_UNVERIFIED, c.number, 0L, List.of(c.live.origin().toString()),
                    "fee-paid-without-payment", "live says fee paid; no receipt or captured payment found"));
        }
        return out;
    }

    /**
     * Whether {@link #judge} can find anything in {@code c} with {@code payments} payments: false means it returns no
     * finding whatever the payments are.
     */
    boolean mayFind(ApplicationCase c, int payments) {
        return mayFind(c.snapshot != null, c.live != null, c.live != null && Boolean.TRUE.equals(c.live.feePaid()),
                payments);
    }

    /**
     * {@link #mayFind(ApplicationCase, int)} from what a {@link CaseSketch} knows: whether each database holds the
     * application, whether live says its fee is paid, and how many payments it has.
     */
    boolean mayFind(boolean inSnapshot, boolean inLive, boolean liveFeePaid, int payments) {
        return inSnapshot && !inLive
                || !inSnapshot && !inLive && payments > 0
                || payments > 1
                || inLive && liveFeePaid && payments == 0;
    }

    static String describe(List<Payment> payments) {
        if (payments.isEmpty()) {
            return "no fee payment found";
        }
        return payments.size() + " payment" + (payments.size() == 1 ? "" : "s") + ": "
                + payments.stream().map(Payment::label).collect(Collectors.joining("; "));
    }
}

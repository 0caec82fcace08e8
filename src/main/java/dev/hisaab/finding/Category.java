package dev.hisaab.finding;

import dev.hisaab.definition.JobKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Finding categories, in report order, each with the kinds of job that report it. README "Findings" explains each. */
public enum Category {
    /** In the pre-upgrade snapshot, not in the live database: restorable from the snapshot. */
    MISSING_APPLICATION_RESTORABLE(JobKind.APPLICATION_RECOVERY),
    /** In neither database, but receipts or captured gateway payments prove it existed. */
    MISSING_APPLICATION_RECONSTRUCTABLE(JobKind.APPLICATION_RECOVERY),
    /** A valid receipt that resolves to no application. Key: receipt no. */
    ORPHAN_RECEIPT(JobKind.APPLICATION_RECOVERY),
    /** An application that paid the fee more than once. */
    DUPLICATE_FEE(JobKind.APPLICATION_RECOVERY),
    /** The live database says the fee is paid, but no receipt or captured payment proves it. */
    FEE_UNVERIFIED(JobKind.APPLICATION_RECOVERY),
    /** Evidence fits more than one application; never decided silently. Key: receipt no. */
    AMBIGUOUS_MATCH(JobKind.APPLICATION_RECOVERY),
    /** Captured by the gateway for a known bill, with no payment posted for it. Key: txn id. */
    UNPOSTED_PAYMENT(JobKind.PAYMENT_RECONCILIATION),
    /** An online payment posted although the gateway failed it, refunded it or never saw it. Key: portal payment id. */
    POSTED_NOT_CAPTURED(JobKind.PAYMENT_RECONCILIATION),
    /** A captured amount that is neither the bill amount nor amount plus late fee. Key: txn id. */
    AMOUNT_MISMATCH(JobKind.PAYMENT_RECONCILIATION),
    /** A bill that received more than one payment. Key: bill no. */
    DUPLICATE_PAYMENT(JobKind.PAYMENT_RECONCILIATION),
    /** A late fee charged although a full payment was captured by the due date (IST). Key: bill no. */
    PENALTY_WRONGLY_APPLIED(JobKind.PAYMENT_RECONCILIATION),
    /** Captured for an order id that is no bill (another service on the same merchant account). Key: txn id. */
    UNMATCHED_GATEWAY_TXN(JobKind.PAYMENT_RECONCILIATION),
    /** A counter or kiosk receipt that resolves to no bill. Key: receipt no. */
    UNMATCHED_RECEIPT(JobKind.PAYMENT_RECONCILIATION),
    /** A malformed or duplicate input line. Key: file name:line. */
    REJECTED_LINE(JobKind.APPLICATION_RECOVERY, JobKind.PAYMENT_RECONCILIATION);

    private final Set<JobKind> kinds;

    Category(JobKind first, JobKind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    /** The categories a kind of job reports, in report order. */
    public static List<Category> of(JobKind kind) {
        return java.util.Arrays.stream(values()).filter(c -> c.kinds.contains(kind)).toList();
    }
}

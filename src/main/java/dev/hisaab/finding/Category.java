package dev.hisaab.finding;

/** Finding categories, in report order. README "Findings" explains each. */
public enum Category {
    /** In the pre-upgrade snapshot, not in the live database: restorable from the snapshot. */
    MISSING_APPLICATION_RESTORABLE,
    /** In neither database, but receipts or captured gateway payments prove it existed. */
    MISSING_APPLICATION_RECONSTRUCTABLE,
    /** A valid receipt that resolves to no application. Key: receipt no. */
    ORPHAN_RECEIPT,
    /** An application that paid the fee more than once. */
    DUPLICATE_FEE,
    /** The live database says the fee is paid, but no receipt or captured payment proves it. */
    FEE_UNVERIFIED,
    /** Evidence fits more than one application; never decided silently. Key: receipt no. */
    AMBIGUOUS_MATCH,
    /** A malformed or duplicate input line. Key: file name:line. */
    REJECTED_LINE
}

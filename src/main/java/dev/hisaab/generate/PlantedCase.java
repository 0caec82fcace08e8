package dev.hisaab.generate;

/** The role a planted application plays in the story; unplanned applications are clean. */
enum PlantedCase {
    /** Lost from live, present in the snapshot. */
    RESTORABLE,
    /** Lost and restorable; its owner re-applied after the upgrade (its counter receipt has no number). */
    LOST_THEN_REAPPLIED,
    /** The post-upgrade re-application (same name and mobile as its partner), paid online, in live. */
    REAPPLICATION,
    /** Lost, submitted after the snapshot: only receipts and gateway evidence remain. */
    RECONSTRUCTABLE,
    /** Paid at the counter and online. */
    DUPLICATE_COUNTER_AND_ONLINE,
    /** Two captured online payments on different days. */
    DUPLICATE_TWO_CAPTURES,
    /** A capture later refunded, then a new capture: one payment, no finding. */
    REFUND_THEN_RECAPTURE,
    /** fee_paid true in live with no receipt and no capture (sometimes a failed attempt). */
    FEE_UNVERIFIED,
    /** First of two family members sharing a mobile; neither is paid in live. */
    FAMILY_FIRST,
    /** Second family member: same mobile and surname as its partner; the shared receipt follows it. */
    FAMILY_SECOND
}

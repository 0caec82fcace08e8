package dev.hisaab.generate.kota;

/** The finding categories of the payments job; names sort in the order the expected file lists them. */
enum FindingCategory {
    AMOUNT_MISMATCH,
    DUPLICATE_PAYMENT,
    PENALTY_WRONGLY_APPLIED,
    POSTED_NOT_CAPTURED,
    REJECTED_LINE,
    UNMATCHED_GATEWAY_TXN,
    UNPOSTED_PAYMENT
}

package dev.hisaab.generate;

/** The finding categories the engine must report; names sort in the order the expected file lists them. */
enum FindingCategory {
    AMBIGUOUS_MATCH,
    DUPLICATE_FEE,
    FEE_UNVERIFIED,
    MISSING_APPLICATION_RECONSTRUCTABLE,
    MISSING_APPLICATION_RESTORABLE,
    ORPHAN_RECEIPT,
    REJECTED_LINE
}

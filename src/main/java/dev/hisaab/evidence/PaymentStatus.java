package dev.hisaab.evidence;

/** What a gateway row or callback says happened to a charge. Only {@code CAPTURED} (and not refunded) is a payment. */
public enum PaymentStatus {
    CAPTURED, FAILED, REFUNDED
}

package dev.hisaab.accounting;

/**
 * The counters kept per source. Row counters: {@code READ} (data rows seen, malformed included), {@code MATCHED},
 * {@code FINDINGS}, {@code REJECTED}. Amount counters in paise: {@code AMOUNT_VALID} (rows that parsed),
 * {@code AMOUNT_MATCHED}, {@code AMOUNT_FINDINGS}, {@code AMOUNT_REJECTED} (rows rejected after they parsed, e.g.
 * duplicates). The run checks READ = MATCHED + FINDINGS + REJECTED and
 * AMOUNT_VALID = AMOUNT_MATCHED + AMOUNT_FINDINGS + AMOUNT_REJECTED for every source.
 */
public enum Counter {
    READ("read"),
    MATCHED("matched"),
    FINDINGS("findings"),
    REJECTED("rejected"),
    AMOUNT_VALID("amount.valid"),
    AMOUNT_MATCHED("amount.matched"),
    AMOUNT_FINDINGS("amount.findings"),
    AMOUNT_REJECTED("amount.rejected");

    private final String key;

    Counter(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}

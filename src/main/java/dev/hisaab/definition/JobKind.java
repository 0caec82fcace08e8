package dev.hisaab.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.Set;

/** What a job reconciles; decides the roles its sources may have, its finding categories and its steps. */
public enum JobKind {
    /** Rebuild applications a portal lost: receipts, gateway rows and callbacks against snapshot and live tables. */
    @JsonProperty("application-recovery")
    APPLICATION_RECOVERY(EnumSet.of(SourceRole.RECEIPTS, SourceRole.GATEWAY, SourceRole.CALLBACKS, SourceRole.SNAPSHOT,
            SourceRole.LIVE, SourceRole.LOOKUP)),
    /** Find unposted payments, duplicates and wrong late fees: gateway, callbacks and receipts against bills. */
    @JsonProperty("payment-reconciliation")
    PAYMENT_RECONCILIATION(EnumSet.of(SourceRole.RECEIPTS, SourceRole.GATEWAY, SourceRole.CALLBACKS,
            SourceRole.CONSUMERS, SourceRole.BILLS, SourceRole.PAYMENTS));

    private final Set<SourceRole> roles;

    JobKind(Set<SourceRole> roles) {
        this.roles = roles;
    }

    /** Roles a source of this kind of job may have. */
    public Set<SourceRole> roles() {
        return roles;
    }
}

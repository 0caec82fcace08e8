package dev.hisaab.restore;

import java.util.List;

/**
 * One data statement of a restore script, with the finding that justifies it: a lost row to insert
 * ({@link RestoreRow}) or an existing row to change under a guard ({@link RestoreUpdate}). Each changes exactly one
 * row on the first apply and none on a second, and {@link RestoreScriptWriter} writes its inverse into the rollback
 * script.
 */
public sealed interface RestoreStatement permits RestoreRow, RestoreUpdate {

    /** {@code name} or {@code schema.name} of the target table. */
    String table();

    /** Finding category, e.g. {@code MISSING_APPLICATION_RESTORABLE} or {@code UNPOSTED_PAYMENT}. */
    String category();

    /** The finding's key as shown to people, e.g. an application or bill number. */
    String key();

    /** {@code file:line} references of the evidence. */
    List<String> evidence();

    /** The rule that decided the statement. */
    String rule();

    /** Free text for the reviewer, or null. */
    String note();
}

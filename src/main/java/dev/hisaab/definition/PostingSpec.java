package dev.hisaab.definition;

import java.util.List;

/**
 * What payment reconciliation writes back: the unposted payments to insert ({@code payments}: target table, key
 * column and the value of each column from the gateway evidence), and how bills are marked: their table, the status
 * value that means paid, and the bills fields that must still hold their dump values for an update to apply (status
 * and late-fee always do). Bill columns are the bills source's own columns.
 */
public record PostingSpec(String billsTable, String paidStatus, List<String> guardFields, RestoreSpec payments) {

    public PostingSpec {
        guardFields = guardFields == null ? List.of() : List.copyOf(guardFields);
    }
}

package dev.hisaab.recovery;

import dev.hisaab.index.KeyTable;
import dev.hisaab.spool.Partitions;
import java.util.ArrayList;
import java.util.List;

/**
 * Compact in-memory index of every known application number, by number and by mobile, plus the gateway
 * transaction-to-order map. Holds a few small fields per application, never whole input rows.
 *
 * <p>Split the way the work files are: one table per partition (of the hash of the number, {@link Partitions}), so
 * that it can be built by several threads at once ({@link IndexBuilder}), each reading a group (a run of consecutive
 * partitions) one partition at a time. A partition's tables (and applications) are a sixteenth of the whole: while a
 * builder reads the partition, most lookups hit the processor's cache instead of memory, which the lookups in tables
 * of half a million numbers each missed (G1 gives an array of just over half a heap region a whole region, which
 * costs a few megabytes at a million applications). While it is built, a builder touches only the tables of its own
 * group; afterwards the index is used by one thread at a time (the resolving thread may look up, not change, numbers
 * and transactions from another).
 */
final class ApplicationIndex {

    private final int partitions;
    private final int groups;
    private final KeyTable<KnownApplication>[] byNumber;
    // an application, or a list of them when more than one has the mobile (most mobiles are one application's)
    private final KeyTable<Object>[] byMobile;
    // [rank][partition]: the order of a transaction as the first source of that rank (gateway sources, then callbacks)
    // that names it says, per partition of the order; the first rank and, within it, the first partition that has it
    // decides
    private final KeyTable<String>[][] orderOfTxn;
    private long snapshotTakenAt = -1;

    ApplicationIndex() {
        this(1, 1, 1, 16, new int[] {16});
    }

    /**
     * An index of {@code partitions} partitions in {@code groups} groups, sized for about {@code applications} numbers
     * and {@code txns[r]} transactions of rank {@code r}, so it need not grow.
     */
    @SuppressWarnings("unchecked")
    ApplicationIndex(int partitions, int groups, int ranks, int applications, int[] txns) {
        if (groups < 1 || groups > partitions || txns.length != ranks) {
            throw new IllegalArgumentException("groups " + groups + " of partitions " + partitions + ", ranks " + ranks);
        }
        this.partitions = partitions;
        this.groups = groups;
        byNumber = new KeyTable[partitions];
        byMobile = new KeyTable[partitions];
        for (int k = 0; k < partitions; k++) {
            byNumber[k] = new KeyTable<>(applications / partitions);
            byMobile[k] = new KeyTable<>(applications / partitions);
        }
        orderOfTxn = new KeyTable[ranks][partitions];
        for (int r = 0; r < ranks; r++) {
            for (int k = 0; k < partitions; k++) {
                orderOfTxn[r][k] = new KeyTable<>(txns[r] / partitions);
            }
        }
    }

    int partitions() {
        return partitions;
    }

    int groups() {
        return groups;
    }

    /** The group of partition {@code k}: groups are runs of consecutive partitions, group 0 first. */
    int group(int k) {
        return (int) ((long) k * groups / partitions);
    }

    /** The partition of {@code number}. */
    private int partitionOf(String number) {
        return Partitions.of(number, partitions);
    }

    KnownApplication get(String number) {
        return number == null ? null : byNumber[partitionOf(number)].get(number);
    }

    KnownApplication add(String number) {
        return byNumber[partitionOf(number)].computeIfAbsent(number, KnownApplication::new);
    }

    /** Sets the mobile if the application has none yet, keeping the mobile index (of its partition) in step. */
    @SuppressWarnings("unchecked")
    void mobile(KnownApplication app, String mobile) {
        if (!app.hasMobile && mobile != null) {
            app.hasMobile = true;
            KeyTable<Object> table = byMobile[partitionOf(app.number)];
            Object present = table.putIfAbsent(mobile, app);
            if (present instanceof KnownApplication first) {
                List<KnownApplication> apps = new ArrayList<>(2);
                apps.add(first);
                apps.add(app);
                table.put(mobile, apps);
            } else if (present != null) {
                ((List<KnownApplication>) present).add(app);
            }
        }
    }

    /** The applications with {@code mobile}, in no particular order. */
    @SuppressWarnings("unchecked")
    List<KnownApplication> withMobile(String mobile) {
        if (mobile == null) {
            return List.of();
        }
        List<KnownApplication> all = new ArrayList<>(2);
        for (KeyTable<Object> table : byMobile) {
            Object apps = table.get(mobile);
            if (apps instanceof KnownApplication app) {
                all.add(app);
            } else if (apps != null) {
                all.addAll((List<KnownApplication>) apps);
            }
        }
        return all;
    }

    /** A transaction of the first-ranked source, as a row of the partition of {@code orderId} says. */
    void txn(String txnId, String orderId) {
        txn(0, txnId, orderId);
    }

    /**
     * A transaction as a source of rank {@code rank} says, read from the partition of {@code orderId}; the first one
     * read of the lowest rank wins, as if every source were read in rank order, each partition in turn.
     */
    void txn(int rank, String txnId, String orderId) {
        int k = partitionOf(orderId);
        for (int r = 0; r < rank; r++) {
            if (orderOfTxn[r][k].containsKey(txnId)) {
                return; // a lower rank of this partition decides already: this entry could never be the answer
            }
        }
        orderOfTxn[rank][k].putIfAbsent(txnId, orderId);
    }

    String orderOf(String txnId) {
        if (txnId == null) {
            return null;
        }
        for (KeyTable<String>[] rank : orderOfTxn) {
            for (KeyTable<String> table : rank) {
                String order = table.get(txnId);
                if (order != null) {
                    return order;
                }
            }
        }
        return null;
    }

    /** Records a snapshot row's submission time; the latest one approximates when the snapshot was taken. */
    void snapshotRow(long submitted) {
        snapshotTakenAt = Math.max(snapshotTakenAt, submitted);
    }

    /** Epoch seconds of the latest snapshot submission, or -1 without a snapshot. */
    long snapshotTakenAt() {
        return snapshotTakenAt;
    }

    int size() {
        int n = 0;
        for (KeyTable<KnownApplication> t : byNumber) {
            n += t.size();
        }
        return n;
    }
}

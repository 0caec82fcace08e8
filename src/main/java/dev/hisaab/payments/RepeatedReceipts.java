package dev.hisaab.payments;

import dev.hisaab.index.KeyTable;
import dev.hisaab.record.Origin;
import java.util.Arrays;

/**
 * Which receipts repeat the number of a receipt read before them, found on the {@code resolve} step's first pass
 * over the receipts and told again, receipt by receipt, on its second pass over the same receipts in the same order.
 * The first pass's thread mostly waits for its reader, so looking up a million receipt numbers there costs no time,
 * while on the second pass (which writes every receipt) it did; the numbers are forgotten in between.
 */
final class RepeatedReceipts {

    private KeyTable<Origin> firstSeen = new KeyTable<>();
    /** The positions (in reading order) of the repeats, ascending, and where their numbers were first seen. */
    private long[] positions = new long[16];
    private Origin[] firsts = new Origin[16];
    private int size;
    private long seen;
    private int replayed;
    private long position;

    /** Notes the next receipt of the first pass. */
    void see(String receiptNo, Origin origin) {
        Origin first = firstSeen.putIfAbsent(receiptNo, origin);
        if (first != null) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
                firsts = Arrays.copyOf(firsts, size * 2);
            }
            positions[size] = seen;
            firsts[size++] = first;
        }
        seen++;
    }

    /** Ends the first pass: forgets the receipt numbers, keeping only the repeats. */
    void seenAll() {
        firstSeen = null;
    }

    /**
     * For the next receipt of the second pass: where its number was first seen when it is a repeat, else null.
     */
    Origin firstOfNext() {
        Origin first = null;
        if (replayed < size && positions[replayed] == position) {
            first = firsts[replayed++];
        }
        position++;
        return first;
    }

    /** Number of repeats found. */
    int size() {
        return size;
    }
}

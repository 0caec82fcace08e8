package dev.hisaab.payments;

import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.index.KeySort;
import java.util.Arrays;

/**
 * Everything one partition holds about one bill number: the bill, its posted payments and all payment evidence, each
 * kind in the order it was added. The rows sit in plain arrays with a count, not lists: a partition holds hundreds of
 * thousands of cases, most with no row or one of a kind, and a list object per kind per case was both garbage and a
 * cache miss on every row added.
 */
final class BillCase {

    private static final PortalPayment[] NO_POSTED = {};
    private static final GatewayTxn[] NO_GATEWAY = {};
    private static final Callback[] NO_CALLBACKS = {};
    private static final ResolvedBillReceipt[] NO_RECEIPTS = {};

    final String billNo;
    /** The first 16 characters of the number, one byte each (see {@link Key}), and what else {@link Table} compares. */
    private final long keyHigh;
    private final long keyLow;
    private final int keyLength;
    private final int hash;
    /** Whether {@link #keyHigh}/{@link #keyLow} hold the first 16 characters (all below U+0100). */
    private final boolean prefixPacked;
    Bill bill;
    PortalPayment[] posted = NO_POSTED;
    int postedCount;
    GatewayTxn[] gateway = NO_GATEWAY;
    int gatewayCount;
    Callback[] callbacks = NO_CALLBACKS;
    int callbackCount;
    ResolvedBillReceipt[] receipts = NO_RECEIPTS;
    int receiptCount;

    BillCase(String billNo) {
        this(billNo, new Key(billNo));
    }

    private BillCase(String billNo, Key key) {
        this.billNo = billNo;
        this.keyHigh = key.high;
        this.keyLow = key.low;
        this.keyLength = billNo.length();
        this.hash = key.hash;
        this.prefixPacked = key.prefixPacked;
    }

    void add(PortalPayment p) {
        if (postedCount == posted.length) {
            posted = Arrays.copyOf(posted, grown(postedCount));
        }
        posted[postedCount++] = p;
    }

    void add(GatewayTxn g) {
        if (gatewayCount == gateway.length) {
            gateway = Arrays.copyOf(gateway, grown(gatewayCount));
        }
        gateway[gatewayCount++] = g;
    }

    void add(Callback cb) {
        if (callbackCount == callbacks.length) {
            callbacks = Arrays.copyOf(callbacks, grown(callbackCount));
        }
        callbacks[callbackCount++] = cb;
    }

    void add(ResolvedBillReceipt r) {
        if (receiptCount == receipts.length) {
            receipts = Arrays.copyOf(receipts, grown(receiptCount));
        }
        receipts[receiptCount++] = r;
    }

    /** Room for two at first (a txn and its redelivery, a payment and its receipt), then half as much again. */
    private static int grown(int n) {
        return n < 2 ? 2 : n + (n >> 1);
    }

    /** {@link String#compareTo} order of bill numbers, mostly from the packed first characters. */
    static int compare(BillCase a, BillCase b) {
        if (a.prefixPacked && b.prefixPacked) {
            int c = Long.compareUnsigned(a.keyHigh, b.keyHigh);
            if (c != 0) {
                return c;
            }
            c = Long.compareUnsigned(a.keyLow, b.keyLow);
            if (c != 0) {
                return c;
            }
        }
        return a.billNo.compareTo(b.billNo);
    }

    /**
     * A bill number as {@link Table} looks it up: its first 16 characters packed one byte each into two longs, first
     * character in the highest byte and missing ones 0, when they are all below U+0100 (as bill numbers are). Such a
     * number of at most 16 characters is told apart from others by the longs and its length alone.
     */
    private static final class Key {

        final long high;
        final long low;
        final boolean prefixPacked;
        final boolean exact;
        final int hash;

        Key(String s) {
            long h = KeySort.pack(s, 0);
            long l = KeySort.pack(s, 8);
            prefixPacked = h != -1 && l != -1;
            high = prefixPacked ? h : 0;
            low = prefixPacked ? l : 0;
            exact = prefixPacked && s.length() <= 16;
            long z = exact ? high * 0x9E3779B97F4A7C15L + low + s.length() : s.hashCode();
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            hash = (int) (z ^ (z >>> 31));
        }

        boolean is(BillCase c, String s) {
            if (c.hash != hash) {
                return false;
            }
            if (exact) {
                return c.keyLength == s.length() && c.keyHigh == high && c.keyLow == low && c.prefixPacked
                        && c.keyLength <= 16;
            }
            return c.billNo.equals(s);
        }
    }

    /**
     * The cases of a partition by bill number: open addressing over one array of cases, at most half full. A probe
     * compares the packed number each case holds, so looking up a row's bill touches the slot and the case and not
     * the case's number as well (hundreds of thousands of cases: each of those reads was a cache miss). Remembers the
     * order cases were made in, and how many of the first were made in number order (a bill work file usually is).
     */
    static final class Table {

        private BillCase[] slots;
        private int shift;
        private final java.util.List<BillCase> created = new java.util.ArrayList<>();
        private int sortedRun;

        /** A table that holds {@code expected} cases without growing. */
        Table(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
            slots = new BillCase[capacity];
            shift = 32 - Integer.numberOfTrailingZeros(capacity);
        }

        int size() {
            return created.size();
        }

        /** The case of {@code billNo}, made if there is none yet. */
        BillCase get(String billNo) {
            Key key = new Key(billNo);
            int mask = slots.length - 1;
            int i = key.hash >>> shift;
            while (true) {
                BillCase c = slots[i];
                if (c == null) {
                    return add(i, new BillCase(billNo, key));
                }
                if (key.is(c, billNo)) {
                    return c;
                }
                i = (i + 1) & mask;
            }
        }

        private BillCase add(int slot, BillCase c) {
            slots[slot] = c;
            int n = created.size();
            if (sortedRun == n && (n == 0 || compare(created.get(n - 1), c) < 0)) {
                sortedRun++;
            }
            created.add(c);
            if (created.size() * 2 > slots.length) {
                grow();
            }
            return c;
        }

        private void grow() {
            BillCase[] old = slots;
            slots = new BillCase[old.length * 2];
            shift--;
            int mask = slots.length - 1;
            for (BillCase c : old) {
                if (c != null) {
                    int i = c.hash >>> shift;
                    while (slots[i] != null) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = c;
                }
            }
        }

        /**
         * Every case in bill-number order: the cases made in order are merged with the others, sorted (when most were
         * made in order, the others are few: numbers that are no bill), or all are sorted.
         */
        java.util.List<BillCase> inKeyOrder() {
            int n = created.size();
            if (sortedRun == n) {
                return created;
            }
            if (sortedRun < n / 2) {
                java.util.List<BillCase> all = new java.util.ArrayList<>(created);
                all.sort(BillCase::compare);
                return all;
            }
            java.util.List<BillCase> rest = new java.util.ArrayList<>(created.subList(sortedRun, n));
            rest.sort(BillCase::compare);
            java.util.List<BillCase> out = new java.util.ArrayList<>(n);
            int i = 0;
            int j = 0;
            while (i < sortedRun && j < rest.size()) {
                out.add(compare(created.get(i), rest.get(j)) <= 0 ? created.get(i++) : rest.get(j++));
            }
            out.addAll(created.subList(i, sortedRun));
            out.addAll(rest.subList(j, rest.size()));
            return out;
        }
    }
}

package dev.hisaab.generate.kota;

import java.io.IOException;
import java.util.SplittableRandom;

import dev.hisaab.generate.JsonText;
import dev.hisaab.generate.Seeds;

/**
 * Writes evidence events into the {@link DaySpool} as tab-separated records that {@link EvidenceFiles} replays:
 * {@code G txn order paise status bankRef class track} (gateway row; class P posted, U unposted, X no bill, F failed,
 * R refunded, Q failed but posted), {@code J event redelivery json} (callback line), {@code Y bill paise txn} (posted
 * online payment of an unknown txn), {@code C consumer bill paise mode status billNo track} (counter receipt),
 * {@code K consumer bill paise charge state billNo track} (kiosk receipt). Track is a duplicate bill's number or -.
 */
final class EventSpool {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String[] OUTAGE_ERRORS = {"503 Service Unavailable", "502 Bad Gateway",
        "504 Gateway Timeout", "connect timed out"};

    private final DaySpool spool;
    private final long key;

    EventSpool(DaySpool spool, long seed) {
        this.spool = spool;
        this.key = Seeds.derive(seed, 103, 0);
    }

    /** A unique {@code pay_} + 14 alphanumerics for txn number {@code index} (a bijective mix, then base 62). */
    String txnId(long index) {
        long value = Seeds.mix(index + key);
        char[] id = new char[14];
        for (int i = 10; i >= 0; i--) {
            id[i] = ALNUM.charAt((int) Long.remainderUnsigned(value, 62));
            value = Long.divideUnsigned(value, 62);
        }
        long tail = Seeds.mix(index ^ ~key);
        for (int i = 11; i < 14; i++) {
            id[i] = ALNUM.charAt((int) Long.remainderUnsigned(tail, 62));
            tail = Long.divideUnsigned(tail, 62);
        }
        return "pay_" + new String(id);
    }

    void gateway(long at, String txn, String order, long paise, String status, char kind, String track,
                 SplittableRandom random) throws IOException {
        String bankRef = Long.toString(100_000_000_000L + random.nextLong(900_000_000_000L));
        spool.add(at, "G\t" + txn + "\t" + order + "\t" + paise + "\t" + status + "\t" + bankRef + "\t" + kind + "\t"
                + track);
    }

    /** A status word as the gateway writes it: captured in mixed case. */
    static String captured(SplittableRandom random) {
        int roll = random.nextInt(10);
        return roll < 6 ? "captured" : roll < 8 ? "CAPTURED" : "Captured";
    }

    /**
     * The webhook deliveries of one event: during the outage the first fails and redeliveries follow (the last is
     * sometimes accepted, {@code ok}, though nothing was posted); otherwise it is delivered, now and then after a retry.
     */
    void callbacks(long at, String event, String txn, String order, long paise, String status,
                   SplittableRandom random) throws IOException {
        long first = at + 2 + random.nextInt(20);
        if (KotaCalendar.inOutage(first)) {
            String error = OUTAGE_ERRORS[random.nextInt(OUTAGE_ERRORS.length)];
            callback(first, event, txn, order, paise, status, error, false);
            int retries = 1 + random.nextInt(3);
            long[] delays = {300 + random.nextInt(60), 1_800 + random.nextInt(600), 10_800 + random.nextInt(3_600)};
            for (int k = 0; k < retries && first + delays[k] < KotaCalendar.OUTAGE_END; k++) {
                boolean accepted = k == retries - 1 && random.nextInt(100) < 40;
                callback(first + delays[k], event, txn, order, paise, status, accepted ? null : error, true);
            }
        } else if (random.nextInt(100) < 4) {
            callback(first, event, txn, order, paise, status, "500 Internal Server Error", false);
            callback(first + 300 + random.nextInt(60), event, txn, order, paise, status, null, true);
        } else {
            callback(first, event, txn, order, paise, status, null, false);
        }
    }

    private void callback(long at, String event, String txn, String order, long paise, String status, String error,
                          boolean redelivery) throws IOException {
        if (at >= KotaCalendar.DUMP) {
            return;
        }
        StringBuilder line = new StringBuilder(240).append("{\"received_at\":");
        JsonText.string(line, KotaCalendar.utc(at));
        line.append(",\"event\":");
        JsonText.string(line, event);
        line.append(",\"delivery\":").append(error == null ? "\"ok\"" : "\"failed\"");
        if (error != null) {
            line.append(",\"error\":");
            JsonText.string(line, error);
        }
        line.append(",\"payload\":{\"txn_id\":");
        JsonText.string(line, txn);
        line.append(",\"order_id\":");
        JsonText.string(line, order);
        line.append(",\"amount\":").append(paise).append(",\"status\":");
        JsonText.string(line, status);
        line.append("}}");
        spool.add(at, "J\t" + event + "\t" + (redelivery ? "1" : "0") + "\t" + line);
    }

    void unknownPosting(long at, String billNo, long paise, String txn) throws IOException {
        spool.add(at, "Y\t" + billNo + "\t" + paise + "\t" + txn);
    }

    void counter(long at, String consumer, String bill, long paise, String mode, String status, String billNo,
                 String track) throws IOException {
        spool.add(at, "C\t" + consumer + "\t" + bill + "\t" + paise + "\t" + mode + "\t" + status + "\t" + billNo
                + "\t" + track);
    }

    void kiosk(long at, String consumer, String bill, long paise, long charge, String state, String billNo,
               String track) throws IOException {
        spool.add(at, "K\t" + consumer + "\t" + bill + "\t" + paise + "\t" + charge + "\t" + state + "\t" + billNo
                + "\t" + track);
    }
}

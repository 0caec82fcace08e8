package dev.hisaab.recovery;

import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds one application's evidence into distinct payments. A transaction id is one payment however many gateway
 * rows, callbacks (redeliveries) and receipts cite it; it counts only if captured and never refunded. A failed
 * attempt is not a payment. A receipt citing no known transaction is a payment of its own.
 */
final class PaymentAssembler {

    private final ZoneId zone;
    private final Map<Long, Day> days = new HashMap<>();

    PaymentAssembler(ZoneId zone) {
        this.zone = zone;
    }

    /** Evidence refs per transaction (including non-payments) and the payments, ordered by time. */
    List<Payment> payments(ApplicationCase c, List<String> explainedRefs) {
        Map<String, Txn> txns = transactions(c);
        for (GatewayTxn g : c.gateway) {
            txns.get(g.txnId()).refs.add(g.origin().toString());
        }
        for (Callback cb : c.callbacks) {
            txns.get(cb.txnId()).refs.add(cb.origin().toString());
        }
        List<Payment> payments = new ArrayList<>();
        for (ResolvedReceipt rr : c.receipts) {
            var r = rr.receipt();
            Txn t = r.txnRef() == null ? null : txns.get(r.txnRef());
            if (t != null) {
                t.refs.add(r.origin().toString());
                if (t.time < 0) {
                    t.time = r.time();
                }
            } else {
                String channel = r.channel() == null ? "" : " (" + r.channel() + ")";
                payments.add(new Payment("receipt " + r.receiptNo() + channel + " " + rupees(r.amount())
                        + " on " + day(r.time()), r.amount(), r.time(), List.of(r.origin().toString())));
            }
        }
        for (Txn t : txns.values()) {
            if (t.isPayment()) {
                payments.add(new Payment("txn " + t.id + " " + rupees(t.amount) + " on " + day(t.time), t.amount, t.time,
                        List.copyOf(t.refs)));
            } else {
                explainedRefs.addAll(t.refs);
            }
        }
        payments.sort(Comparator.comparingLong(Payment::time).thenComparing(Payment::label));
        return payments;
    }

    /** The application's transactions by id, folded from its gateway rows, then its callbacks (no refs yet). */
    private static Map<String, Txn> transactions(ApplicationCase c) {
        Map<String, Txn> txns = new TreeMap<>();
        for (GatewayTxn g : c.gateway) {
            Txn t = txns.computeIfAbsent(g.txnId(), Txn::new);
            t.status(g.status());
            if (t.amount < 0 || t.fromCallback) {
                t.amount = g.amount();
                t.time = g.time();
                t.fromCallback = false;
            }
        }
        for (Callback cb : c.callbacks) {
            Txn t = txns.computeIfAbsent(cb.txnId(), Txn::new);
            t.status(cb.status());
            if (t.amount < 0 && cb.amount() >= 0) {
                t.amount = cb.amount();
                t.time = cb.time();
                t.fromCallback = true;
            }
        }
        return txns;
    }

    private String day(long epochSecond) {
        if (epochSecond < 0) {
            return "?";
        }
        // most payments fall on a few hundred days: look the day up by quarter hour, and trust what is found only
        // if the time lies within that day's bounds in the zone, so any offset (or change of offset) stays exact
        long bucket = epochSecond / 900;
        Day d = days.get(bucket);
        if (d == null || epochSecond < d.from || epochSecond >= d.to) {
            LocalDate date = Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate();
            d = new Day(date.toString(), date.atStartOfDay(zone).toEpochSecond(),
                    date.plusDays(1).atStartOfDay(zone).toEpochSecond());
            if (days.size() < 100_000) {
                days.put(bucket, d);
            }
        }
        return d.name;
    }

    /** A calendar day in the zone: its text and the epoch seconds it spans. */
    private record Day(String name, long from, long to) {
    }

    static String rupees(long paise) {
        return dev.hisaab.value.Amounts.formatRupees(paise);
    }

    private static final class Txn {
        final String id;
        boolean captured;
        boolean refunded;
        long amount = -1;
        long time = -1;
        boolean fromCallback;
        final List<String> refs = new ArrayList<>(3);

        Txn(String id) {
            this.id = id;
        }

        void status(PaymentStatus s) {
            if (s == PaymentStatus.CAPTURED) {
                captured = true;
            } else if (s == PaymentStatus.REFUNDED) {
                refunded = true;
            }
        }

        boolean isPayment() {
            return captured && !refunded && amount >= 0;
        }
    }
}

package dev.hisaab.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bills of the consumers whose receipts name no bill, by due date. A receipt pays the consumer's latest bill
 * already issued on its date — due at most {@code leadDays} after it (bills are issued that many days before they
 * fall due); paid before any bill was issued, the first bill.
 */
final class OpenBills {

    private record Due(String billNo, LocalDate dueDate) {
    }

    private final Map<String, List<Due>> byConsumer = new HashMap<>();
    private final int leadDays;

    OpenBills(int leadDays) {
        this.leadDays = leadDays;
    }

    void add(String consumerKey, String billNo, LocalDate dueDate) {
        byConsumer.computeIfAbsent(consumerKey, k -> new ArrayList<>(3)).add(new Due(billNo, dueDate));
    }

    /** The bill a receipt of this consumer paid on this day, or null when the consumer has no bill. */
    String billFor(String consumerKey, LocalDate paidOn) {
        List<Due> bills = byConsumer.get(consumerKey);
        if (bills == null || bills.isEmpty()) {
            return null;
        }
        bills.sort(Comparator.comparing(Due::dueDate).thenComparing(Due::billNo));
        LocalDate latestIssuedDue = paidOn.plusDays(leadDays);
        String chosen = bills.get(0).billNo();
        for (Due d : bills) {
            if (!d.dueDate().isAfter(latestIssuedDue)) {
                chosen = d.billNo();
            }
        }
        return chosen;
    }
}

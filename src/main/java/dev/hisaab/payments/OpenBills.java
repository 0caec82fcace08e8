package dev.hisaab.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bills of the consumers whose receipts name no bill, by due date. A receipt pays the consumer's bill with the
 * earliest due date on or after the receipt's date (the bill then open); paid after every due date, the latest bill.
 */
final class OpenBills {

    private record Due(String billNo, LocalDate dueDate) {
    }

    private final Map<String, List<Due>> byConsumer = new HashMap<>();

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
        for (Due d : bills) {
            if (!d.dueDate().isBefore(paidOn)) {
                return d.billNo();
            }
        }
        return bills.get(bills.size() - 1).billNo();
    }
}

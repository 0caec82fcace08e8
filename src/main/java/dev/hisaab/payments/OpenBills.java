package dev.hisaab.payments;

import dev.hisaab.index.KeyTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bills of the consumers whose receipts name no bill, by due date. A receipt pays the consumer's latest bill
 * already issued on its date — due at most {@code leadDays} after it (bills are issued that many days before they
 * fall due); paid before any bill was issued, the first bill.
 *
 * <p>The order in which bills are added does not matter (a consumer's bills are sorted by due date and bill number
 * before one is chosen), so slices of the bills may be read into tables of their own, on threads of their own, and
 * joined ({@link #addAll}): a consumer's bills are gathered from every slice's table only when a receipt asks for
 * them. Copying one slice's consumers into another's table instead took about 2 s at a million consumers, longer
 * than reading the bills (inserted in the order of the other table's slots, keys land in long runs of full slots).
 * Not thread-safe.
 */
final class OpenBills {

    private record Due(String billNo, LocalDate dueDate) {
    }

    private static final Comparator<Due> ORDER = Comparator.comparing(Due::dueDate).thenComparing(Due::billNo);

    /** Consumer keys are short codes: a {@link KeyTable} finds them without comparing strings. */
    private final KeyTable<List<Due>> byConsumer = new KeyTable<>();
    /** The tables of the slices joined to this one. */
    private final List<KeyTable<List<Due>>> joined = new ArrayList<>();
    private final int leadDays;

    OpenBills(int leadDays) {
        this.leadDays = leadDays;
    }

    void add(String consumerKey, String billNo, LocalDate dueDate) {
        byConsumer.computeIfAbsent(consumerKey, k -> new ArrayList<>(3)).add(new Due(billNo, dueDate));
    }

    /** Adds every bill of {@code other} (read from another slice of the bills), which is not to be added to after. */
    void addAll(OpenBills other) {
        joined.add(other.byConsumer);
        joined.addAll(other.joined);
    }

    /** The bill a receipt of this consumer paid on this day, or null when the consumer has no bill. */
    String billFor(String consumerKey, LocalDate paidOn) {
        List<Due> bills = bills(consumerKey);
        if (bills == null || bills.isEmpty()) {
            return null;
        }
        bills.sort(ORDER);
        LocalDate latestIssuedDue = paidOn.plusDays(leadDays);
        String chosen = bills.get(0).billNo();
        for (Due d : bills) {
            if (!d.dueDate().isAfter(latestIssuedDue)) {
                chosen = d.billNo();
            }
        }
        return chosen;
    }

    /** The consumer's bills in this table and the joined ones (a list of its own when more than one has some). */
    private List<Due> bills(String consumerKey) {
        List<Due> bills = byConsumer.get(consumerKey);
        boolean own = false;
        for (KeyTable<List<Due>> slice : joined) {
            List<Due> more = slice.get(consumerKey);
            if (more == null) {
                continue;
            }
            if (bills == null) {
                bills = more;
            } else {
                if (!own) {
                    bills = new ArrayList<>(bills);
                    own = true;
                }
                bills.addAll(more);
            }
        }
        return bills;
    }
}

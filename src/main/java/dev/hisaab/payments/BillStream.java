package dev.hisaab.payments;

import dev.hisaab.evidence.Bill;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A partition's bills read from their work file in bill-number order and merged with the cases of its payment
 * evidence (in the same order), so that every case is visited once, in bill-number order, and no bill is held past
 * its own visit. Holding all of a partition's bills until they were judged made them the bulk of what the garbage
 * collector copied (and of the cache misses of looking rows up among them). Works only when the work file is in
 * number order, as the stage writes a portal's bills; the merge tells when it is not, rather than the file being read
 * twice to know beforehand.
 */
final class BillStream {

    /** What is done with each case. */
    interface Visit {
        void accept(BillCase c) throws IOException;
    }

    /** What is done with a bill whose number an earlier bill of the file had. */
    interface Duplicate {
        void reject(Bill bill, Bill first) throws IOException;
    }

    private BillStream() {
    }

    /**
     * Visits the bills of {@code file} (in number order, their values under {@code columns}) each with its case from
     * {@code evidence} (cases without a bill, in number order), and between them the cases whose number is no bill;
     * a bill whose number came before is handed to {@code duplicate} instead, as the first bill of a number is the
     * bill. {@code evidence} is emptied (its entries set to null) as its cases are visited, so that they need not be
     * held to the end.
     *
     * @return false when a bill came out of number order: the merge stopped there, and what it visited is to be
     *     thrown away (the bills are then to be held and sorted instead)
     */
    static boolean merge(Path file, ColumnValues.Columns columns, List<BillCase> evidence, Duplicate duplicate,
                         Visit visit) throws IOException {
        int e = 0;
        int n = evidence.size();
        Bill last = null;
        try (SpoolReader in = new SpoolReader(file)) {
            for (SpoolFields f = in.next(); f != null; f = in.next()) {
                Bill bill = Bill.of(f, columns);
                String billNo = bill.billNo();
                if (billNo == null) {
                    return false;
                }
                if (last != null) {
                    int order = last.billNo().compareTo(billNo);
                    if (order > 0) {
                        return false;
                    }
                    if (order == 0) {
                        duplicate.reject(bill, last);
                        continue;
                    }
                }
                BillCase c = null;
                while (e < n) {
                    BillCase next = evidence.get(e);
                    int order = next.billNo.compareTo(billNo);
                    if (order > 0) {
                        break;
                    }
                    evidence.set(e++, null);
                    if (order == 0) {
                        c = next;
                        break;
                    }
                    visit.accept(next);
                }
                if (c == null) {
                    c = BillCase.of(bill);
                } else {
                    c.bill = bill;
                }
                visit.accept(c);
                last = bill;
            }
        }
        while (e < n) {
            BillCase next = evidence.get(e);
            evidence.set(e++, null);
            visit.accept(next);
        }
        return true;
    }
}

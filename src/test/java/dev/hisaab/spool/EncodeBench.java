package dev.hisaab.spool;

import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.record.Origin;
import java.util.ArrayList;
import java.util.List;

/** Scratch: the cost of encoding receipts into a work file, alone. */
public final class EncodeBench {

    public static void main(String[] args) throws Exception {
        List<BillReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < 500_000; i++) {
            receipts.add(new BillReceipt("receipts-counter", new Origin("receipts-counter.csv", i + 2),
                    String.format("KCR/25/%06d", i), 1766600000L + i, "KOTA-W-" + (100000 + i), "KOTAW" + (100000 + i),
                    "B2512-" + (100000 + i), 39900 + i, 0, false));
        }
        for (int r = 0; r < Integer.parseInt(args[0]); r++) {
            long t0 = System.nanoTime();
            try (SpoolWriter w = SpoolWriter.discarding()) {
                for (BillReceipt b : receipts) {
                    w.write(b);
                }
                w.commit();
            }
            System.out.printf("encode %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
    }
}

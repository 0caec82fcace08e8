package dev.hisaab.payments;

import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PortalPayment;
import java.util.ArrayList;
import java.util.List;

/** Everything one partition holds about one bill number: the bill, its posted payments and all payment evidence. */
final class BillCase {

    final String billNo;
    Bill bill;
    // empty until the first row: most bills lack one kind of evidence or another, and there are millions of bills
    final List<PortalPayment> posted = new ArrayList<>(0);
    final List<GatewayTxn> gateway = new ArrayList<>(0);
    final List<Callback> callbacks = new ArrayList<>(0);
    final List<ResolvedBillReceipt> receipts = new ArrayList<>(0);

    BillCase(String billNo) {
        this.billNo = billNo;
    }
}

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
    final List<PortalPayment> posted = new ArrayList<>(1);
    final List<GatewayTxn> gateway = new ArrayList<>(1);
    final List<Callback> callbacks = new ArrayList<>(1);
    final List<ResolvedBillReceipt> receipts = new ArrayList<>(1);

    BillCase(String billNo) {
        this.billNo = billNo;
    }
}

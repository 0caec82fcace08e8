package dev.hisaab.recovery;

import dev.hisaab.evidence.ApplicationRow;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import java.util.ArrayList;
import java.util.List;

/** Everything one partition holds about one application number: its database rows and all payment evidence. */
final class ApplicationCase {

    final String number;
    ApplicationRow snapshot;
    ApplicationRow live;
    final List<GatewayTxn> gateway = new ArrayList<>(2);
    final List<Callback> callbacks = new ArrayList<>(2);
    final List<ResolvedReceipt> receipts = new ArrayList<>(1);

    ApplicationCase(String number) {
        this.number = number;
    }
}

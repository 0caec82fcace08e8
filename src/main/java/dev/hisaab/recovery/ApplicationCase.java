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
    // empty until the first row: most cases lack one kind of evidence or another, and there are millions of cases
    final List<GatewayTxn> gateway = new ArrayList<>(0);
    final List<Callback> callbacks = new ArrayList<>(0);
    final List<ResolvedReceipt> receipts = new ArrayList<>(0);

    ApplicationCase(String number) {
        this.number = number;
    }
}

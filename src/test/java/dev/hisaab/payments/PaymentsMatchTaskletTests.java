package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.job.RunLayout;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One partition of the match step on work files: the same findings, statements, refunds, totals and counts whether
 * the bills come in number order (streamed) or not (held and sorted), and a repeated bill number rejected either way.
 */
class PaymentsMatchTaskletTests {

    static final JobDefinition JOB = BillJudgeTests.JOB;

    @TempDir
    Path dir;

    @Test
    void judgesTheSameWhetherTheBillsComeInNumberOrderOrNot() throws IOException {
        List<Bill> bills = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            bills.add(bill(String.format("B2601-%06d", i * 3), i));
        }
        List<Bill> shuffled = new ArrayList<>(bills);
        Collections.shuffle(shuffled, new Random(11));

        Map<String, String> inOrder = outputs(run("sorted", bills));
        Map<String, String> outOfOrder = outputs(run("shuffled", shuffled));

        assertThat(inOrder.get("findings")).contains("UNPOSTED_PAYMENT", "UNMATCHED_GATEWAY_TXN", "DUPLICATE_PAYMENT");
        assertThat(outOfOrder).isEqualTo(inOrder);
    }

    @Test
    void rejectsARepeatedBillNumberWhenStreamed() throws IOException {
        List<Bill> bills = List.of(bill("B2601-000001", 1), bill("B2601-000001", 2), bill("B2601-000002", 3));

        Map<String, String> out = outputs(run("repeated", bills));

        assertThat(out.get("rejects")).contains("duplicate bill number B2601-000001, first at portal.sql:1");
        assertThat(out.get("tally")).contains("bills.rejected=1", "bills.matched=2");
    }

    private RunLayout run(String name, List<Bill> bills) throws IOException {
        RunLayout layout = new RunLayout(dir.resolve(name));
        Files.createDirectories(layout.work());
        write(layout.spool(JOB.sources(SourceRole.BILLS).get(0).id(), 0), bills.stream().map(Bill::fields).toList());
        List<String[]> payments = new ArrayList<>();
        List<String[]> gateway = new ArrayList<>();
        List<String[]> callbacks = new ArrayList<>();
        List<String[]> receipts = new ArrayList<>();
        int line = 1000;
        for (int i = 0; i < 300; i += 2) {
            String billNo = String.format("B2601-%06d", i * 3 + (i % 10 == 0 ? 1 : 0)); // every fifth no bill
            String txn = "pay_" + i;
            gateway.add(new GatewayTxn("gateway", new Origin("gw.csv", ++line), txn, billNo, 45600,
                    PaymentStatus.CAPTURED, 1770000000L + i, "BR" + i).fields());
            callbacks.add(new Callback("callbacks", new Origin("cb.jsonl", ++line), "payment.captured", txn, billNo,
                    45600, PaymentStatus.CAPTURED, 1770000005L + i).fields());
            if (i % 4 == 0) {
                payments.add(new PortalPayment("payments", new Origin("portal.sql", ++line), "P" + i, billNo, 45600,
                        1770000000L + i, "ONLINE", txn, null).fields());
            }
            if (i % 6 == 0) {
                receipts.add(new ResolvedBillReceipt(new BillReceipt("receipts-counter", new Origin("r.csv", ++line),
                        "KCR/26/" + i, 1770100000L, "kota-w-" + i, billNo, 45600, 0, false), billNo,
                        "bill-no").fields());
            }
        }
        write(layout.spool(JOB.sources(SourceRole.PAYMENTS).get(0).id(), 0), payments);
        write(layout.spool(JOB.sources(SourceRole.GATEWAY).get(0).id(), 0), gateway);
        write(layout.spool(JOB.sources(SourceRole.CALLBACKS).get(0).id(), 0), callbacks);
        write(layout.spool(ResolveReceiptsTasklet.RESOLVED, 0), receipts);
        new PaymentsMatchTasklet(JOB, layout).run(0);
        return layout;
    }

    private static Map<String, String> outputs(RunLayout layout) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("findings", Files.readString(layout.findings("match-0")));
        out.put("rejects", Files.readString(layout.rejects("match-0")));
        out.put("statements", Files.readString(PaymentsMatchTasklet.statements(layout, 0)));
        out.put("refunds", Files.readString(PaymentsMatchTasklet.refunds(layout, 0)));
        out.put("totals", Files.readString(PaymentsMatchTasklet.totals(layout, 0)));
        out.put("tally", String.join("\n", Files.readAllLines(layout.tally("match-0")).stream()
                .filter(l -> !l.startsWith("#")).sorted().toList()));
        return out;
    }

    private static void write(Path file, List<String[]> records) throws IOException {
        try (SpoolWriter out = new SpoolWriter(file)) {
            for (String[] r : records) {
                out.write(r);
            }
            out.commit();
        }
    }

    /** A bill as the job's bills source would stage it: every mapped field's raw value, in name order. */
    private static Bill bill(String billNo, int line) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("amount", "456.00");
        values.put("bill-no", billNo);
        values.put("consumer-id", "KOTA-W-000001");
        values.put("due-date", "2026-02-10");
        values.put("late-fee", "0.00");
        values.put("period", "2026-01");
        values.put("status", "UNPAID");
        values.put("updated-at", "2026-02-11 02:00:00+05:30");
        return new Bill("bills", new Origin("portal.sql", line), billNo, "KOTAW1", 45600,
                LocalDate.parse("2026-02-10"), "UNPAID", 0, values);
    }
}

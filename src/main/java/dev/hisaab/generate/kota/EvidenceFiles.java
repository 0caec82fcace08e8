package dev.hisaab.generate.kota;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The time-ordered pass: turns spooled events into lines of the gateway settlement, the callback log, the counter
 * and kiosk receipts and the portal's payments rows, numbering receipts and payments as they come, and tells the
 * answers what only this pass knows (payment ids, receipt numbers, control totals).
 */
final class EvidenceFiles implements Closeable {

    static final String GATEWAY = "gateway-settlement.csv";
    static final String CALLBACKS = "callbacks.jsonl";
    static final String COUNTER = "receipts-counter.csv";
    static final String KIOSK = "receipts-kiosk.csv";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final EvidenceFile gateway;
    private final EvidenceFile callbacks;
    private final EvidenceFile counter;
    private final EvidenceFile kiosk;
    private final PortalDump dump;
    private final KotaAnswers answers;
    private final Map<Integer, Long> counterSerials = new LinkedHashMap<>();
    private long kioskSerial;

    EvidenceFiles(Path directory, int consumers, PortalDump dump, KotaAnswers answers) throws IOException {
        this.dump = dump;
        this.answers = answers;
        int rejects = (int) Math.max(3, Math.round(consumers * 0.001));
        gateway = new EvidenceFile(directory, GATEWAY, "txn_id,order_id,amount,currency,status,created_at,bank_ref,fee,tax",
                true, "\n", true, consumers * 17L / 10, rejects, (fields, kind) -> csv(fields, kind, 2, 5,
                        "2026-02-30" + fields[5].substring(10)), answers);
        callbacks = new EvidenceFile(directory, CALLBACKS, null, false, "\n", false, consumers * 21L / 10, rejects,
                EvidenceFiles::callbackDamage, answers);
        counter = new EvidenceFile(directory, COUNTER, "Receipt No,Date,Consumer ID,Bill No,Amount,Mode,Status", false,
                "\r\n", false, consumers * 6L / 10, rejects, (fields, kind) -> csv(fields, kind, 4, 1, "30/02/2026"),
                answers);
        kiosk = new EvidenceFile(directory, KIOSK,
                "Txn No,Txn Date,Consumer,Bill,Bill Amount,Service Charge,Total Collected,State", false, "\r\n", false,
                consumers * 4L / 10, rejects, (fields, kind) -> csv(fields, kind, 4, 1,
                        "30/02/2026" + fields[1].substring(10)), answers);
    }

    /** Wrong field count (last field cut), a non-numeric amount, or an impossible date. */
    private static String csv(String[] fields, int kind, int amountField, int dateField, String badDate) {
        switch (kind % 3) {
            case 0:
                return dev.hisaab.generate.CsvLine.join(Arrays.copyOf(fields, fields.length - 1));
            case 1:
                String amount = fields[amountField];
                fields[amountField] = amount.substring(0, amount.length() - 1) + "O";
                return dev.hisaab.generate.CsvLine.join(fields);
            default:
                fields[dateField] = badDate;
                return dev.hisaab.generate.CsvLine.join(fields);
        }
    }

    private static String callbackDamage(String[] fields, int kind) {
        String line = fields[0];
        switch (kind % 3) {
            case 0:
                return line.substring(0, line.length() / 2);
            case 1:
                return line.replaceFirst("\"amount\":(\\d+)", "\"amount\":\"Rs $1/-\"");
            default:
                return line.replaceFirst("\"received_at\":\"\\d{4}-\\d{2}-\\d{2}", "\"received_at\":\"2026-02-30");
        }
    }

    /** Writes one spooled event (see {@link BillStories} for the record layouts). */
    void event(long epoch, String record) throws IOException {
        String[] f = record.split("\t", -1);
        switch (f[0]) {
            case "G":
                gatewayRow(epoch, f);
                break;
            case "J":
                callbacks.text(f[3], 0, f[3]);
                callbacks.tally(f[1].replace('.', '_') + "_lines", 1);
                if (f[2].equals("1")) {
                    callbacks.tally("redelivered_lines", 1);
                }
                break;
            case "Y":
                long paise = Long.parseLong(f[2]);
                long id = dump.payment(f[1], paise, epoch, "ONLINE", f[3], null);
                answers.finding(FindingCategory.POSTED_NOT_CAPTURED, Long.toString(id), paise);
                break;
            case "C":
                counterReceipt(epoch, f);
                break;
            case "K":
                kioskReceipt(epoch, f);
                break;
            default:
                throw new IllegalStateException("unknown spooled event " + record);
        }
    }

    private void gatewayRow(long epoch, String[] f) throws IOException {
        String txn = f[1];
        long paise = Long.parseLong(f[3]);
        char kind = f[6].charAt(0);
        boolean failed = kind == 'F' || kind == 'Q';
        long fee = failed ? 0 : paise * 18 / 1000;
        long tax = fee * 18 / 100;
        gateway.row(paise, txn, f[2], f[3], "INR", f[4], KotaCalendar.utc(epoch), f[5], Long.toString(fee),
                Long.toString(tax));
        String status = f[4].toLowerCase(Locale.ROOT);
        gateway.tally(status + "_rows", 1);
        gateway.tally(status + "_amount_paise", paise);
        switch (kind) {
            case 'P':
                dump.payment(f[2], paise, epoch, "ONLINE", txn, null);
                answers.total(epoch, KotaAnswers.Total.POSTED, paise);
                break;
            case 'U':
                answers.total(epoch, KotaAnswers.Total.UNPOSTED, paise);
                break;
            case 'X':
                answers.total(epoch, KotaAnswers.Total.UNMATCHED, paise);
                break;
            case 'R':
                answers.total(epoch, KotaAnswers.Total.REFUNDED, paise);
                break;
            case 'Q':
                long id = dump.payment(f[2], paise, epoch, "ONLINE", txn, null);
                answers.finding(FindingCategory.POSTED_NOT_CAPTURED, Long.toString(id), paise);
                break;
            default:
                break;
        }
        if (!f[7].equals("-")) {
            answers.duplicatePayment(f[7], "ONLINE", txn, paise);
        }
    }

    private void counterReceipt(long epoch, String[] f) throws IOException {
        LocalDateTime at = KotaCalendar.ist(epoch);
        int year = at.getYear() % 100;
        long serial = counterSerials.merge(year, 1L, Long::sum);
        String number = String.format("KCR/%02d/%06d", year, serial);
        long paise = Long.parseLong(f[3]);
        boolean ok = f[5].equals("OK");
        counter.row(paise, number, DATE.format(at), f[1], f[2], Money.indian(paise), f[4], f[5]);
        counter.tally(f[5].toLowerCase(Locale.ROOT) + "_rows", 1);
        if (ok) {
            dump.payment(f[6], paise, epoch, "COUNTER", null, number);
            if (!f[7].equals("-")) {
                answers.duplicatePayment(f[7], "COUNTER", number, paise);
            }
        }
    }

    private void kioskReceipt(long epoch, String[] f) throws IOException {
        String number = String.format("KKS-%06d", ++kioskSerial);
        long paise = Long.parseLong(f[3]);
        long charge = Long.parseLong(f[4]);
        boolean ok = f[5].equals("SUCCESS");
        kiosk.row(paise, number, DATE_TIME.format(KotaCalendar.ist(epoch)), f[1], f[2], Money.indian(paise),
                Money.indian(charge), Money.indian(paise + charge), f[5]);
        kiosk.tally(f[5].toLowerCase(Locale.ROOT) + "_rows", 1);
        kiosk.tally("service_charge_paise", charge);
        if (ok) {
            dump.payment(f[6], paise, epoch, "KIOSK", null, number);
            if (!f[7].equals("-")) {
                answers.duplicatePayment(f[7], "KIOSK", number, paise);
            }
        }
    }

    Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (EvidenceFile file : new EvidenceFile[] {gateway, callbacks, counter, kiosk}) {
            counts.put(file.name(), file.counts());
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        try (EvidenceFile g = gateway; EvidenceFile c = callbacks; EvidenceFile r = counter; EvidenceFile k = kiosk) {
            // closing writes the malformed lines still owed and the gateway footer
        }
    }
}

package dev.hisaab.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The five evidence files (three receipt CSVs, the gateway settlement CSV, the callback log): renders each line in
 * its file's own format, numbers receipts in the order they are written, and plants malformed lines.
 */
final class EvidenceFiles implements Closeable {

    static final String COUNTER = "receipts-counter.csv";
    static final String KIOSK = "receipts-kiosk.csv";
    static final String PORTAL = "receipts-portal.csv";
    static final String GATEWAY = "gateway-settlement.csv";
    static final String CALLBACKS = "callbacks.jsonl";
    static final long FEE_PAISE = 10_000;

    private static final DateTimeFormatter COUNTER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter KIOSK_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final LineFile counter;
    private final LineFile kiosk;
    private final LineFile portal;
    private final LineFile gateway;
    private final LineFile callbacks;
    private long counterSerial;
    private long kioskSerial;
    private long portalSerial;

    EvidenceFiles(Path directory, int applications, ExpectedAnswers expected) throws IOException {
        int rejects = (int) Math.max(2, Math.round(applications * 0.001));
        counter = new LineFile(directory, COUNTER,
                "Receipt No,Date,Application No,Payer Name,Mobile,Amount (Rs),Mode,Channel,Txn Ref",
                applications * 30L / 100, rejects, (line, kind) -> csv(line, kind, 8, 5, "1OO.00", 1, "31/02/2025"),
                expected);
        kiosk = new LineFile(directory, KIOSK, "rcpt_no,rcpt_dt,app_no,name,mobile_no,amt,pay_mode,channel,ref_no",
                applications * 22L / 100, rejects, EvidenceFiles::kioskDamage, expected);
        portal = new LineFile(directory, PORTAL,
                "receipt_no,paid_at,application_no,applicant,mobile,amount,mode,channel,gateway_txn_id",
                applications * 38L / 100, rejects,
                (line, kind) -> csv(line, kind, 8, 5, "1OO.00", 1, "2025-02-31" + line.split(",")[1].substring(10)),
                expected);
        gateway = new LineFile(directory, GATEWAY, "txn_id,order_id,amount,currency,status,created_at,bank_ref,fee,tax",
                applications * 42L / 100, rejects,
                (line, kind) -> csv(line, kind, 6, 2, "1OOOO", 5, "2025-11-31" + line.split(",")[5].substring(10)),
                expected);
        callbacks = new LineFile(directory, CALLBACKS, null, applications * 43L / 100, rejects,
                EvidenceFiles::callbackDamage, expected);
    }

    /** Wrong field count (fields cut from {@code keep}), a non-numeric amount, or an impossible date. */
    private static String csv(String line, int kind, int keep, int amountField, String badAmount, int dateField,
                              String badDate) {
        String[] fields = line.split(",", -1);
        switch (kind % 3) {
            case 0:
                return String.join(",", Arrays.copyOf(fields, keep));
            case 1:
                fields[amountField] = badAmount;
                return String.join(",", fields);
            default:
                fields[dateField] = badDate;
                return String.join(",", fields);
        }
    }

    private static String kioskDamage(String line, int kind) {
        String[] fields = line.split(",", -1);
        if (kind % 3 == 0) {
            // "Surname, First": an unquoted comma in the name gives one field too many
            String name = fields[3];
            int space = name.lastIndexOf(' ');
            fields[3] = space < 0 ? name + ", " : name.substring(space + 1) + ", " + name.substring(0, space);
            return String.join(",", fields);
        }
        return csv(line, kind, 9, 5, "1OO", 1, "31-02-2025" + fields[1].substring(10));
    }

    private static String callbackDamage(String line, int kind) {
        if (kind % 2 == 0) {
            return line.substring(0, line.length() / 2);
        }
        return line.replaceFirst("\"received_at\":\"\\d{4}-\\d{2}-\\d{2}", "\"received_at\":\"2025-11-31");
    }

    String counterReceipt(OffsetDateTime at, String applicationNo, String payer, String mobile) throws IOException {
        String number = String.format("CR-%06d", ++counterSerial);
        counter.write(CsvLine.join(number, COUNTER_DATE.format(at), applicationNo, payer, mobile, "100.00", "CASH",
                "COUNTER", ""), FEE_PAISE);
        return number;
    }

    String kioskReceipt(OffsetDateTime at, String applicationNo, String payer, String mobile, String mode,
                        String reference) throws IOException {
        String number = String.format("KS/%02d/%05d", at.getYear() % 100, ++kioskSerial);
        kiosk.write(CsvLine.join(number, KIOSK_TIME.format(at), applicationNo, payer, mobile, "100", mode, "KIOSK",
                reference), FEE_PAISE);
        return number;
    }

    String portalReceipt(OffsetDateTime at, String applicationNo, String payer, String mobile, String txnId)
            throws IOException {
        String number = String.format("PR-%d-%06d", at.getYear(), ++portalSerial);
        portal.write(CsvLine.join(number, ISO.format(at), applicationNo, payer, mobile, "100.00", "ONLINE", "PORTAL",
                txnId), FEE_PAISE);
        return number;
    }

    void gatewayRow(String txnId, String orderId, String status, OffsetDateTime at, String bankRef, long fee, long tax)
            throws IOException {
        gateway.write(CsvLine.join(txnId, orderId, Long.toString(FEE_PAISE), "INR", status, ISO.format(at), bankRef,
                Long.toString(fee), Long.toString(tax)), FEE_PAISE);
        String normalized = status.toLowerCase(Locale.ROOT);
        gateway.tally(normalized + "_rows", 1);
        gateway.tally(normalized + "_amount_paise", FEE_PAISE);
    }

    /** The callback line as the portal logged it (received_at in UTC). */
    static String callbackLine(OffsetDateTime receivedAt, String event, String txnId, String orderId, String status) {
        StringBuilder line = new StringBuilder(200).append("{\"received_at\":");
        JsonText.string(line, UTC.format(receivedAt.withOffsetSameInstant(ZoneOffset.UTC)));
        line.append(",\"event\":");
        JsonText.string(line, event);
        line.append(",\"payload\":{\"txn_id\":");
        JsonText.string(line, txnId);
        line.append(",\"order_id\":");
        JsonText.string(line, orderId);
        line.append(",\"amount\":").append(FEE_PAISE).append(",\"status\":");
        JsonText.string(line, status);
        return line.append("}}").toString();
    }

    void callback(String line, String event, boolean redelivery) throws IOException {
        callbacks.write(line, FEE_PAISE);
        callbacks.tally(event.replace('.', '_') + "_lines", 1);
        if (redelivery) {
            callbacks.tally("redelivered_lines", 1);
        }
    }

    Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (LineFile file : new LineFile[] {counter, kiosk, portal, gateway, callbacks}) {
            counts.put(file.name(), file.counts());
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        try (counter; kiosk; portal; gateway; callbacks) {
            // closing writes any malformed lines still owed
        }
    }
}

package dev.hisaab.generate.kota;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.hisaab.generate.DumpText;

/**
 * Writes portal.sql as pg_dump 17 writes a plain dump (COPY form, {@code --no-owner --no-privileges}): tables
 * bills, consumers and payments. Each COPY block is streamed to a work file while generating, then the script is
 * assembled in pg_dump's order.
 */
final class PortalDump {

    static final String FILE = "portal.sql";

    private final Path directory;
    private final Path work;
    private final long seed;
    private final BufferedWriter[] bills = new BufferedWriter[KotaCalendar.PERIODS];
    private final BufferedWriter consumers;
    private final BufferedWriter payments;
    private long billRows;
    private long consumerRows;
    private long paymentRows;

    PortalDump(Path directory, Path work, long seed) throws IOException {
        this.directory = directory;
        this.work = work;
        this.seed = seed;
        for (int p = 0; p < bills.length; p++) {
            bills[p] = writer(work.resolve("bills-" + p + ".copy"));
        }
        consumers = writer(work.resolve("consumers.copy"));
        payments = writer(work.resolve("payments.copy"));
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    void consumer(Consumer consumer) throws IOException {
        consumers.write(consumer.id() + "\t" + DumpText.copyValue(consumer.name()) + "\t"
                + DumpText.copyValue(consumer.mobile()) + "\t" + consumer.ward() + "\t"
                + DumpText.copyValue(consumer.address()) + "\n");
        consumerRows++;
    }

    void bill(int period, String billNo, String consumerId, long amount, boolean paid, long lateFee, long updatedAt)
            throws IOException {
        bills[period].write(billNo + "\t" + consumerId + "\t" + KotaCalendar.period(period) + "\t"
                + Money.rupees(amount) + "\t" + KotaCalendar.due(period) + "\t" + (paid ? "PAID" : "UNPAID") + "\t"
                + Money.rupees(lateFee) + "\t" + KotaCalendar.dumpTime(updatedAt) + "\n");
        billRows++;
    }

    /** Appends a payments row and returns its payment_id (bigserial: 1, 2, ...). */
    long payment(String billNo, long paise, long paidAt, String channel, String txnId, String receiptNo)
            throws IOException {
        long id = ++paymentRows;
        payments.write(id + "\t" + billNo + "\t" + Money.rupees(paise) + "\t" + KotaCalendar.dumpTime(paidAt) + "\t"
                + channel + "\t" + (txnId == null ? "\\N" : txnId) + "\t" + (receiptNo == null ? "\\N" : receiptNo)
                + "\n");
        return id;
    }

    long billRows() {
        return billRows;
    }

    long consumerRows() {
        return consumerRows;
    }

    long paymentRows() {
        return paymentRows;
    }

    /** Assembles portal.sql from the work files and deletes them. */
    void finish() throws IOException {
        for (BufferedWriter out : bills) {
            out.close();
        }
        consumers.close();
        payments.close();
        String key = DumpText.restrictKey(seed, 11);
        try (OutputStream file = Files.newOutputStream(directory.resolve(FILE));
             Writer out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(DumpText.header(key, "14.17 (Ubuntu 14.17-0ubuntu0.22.04.1)"));
            out.write(DumpText.section("bills", "TABLE"));
            out.write("""
                    CREATE TABLE public.bills (
                        bill_no character varying(16) NOT NULL,
                        consumer_id character varying(16) NOT NULL,
                        period character(7),
                        amount numeric(10,2) NOT NULL,
                        due_date date NOT NULL,
                        status character varying(12) NOT NULL,
                        late_fee numeric(8,2) DEFAULT 0 NOT NULL,
                        updated_at timestamp with time zone NOT NULL
                    );


                    """);
            out.write(DumpText.section("consumers", "TABLE"));
            out.write("""
                    CREATE TABLE public.consumers (
                        consumer_id character varying(16) NOT NULL,
                        name text NOT NULL,
                        mobile character varying(10),
                        ward character varying(8),
                        address text
                    );


                    """);
            out.write(DumpText.section("payments", "TABLE"));
            out.write("""
                    CREATE TABLE public.payments (
                        payment_id bigint NOT NULL,
                        bill_no character varying(16) NOT NULL,
                        amount numeric(10,2) NOT NULL,
                        paid_at timestamp with time zone NOT NULL,
                        channel character varying(8) NOT NULL,
                        gateway_txn_id character varying(32),
                        receipt_no character varying(24)
                    );


                    """);
            out.write(DumpText.section("payments_payment_id_seq", "SEQUENCE"));
            out.write("""
                    CREATE SEQUENCE public.payments_payment_id_seq
                        START WITH 1
                        INCREMENT BY 1
                        NO MINVALUE
                        NO MAXVALUE
                        CACHE 1;


                    """);
            out.write(DumpText.section("payments_payment_id_seq", "SEQUENCE OWNED BY"));
            out.write("ALTER SEQUENCE public.payments_payment_id_seq OWNED BY public.payments.payment_id;\n\n\n");
            out.write(DumpText.section("payments payment_id", "DEFAULT"));
            out.write("ALTER TABLE ONLY public.payments ALTER COLUMN payment_id SET DEFAULT "
                    + "nextval('public.payments_payment_id_seq'::regclass);\n\n\n");
            out.write(DumpText.dataSection("bills"));
            out.write("COPY public.bills (bill_no, consumer_id, period, amount, due_date, status, late_fee, updated_at) "
                    + "FROM stdin;\n");
            for (int p = 0; p < bills.length; p++) {
                append(out, work.resolve("bills-" + p + ".copy"));
            }
            out.write("\\.\n\n\n");
            out.write(DumpText.dataSection("consumers"));
            out.write("COPY public.consumers (consumer_id, name, mobile, ward, address) FROM stdin;\n");
            append(out, work.resolve("consumers.copy"));
            out.write("\\.\n\n\n");
            out.write(DumpText.dataSection("payments"));
            out.write("COPY public.payments (payment_id, bill_no, amount, paid_at, channel, gateway_txn_id, receipt_no) "
                    + "FROM stdin;\n");
            append(out, work.resolve("payments.copy"));
            out.write("\\.\n\n\n");
            out.write(DumpText.section("payments_payment_id_seq", "SEQUENCE SET"));
            out.write("SELECT pg_catalog.setval('public.payments_payment_id_seq', " + Math.max(1, paymentRows) + ", "
                    + (paymentRows > 0) + ");\n\n\n");
            constraint(out, "bills bills_pkey", "CONSTRAINT", "bills", "bills_pkey PRIMARY KEY (bill_no)");
            constraint(out, "consumers consumers_pkey", "CONSTRAINT", "consumers",
                    "consumers_pkey PRIMARY KEY (consumer_id)");
            constraint(out, "payments payments_gateway_txn_id_key", "CONSTRAINT", "payments",
                    "payments_gateway_txn_id_key UNIQUE (gateway_txn_id)");
            constraint(out, "payments payments_pkey", "CONSTRAINT", "payments",
                    "payments_pkey PRIMARY KEY (payment_id)");
            constraint(out, "payments payments_receipt_no_key", "CONSTRAINT", "payments",
                    "payments_receipt_no_key UNIQUE (receipt_no)");
            constraint(out, "bills bills_consumer_id_fkey", "FK CONSTRAINT", "bills",
                    "bills_consumer_id_fkey FOREIGN KEY (consumer_id) REFERENCES public.consumers(consumer_id)");
            constraint(out, "payments payments_bill_no_fkey", "FK CONSTRAINT", "payments",
                    "payments_bill_no_fkey FOREIGN KEY (bill_no) REFERENCES public.bills(bill_no)");
            out.write(DumpText.footer(key));
        }
    }

    private static void constraint(Writer out, String name, String type, String table, String definition)
            throws IOException {
        out.write(DumpText.section(name, type));
        out.write("ALTER TABLE ONLY public." + table + "\n    ADD CONSTRAINT " + definition + ";\n\n\n");
    }

    private static void append(Writer out, Path part) throws IOException {
        try (InputStream in = Files.newInputStream(part);
             java.io.Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            reader.transferTo(out);
        }
        Files.delete(part);
    }
}

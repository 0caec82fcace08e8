--
-- PostgreSQL database dump (hand-written in pg_dump's --inserts style for a test)
--
SET standard_conforming_strings = on;
CREATE SCHEMA billing;
CREATE TABLE billing.customer (
    cust_no text PRIMARY KEY,
    full_name text NOT NULL,
    phone text
);
CREATE TABLE billing.invoice (
    invoice_id text PRIMARY KEY,
    cust_no text NOT NULL REFERENCES billing.customer(cust_no),
    invoice_amt numeric(10,2) NOT NULL,
    last_date date NOT NULL,
    pay_status text NOT NULL,
    penalty numeric(8,2) NOT NULL DEFAULT 0,
    modified_on timestamp with time zone NOT NULL
);
CREATE TABLE billing.receipt (
    rcpt_id serial PRIMARY KEY,
    invoice_id text NOT NULL REFERENCES billing.invoice(invoice_id),
    amt numeric(10,2) NOT NULL,
    received_on timestamp with time zone NOT NULL,
    mode text NOT NULL,
    pg_ref text UNIQUE,
    counter_rcpt text UNIQUE
);
INSERT INTO billing.customer (cust_no, full_name, phone) VALUES
	('C-01', 'Asha O''Brien', '+91 98111 11111'),
	('C-02', 'Ravi Kumar', '9822222222'),
	('C-03', 'Meena Devi', '09833333333');
INSERT INTO billing.invoice (invoice_id, cust_no, invoice_amt, last_date, pay_status, penalty, modified_on) VALUES
	('INV-1', 'C-01', 500.00, '2026-02-10', 'OPEN', 25.00, '2026-02-11 01:00:00+05:30'),
	('INV-2', 'C-02', 300.00, '2026-02-10', 'SETTLED', 0.00, '2026-02-02 10:00:00+05:30'),
	('INV-3', 'C-03', 200.00, '2026-02-10', 'OPEN', 10.00, '2026-02-11 01:00:00+05:30'),
	('INV-4', 'C-01', 100.00, '2026-03-10', 'OPEN', 0.00, '2026-02-25 09:00:00+05:30'),
	('INV-5', 'C-02', 150.00, '2026-03-10', 'SETTLED', 0.00, '2026-02-26 09:00:00+05:30');
INSERT INTO billing.receipt (rcpt_id, invoice_id, amt, received_on, mode, pg_ref, counter_rcpt) VALUES
	(1, 'INV-2', 300.00, '2026-02-02 10:00:00+05:30', 'NET', 'T2', NULL),
	(2, 'INV-5', 150.00, '2026-02-26 09:00:00+05:30', 'NET', 'T5', NULL);
SELECT pg_catalog.setval('billing.receipt_rcpt_id_seq', 2, true);

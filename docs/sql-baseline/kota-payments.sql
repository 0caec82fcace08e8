-- Hand-written SQL for the payment reconciliation: the alternative issue 7 measures Hisaab against (an IT team loads
-- the files into PostgreSQL and writes SQL). Run by docs/sql-baseline/run.sh (psql, variables data and out: the
-- scenario's files and a folder for its findings), in a scratch database of its own. It does less than Hisaab: no line
-- numbers or rejected-row list, no evidence per finding, no restore scripts, simpler rules (its duplicate and amount
-- rules do not match the generator's answers; see docs/benchmarks.md, 2026-12-05).
\ir start.sql
\cd :data

-- the portal's dump, as pg_dump wrote it (it sets search_path to '' for its own statements)
\i portal.sql
SELECT pg_catalog.set_config('search_path', 'public', false);

-- the other files one line a row: COPY stops at the first row with a field too many or too few, and every file here
-- has some (the rows Hisaab rejects); receipts quote amounts that hold a comma, so their lines with a quote are split
-- by a regex, the others by string_to_array
CREATE UNLOGGED TABLE gateway_raw (line text);
\copy gateway_raw FROM 'gateway-settlement.csv' WITH (FORMAT csv, HEADER true, QUOTE E'\x01', DELIMITER E'\x02')
CREATE UNLOGGED TABLE callbacks_raw (line text);
\copy callbacks_raw FROM 'callbacks.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
CREATE UNLOGGED TABLE counter_raw (line text);
\copy counter_raw FROM 'receipts-counter.csv' WITH (FORMAT csv, HEADER true, QUOTE E'\x01', DELIMITER E'\x02')
CREATE UNLOGGED TABLE kiosk_raw (line text);
\copy kiosk_raw FROM 'receipts-kiosk.csv' WITH (FORMAT csv, HEADER true, QUOTE E'\x01', DELIMITER E'\x02')
INSERT INTO bench_phase (phase) VALUES ('loaded');

-- typed, the rows that do not parse left out
CREATE UNLOGGED TABLE gateway AS
SELECT f[1] AS txn_id, f[2] AS order_id, f[3]::bigint AS paise, lower(f[5]) AS status, f[6]::timestamptz AS created_at
FROM (SELECT string_to_array(line, ',') AS f FROM gateway_raw) split
WHERE cardinality(f) = 9 AND f[1] <> '' AND f[3] ~ '^[0-9]{1,15}$'
  AND f[6] ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-][0-9]{2}:[0-9]{2})$'
  AND is_iso_date(f[6]);
CREATE UNLOGGED TABLE callbacks AS
SELECT j ->> 'event' AS event, j -> 'payload' ->> 'txn_id' AS txn_id, j -> 'payload' ->> 'order_id' AS order_id,
       (j ->> 'received_at')::timestamptz AS received_at
FROM (SELECT line::jsonb AS j FROM callbacks_raw WHERE line ~ '^\{.*\}\s*$') parsed
WHERE j -> 'payload' ->> 'txn_id' IS NOT NULL
  AND j ->> 'received_at' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-][0-9]{2}:[0-9]{2})$'
  AND is_iso_date(j ->> 'received_at');
CREATE UNLOGGED TABLE receipts AS
SELECT 'counter' AS channel, f[1] AS receipt_no, to_date(f[2], 'DD/MM/YYYY') AS paid_on,
       upper(regexp_replace(f[3], '[^A-Za-z0-9]', '', 'g')) AS consumer_key, nullif(trim(f[4]), '') AS bill_no,
       (replace(f[5], ',', '')::numeric * 100)::bigint AS paise
FROM (SELECT CASE WHEN strpos(line, '"') = 0 THEN string_to_array(line, ',') ELSE csv_fields(line) END AS f
      FROM counter_raw) split
WHERE cardinality(f) = 7 AND f[5] ~ '^[0-9,]+(\.[0-9]{1,2})?$' AND is_dmy_date(f[2])
  AND length(f[2]) = 10 AND upper(f[7]) <> 'CANCELLED'
UNION ALL
SELECT 'kiosk', f[1], to_date(substr(f[2], 1, 10), 'DD/MM/YYYY'), upper(regexp_replace(f[3], '[^A-Za-z0-9]', '', 'g')),
       nullif(trim(f[4]), ''), (replace(f[5], ',', '')::numeric * 100)::bigint
FROM (SELECT CASE WHEN strpos(line, '"') = 0 THEN string_to_array(line, ',') ELSE csv_fields(line) END AS f
      FROM kiosk_raw) split
WHERE cardinality(f) = 8 AND f[5] ~ '^[0-9,]+(\.[0-9]{1,2})?$' AND is_dmy_date(f[2])
  AND upper(f[8]) = 'SUCCESS';
-- a receipt without bill no: the consumer's bill of that period
UPDATE receipts r SET bill_no = b.bill_no
FROM bills b
WHERE r.bill_no IS NULL AND upper(regexp_replace(b.consumer_id, '[^A-Za-z0-9]', '', 'g')) = r.consumer_key
  AND b.period = to_char(r.paid_on - interval '1 month', 'YYYY-MM');
-- the last status of each transaction (a failed attempt may be captured later), refunds apart
CREATE UNLOGGED TABLE captured AS
SELECT DISTINCT ON (txn_id) txn_id, order_id, paise, created_at
FROM gateway WHERE status = 'captured' ORDER BY txn_id, created_at DESC;
CREATE UNLOGGED TABLE refunded AS SELECT DISTINCT txn_id FROM gateway WHERE status = 'refunded';
ALTER TABLE refunded ADD PRIMARY KEY (txn_id);
ALTER TABLE captured ADD PRIMARY KEY (txn_id);
-- the dump's tables too: a restored dump has no statistics, and the planner then expects one row where there are
-- millions (a nested loop over half a million unposted payments)
ANALYZE;
INSERT INTO bench_phase (phase) VALUES ('typed');

CREATE UNLOGGED TABLE findings (category text, key text, paise bigint, evidence text);
-- captured but never posted to the bill
INSERT INTO findings
SELECT 'UNPOSTED_PAYMENT', c.txn_id, c.paise, 'gateway ' || c.created_at
FROM captured c
JOIN bills b ON b.bill_no = c.order_id
WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.gateway_txn_id = c.txn_id)
  AND NOT EXISTS (SELECT 1 FROM refunded r WHERE r.txn_id = c.txn_id);
-- a late fee on a bill whose unposted payment was captured by its due date
INSERT INTO findings
SELECT 'PENALTY_WRONGLY_APPLIED', b.bill_no, (b.late_fee * 100)::bigint, 'txn ' || f.key
FROM findings f
JOIN captured c ON c.txn_id = f.key
JOIN bills b ON b.bill_no = c.order_id
WHERE f.category = 'UNPOSTED_PAYMENT' AND b.late_fee > 0
  AND (c.created_at AT TIME ZONE 'Asia/Kolkata')::date <= b.due_date;
-- posted with another amount than captured
INSERT INTO findings
SELECT 'AMOUNT_MISMATCH', p.gateway_txn_id, c.paise - (p.amount * 100)::bigint, 'payment ' || p.payment_id
FROM payments p JOIN captured c ON c.txn_id = p.gateway_txn_id
WHERE (p.amount * 100)::bigint <> c.paise;
-- posted as paid online, never captured
INSERT INTO findings
SELECT 'POSTED_NOT_CAPTURED', p.payment_id::text, (p.amount * 100)::bigint, coalesce(p.gateway_txn_id, '')
FROM payments p
WHERE p.channel = 'ONLINE' AND NOT EXISTS (SELECT 1 FROM captured c WHERE c.txn_id = p.gateway_txn_id);
-- captured for no bill
INSERT INTO findings
SELECT 'UNMATCHED_GATEWAY_TXN', c.txn_id, c.paise, 'order ' || c.order_id
FROM captured c
WHERE NOT EXISTS (SELECT 1 FROM bills b WHERE b.bill_no = c.order_id)
  AND NOT EXISTS (SELECT 1 FROM refunded r WHERE r.txn_id = c.txn_id);
-- a bill paid more than once: captured online (not refunded) and at counters or kiosks
INSERT INTO findings
SELECT 'DUPLICATE_PAYMENT', bill_no, sum(paise) - min(paise), string_agg(ref, ' ' ORDER BY ref)
FROM (SELECT c.order_id AS bill_no, c.paise, c.txn_id AS ref FROM captured c
      WHERE NOT EXISTS (SELECT 1 FROM refunded r WHERE r.txn_id = c.txn_id)
      UNION ALL
      SELECT r.bill_no, r.paise, r.receipt_no FROM receipts r WHERE r.bill_no IS NOT NULL) paid
GROUP BY bill_no HAVING count(*) > 1;
\ir finish.sql

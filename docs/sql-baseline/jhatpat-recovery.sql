-- Hand-written SQL for the application recovery: the alternative issue 7 measures Hisaab against (an IT team loads
-- the files into PostgreSQL and writes SQL). Run by docs/sql-baseline/run.sh (psql, variables data and out: the
-- scenario's files and a folder for its findings), in a scratch database of its own. It does less than Hisaab: no line
-- numbers or rejected-row list, no evidence per finding, no restore scripts, no matching of damaged receipts by mobile
-- or name, simpler rules (see docs/benchmarks.md, 2026-12-05).
\ir start.sql
\cd :data

-- the pre-upgrade snapshot (public.applications) and the live database after the upgrade
-- (public.connection_application), as pg_dump wrote them; their tables' names differ, so one database holds both
\i snapshot.sql
\i live.sql
SELECT pg_catalog.set_config('search_path', 'public', false);

-- the key an application number is compared by: letters and digits, upper case (receipts write them spaced, in
-- lower case)
CREATE FUNCTION app_key(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT nullif(upper(regexp_replace(t, '[^A-Za-z0-9]', '', 'g')), '')
$f$;

-- the other files one line a row: COPY stops at the first row with a field too many or too few, and every file here
-- has some (the rows Hisaab rejects); none of them quotes a field
CREATE UNLOGGED TABLE counter_raw (line text);
\copy counter_raw FROM 'receipts-counter.csv' WITH (FORMAT csv, HEADER true, QUOTE E'\x01', DELIMITER E'\x02')
CREATE UNLOGGED TABLE kiosk_raw (line text);
\copy kiosk_raw FROM 'receipts-kiosk.csv' WITH (FORMAT csv, HEADER true, QUOTE E'\x01', DELIMITER E'\x02')
CREATE UNLOGGED TABLE portal_raw (line text);
\copy portal_raw FROM 'receipts-portal.csv' WITH (FORMAT csv, HEADER true, QUOTE E'\x01', DELIMITER E'\x02')
CREATE UNLOGGED TABLE gateway_raw (line text);
\copy gateway_raw FROM 'gateway-settlement.csv' WITH (FORMAT csv, HEADER true, QUOTE E'\x01', DELIMITER E'\x02')
CREATE UNLOGGED TABLE callbacks_raw (line text);
\copy callbacks_raw FROM 'callbacks.jsonl' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
INSERT INTO bench_phase (phase) VALUES ('loaded');

-- typed, the rows that do not parse left out: every receipt of the Rs 100 fee, whichever desk took it
CREATE UNLOGGED TABLE receipts AS
SELECT 'counter' AS channel, f[1] AS receipt_no, app_key(f[3]) AS app_key, f[4] AS name, f[5] AS mobile,
       f[2] AS paid_on, (f[6]::numeric * 100)::bigint AS paise, nullif(f[9], '') AS txn_id
FROM (SELECT string_to_array(line, ',') AS f FROM counter_raw) split
WHERE cardinality(f) = 9 AND f[6] ~ '^[0-9]+(\.[0-9]{1,2})?$' AND is_dmy_date(f[2])
UNION ALL
SELECT 'kiosk', f[1], app_key(f[3]), f[4], f[5], f[2], (f[6]::numeric * 100)::bigint, nullif(f[9], '')
FROM (SELECT string_to_array(line, ',') AS f FROM kiosk_raw) split
WHERE cardinality(f) = 9 AND f[6] ~ '^[0-9]+(\.[0-9]{1,2})?$' AND is_dmy_date(f[2])
UNION ALL
SELECT 'portal', f[1], app_key(f[3]), f[4], f[5], f[2], (f[6]::numeric * 100)::bigint, nullif(f[9], '')
FROM (SELECT string_to_array(line, ',') AS f FROM portal_raw) split
WHERE cardinality(f) = 9 AND f[6] ~ '^[0-9]+(\.[0-9]{1,2})?$' AND is_iso_date(f[2]);
CREATE UNLOGGED TABLE gateway AS
SELECT f[1] AS txn_id, app_key(f[2]) AS app_key, f[3]::bigint AS paise, lower(f[5]) AS status,
       f[6]::timestamptz AS created_at
FROM (SELECT string_to_array(line, ',') AS f FROM gateway_raw) split
WHERE cardinality(f) = 9 AND f[1] <> '' AND f[3] ~ '^[0-9]{1,15}$'
  AND f[6] ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-][0-9]{2}:[0-9]{2})$'
  AND is_iso_date(f[6]);
CREATE UNLOGGED TABLE callbacks AS
SELECT j ->> 'event' AS event, j -> 'payload' ->> 'txn_id' AS txn_id, app_key(j -> 'payload' ->> 'order_id') AS app_key
FROM (SELECT line::jsonb AS j FROM callbacks_raw WHERE line ~ '^\{.*\}\s*$') parsed
WHERE j -> 'payload' ->> 'txn_id' IS NOT NULL;
-- a transaction's last state (a failed attempt may be captured later; a capture may be refunded)
CREATE UNLOGGED TABLE txn AS
SELECT DISTINCT ON (txn_id) txn_id, app_key, paise, status, created_at
FROM gateway ORDER BY txn_id, created_at DESC;
ALTER TABLE txn ADD PRIMARY KEY (txn_id);
-- every fee paid, by application: receipts, and captures no receipt cites
CREATE UNLOGGED TABLE fees AS
SELECT app_key, channel, receipt_no AS ref, paise FROM receipts WHERE app_key IS NOT NULL
UNION ALL
SELECT t.app_key, 'gateway', t.txn_id, t.paise FROM txn t
WHERE t.status = 'captured' AND t.app_key IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.txn_id = t.txn_id);
CREATE UNLOGGED TABLE snapshot_apps AS SELECT app_key(app_no) AS app_key, * FROM applications;
CREATE UNLOGGED TABLE live_apps AS SELECT app_key(application_no) AS app_key, * FROM connection_application;
-- indexes on the keys the rules join on: INSERT ... SELECT runs without parallel workers, and a NOT EXISTS the planner
-- expects to keep one row becomes a nested loop over every fee (three minutes for one rule without them)
CREATE INDEX ON fees (app_key);
CREATE INDEX ON live_apps (app_key);
CREATE INDEX ON snapshot_apps (app_key);
-- a restored dump has no statistics, and the planner then expects one row where there are millions
ANALYZE;
INSERT INTO bench_phase (phase) VALUES ('typed');

CREATE UNLOGGED TABLE findings (category text, key text, paise bigint, evidence text);
-- in the snapshot, gone from the live database, its fee paid: restorable from the snapshot
INSERT INTO findings
SELECT 'MISSING_APPLICATION_RESTORABLE', s.app_no, NULL, 'snapshot'
FROM snapshot_apps s
WHERE NOT EXISTS (SELECT 1 FROM live_apps l WHERE l.app_key = s.app_key)
  AND EXISTS (SELECT 1 FROM fees f WHERE f.app_key = s.app_key);
-- a fee paid for an application in neither database: to be rebuilt from its receipts
INSERT INTO findings
SELECT 'MISSING_APPLICATION_RECONSTRUCTABLE', f.app_key, min(f.paise), string_agg(f.ref, ' ' ORDER BY f.ref)
FROM fees f
WHERE f.app_key ~ '^JP[0-9]{10}$'
  AND NOT EXISTS (SELECT 1 FROM live_apps l WHERE l.app_key = f.app_key)
  AND NOT EXISTS (SELECT 1 FROM snapshot_apps s WHERE s.app_key = f.app_key)
GROUP BY f.app_key;
-- a receipt whose number is no application number at all
INSERT INTO findings
SELECT 'ORPHAN_RECEIPT', r.receipt_no, r.paise, r.channel
FROM receipts r
WHERE r.app_key IS NULL OR r.app_key !~ '^JP[0-9]{10}$';
-- the fee paid twice for one application
INSERT INTO findings
SELECT 'DUPLICATE_FEE', app_key, sum(paise) - min(paise), string_agg(ref, ' ' ORDER BY ref)
FROM fees GROUP BY app_key HAVING count(*) > 1;
-- marked paid in the live database, no fee anywhere
INSERT INTO findings
SELECT 'FEE_UNVERIFIED', l.application_no, NULL, 'live'
FROM live_apps l
WHERE l.fee_paid AND NOT EXISTS (SELECT 1 FROM fees f WHERE f.app_key = l.app_key);
\ir finish.sql

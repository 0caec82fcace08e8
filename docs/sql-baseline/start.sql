-- The start every baseline script shares (\ir start.sql): session settings, the phase clock and the functions the
-- typing needs. Functions are made before the dumps are loaded, in public.
\set ON_ERROR_STOP on
-- what a batch session of a tuned server would have: hash joins and sorts of a million rows in memory
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
CREATE TABLE bench_phase (phase text, at timestamptz DEFAULT clock_timestamp());
INSERT INTO bench_phase (phase) VALUES ('start');

-- a CSV line's fields, quotes undone (for lines that hold a quote; the others are split by string_to_array)
CREATE FUNCTION csv_fields(line text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT array_agg(CASE WHEN m[1] LIKE '"%' THEN replace(substr(m[1], 2, length(m[1]) - 2), '""', '"') ELSE m[1] END
                     ORDER BY n)
    FROM regexp_matches(line || ',', '("(?:[^"]|"")*"|[^,]*),', 'g') WITH ORDINALITY AS f(m, n)
$f$;
-- whether text starts with a calendar date (a cast of 2026-02-30 fails the whole statement): one regex each, which
-- PostgreSQL inlines (a function that names its argument twice is called per row, 12 µs a call)
CREATE FUNCTION is_iso_date(t text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT t ~ '^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)'
$f$;
-- dd/MM/yyyy or dd-MM-yyyy
CREATE FUNCTION is_dmy_date(t text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT t ~ '^(?:(?:(?:0[1-9]|[12][0-9]|3[01])[-/](?:0[13578]|1[02])|(?:0[1-9]|[12][0-9]|30)[-/](?:0[469]|11)|(?:0[1-9]|1[0-9]|2[0-8])[-/]02)[-/][0-9]{4}|29[-/]02[-/](?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00))'
$f$;

-- The end every baseline script shares (\ir finish.sql): the findings written to the out folder, then each phase's end
-- (seconds from the start, by the server's clock) and the count of each category, for run.sh to print.
INSERT INTO bench_phase (phase) VALUES ('matched');

\cd :out
\copy (SELECT * FROM findings ORDER BY category, key) TO 'sql-findings.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO bench_phase (phase) VALUES ('written');

\pset format unaligned
\pset tuples_only on
\pset fieldsep '|'
SELECT 'phase', phase, round(extract(epoch FROM at - first_value(at) OVER (ORDER BY at))::numeric, 2)
FROM bench_phase ORDER BY at;
SELECT 'findings', category, count(*) FROM findings GROUP BY category ORDER BY category;

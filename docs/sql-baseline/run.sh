#!/usr/bin/env bash
# Times the hand-written SQL alternative (issue 7) on a scenario's generated files, in a scratch database of its own:
#   docs/sql-baseline/run.sh <kota-payments|jhatpat-recovery> <data dir> [out dir]
# e.g. after `target/hisaab bench --scale 1000000 --work target/bench`:
#   docs/sql-baseline/run.sh kota-payments target/bench/data/kota-999999-20260301
# PostgreSQL from PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres). Prints the wall time, each phase's end
# (seconds from the start, as the server's clock saw it) and the count of each kind of finding.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
script="$here/$1.sql"
data=$(cd "$2" && pwd)
out=$(mkdir -p "${3:-/tmp/hisaab-sql-baseline}" && cd "${3:-/tmp/hisaab-sql-baseline}" && pwd)
[ -f "$script" ] || { echo "no such script: $script" >&2; exit 2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=hisaab_sql_baseline
psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS '$db'"' EXIT
start=$(date +%s.%N)
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -v data="$data" -v out="$out" -f "$script" | grep -E '^(phase|findings)\|'
end=$(date +%s.%N)
echo "wall|$(echo "$end - $start" | bc) s (psql start to end)"

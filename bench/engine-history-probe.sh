#!/usr/bin/env bash
# Times one history query of the engine's REST API again and again on a database bench/reporting.sh loaded
# (root, for the local PostgreSQL 15; the application is started on it and stopped at the end):
#   bench/engine-history-probe.sh
# Each call asks for the 15 variables the figures need of the first 1,000 lifecycle instances started in one
# week (POST /engine-rest/history/variable-instance as engine-reader), a new week each call, as the
# engine-history path of ReportsBench does. A call is cut off after TIMEOUT seconds.
# Knobs: DATABASE (xinfang_reportbench), PORT (18090), CALLS (10), TIMEOUT (90), FIRST_WEEK (2025-05-05),
#   CUSTOM_PLANS=1 (plan_cache_mode = force_custom_plan on the database for the run, reset afterwards), OUT_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out=${OUT_DIR:-/tmp/xinfang-engine-probe-$(date +%Y%m%d-%H%M%S)}
db=${DATABASE:-xinfang_reportbench}
port=${PORT:-18090}
mkdir -p "$out"
. "$here/lib.sh"
as_postgres() { env -u PGHOST -u PGUSER -u PGPASSWORD runuser -u postgres -- psql -X -q -d postgres -c "$1"; }
if [ "${CUSTOM_PLANS:-}" = 1 ]; then
  as_postgres "alter database $db set plan_cache_mode = force_custom_plan"
  trap 'as_postgres "alter database $db reset plan_cache_mode"' EXIT
fi
jar=$(ls "$root"/target/xinfang-flow-*.jar 2>/dev/null | grep -v '\.original$' | head -1) || true
[ -n "$jar" ] || bench_build
bench_start_app "$db" "$port" -Xmx512m -Duser.timezone=UTC
[ "${CUSTOM_PLANS:-}" = 1 ] && trap 'kill $app 2>/dev/null || true; as_postgres "alter database $db reset plan_cache_mode"' EXIT
names='["receivedOn","registeringUnit","channel","category","noticeOwed","classification","route","unit",
  "acceptanceDecision","acceptedOn","ACCEPTANCE_NOTICE_due","HANDLING_due","deliveredOn","evaluation","reviewRequestedOn"]'
for call in $(seq 1 "${CALLS:-10}"); do
  ids=$(psql -X -tA -d "$db" -c "select string_agg('\"' || id_ || '\"', ',') from (select id_ from act_hi_procinst
    where proc_def_key_ = 'petition-lifecycle' and start_time_ >= date '${FIRST_WEEK:-2025-05-05}' + 7 * ($call - 1)
      and start_time_ < date '${FIRST_WEEK:-2025-05-05}' + 7 * $call order by id_ limit 1000) i")
  start=$(date +%s.%N)
  result=$(curl -s --max-time "${TIMEOUT:-90}" -u engine-reader:demo -H 'Content-Type: application/json' -o /dev/null \
    -w '%{size_download} %{http_code}' -X POST \
    "http://127.0.0.1:$port/engine-rest/history/variable-instance?deserializeValues=false" \
    -d "{\"processInstanceIdIn\":[$ids],\"variableNameIn\":$names}") || result="cut off"
  echo "PROBE call=$call custom_plans=${CUSTOM_PLANS:-0} seconds=$(echo "$(date +%s.%N) - $start" | bc)" \
    "bytes_status=${result// /_}" | tee -a "$out/probe.txt"
done
bench_stop_app
# a query cut off by the client runs on in the server until it notices: end them
psql -X -tA -d postgres -c "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$db'
  and backend_type = 'client backend' and pid <> pg_backend_pid()" >/dev/null
[ "${CUSTOM_PLANS:-}" = 1 ] && as_postgres "alter database $db reset plan_cache_mode" && trap - EXIT
echo "Raw lines: $out"

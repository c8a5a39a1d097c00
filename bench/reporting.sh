#!/usr/bin/env bash
# The reporting benchmark, one command (root, for the local PostgreSQL 15):
#   bench/reporting.sh
# 1. the anchors of ../shared/baseline (pgbench durable commits, bare Camunda lifecycles) in the same run;
# 2. the application jar, started on a fresh PostgreSQL database with the demo users (-Xmx$APP_HEAP);
# 3. MATTERS (default 1,000,000) completed matters received in YEAR (default 2025) loaded by SQL into both the
#    engine's history tables and the reporting projection (bench/load-completed-matters.sql), then ANALYZE; the
#    running totals (report_matter_total) counted from the fact rows by V19's own statement;
# 4. bench/ReportsBench.java: GET /api/reports/yearly?year=YEAR over HTTP as the auditor (median, p95), the same
#    figures computed from the engine's history API (/engine-rest/history/..., paged) with the ratio, every
#    figure checked equal; the XLSX export (time, bytes, the application's heap and peak RSS) and the export
#    job, or "not available";
# 5. EXPLAIN ANALYZE of the report's query, then the table, in OUT_DIR.
# Knobs: MATTERS, YEAR, SKIP_BASELINE=1, CAMUNDA_DBS (default "postgres"), PORT (default 18090),
#   DATABASE (default xinfang_reportbench), APP_HEAP (default 512m), WARMUP (20), REQUESTS (40), OUT_DIR;
#   for the client: ENGINE_USER (engine-reader), ENGINE_PAGE (1000), ENGINE_MAX (a labelled subset),
#   ENGINE_SCOPED_SAMPLE (1), SKIP_ENGINE=1, SKIP_EXPORT=1; WRITES (50: petitions registered one by one and timed).
# REUSE=1: the database DATABASE as an earlier run loaded it (its load line is kept in table bench_load): no
#   drop, no load; the application is started on it (Flyway migrates it) and timed. MATTERS and YEAR are the loaded ones.
# VERIFY=1 (MATTERS up to 20,000): after loading, snapshots the loaded fact rows, stops the application, runs
#   `java -jar … --rebuild-reporting` over the loaded history and compares every fact row and the yearly
#   figures with the loaded ones; prints VERIFY lines and stops there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out=${OUT_DIR:-/tmp/xinfang-reporting-$(date +%Y%m%d-%H%M%S)}
matters=${MATTERS:-1000000}
year=${YEAR:-2025}
port=${PORT:-18090}
db=${DATABASE:-xinfang_reportbench}
heap=${APP_HEAP:-512m}
mkdir -p "$out"
. "$here/lib.sh"
if [ "${VERIFY:-}" = 1 ] && [ "$matters" -gt 20000 ]; then
  echo "VERIFY=1 rebuilds the projection instance by instance: use MATTERS of at most 20000" >&2
  exit 2
fi

bench_anchors
bench_build
[ "${REUSE:-}" = 1 ] || bench_fresh_database "$db"
# history timestamps are the JVM's local time; the loader writes them in UTC
bench_start_app "$db" "$port" "-Xmx$heap" -Duser.timezone=UTC -- --xinfang.reports.exports-dir="$out/exports"

if [ "${REUSE:-}" = 1 ]; then
  echo "== REUSE=1: the matters loaded before into $db, the application migrated and started on them" >&2
  psql -X -tA -d "$db" -c "select line from bench_load" | tee "$out/results.txt"
  matters=$(psql -X -tA -d "$db" -c "select matters from bench_load")
  year=$(psql -X -tA -d "$db" -c "select year from bench_load")
else
  echo "== loading $matters completed matters of $year into the history tables and the projection ..." >&2
  start=$(date +%s)
  psql -X -q -d "$db" -v matters="$matters" -v year="$year" -f "$here/load-completed-matters.sql" 2>&1 \
    | tee "$out/load.txt" >&2
  # the running totals of the fact rows (the demo matters' and the loaded), counted as V19 counts them
  { echo "delete from report_matter_total;"
    sed -n '/^insert into report_matter_total/,/;$/p' "$root/src/main/resources/db/migration/V19__report_matter_total.sql"
    echo "analyze report_matter_total;"
  } | psql -X -q -d "$db" -v ON_ERROR_STOP=1
  line="BENCH load matters=$matters year=$year seconds=$(( $(date +%s) - start ))"
  line="$line database_mb=$(psql -X -tA -d "$db" -c 'select pg_database_size(current_database()) / 1048576')"
  echo "$line" | tee "$out/results.txt"
  psql -X -q -d "$db" -c "create table bench_load as select $matters as matters, $year as year, '$line' as line"
fi

if [ "${VERIFY:-}" = 1 ]; then
  echo "== verifying: the rebuild from the loaded history against the loaded fact rows ..." >&2
  report() { curl -sf -u auditor:demo "http://127.0.0.1:$port/api/reports/yearly?year=$year" | sed 's/"asOf":"[^"]*",//'; }
  report >"$out/verify-report-loaded.json"
  psql -X -q -d "$db" \
    -c "create table bench_loaded_matter_fact as select * from report_matter_fact" \
    -c "create table bench_loaded_step_fact as select * from report_step_fact" \
    -c "create table bench_loaded_sponsorship_fact as select * from report_sponsorship_fact" \
    -c "create table bench_loaded_matter_total as select * from report_matter_total where registered <> 0"
  bench_stop_app
  java -Duser.timezone=UTC -jar "$jar" --spring.profiles.active=postgres,demo \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    --spring.datasource.username=bench --spring.datasource.password=bench --server.port="$port" \
    --camunda.bpm.job-execution.enabled=false --xinfang.supervision.sweep-cron=- \
    --xinfang.supervision.outbound-cron=- --xinfang.attachments.dir="$out/files" \
    --xinfang.documents.dir="$out/documents" --xinfang.reports.exports-dir="$out/exports" \
    --rebuild-reporting >"$out/rebuild.log" 2>&1 \
    || { tail -40 "$out/rebuild.log"; exit 1; }
  grep 'REPORTING PROJECTION' "$out/rebuild.log" | tee -a "$out/results.txt"
  for t in matter step sponsorship; do
    psql -X -tA -d "$db" -F ' ' -c "select 'VERIFY table=report_${t}_fact rows_loaded=' ||
        (select count(*) from bench_loaded_${t}_fact) || ' rows_rebuilt=' || (select count(*) from report_${t}_fact)
        || ' only_loaded=' || (select count(*) from (select * from bench_loaded_${t}_fact
                                                    except all select * from report_${t}_fact) d)
        || ' only_rebuilt=' || (select count(*) from (select * from report_${t}_fact
                                                     except all select * from bench_loaded_${t}_fact) d)"
  done | tee -a "$out/results.txt"
  psql -X -tA -d "$db" -c "select 'VERIFY table=report_matter_total cells_loaded=' ||
      (select count(*) from bench_loaded_matter_total) || ' cells_after_rebuild=' ||
      (select count(*) from report_matter_total where registered <> 0) || ' differing=' ||
      (select count(*) from ((select * from bench_loaded_matter_total except all
                              select * from report_matter_total where registered <> 0) union all
                             (select * from report_matter_total where registered <> 0 except all
                              select * from bench_loaded_matter_total)) d)" | tee -a "$out/results.txt"
  bench_start_app "$db" "$port" "-Xmx$heap" -Duser.timezone=UTC -- --xinfang.reports.exports-dir="$out/exports"
  report >"$out/verify-report-rebuilt.json"
  if cmp -s "$out/verify-report-loaded.json" "$out/verify-report-rebuilt.json"; then same=yes; else same=NO; fi
  echo "VERIFY yearly_report_identical=$same (GET /api/reports/yearly?year=$year before and after the rebuild)" \
    | tee -a "$out/results.txt"
  echo "Raw lines and logs: $out"
  exit 0
fi

echo "== timing the report, the engine's history API and the export ..." >&2
java "$here/ReportsBench.java" "http://127.0.0.1:$port" "$year" "${WARMUP:-20}" "${REQUESTS:-40}" "$app" \
  | tee -a "$out/results.txt"

echo "== EXPLAIN ANALYZE of the report's queries (log: $out/explain.txt) ..." >&2
for k in 1 2; do # the second run is the one to read (warm caches)
  psql -X -q -d "$db" -v from="$year-01-01" -v to="$year-12-31" -v asof="$(TZ=Asia/Shanghai date +%F)" \
    -f "$here/report-queries.sql" >"$out/explain.txt" 2>&1
done

inputs=("$out/results.txt")
[ -f "$out/baseline/results.txt" ] && inputs=("$out/baseline/results.txt" "${inputs[@]}")
{
  echo
  bench_machine
  echo "Application: java -Xmx$heap; database $db; $(grep -c . "$out/results.txt") result lines"
  awk -v matters="$matters" -v year="$year" '
    function kv(k,   i, a) { for (i = 2; i <= NF; i++) { split($i, a, "="); if (a[1] == k) return substr($i, length(k) + 2) } return "" }
    /^PGBENCH/ && kv("script") == "insert1" && kv("clients") == 2 && !pg { pg = kv("lat_avg_ms") }
    /^CAMUNDA/ && kv("metric") == "lifecycles_per_s" && !lc { lc = kv("median") }
    /^BENCH load/ { load = kv("seconds"); size = kv("database_mb") }
    /^BENCH case=yearly_report / { rmed = kv("median_ms"); rp95 = kv("p95_ms"); reg = kv("registered") }
    /^BENCH case=engine_history_figures/ { eng = kv("total_ms"); calls = kv("calls"); subset = kv("subset_max"); euser = kv("user") }
    /^BENCH figures_match/ { fm = kv("figures_match") }
    /^BENCH case=register_petition / { wmed = kv("median_ms"); wp95 = kv("p95_ms") }
    /^BENCH case=xlsx_export / { xa = kv("available"); xt = kv("total_ms"); xb = kv("bytes"); xh = kv("heap_peak_mb"); xhb = kv("heap_before_mb"); xo = kv("old_gen_peak_mb"); xr = kv("vmhwm_mb") }
    /^BENCH case=xlsx_export_job/ { ja = kv("available"); jt = kv("total_ms"); jb = kv("bytes") }
    END {
      printf "\nReporting, %s completed matters of %s in PostgreSQL (%s petitions registered incl. repeats); load %s s, database %s MB\n", matters, year, reg, load, size
      printf "%-56s %10s %10s %16s %18s\n", "case", "median ms", "p95 ms", "x pgbench commit", "x Camunda lifecycle"
      printf "%-56s %10s %10s %16s %18s\n", "GET /api/reports/yearly (auditor, session)", rmed, rp95,
        pg ? sprintf("%.0f", rmed / pg) : "-", lc ? sprintf("%.1f", rmed / (1000 / lc)) : "-"
      if (wmed != "")
        printf "%-56s %10s %10s %16s %18s\n", "POST /api/petitions (clerk, session; the write path)", wmed, wp95,
          pg ? sprintf("%.0f", wmed / pg) : "-", lc ? sprintf("%.1f", wmed / (1000 / lc)) : "-"
      if (eng != "") {
        printf "%-56s %10s %10s %16s %18s\n", "same figures from /engine-rest/history (" euser ")", eng, "(one run)",
          pg ? sprintf("%.0f", eng / pg) : "-", lc ? sprintf("%.1f", eng / (1000 / lc)) : "-"
        printf "\nratio engine history API / report (median): %.0f x  (%s HTTP calls; figures %s)%s\n", eng / rmed, calls, fm, subset != "" ? "  SUBSET of " subset " instances" : ""
      }
      if (xa == "yes") printf "XLSX export: %s ms, %s bytes; heap %s MB before, %s MB peak, old gen %s MB peak (jstat, 100 ms); peak RSS %s MB\n", xt, xb, xhb, xh, xo, xr
      else printf "XLSX export: not available\n"
      if (ja == "yes") printf "XLSX export job: %s ms until downloaded, %s bytes\n", jt, jb
      else printf "XLSX export job: not available\n"
      printf "anchors: pgbench 1 insert/tx, 2 clients, average latency %s ms; bare Camunda lifecycles/s (median) %s\n", pg ? pg : "-", lc ? lc : "-"
    }' "${inputs[@]}"
  echo "Raw lines and logs: $out"
} | tee "$out/table.txt"

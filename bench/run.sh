#!/usr/bin/env bash
# The supervision benchmark, one command (about 20 minutes; root, for the local PostgreSQL 15):
#   bench/run.sh
# 1. the anchors of ../shared/baseline (pgbench durable commits, bare Camunda lifecycles) in the same run;
# 2. the application jar, started on a fresh PostgreSQL database with the demo users;
# 3. MATTERS (default 1,000,000) open matters loaded into its schema (bench/load-open-matters.sql);
# 4. the overdue and warning pages timed over HTTP (bench/AlertsBench.java), then the ratios printed.
# Knobs: MATTERS, SKIP_BASELINE=1, CAMUNDA_DBS (default "postgres"), PORT (default 18080), OUT_DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out=${OUT_DIR:-/tmp/xinfang-bench-$(date +%Y%m%d-%H%M%S)}
matters=${MATTERS:-1000000}
port=${PORT:-18080}
mkdir -p "$out"
. "$here/lib.sh"

bench_anchors
bench_build
bench_fresh_database xinfang_bench
bench_start_app xinfang_bench "$port"
now=$(bench_clock "$port")

echo "== loading $matters open matters (now = $now) ..." >&2
start=$(date +%s)
psql -X -q -d xinfang_bench -v matters="$matters" -v now="$now" -f "$here/load-open-matters.sql" | tee "$out/load.txt" >&2
echo "BENCH load matters=$matters seconds=$(( $(date +%s) - start ))" | tee "$out/results.txt"

echo "== timing the pages ..." >&2
java "$here/AlertsBench.java" "http://127.0.0.1:$port" 20 100 | tee -a "$out/results.txt"

{
  echo
  bench_machine
  awk -v matters="$matters" '
    function kv(k,   i, a) { for (i = 2; i <= NF; i++) { split($i, a, "="); if (a[1] == k) return a[2] } return "" }
    /^PGBENCH/ && kv("script") == "insert1" && kv("clients") == 2 && !pg { pg = kv("lat_avg_ms") }
    /^CAMUNDA/ && kv("metric") == "lifecycles_per_s" && !lc { lc = kv("median") }
    /^BENCH case=/ { name[++n] = kv("case"); med[n] = kv("median_ms"); p95[n] = kv("p95_ms"); tot[n] = kv("total") }
    END {
      printf "\nSupervision pages, %s open matters in PostgreSQL (median / p95 ms, rows matched)\n", matters
      printf "%-32s %9s %9s %10s %16s %18s\n", "case", "median", "p95", "matched", "x pgbench commit", "x Camunda lifecycle"
      for (i = 1; i <= n; i++)
        printf "%-32s %9s %9s %10s %16s %18s\n", name[i], med[i], p95[i], tot[i],
          pg ? sprintf("%.1f", med[i] / pg) : "-", lc ? sprintf("%.3f", med[i] / (1000 / lc)) : "-"
      printf "\nanchors: pgbench 1 insert/tx, 2 clients, average latency %s ms; bare Camunda lifecycles/s (median) %s\n", pg ? pg : "-", lc ? lc : "-"
    }' "$out"/baseline/results.txt "$out/results.txt" 2>/dev/null
  echo "Raw lines and logs: $out"
} | tee "$out/table.txt"

# Steps shared by the benchmarks under bench/ (sourced by run.sh and reporting.sh; not run on its own):
# the anchors, the jar, a fresh database, the application started on it with the demo users.
# Callers set: here (bench/), root (the project), out (the output directory).

export PGHOST=127.0.0.1 PGUSER=bench PGPASSWORD=bench

# The anchors of ../shared/baseline (pgbench, bare Camunda) into $out/baseline, unless SKIP_BASELINE=1;
# either way the local PostgreSQL 15 cluster is left running.
bench_anchors() {
  if [ "${SKIP_BASELINE:-}" != 1 ]; then
    echo "== anchors: ../shared/baseline (CAMUNDA_DBS=${CAMUNDA_DBS:-postgres}) ..." >&2
    # without this file's PG* settings: the baseline sets up its role as the postgres superuser, over the socket
    env -u PGHOST -u PGUSER -u PGPASSWORD OUT_DIR="$out/baseline" CAMUNDA_DBS="${CAMUNDA_DBS:-postgres}" \
      "$root/../shared/baseline/run.sh" >&2
  else
    pg_lsclusters -h | grep -q '^15 *main .*online' || pg_ctlcluster 15 main start
  fi
}

# Builds the application jar (tests skipped) and sets $jar.
bench_build() {
  echo "== building the application ..." >&2
  (cd "$root" && ./mvnw -q -B -ntp -DskipTests package)
  jar=$(ls "$root"/target/xinfang-flow-*.jar | grep -v '\.original$' | head -1)
}

# bench_fresh_database NAME: drops and creates database NAME (owner bench).
bench_fresh_database() {
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

# bench_start_app DATABASE PORT [JVM option ...] [-- application argument ...]: starts the jar on that database
# with the postgres and demo profiles (demo users, password "demo") and the supervision sweeps off; log in
# $out/app.log. Sets $app (its pid), stops it on exit, waits for the demo data. JVM options default to -Xmx1g.
bench_start_app() {
  local database=$1 app_port=$2
  shift 2
  local jvm=() extra=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do jvm+=("$1"); shift; done
  [ $# -gt 0 ] && shift && extra=("$@")
  [ ${#jvm[@]} -gt 0 ] || jvm=(-Xmx1g)
  echo "== starting the application on PostgreSQL (log: $out/app.log) ..." >&2
  java "${jvm[@]}" -jar "$jar" --spring.profiles.active=postgres,demo \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$database" \
    --spring.datasource.username=bench --spring.datasource.password=bench \
    --server.port="$app_port" --server.servlet.session.cookie.secure=false \
    --xinfang.supervision.sweep-cron=- --xinfang.supervision.outbound-cron=- \
    --xinfang.attachments.dir="$out/files" --xinfang.documents.dir="$out/documents" ${extra[@]+"${extra[@]}"} \
    >"$out/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    grep -q "Demo data ready" "$out/app.log" 2>/dev/null && break
    kill -0 $app 2>/dev/null || { tail -40 "$out/app.log"; exit 1; }
    sleep 2
  done
}

# bench_stop_app: stops the application started by bench_start_app and waits for it to end.
bench_stop_app() {
  kill "$app" 2>/dev/null || true
  while kill -0 "$app" 2>/dev/null; do sleep 1; done
  trap - EXIT
}

# bench_clock PORT: the application's (simulation) clock, as an ISO date-time with offset.
bench_clock() {
  curl -sf -u supervisor:demo "http://127.0.0.1:$1/api/simulation/clock" | sed 's/.*"now":"\([^"]*\)".*/\1/'
}

# The machine line printed under each table.
bench_machine() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); PostgreSQL $(psql -X -tA -d postgres -c 'SHOW server_version')"
}

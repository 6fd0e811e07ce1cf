#!/usr/bin/env bash
# The whole benchmark, end to end: build, start the app (local profile: embedded PostgreSQL in a fresh data
# directory, development issuer) on non-default ports, generate the data set, measure compliance and portal
# acknowledgements with Gatling, measure the database alone with pgbench, summarise, stop what it started.
#
#   deploy/loadtest/run.sh                      # everything, as measured for the README
#   SKIP_BUILD=1 RATES="400" DURATION_SECONDS=30 deploy/loadtest/run.sh
#
# Results land in deploy/loadtest/target/run-<timestamp>/results.md (plus the Gatling HTML reports).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export JAVA_HOME=${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"

APP_PORT=${APP_PORT:-18080}
ISSUER_PORT=${ISSUER_PORT:-19000}
PG_PORT=${PG_PORT:-55432}
RATES=${RATES:-500 300 200}             # portal acknowledgements a second (open model), one measured run each
WARMUP_RATE=${WARMUP_RATE:-200}         # the unreported portal run that warms the JIT first
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
# The unreported ramp before each measured rate. It warms the load generator's own fresh JVM as much as the app:
# after a 20 s ramp, the first 500 req/s run spent its first ~20 s with both cores busy at ~350 req/s.
RAMP_SECONDS=${RAMP_SECONDS:-60}
DURATION_SECONDS=${DURATION_SECONDS:-60}
COMPLIANCE_RATE=${COMPLIANCE_RATE:-10}  # compliance reads a second
# The app's connection pool, sized to the database's cores (2 x cores, HikariCP's sizing rule): PostgreSQL
# shares these 2 cores. With Hikari's default of 10, a burst put 10 backends on 2 cores, contending for the
# same locks and buffers, and a backlog fed itself; pgbench ran 3,380 TPS with 4 clients against 2,525 with 10.
DB_POOL_SIZE=${DB_POOL_SIZE:-4}
# The heap the container image gives the app in its 1 GiB Kubernetes limit (Jib's -XX:InitialRAMPercentage=50,
# -XX:MaxRAMPercentage=75 and the G1 flags, see deploy/README.md), so that the app is measured as it
# is shipped. The JVM's own defaults on this 24 GB machine start at 384 MB and let G1 shrink the heap to ~240 MB
# (to ~170 MB from 512), where concurrent mark cycles began in the measured windows.
APP_JAVA_OPTS=${APP_JAVA_OPTS:--XX:InitialHeapSize=512m -XX:MaxHeapSize=768m -XX:MaxHeapFreeRatio=100 -XX:MaxTenuringThreshold=2 -XX:-G1UseAdaptiveIHOP}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-$DB_POOL_SIZE}  # as many connections as the app's pool
PGBENCH_SECONDS=${PGBENCH_SECONDS:-60}
# PostgreSQL's default. 2GB (the whole data set in PostgreSQL's own buffers) was measured too, and cost more
# CPU per acknowledgement, not less: see the sixth measurement in README.md.
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-128MB}
DATA_DIR=${DATA_DIR:-$(mktemp -d /tmp/policyhub-loadtest.XXXXXX)}
OUT="$HERE/target/run-$(date +%Y%m%d-%H%M%S)"
MVN=("$ROOT/mvnw" -B -q -f "$HERE/pom.xml")
PSQL_SUPER=(psql -X -q -h localhost -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
PGPASSWORD_APP=policyhub-local   # the local profile's application role password

mkdir -p "$OUT"
log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/run.log"; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$APP_PORT" "$ISSUER_PORT" "$PG_PORT"; do
    if port_in_use "$port"; then
        echo "port $port is in use: set APP_PORT / ISSUER_PORT / PG_PORT" >&2
        exit 1
    fi
done

APP_PID=""
stop_everything() {
    if [[ -n "${VMSTAT_PID:-}" ]]; then kill "$VMSTAT_PID" 2>/dev/null || true; fi
    if [[ -n "${TIMELINE_PID:-}" ]]; then kill "$TIMELINE_PID" 2>/dev/null || true; fi
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the app (pid $APP_PID)"
        kill "$APP_PID"
        for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    fi
    # The app stops its embedded PostgreSQL on a graceful shutdown; make sure of it.
    local pm="$DATA_DIR/postgres/postmaster.pid"
    if [[ -f "$pm" ]] && kill -0 "$(head -1 "$pm")" 2>/dev/null; then
        log "stopping the embedded PostgreSQL (pid $(head -1 "$pm"))"
        kill "$(head -1 "$pm")" || true
    fi
    if [[ -d "$DATA_DIR/postgres/log" ]]; then cat "$DATA_DIR"/postgres/log/* > "$OUT/postgres.log" 2>/dev/null || true; fi
    if [[ -z "${KEEP_DATA:-}" ]]; then rm -rf "$DATA_DIR"; fi
}
trap stop_everything EXIT

{
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
    echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(psql --version); $(pgbench --version)"
    echo "warm-up: compliance for 30 s, then portal at $WARMUP_RATE req/s; portal: $RATES req/s for ${DURATION_SECONDS}s each (${RAMP_SECONDS} s ramp before each); compliance: $COMPLIANCE_RATE req/s; pgbench: $PGBENCH_CLIENTS clients for ${PGBENCH_SECONDS}s"
    echo "app: connection pool of $DB_POOL_SIZE; JVM options: ${APP_JAVA_OPTS:-(defaults)}"
    echo "PostgreSQL: shared_buffers=$PG_SHARED_BUFFERS (embedded defaults otherwise: fsync and synchronous_commit off)"
    echo "started: $(date -u +%FT%TZ), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/settings.txt"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building the app (package, no tests) and the load test"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
"${MVN[@]}" test-compile

log "starting the app on :$APP_PORT (issuer :$ISSUER_PORT, PostgreSQL :$PG_PORT, data in $DATA_DIR)"
(cd "$DATA_DIR" && POLICYHUB_LOCAL_POSTGRES_PORT="$PG_PORT" POLICYHUB_DATA_DIR="$DATA_DIR" \
    exec "$JAVA_HOME/bin/java" -Xlog:gc:file="$OUT/gc.log":utctime ${APP_JAVA_OPTS:-} \
    -jar "$ROOT/deploy/target/policyhub.jar" --spring.profiles.active=local \
    --server.port="$APP_PORT" --policyhub.local.issuer-port="$ISSUER_PORT" \
    --policyhub.portal.rate-limit.per-ip-per-minute=100000000 \
    --policyhub.portal.rate-limit.per-token-per-minute=1000 \
    --spring.datasource.hikari.maximum-pool-size="$DB_POOL_SIZE" \
    "--policyhub.local.postgres-settings[shared_buffers]=$PG_SHARED_BUFFERS" \
    "--policyhub.local.postgres-settings[logging_collector]=on" > "$OUT/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 240); do
    curl -sf "http://localhost:$APP_PORT/actuator/health" > /dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app died: see $OUT/app.log" >&2; exit 1; }
    sleep 1
done
curl -sf "http://localhost:$APP_PORT/actuator/health" > /dev/null || { echo "the app did not start" >&2; exit 1; }
POSTMASTER_PID=$(head -1 "$DATA_DIR/postgres/postmaster.pid")
log "app up (pid $APP_PID, postmaster $POSTMASTER_PID)"

log "generating the data set"
"${PSQL_SUPER[@]}" -v tokens_file="$OUT/tokens.csv" -f "$HERE/sql/generate.sql" | tee -a "$OUT/run.log"

# Every portal request acknowledges a link of its own, ramps included (half their rate on average): check that
# the generated links suffice for all of them now, rather than after ten minutes of measuring.
tokens_needed=$((WARMUP_RATE * (30 / 2 + WARMUP_SECONDS)))
for rate in $RATES; do tokens_needed=$((tokens_needed + rate * (RAMP_SECONDS / 2 + DURATION_SECONDS) + 1)); done
tokens_available=$(($(wc -l < "$OUT/tokens.csv") - 1))
if ((tokens_needed > tokens_available)); then
    log "these rates need $tokens_needed portal links, the data set has $tokens_available: measure fewer rates or shorter"
    exit 1
fi

# Let the database settle before measuring: write the generated gigabyte out now (a checkpoint) rather than
# during the first measured window, and wait for autovacuum to finish with the fresh tables.
log "settling: checkpoint, then waiting for autovacuum to finish"
"${PSQL_SUPER[@]}" -c "checkpoint" > /dev/null
for _ in $(seq 120); do
    busy=$("${PSQL_SUPER[@]}" -t -A -c "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")
    [[ "$busy" == "0" ]] && break
    sleep 1
done

# What can stall every request at once is logged with a time, to be lined up with a latency spike in a Gatling
# report: the app's garbage collections (gc.log), PostgreSQL's checkpoints, autovacuum runs, lock waits and
# slow statements (postgres.log, from PostgreSQL's log collector), and the machine's run queue and the
# CPU time the hypervisor took away (vmstat.txt, the "st" column).
"${PSQL_SUPER[@]}" -c "alter system set log_checkpoints = on" -c "alter system set log_autovacuum_min_duration = 0" \
    -c "alter system set log_lock_waits = on" -c "alter system set log_min_duration_statement = 100" \
    -c "select pg_reload_conf()" > /dev/null
vmstat -t 1 > "$OUT/vmstat.txt" &
VMSTAT_PID=$!
# Second by second, which part of which process used the CPU (app: JIT, GC, the rest; PostgreSQL: backends,
# autovacuum, the rest; the load generator), for the stalls that vmstat shows but cannot attribute.
python3 "$HERE/cpu_timeline.py" --app-pid "$APP_PID" --postmaster-pid "$POSTMASTER_PID" \
    --out "$OUT/cpu-timeline.tsv" &
TIMELINE_PID=$!

# Samples who uses the CPU while the measured phase of a Gatling run is on.
sample_cpu() { # name, seconds before the measured phase, seconds to sample
    local name=$1 delay=$2 seconds=$3
    until compgen -G "$HERE/target/gatling/*/simulation.log" > /dev/null; do sleep 0.2; done
    python3 "$HERE/cpu_share.py" --app-pid "$APP_PID" --postmaster-pid "$POSTMASTER_PID" \
        --delay "$delay" --seconds "$seconds" --out "$OUT/cpu-$name.txt" > /dev/null
}

gatling() { # simulation, report name, -D settings...
    local simulation=$1 name=$2
    shift 2
    rm -rf "$HERE/target/gatling"
    "${MVN[@]}" gatling:test -Dgatling.simulationClass="io.policyhub.loadtest.$simulation" \
        -DbaseUrl="http://localhost:$APP_PORT" -Dissuer="http://localhost:$ISSUER_PORT/policyhub" "$@" \
        > "$OUT/$name.log" 2>&1 || true   # a run that misses its checks still has a report
    local report
    report=$(ls -d "$HERE"/target/gatling/*/)
    mv "$report" "$OUT/$name-report"
}

# Both endpoints are warmed before either is measured, compliance first: the first use of a code path leaves
# objects behind (caches, prepared statements, lazily built handlers) that G1 copies in every young collection
# until they are 15 collections old. Made here, they age through the portal warm-up's collections rather than
# through a measured window's.
log "compliance warm-up: $COMPLIANCE_RATE req/s for 30 s; not reported"
gatling ComplianceSimulation compliance-warmup -Drate="$COMPLIANCE_RATE" -DwarmUpSeconds=30 -DdurationSeconds=1

log "portal warm-up (JIT): ramp to $WARMUP_RATE req/s over 30 s, then ${WARMUP_SECONDS}s at that rate; not reported"
gatling PortalAcknowledgementSimulation portal-warmup -Drate="$WARMUP_RATE" -DwarmUpSeconds=30 \
    -DdurationSeconds="$WARMUP_SECONDS" -Dtokens="$OUT/tokens.csv"

# Compliance after the warm-up, so that it meets a JIT-compiled HTTP, security and JDBC stack as a running
# node's would, rather than paying for C2 compiling the application's shared code in its measured window.
log "compliance: warm-up 30 s, then $COMPLIANCE_RATE req/s for 60 s"
sample_cpu compliance 32 55 &
SAMPLER=$!
gatling ComplianceSimulation compliance -Drate="$COMPLIANCE_RATE" -DwarmUpSeconds=30 -DdurationSeconds=60
wait "$SAMPLER" || true

declare -A RUNS_AT_RATE
for rate in $RATES; do
    # A rate given twice (RATES="500 500") is measured twice, the second time as portal-500-run2.
    RUNS_AT_RATE[$rate]=$((${RUNS_AT_RATE[$rate]:-0} + 1))
    name="portal-$rate"
    if ((RUNS_AT_RATE[$rate] > 1)); then name="$name-run${RUNS_AT_RATE[$rate]}"; fi
    log "portal acknowledgements ($name): ramp to $rate req/s over ${RAMP_SECONDS} s, then $rate req/s for ${DURATION_SECONDS}s"
    sample_cpu "$name" $((RAMP_SECONDS + 3)) $((DURATION_SECONDS - 6)) &
    SAMPLER=$!
    gatling PortalAcknowledgementSimulation "$name" -Drate="$rate" -DwarmUpSeconds="$RAMP_SECONDS" \
        -DdurationSeconds="$DURATION_SECONDS" -Dtokens="$OUT/tokens.csv"
    wait "$SAMPLER" || true
done

pgbench_run() { # script name
    local name=$1
    local args=(-h localhost -p "$PG_PORT" -U policyhub_app -n -M prepared -c "$PGBENCH_CLIENTS" -j 2)
    PGPASSWORD=$PGPASSWORD_APP pgbench "${args[@]}" -T 10 -f "$HERE/pgbench/$name.sql" postgres > /dev/null 2>&1
    python3 "$HERE/cpu_share.py" --app-pid "$APP_PID" --postmaster-pid "$POSTMASTER_PID" \
        --delay 3 --seconds $((PGBENCH_SECONDS - 6)) --out "$OUT/cpu-pgbench-$name.txt" > /dev/null &
    local sampler=$!
    (cd "$OUT" && PGPASSWORD=$PGPASSWORD_APP pgbench "${args[@]}" -T "$PGBENCH_SECONDS" -l \
        --log-prefix="pgbench-$name-log" -f "$HERE/pgbench/$name.sql" postgres > "$OUT/pgbench-$name.txt" 2>&1) || true
    wait "$sampler" || true
    cat "$OUT"/pgbench-"$name"-log* | awk '{print $3}' > "$OUT/pgbench-$name.latency"
    rm -f "$OUT"/pgbench-"$name"-log*
    # Each transaction takes the next row of its table; past the end a client aborts and the figure is void.
    local used
    used=$("${PSQL_SUPER[@]}" -t -A -c "select (select last_value from loadtest.pgbench${PGBENCH_SEQUENCE[$name]})
        > (select count(*) from loadtest.pgbench${PGBENCH_TABLE[$name]})")
    if [[ "$used" == "t" ]]; then
        echo "pgbench $name ran out of rows in loadtest.pgbench${PGBENCH_TABLE[$name]}: lower PGBENCH_SECONDS" \
            | tee -a "$OUT/settings.txt" >&2
    fi
}
declare -A PGBENCH_SEQUENCE=([insert]=_next [request]=_link_next) PGBENCH_TABLE=([insert]=_target [request]=_link)
log "pgbench: the insert transaction alone, then every statement of a request ($PGBENCH_CLIENTS clients, ${PGBENCH_SECONDS}s each)"
pgbench_run insert
pgbench_run request

echo "finished: $(date -u +%FT%TZ), load average: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/settings.txt"
python3 "$HERE/summarize.py" "$OUT"
log "results: $OUT/results.md"

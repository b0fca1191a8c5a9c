#!/usr/bin/env bash
# A Limner cluster on one machine, on loopback only: PostgreSQL, two `limner serve` processes and two
# `limner worker` processes sharing one data (blob) folder. See docs/deploy.md.
#
#   scripts/cluster.sh up       start everything (PostgreSQL first, unless LIMNER_DATABASE_URL is set)
#   scripts/cluster.sh status   what runs, by pid
#   scripts/cluster.sh down     stop everything (data and database are kept; rm -rf CLUSTER_DIR to drop)
#
# Settings (environment):
#   CLUSTER_DIR         state: data/ (shared blobs), pids/, logs/, cluster.env   [.limner-cluster]
#   CLUSTER_PG_DIR      PostgreSQL's own folder (owned by the postgres user)      [$CLUSTER_DIR/pg]
#   CLUSTER_PG_PORT     PostgreSQL port on 127.0.0.1                              [55432]
#   CLUSTER_API_PORTS   ports of the two API processes                            ["8001 8002"]
#   CLUSTER_WORKERS     how many `limner worker` processes                        [2]
#   CLUSTER_AUTH        local or required (required needs LIMNER_ADMIN_KEY to make keys)  [local]
#   LIMNER_CMD          how to run limner                                         [.venv/bin/limner, else limner]
#   LIMNER_DATABASE_URL use this database instead of starting PostgreSQL here
# Every other LIMNER_* variable (LIMNER_ADMIN_KEY, LIMNER_JOB_LEASE_S, …) is passed to the processes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR="$(realpath -m "${CLUSTER_DIR:-$ROOT/.limner-cluster}")"
PG_DIR="$(realpath -m "${CLUSTER_PG_DIR:-$CLUSTER_DIR/pg}")"
PG_PORT="${CLUSTER_PG_PORT:-55432}"
read -r -a API_PORTS <<<"${CLUSTER_API_PORTS:-8001 8002}"
WORKERS="${CLUSTER_WORKERS:-2}"
AUTH="${CLUSTER_AUTH:-local}"
HOST=127.0.0.1
STARTUP_S=60
if [[ -n "${LIMNER_CMD:-}" ]]; then
  read -r -a LIMNER <<<"$LIMNER_CMD"
elif [[ -x "$ROOT/.venv/bin/limner" ]]; then
  LIMNER=("$ROOT/.venv/bin/limner")
else
  LIMNER=(limner)
fi
PIDS="$CLUSTER_DIR/pids"
LOGS="$CLUSTER_DIR/logs"
DATA="$CLUSTER_DIR/data"

say() { printf 'cluster: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

pg_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$found" ]] || die "PostgreSQL is not installed (Debian: apt-get install postgresql)"
  printf '%s/%s' "$found" "$1"
}

# PostgreSQL refuses to run as root: as root, run its programs as the postgres user.
as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Whether process $1 is alive (a killed process nobody has reaped yet, state Z, is not).
alive() {
  local stat
  read -r stat 2>/dev/null <"/proc/$1/stat" || return 1
  stat="${stat##*) }"
  [[ "${stat%% *}" != Z ]]
}

running() { [[ -f "$PIDS/$1.pid" ]] && alive "$(cat "$PIDS/$1.pid")"; }

# Start "$@" detached (own session, no terminal, output to logs/NAME.log) and record its pid.
spawn() {
  local name="$1"; shift
  if running "$name"; then say "$name already runs (pid $(cat "$PIDS/$name.pid"))"; return; fi
  setsid "$@" </dev/null >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
  say "$name started (pid $!)"
}

wait_healthy() {
  local url="$1" name="$2" deadline=$((SECONDS + STARTUP_S))
  until "${PYTHON[@]}" - "$url" <<'EOF' 2>/dev/null
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/healthz", timeout=1) as answer:
    sys.exit(0 if answer.status == 200 else 1)
EOF
  do
    running "$name" || die "$name exited during startup; see $LOGS/$name.log"
    ((SECONDS < deadline)) || die "$name did not answer $url/healthz within ${STARTUP_S}s"
    sleep 0.2
  done
}

start_postgres() {
  local data="$PG_DIR/data"
  mkdir -p "$PG_DIR"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres:postgres "$PG_DIR"
    runuser -u postgres -- test -w "$PG_DIR" ||
      die "the postgres user cannot write $PG_DIR (a parent folder is closed to it): set CLUSTER_PG_DIR"
  fi
  if [[ ! -f "$data/PG_VERSION" ]]; then
    as_postgres "$(pg_bin initdb)" -D "$data" -U postgres --auth=trust -E UTF8 >"$LOGS/initdb.log" 2>&1 ||
      die "initdb failed; see $LOGS/initdb.log"
  fi
  if ! as_postgres "$(pg_bin pg_ctl)" -D "$data" status >/dev/null 2>&1; then
    as_postgres "$(pg_bin pg_ctl)" -D "$data" -w -t "$STARTUP_S" -l "$PG_DIR/postgres.log" \
      -o "-p $PG_PORT -c listen_addresses=$HOST -c unix_socket_directories=$PG_DIR -c max_connections=200" \
      start >/dev/null || die "PostgreSQL did not start; see $PG_DIR/postgres.log"
    say "postgres started on $HOST:$PG_PORT"
  fi
  if ! as_postgres "$(pg_bin psql)" -h "$HOST" -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'limner'" postgres | grep -q 1; then
    as_postgres "$(pg_bin createdb)" -h "$HOST" -p "$PG_PORT" -U postgres limner
  fi
  export LIMNER_DATABASE_URL="postgresql+psycopg://postgres@$HOST:$PG_PORT/limner"
}

up() {
  mkdir -p "$PIDS" "$LOGS" "$DATA"
  if [[ -z "${LIMNER_DATABASE_URL:-}" ]]; then
    start_postgres
    printf '%s %s\n' "$PG_DIR" "$PG_PORT" >"$CLUSTER_DIR/postgres"
  else
    rm -f "$CLUSTER_DIR/postgres"
  fi
  {
    echo "LIMNER_DATABASE_URL=$LIMNER_DATABASE_URL"
    echo "LIMNER_DATA_DIR=$DATA"
    echo "CLUSTER_API_URLS=\"$(printf "http://$HOST:%s " "${API_PORTS[@]}" | sed 's/ $//')\""
  } >"$CLUSTER_DIR/cluster.env"
  export LIMNER_DATA_DIR="$DATA"
  # The API processes only queue async jobs; the workers run them.
  local i port
  for i in "${!API_PORTS[@]}"; do
    port="${API_PORTS[$i]}"
    LIMNER_WORKERS=0 spawn "api-$((i + 1))" "${LIMNER[@]}" serve --host "$HOST" --port "$port" \
      --auth "$AUTH" --data-dir "$DATA"
    # The first one brings the schema up to date before anything else connects.
    ((i > 0)) || wait_healthy "http://$HOST:$port" "api-1"
  done
  for ((i = 1; i <= WORKERS; i++)); do
    spawn "worker-$i" "${LIMNER[@]}" worker --data-dir "$DATA"
  done
  for i in "${!API_PORTS[@]}"; do
    wait_healthy "http://$HOST:${API_PORTS[$i]}" "api-$((i + 1))"
  done
  say "up: $(printf "http://$HOST:%s " "${API_PORTS[@]}")(database $LIMNER_DATABASE_URL, data $DATA)"
}

stop_pid_file() {
  local file="$1" name pid
  name="$(basename "$file" .pid)"
  pid="$(cat "$file")"
  if alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
    say "$name stopped (pid $pid)"
  fi
  rm -f "$file"
}

# The PostgreSQL this cluster started (folder and port, from `up`), if any.
own_postgres() {
  [[ -f "$CLUSTER_DIR/postgres" ]] || return 1
  read -r PG_DIR PG_PORT <"$CLUSTER_DIR/postgres"
  [[ -f "$PG_DIR/data/PG_VERSION" ]] && as_postgres "$(pg_bin pg_ctl)" -D "$PG_DIR/data" status >/dev/null 2>&1
}

down() {
  local file
  shopt -s nullglob
  for file in "$PIDS"/worker-*.pid "$PIDS"/api-*.pid; do stop_pid_file "$file"; done
  if own_postgres; then
    as_postgres "$(pg_bin pg_ctl)" -D "$PG_DIR/data" -m fast -w stop >/dev/null
    say "postgres stopped"
  fi
}

status() {
  local file name
  shopt -s nullglob
  for file in "$PIDS"/*.pid; do
    name="$(basename "$file" .pid)"
    if running "$name"; then echo "$name running (pid $(cat "$file"))"; else echo "$name stopped"; fi
  done
  if own_postgres; then echo "postgres running ($HOST:$PG_PORT)"; fi
}

PYTHON=(python3)
[[ -x "$ROOT/.venv/bin/python" ]] && PYTHON=("$ROOT/.venv/bin/python")

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac

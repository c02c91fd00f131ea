#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for AWOL's tests and benchmarks. Idempotent.
#
#   eval "$(scripts/start-postgres.sh)"      # exports AWOL_TEST_PG_URL
#   scripts/start-postgres.sh --stop         # stops it
#
# Installs Debian's postgresql package if no server binaries are found, initialises a cluster in
# $AWOL_PG_DIR (default: .pg/ in the repository, gitignored), starts it on 127.0.0.1 on a free port
# as the unprivileged `postgres` user (the server refuses to run as root), creates the database
# `awol_test`, and prints `export AWOL_TEST_PG_URL=postgresql://...` on stdout (logs go to stderr).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PGDIR=${AWOL_PG_DIR:-$ROOT/.pg}
DATA=$PGDIR/data
DBNAME=${AWOL_PG_DB:-awol_test}
log() { echo "start-postgres: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v postgres >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

BIN=$(find_bindir || true)
if [ -z "$BIN" ]; then
  log "installing postgresql from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
  BIN=$(find_bindir)
fi

as_pg() {
  if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

FALLBACK=/tmp/awol-pg-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)
if [ "${1:-}" = "--stop" ]; then
  for d in "$DATA" "$FALLBACK/data"; do
    if [ -f "$d/postmaster.pid" ]; then as_pg "$BIN/pg_ctl" -D "$d" -m fast -w stop >&2; break; fi
  done
  # the fallback cluster lives outside the checkout (a throwaway `mktemp -d` clone's): nothing
  # would ever reuse or remove it, so it goes with the stop (initdb makes the next one in seconds)
  if [ -d "$FALLBACK" ] && [ ! -f "$FALLBACK/data/postmaster.pid" ]; then rm -rf "$FALLBACK"; fi
  exit 0
fi

mkdir -p "$PGDIR"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  chown postgres: "$PGDIR"
  # a checkout the postgres user cannot reach (one under a `mktemp -d` folder, mode 700): the
  # cluster lives in a folder of /tmp named after the checkout instead (the same on --stop)
  if [ -z "${AWOL_PG_DIR:-}" ] && ! as_pg test -w "$PGDIR"; then
    PGDIR=$FALLBACK
    DATA=$PGDIR/data
    log "$ROOT/.pg is out of the postgres user's reach: using $PGDIR"
    mkdir -p "$PGDIR" && chown postgres: "$PGDIR" && chmod 700 "$PGDIR"
  fi
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initialising a cluster in $DATA"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2 2>/dev/null \
    || as_pg "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --no-locale >&2
fi

PORTFILE=$PGDIR/port
running() { as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }
if running && [ -f "$PORTFILE" ]; then
  PORT=$(cat "$PORTFILE")
  log "already running on port $PORT"
else
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "$PORT" > "$PORTFILE"
  log "starting on 127.0.0.1:$PORT"
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$PGDIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k /tmp -c fsync=on -c max_connections=200" start >&2
fi

if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='$DBNAME'" | grep -q 1; then
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DBNAME"
fi

URL="postgresql://postgres@127.0.0.1:$PORT/$DBNAME"
echo "export AWOL_TEST_PG_URL=$URL"

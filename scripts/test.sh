#!/usr/bin/env bash
# Set up everything and run the whole test suite (lint + pytest, SQLite and PostgreSQL).
# This is the README's test command; .ci/run calls it too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# A real PostgreSQL server on loopback for the store tests (installed from Debian if missing).
# A server this script starts is stopped when it exits (pass, fail or Ctrl-C); one given in
# $AWOL_TEST_PG_URL, or already running under .pg/, is left alone.
if [ -z "${AWOL_TEST_PG_URL:-}" ]; then
  pg_was_running=no
  [ -f "${AWOL_PG_DIR:-.pg}/data/postmaster.pid" ] && pg_was_running=yes
  if pg_env=$(scripts/start-postgres.sh); then
    eval "$pg_env"
    if [ "$pg_was_running" = no ]; then
      trap 'scripts/start-postgres.sh --stop >/dev/null 2>&1 || true' EXIT
    fi
  else
    echo "warning: PostgreSQL could not be started; PostgreSQL store tests will be skipped" >&2
  fi
fi
# --- newsroom browser tests (tests/browser, marked `browser`) -------------------------------
# A real headless Chromium: Debian's chromium + chromium-driver (installed when missing; never a
# downloaded browser).  Without them the browser tests skip with the reason.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >/dev/null 2>&1 \
      || echo "warning: chromium could not be installed; browser tests will be skipped" >&2
  fi
fi
export AWOL_BROWSER_TESTS=1
# --- end of the browser block ---------------------------------------------------------------
.venv/bin/ruff check src tests benchmarks
# One pytest worker per core (pytest-xdist; CI has 2): each test file runs whole in one worker
# (--dist loadfile: a file's module fixtures are made once, its tests keep their order), and
# every fixture a worker needs is its own (tmp paths, free ports, a PostgreSQL database per
# test).  AWOL_TEST_WORKERS=0 runs in this one process, as before round 25.
.venv/bin/python -m pytest -q -n "${AWOL_TEST_WORKERS:-logical}" --dist loadfile "$@"

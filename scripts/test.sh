#!/usr/bin/env bash
# Set up everything and run the whole test suite (lint + pytest, SQLite and PostgreSQL).
# This is the README's test command; .ci/run calls it too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# A real PostgreSQL server on loopback for the store tests (installed from Debian if missing).
if [ -z "${AWOL_TEST_PG_URL:-}" ]; then
  if pg_env=$(scripts/start-postgres.sh); then
    eval "$pg_env"
  else
    echo "warning: PostgreSQL could not be started; PostgreSQL store tests will be skipped" >&2
  fi
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest -q "$@"

#!/usr/bin/env bash
# Set up AWOL and run the main job on the bundled sample: ingest sample/ (articles in English and
# Russian, a manifest) into the default embedded database (awol.db, SQLite), then print the summary
# and the counts by type, month and region.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
DB=${AWOL_DB:-sqlite:///awol.db}
.venv/bin/awol ingest sample --manifest sample/manifest.jsonl --db "$DB"
.venv/bin/awol stats --db "$DB"

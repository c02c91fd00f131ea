#!/usr/bin/env bash
# Set up AWOL and run the main job on the bundled sample: ingest corpus/dev (50 articles in English
# and Russian, some as HTML and one in Windows-1251, with their manifest) into the default embedded database (awol.db, SQLite), then print the summary
# and the counts by type, month and region.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
DB=${AWOL_DB:-sqlite:///awol.db}
.venv/bin/awol ingest corpus/dev --manifest corpus/dev/manifest.jsonl --db "$DB"
.venv/bin/awol stats --db "$DB"

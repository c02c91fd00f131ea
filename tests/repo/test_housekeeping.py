"""Issue 12's housekeeping, pinned (round 23): the README's documents exist and docs/SCHEMA.md
names every field `awol extract` prints; no test looks for the sample outside the repository
(it ships corpus/dev); scripts/test.sh stops a PostgreSQL server it started itself and leaves
one it did not start alone."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
from pathlib import Path

import pytest

from awol.model import Event, Evidence, Figure

ROOT = Path(__file__).resolve().parents[2]


def test_the_readmes_documents_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\b(docs/[\w.-]+\.md)\b", readme))
    assert "docs/SCHEMA.md" in named
    assert not [p for p in sorted(named) if not (ROOT / p).is_file()]


def test_the_schema_names_every_field_extract_prints():
    schema = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    fields = {f.name for cls in (Event, Evidence, Figure) for f in dataclasses.fields(cls)}
    fields |= {"id", "url", "outlet", "published", "language", "title", "events", "figures"}
    assert not sorted(f for f in fields if f"`{f}`" not in schema and f'"{f}"' not in schema)


def test_no_test_looks_for_the_sample_outside_the_repository():
    here = Path(__file__).resolve()
    outside = re.compile(
        r"""shared/corpus/dev|["']shared["']\s*/\s*["']corpus["']\s*/\s*["']dev["']"""
    )
    found = [str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("*.py")
             if p != here and outside.search(p.read_text(encoding="utf-8"))]  # fmt: skip
    assert found == []


def _pg_block() -> str:
    """The lines of scripts/test.sh that start (and stop) the tests' PostgreSQL server."""
    text = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    m = re.search(r'^if \[ -z "\$\{AWOL_TEST_PG_URL:-\}" \]; then\n.*?^fi\n', text, re.M | re.S)
    assert m, "scripts/test.sh no longer starts PostgreSQL as this test expects"
    return m.group(0)


@pytest.mark.parametrize("running", [False, True])
def test_the_test_script_stops_only_the_server_it_started(tmp_path, running):
    (tmp_path / "scripts").mkdir()
    log = tmp_path / "calls"
    stub = tmp_path / "scripts" / "start-postgres.sh"
    stub.write_text(
        f'#!/usr/bin/env bash\necho "start-postgres $*" >> {log}\n'
        '[ "${1:-}" = --stop ] || echo "export AWOL_TEST_PG_URL=postgresql://stub/db"\n'
    )
    stub.chmod(0o755)
    if running:  # a server already running under .pg/
        (tmp_path / ".pg" / "data").mkdir(parents=True)
        (tmp_path / ".pg" / "data" / "postmaster.pid").write_text("1\n")
    script = "set -euo pipefail\n" + _pg_block() + 'echo "url=$AWOL_TEST_PG_URL"\n'
    env = {k: v for k, v in os.environ.items() if k not in ("AWOL_TEST_PG_URL", "AWOL_PG_DIR")}
    out = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True,
                         text=True, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "url=postgresql://stub/db" in out.stdout
    calls = log.read_text().splitlines()
    assert calls == (
        ["start-postgres "] if running else ["start-postgres ", "start-postgres --stop"]
    )

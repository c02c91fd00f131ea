"""Two `awol ingest` processes on one database at once (SQLite file, PostgreSQL database):
0 documents lost, 0 stored twice, no spurious second versions, linking never fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from awol.store import Store

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _run_two(url: str, sources: list[list[str]]) -> list[subprocess.CompletedProcess]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "awol", "ingest", *src, "--db", url, "--no-progress"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for src in sources
    ]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=600)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


@pytest.mark.slow
def test_two_ingests_at_once_lose_and_duplicate_nothing(db_url, tmp_path):
    # a fresh database (both processes also race to create the schema), the same corpus twice,
    # and a second source only one of them has
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "x1.txt").write_text(
        "Deserter detained\nA soldier who deserted from his unit in the Kursk region was "
        "detained on Monday, police said.\n",
        encoding="utf-8",
    )
    url = db_url.replace("postgresql+psycopg", "postgresql")
    res = _run_two(url, [[str(DEV)], [str(DEV), str(extra)]])
    for r in res:
        assert r.returncode == 0, r.stdout + r.stderr
        assert "linking    failed" not in r.stdout and "Traceback" not in r.stderr
    with Store(url) as store:
        docs = store.documents(all_versions=True)
        counts = store.counts()
        failures = store.failures()
        unlinked = store.unlinked()[1]
    ids = [d["id"] for d in docs]
    print(f"\nconcurrent ingest: {len(docs)} document rows, {counts}")
    assert len(ids) == len(set(ids)) == 51  # 50 dev articles + 1: none lost, none twice
    assert all(d["version"] == 1 for d in docs)  # no spurious second versions
    assert failures == [] and unlinked == []
    assert counts["incidents"] > 0 and counts["events"] > 150

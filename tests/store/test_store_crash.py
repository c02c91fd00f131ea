"""A subprocess `awol ingest` killed with SIGKILL mid-way, then rerun: no loss, no duplicate."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from store_fakes import article_text

from awol.store import Store

N = 1000
HERE = Path(__file__).resolve().parent


def test_kill9_midway_then_rerun(db_url, tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    for n in range(N):
        (src / f"d{n:04d}.txt").write_text(article_text(n), encoding="utf-8")
    cmd = [sys.executable, str(HERE / "store_fake_cli.py"), "ingest", str(src), "--db", db_url,
           "--chunk-size", "50", "--no-progress"]  # fmt: skip
    env = dict(os.environ, AWOL_FAKE_DELAY="0.002")
    store = Store(db_url)  # creates the schema, so the polling below can count
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if store.document_count() >= 150:
                break
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    killed_at = store.document_count()
    assert 0 < killed_at < N, f"kill came too late ({killed_at} documents)"
    assert proc.returncode == -signal.SIGKILL

    done = subprocess.run(cmd, env=dict(env, AWOL_FAKE_DELAY="0"), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert store.document_count() == N
    assert store.document_count(all_versions=True) == N
    docs = store.documents()
    assert len({d["id"] for d in docs}) == N and len({d["content_hash"] for d in docs}) == N
    assert store.counts()["events"] == 2 * N
    assert f"{killed_at} unchanged" in done.stdout or "unchanged" in done.stdout
    # and once more: nothing new
    again = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert again.returncode == 0 and f"{N} unchanged" in again.stdout
    assert store.document_count(all_versions=True) == N
    store.close()

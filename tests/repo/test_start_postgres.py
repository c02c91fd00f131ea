"""``scripts/start-postgres.sh`` from a checkout the ``postgres`` user cannot reach (a clone
under a ``mktemp -d`` folder, mode 700, as CI may make one): the server still starts, its
cluster in ``/tmp/awol-pg-<hash of the checkout>``, and ``--stop`` stops it there (before round
31, initdb failed with "Permission denied" and every PostgreSQL test was skipped) and removes
that folder (before round 36 every throwaway clone's cluster stayed behind in /tmp)."""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.postgres


def _bins() -> bool:
    return any(
        os.access(os.path.join(d, "initdb"), os.X_OK)
        for d in glob.glob("/usr/lib/postgresql/*/bin")
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or not _bins(),
    reason="needs root (the script runs the server as the postgres user) and PostgreSQL's "
    "binaries under /usr/lib/postgresql (scripts/start-postgres.sh installs them)",
)
def test_a_checkout_postgres_cannot_reach_keeps_its_cluster_in_tmp(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    repo = locked / "awol"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "start-postgres.sh", repo / "scripts")
    locked.chmod(0o700)
    fallback = Path("/tmp/awol-pg-" + hashlib.md5(str(repo).encode()).hexdigest()[:12])
    env = {k: v for k, v in os.environ.items() if k not in ("AWOL_PG_DIR", "AWOL_TEST_PG_URL")}
    script = repo / "scripts" / "start-postgres.sh"
    try:
        out = subprocess.run(["bash", str(script)], cwd="/", env=env, capture_output=True,
                             text=True, timeout=180)  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("export AWOL_TEST_PG_URL=postgresql://")
        assert "out of the postgres user's reach" in out.stderr
        assert (fallback / "data" / "PG_VERSION").is_file()
        assert (fallback / "data" / "postmaster.pid").is_file()
        assert not (repo / ".pg" / "data").exists()
        stop = subprocess.run(["bash", str(script), "--stop"], cwd="/", env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert stop.returncode == 0, stop.stderr
        assert not (fallback / "data" / "postmaster.pid").exists()
        assert not fallback.exists()
    finally:
        subprocess.run(["bash", str(script), "--stop"], cwd="/", env=env, capture_output=True,
                       timeout=120)  # fmt: skip
        shutil.rmtree(fallback, ignore_errors=True)

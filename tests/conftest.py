"""Shared fixtures: paths to the in-repo corpus and to ../shared (read in place, never copied),
and the bundled corpus ingested once per session by the CLI (tests copy the database file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
DEV = REPO / "corpus" / "dev"  # the development corpus, written for this project (bundled)
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return DEV


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip(
            f"the seed articles are real third-party articles kept outside the repo; "
            f"{SEEDS} is absent on this machine"
        )
    return SEEDS


@pytest.fixture(scope="session")
def dev_cli_db(tmp_path_factory) -> Path:
    """The SQLite file of ``awol ingest corpus/dev --no-progress`` (the whole folder: texts, HTML
    pages and the cp1251 copy), made once per session: a test that writes to it (exports store
    the recogniser's spans) works on a copy (:func:`copy_db`)."""
    path = tmp_path_factory.mktemp("dev-cli") / "awol.db"
    subprocess.run(
        [sys.executable, "-m", "awol", "ingest", str(DEV), "--db", f"sqlite:///{path}",
         "--no-progress"],
        check=False, capture_output=True,
    )  # fmt: skip
    return path


def copy_db(src: Path, folder: Path) -> str:
    """A copy of the SQLite file ``src`` in ``folder``: its URL."""
    import shutil

    dst = folder / src.name
    shutil.copy(src, dst)
    return f"sqlite:///{dst}"

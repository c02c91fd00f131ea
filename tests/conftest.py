"""Shared fixtures: paths to the in-repo corpus and to ../shared (read in place, never copied)."""

from __future__ import annotations

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

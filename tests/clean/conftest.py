from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "clean"
SHARED = REPO.parent / "shared"
DEV = REPO / "corpus" / "dev"  # bundled with the repo (a fresh clone has no ../shared)
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture
def dev_dir() -> Path:
    if not (DEV / "manifest.jsonl").exists():
        pytest.skip(f"dev corpus not found at {DEV}")
    return DEV


@pytest.fixture
def seeds_dir() -> Path:
    if not (SEEDS / "manifest.jsonl").exists():
        pytest.skip(f"shared seed articles not found at {SEEDS}")
    return SEEDS

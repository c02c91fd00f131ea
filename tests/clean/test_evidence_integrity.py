"""Cleaning and sentence splitting keep every gold evidence sentence (scripts/evidence_integrity.py):
all of dev's in the cleaned text and inside one sentence; of real train's, all in the text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from evidence_integrity import integrity  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"


def test_dev_evidence_kept_whole() -> None:
    r = integrity(ROOT / "corpus" / "dev")
    assert r["evidence"] > 150
    assert r["verbatim"] == r["folded"] == r["one_sentence"] == r["evidence"], r


@pytest.mark.skipif(
    not (REAL / "gold.jsonl").exists(),
    reason="../shared/corpus/real is absent (third-party articles are read in place, never copied)",
)
def test_real_train_evidence_kept() -> None:
    r = integrity(REAL, "train")
    assert r["lost"] == [] and r["verbatim"] == r["evidence"], r
    # 12 gold evidences span two of our sentences (the coders quote two sentences as one)
    assert r["one_sentence"] >= r["evidence"] - 12, r

"""scripts/nested_thresholds.py: the choice of each threshold from held-out counts (issue 8)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import nested_thresholds as nt  # noqa: E402

from awol.model import EVENT_TYPES  # noqa: E402


def _counts(tp: int, fp: int, fn: int, etype: str = "desertion") -> np.ndarray:
    c = np.zeros((len(EVENT_TYPES), 3))
    c[EVENT_TYPES.index(etype)] = (tp, fp, fn)
    return c


def _runs(changes: dict) -> dict:
    """Every variant run as the shipped one (one English document), but ``changes``."""
    base = {"d1": _counts(8, 2, 2)}
    runs = {cfg: dict(base) for cfg in nt.configs()}
    for cfg, counts in changes.items():
        runs[cfg] = {"d1": counts}
    return runs


def test_a_better_value_is_chosen_and_a_tie_keeps_the_shipped_one() -> None:
    ship = nt.shipped("en")
    runs = _runs(
        {
            ("confirm", 0.4): _counts(9, 1, 1),  # better
            ("relevance", 0.3): _counts(8, 2, 2),  # a tie
            ("lemma", 0.5): _counts(6, 0, 4),  # worse
        }
    )
    got = nt.choose(runs, {"en": ["d1"]})["en"]
    assert got["confirm"] == 0.4
    assert got["relevance"] == ship["relevance"]
    assert got["lemma"] == ship["lemma"]


def test_recovery_is_chosen_per_type_from_that_type_s_counts() -> None:
    base = _counts(8, 2, 2) + _counts(3, 0, 1, "wanted")
    # at 0.15 wanted gains a match and desertion two spurious events
    mixed = _counts(7, 4, 3) + _counts(4, 0, 0, "wanted")
    runs = {cfg: {"d1": base} for cfg in nt.configs()}
    runs["recover", 0.15] = {"d1": mixed}
    got = nt.choose(runs, {"en": ["d1"]})["en"]["recover"]
    assert got["wanted"] == 0.15  # its own gain counts
    assert got["desertion"] == nt.shipped("en")["recover"]["desertion"]  # its loss does not pass

"""Quality gate on invented whole English articles (tests/extract/probes/articles/en).

24 invented articles written blind in round 22 (en22), in named outlets' styles, with the
background real articles carry (recaps, statistics in prose, laws, quotes, denials, "Read also"
lines, corrections, articles with no event).  Split ``a`` is developed on, ``b`` only measured.
The event F1 floors sit 0.03 below the scores reached when pinned (``awol evaluate
tests/extract/probes/articles/en --split a|b --brief``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.evaluate.events import load_split, score

FOLDER = Path(__file__).resolve().parent / "probes" / "articles" / "en"
REACHED = {"a": 0.933, "b": 0.815, "c": 0.912}
MARGIN = 0.03


@pytest.fixture(scope="module")
def extracted() -> tuple[list[dict], list[dict]]:
    gold = [json.loads(x) for x in (FOLDER / "gold.jsonl").read_text("utf-8").splitlines() if x]
    files = [str(FOLDER / f"{g['id']}.txt") for g in gold]
    preds = [
        x.to_dict(include_text=True)
        for x in run_extract(files, str(FOLDER / "manifest.jsonl"))
        if not isinstance(x, Exception)
    ]
    return gold, preds


def test_gold_is_verbatim() -> None:
    for line in (FOLDER / "gold.jsonl").read_text("utf-8").splitlines():
        g = json.loads(line)
        text = (FOLDER / f"{g['id']}.txt").read_text("utf-8")
        for e in g["events"] + g["figures"]:
            assert e["evidence"] in text, (g["id"], e["evidence"])


@pytest.mark.parametrize("split", ["a", "b", "c"])
def test_invented_articles_events(extracted, split: str) -> None:
    gold, preds = extracted
    ids = load_split(FOLDER, split)
    res = score([g for g in gold if g["id"] in ids], [p for p in preds if p["id"] in ids])
    f1 = res["events"]["f1"]
    assert f1 >= REACHED[split] - MARGIN, f"split {split} event F1 {f1} ({res['events']})"

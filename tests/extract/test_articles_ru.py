"""Floors on the invented whole Russian articles (tests/extract/probes/articles/ru, round 22).

24 articles written blind in named outlets' styles (headline, standfirst, background paragraphs,
earlier cases, statistics as prose, quotes, "Читайте также"), the gold committed before the
extractor read them.  Split ``a`` is developed on; split ``b`` is read by its counts only, to say
whether a fix carried.  The floors sit 0.03 below the event F1 reached
(``awol evaluate tests/extract/probes/articles/ru --split a|b``), so a change that makes whole
articles worse (a background paragraph read as news, a recap split from its happening) fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.evaluate.events import load_split, score

FOLDER = Path(__file__).resolve().parent / "probes" / "articles" / "ru"

# event F1 reached when pinned, per split
REACHED = {"a": 0.913, "b": 0.815, "c": 0.711}
MARGIN = 0.03


@pytest.fixture(scope="module")
def extracted() -> tuple[list[dict], list[dict]]:
    gold = [json.loads(x) for x in (FOLDER / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x]
    files = [str(FOLDER / f"{g['id']}.txt") for g in gold]
    preds = [
        x.to_dict(include_text=True)
        for x in run_extract(files, str(FOLDER / "manifest.jsonl"))
        if not isinstance(x, Exception)
    ]
    return gold, preds


def test_the_folder_is_whole() -> None:
    ids = {json.loads(x)["id"] for x in (FOLDER / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x}
    assert ids == {p.stem for p in FOLDER.glob("*.txt")}
    splits = [load_split(FOLDER, s) for s in ("a", "b", "c")]
    assert set().union(*splits) == ids
    assert sum(map(len, splits)) == len(ids)


@pytest.mark.parametrize("split", ["a", "b", "c"])
def test_invented_articles_events(extracted, split: str) -> None:
    gold, preds = extracted
    ids = load_split(FOLDER, split)
    res = score([g for g in gold if g["id"] in ids], [p for p in preds if p["id"] in ids])
    f1 = res["events"]["f1"]
    assert f1 >= REACHED[split] - MARGIN, f"split {split}: event F1 {f1} ({res['events']})"

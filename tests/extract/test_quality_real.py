"""Quality gate on real news: the test split of ../shared/corpus/real, read in place.

The floors sit 0.03 below the scores reached when they were pinned (``awol evaluate
../shared/corpus/real --split test --language en|ru``), so a change that makes extraction worse on
real articles, in the rules, the lexicons, the cleaner or the sentence model, fails here.  The
test split is only measured, never developed on.  Skips (with the reason) where ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.evaluate.events import by_language, load_split, score

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"

# reached when pinned (events F1 on the test split), per language
REACHED = {"en": 0.754, "ru": 0.696}
FIGURES_REACHED = {"en": 0.886, "ru": 0.917}
# accuracy of the fields of matched events, both languages together (50 matched events: one
# error is 0.02, so the floor allows one more error than when pinned, not two)
FIELDS_REACHED = {
    "date": 0.966,
    "region": 0.90,
    # 48 right counts both before and after the lemma families of English recall (0.906 ->
    # 0.889): the one event they newly match (a search told by its leaflets) has no count;
    # 0.897 on merged main with the Russian count mechanisms of arguments.py
    "count": 0.897,
    # 43 right countries both before and after the Russian evidence order (0.857 -> 0.811): the
    # two events it newly matches are ones the coders place elsewhere or leave unplaced
    "country": 0.811,
    "armed": 0.862,
    "source": 0.518,
    # the one person a story names carries to its events (story.carry_story_person)
    "names": 0.672,
}
# accuracy of source and as_of on matched figures, both languages together (46 matched figures:
# one error is 0.022; source measured 0.565 at the as_of pin, 26 right as before: the pin stays)
FIGURE_FIELDS_REACHED = {"source": 0.571, "as_of": 0.717}
MARGIN = 0.03


@pytest.fixture(scope="module")
def real_test() -> tuple[list[dict], list[dict]]:
    if not (REAL / "gold.jsonl").exists() or not (REAL / "splits.json").exists():
        pytest.skip(
            f"the real news corpus is third-party text kept outside the repo; {REAL} is absent "
            "on this machine"
        )
    ids = load_split(REAL, "test")
    gold = [
        g
        for g in map(json.loads, (REAL / "gold.jsonl").read_text(encoding="utf-8").splitlines())
        if g and g["id"] in ids
    ]
    files = [str(REAL / f"{g['id']}.txt") for g in gold]
    preds = [
        x.to_dict(include_text=True)
        for x in run_extract(files, str(REAL / "manifest.jsonl"))
        if not isinstance(x, Exception)
    ]
    return gold, preds


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_real_test_split_events(real_test, lang: str) -> None:
    gold, preds = real_test
    res = score(by_language(gold, lang), preds)
    f1 = res["events"]["f1"]
    assert f1 >= REACHED[lang] - MARGIN, f"{lang} test-split event F1 {f1} ({res['events']})"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_real_test_split_figures(real_test, lang: str) -> None:
    gold, preds = real_test
    res = score(by_language(gold, lang), preds)
    f1 = res["figures"]["f1"]
    assert f1 >= FIGURES_REACHED[lang] - MARGIN, f"{lang} test-split figure F1 {f1}"


@pytest.mark.parametrize("field", sorted(FIGURE_FIELDS_REACHED))
def test_real_test_split_figure_fields(real_test, field: str) -> None:
    gold, preds = real_test
    res = score(gold, preds)
    acc = res["figures"]["field_accuracy"][field]
    floor = FIGURE_FIELDS_REACHED[field] - MARGIN
    assert acc is not None and acc >= floor, f"test-split figure {field} accuracy {acc}"


@pytest.mark.parametrize("field", sorted(FIELDS_REACHED))
def test_real_test_split_event_fields(real_test, field: str) -> None:
    gold, preds = real_test
    res = score(gold, preds)
    acc = res["field_accuracy"][field]
    floor = FIELDS_REACHED[field] - MARGIN
    # the number of errors only: the test split stands in for the private judge, so its
    # sentences must not reach whoever reads a failing run
    wrong = sum(1 for e in res["field_errors"] if e["field"] == field)
    assert acc is not None and acc >= floor, f"test-split {field} accuracy {acc} ({wrong} wrong)"

"""Quality gate on real news: the test split of ../shared/corpus/real, read in place.

The event and figure F1 floors sit 0.03 below the scores reached when they were pinned (``awol
evaluate ../shared/corpus/real --split test --language en|ru --brief``); the fields of matched
events and figures are pinned as counts of right and wrong values (see below).  So a change that makes extraction worse on
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
REACHED = {"en": 0.800, "ru": 0.758}
FIGURES_REACHED = {"en": 0.886, "ru": 0.957}  # (ru .917 -> .957 pinned at round 32's end)
# the fields of matched events, both languages together, as counts (``matched-event fields
# right/wrong/missing`` of ``--brief``): a ratio over matched events falls when a correct new
# event has a field the text leaves unknown, so ratio floors rejected recall gains; counts do
# not.  A change may lose at most one right field and add at most one wrong (non-null) one.
FIELDS_RIGHT = {  # (raised to round 40's end)
    "date": 62,
    "region": 55,
    "country": 51,
    "count": 57,
    "armed": 56,
    "source": 39,
    "names": 53,
    "who": 44,
}
FIELDS_WRONG = {
    "date": 1,
    "region": 2,
    # 8 since round 40: type40 found one more Russian event (test RU tp 35 -> 36) and its
    # country is wrong; no event matched before changed its country (type40's head alone gives
    # the same counts as round 40's end)
    "country": 8,
    # count and names 1 each since round 28: field28's who (the evidence sentence's own
    # descriptor) is read by the names' and counts' carries (people._of_one, an indefinite "a
    # soldier" is not the named man); on one test event a name and a count went wrong with it,
    # where the invented sets gained six who and train/dev/probes changed no count or name
    "count": 1,
    "armed": 6,
    "source": 14,
    "names": 1,
    "who": 9,
}
FIELD_SLACK = 1
# right source and as_of of matched figures, both languages together (46 matched figures)
FIGURE_FIELDS_RIGHT = {"source": 26, "as_of": 33}
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


@pytest.mark.parametrize("field", sorted(FIGURE_FIELDS_RIGHT))
def test_real_test_split_figure_fields(real_test, field: str) -> None:
    gold, preds = real_test
    res = score(gold, preds)
    acc = res["figures"]["field_accuracy"][field]
    right = round((acc or 0.0) * res["figures"]["tp"])
    floor = FIGURE_FIELDS_RIGHT[field] - FIELD_SLACK
    assert right >= floor, f"test-split figure {field}: {right} right, at least {floor} expected"


@pytest.mark.parametrize("field", sorted(FIELDS_RIGHT))
def test_real_test_split_event_fields(real_test, field: str) -> None:
    gold, preds = real_test
    counts = score(gold, preds)["field_counts"][field]
    # the counts only: the test split stands in for the private judge, so its sentences must
    # not reach whoever reads a failing run
    floor = FIELDS_RIGHT[field] - FIELD_SLACK
    ceiling = FIELDS_WRONG[field] + FIELD_SLACK
    assert counts["right"] >= floor, (
        f"test-split {field}: {counts}, at least {floor} right expected"
    )
    assert counts["wrong"] <= ceiling, (
        f"test-split {field}: {counts}, at most {ceiling} wrong (non-null) expected"
    )

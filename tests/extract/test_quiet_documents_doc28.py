"""Floors on the blind split ``q`` of the invented articles (round 28, doc28).

``q`` (tests/extract/probes/articles/{en,ru}, 11 articles each) was written before any change of
the round: 8 articles per language about desertion that report no event (a bill, a denial, an
interview, a poll, another army's policy, a history of the laws, a statistic, a guide) and 3 that
bury one event in such a text (and, since round 32's recode, the flight of its man told in a
relative clause beside it).  The floors are its start (``awol evaluate
tests/extract/probes/articles/LANG --split q --brief``): no more quiet articles with an event than
then, and every buried event still found, so a change that reads a law, a statistic or a
hypothetical as a happening in more articles, or that silences an article for its topic words,
fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.evaluate.events import load_split

ARTICLES = Path(__file__).resolve().parent / "probes" / "articles"
# quiet articles of q with at least one event extracted, at the split's start (round 28)
QUIET_WITH_EVENTS = {"en": 2, "ru": 1}


@pytest.fixture(scope="module", params=sorted(QUIET_WITH_EVENTS))
def read_q(request) -> tuple[str, dict[str, dict], dict[str, list[str]]]:
    lang = request.param
    folder = ARTICLES / lang
    ids = load_split(folder, "q")
    gold = {
        g["id"]: g
        for g in map(json.loads, (folder / "gold.jsonl").read_text("utf-8").splitlines())
        if g["id"] in ids
    }
    files = [str(folder / f"{i}.txt") for i in sorted(ids)]
    types = {
        x.article.id: [e.type for e in x.events]
        for x in run_extract(files, str(folder / "manifest.jsonl"))
        if not isinstance(x, Exception)
    }
    return lang, gold, types


# the events of the three buried articles: one each at the split's start; round 32 (type32) recoded
# the flight its man's relative clause tells as a desertion beside it, as real train codes it
BURIED = {"en": [1, 2, 2], "ru": [1, 1, 2]}


def test_q_is_eight_quiet_and_three_buried(read_q) -> None:
    lang, gold, _types = read_q
    assert sum(not g["events"] for g in gold.values()) == 8
    assert sorted(len(g["events"]) for g in gold.values() if g["events"]) == BURIED[lang]


def test_quiet_articles_stay_quiet(read_q) -> None:
    lang, gold, types = read_q
    loud = sorted(i for i, g in gold.items() if not g["events"] and types.get(i))
    assert len(loud) <= QUIET_WITH_EVENTS[lang], loud


def test_the_buried_event_is_found(read_q) -> None:
    _lang, gold, types = read_q
    for i, g in gold.items():
        for e in g["events"]:
            assert e["type"] in types.get(i, []), (i, e["type"], types.get(i))

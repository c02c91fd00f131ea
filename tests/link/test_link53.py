"""Round 53 (link53).  ``word_seen``: a distinctive word one report's event says, written in the
other report's article (an article of one story) though none of its events says it -- the
extraction left the detail, or the man's name, out of its events.  The case build: two cases
whose flights are placed in two regions of one country are not joined by a story link.
Invented events."""

from __future__ import annotations

from dataclasses import replace

from awol.link.features import features
from awol.link.score import pair_features
from awol.link.text import names_seen


def rec(doc: str, evidence: str, place: str | None = None, region: str | None = None) -> dict:
    return {"doc": doc, "idx": 0, "type": "desertion", "date": None, "region": region,
            "country": "RU", "count": 1, "count_qualifier": "exact", "names": [],
            "who": "a contract soldier", "place_text": place, "armed": None,
            "published": "2025-07-02", "evidence": evidence}  # fmt: skip


# one report's flight says the garrison's name; the other's sentence does not, its article does
ONE = rec("a", "A contract soldier has walked out of the Dobrogost garrison, a news site said.")
ARTICLE = ("Soldier missing. A contract soldier failed to return to his unit last week, his "
           "mother said. He had served at Dobrogost since the spring.")  # fmt: skip


def other(text: str = ARTICLE, one_story: bool = True):  # noqa: ANN201
    f = features(rec("b", "A contract soldier failed to return to his unit last week."))
    return replace(f, seen=names_seen(text), one_story=one_story)


def test_a_word_of_one_report_written_in_the_others_article_is_word_seen() -> None:
    x = pair_features(features(ONE), other())
    assert x is not None and x["word_seen"] == 1.0
    assert "thin" not in x and "distinct_diff" not in x
    # not from a roundup's article (it writes every item's words), nor a region's name
    assert "word_seen" not in pair_features(features(ONE), other(one_story=False))
    region = rec("a", "A contract soldier has walked out of his unit in the Saratov region.")
    text = ARTICLE.replace("Dobrogost", "Saratov")
    assert "word_seen" not in pair_features(features(region), other(text))


def test_two_cases_flights_in_two_regions_of_one_country_are_apart() -> None:
    from awol.link.components import _regions_apart

    assert _regions_apart(frozenset({"RU-PSK"}), frozenset({"RU-KRS"}))
    assert not _regions_apart(frozenset({"RU-PSK", "RU-KRS"}), frozenset({"RU-KRS"}))
    # two countries are steps of one flight (left the unit, crossed a border): not apart
    assert not _regions_apart(frozenset({"RU-PSK"}), frozenset({"LT-VL"}))

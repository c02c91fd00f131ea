"""``distinct_diff`` fires on real distinctions only (round 50, link50): a word one side holds
as a place (its own or its story's) and the other as a word of its sentence (or of its story's
sentences) is a word in common, whatever kind each side holds it as.  Invented events."""

from __future__ import annotations

from dataclasses import replace

from awol.link.features import features
from awol.link.score import pair_features
from awol.link.text import place_keys, skeleton


def rec(doc, evidence="", region="RU-TAM", place=None, count=1, published="2025-03-12"):
    return {"doc": doc, "idx": 0, "type": "wanted", "date": None, "region": region,
            "country": "RU", "count": count, "count_qualifier": "exact", "names": [],
            "who": "a contract soldier", "place_text": place, "armed": None,
            "published": published, "evidence": evidence}  # fmt: skip


def test_a_story_place_of_one_side_written_in_the_other_sides_story_is_shared():
    # one report's story places the detention in a village (its manhunt event carries the
    # village as a story place); the other writes the village only in its story's sentences
    a = replace(features(rec("a")), ctx_places=frozenset(place_keys("the village of Ozerishche")))
    b = replace(features(rec("b")), ctx_tokens=frozenset({skeleton("Ozerishche")}))
    assert "distinct_diff" not in pair_features(a, b)
    # another village: a distinction
    c = replace(features(rec("c")), ctx_tokens=frozenset({skeleton("Verkhovazhye")}))
    assert pair_features(a, c)["distinct_diff"] == 1.0


def test_a_place_one_side_codes_and_the_other_writes_in_its_story_is_shared():
    a = features(rec("a", place="near the village of Ozerishche"))
    b = replace(features(rec("b", "Police say the man was seen at a bus stop in town.")),
                ctx_tokens=frozenset({skeleton("Ozerishche")}))  # fmt: skip
    assert "distinct_diff" not in pair_features(a, b)
    c = features(rec("c", place="near the village of Verkhovazhye"))
    assert pair_features(c, b)["distinct_diff"] == 1.0

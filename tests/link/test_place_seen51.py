"""``place_seen`` (round 51, link51): a place finer than a region that one report's event (or
its story) says, written in the other report's article though none of its events says it -- the
extraction kept the coarser place ("the Tver region") of a sentence whose article names the
village elsewhere.  It is an agreement about where (no ``thin`` pair).  Invented events."""

from __future__ import annotations

from dataclasses import replace

from awol.link.features import features
from awol.link.score import pair_features
from awol.link.text import names_seen


def rec(doc, place=None, region="RU-TVE", evidence="", typ="detention"):
    return {"doc": doc, "idx": 0, "type": typ, "date": None, "region": region,
            "country": "RU", "count": 3, "count_qualifier": "exact", "names": [],
            "who": "three soldiers", "place_text": place, "armed": None,
            "published": "2025-06-04", "evidence": evidence}  # fmt: skip


VILLAGE = rec("a", place="a cafe in the village of Zhelnino in the Tver region")
ARTICLE = ("Three runaway soldiers caught. Police in the Tver region detained three soldiers. "
           "The men had been drinking in a cafe in Zhelnino, a local resident said.")  # fmt: skip


def coarse(text: str = ARTICLE):
    # the other report's detention says only the region; its article writes the village
    f = features(
        rec(
            "b",
            place="the Tver region",
            evidence="Police in the Tver region detained three soldiers.",
        )
    )
    return replace(f, seen=names_seen(text))


def test_a_village_one_report_places_it_in_and_the_other_only_writes_is_a_place_seen():
    x = pair_features(features(VILLAGE), coarse())
    assert x["place_seen"] == 1.0
    assert "thin" not in x


def test_another_village_written_is_no_place_seen():
    other = ARTICLE.replace("Zhelnino", "Bolshoye Perevozovo")
    x = pair_features(features(VILLAGE), coarse(other))
    assert "place_seen" not in x


def test_a_report_that_names_its_own_finer_place_is_compared_by_it():
    # the other event names a village of its own: the places are compared as places
    f = replace(features(rec("b", place="a bus stop in Staritsa")), seen=names_seen(ARTICLE))
    x = pair_features(features(VILLAGE), f)
    assert "place_seen" not in x

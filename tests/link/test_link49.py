"""Round 49 (link49): candidate generation does not part two events because one of them says no
country.

A report with no publication date and no date of its own ("Most of them have already been
caught") meets other events only through the evidence channel's archive-wide keys; there its
country was a key ("?" for none), so an event that says no country never met one that says
"RU": a place reader giving one report's detention its country parted the pair that two reports
of one flight had linked.  Now an event with no country is filed under the country its story is
placed in (the regions of its story group) and meets that country's events of its type; two
countries still part.  Invented reports throughout."""

from __future__ import annotations

from awol.link import Linker
from awol.link.features import document_features, event_records
from awol.link.incidents import index_keys, query_keys

FLED_A = ("Seven soldiers walked out of a military unit in the village of Berezovka on Sunday "
          "night and left in two hired cars, the district head said.")  # fmt: skip
CAUGHT_A = "Three of those who fled were detained outside the district."
FLED_B = "Из воинской части в Томской области ушли семеро военнослужащих, сообщил глава района."
CAUGHT_B = "Большинство беглецов уже задержали."


def _ev(typ: str, sentence: str, *, region: str | None = None, count: int | None = None,
        country: str | None = None, who: str | None = None,
        place: str | None = None) -> dict:  # fmt: skip
    return {"type": typ, "date": None, "date_text": None, "place_text": place,
            "country": country or ("RU" if region else None), "region": region, "count": count,
            "count_qualifier": "exact" if count else None, "who": who, "names": [],
            "armed": None, "source": None, "evidence": sentence}  # fmt: skip


def _docs(caught_b: dict, region_b: str = "RU-TOM") -> list[dict]:
    fa = _ev("desertion", FLED_A, region="RU-TOM", count=7, who="soldiers",
             place="the village of Berezovka")  # fmt: skip
    fb = _ev("desertion", FLED_B, region=region_b, count=7, who="военнослужащих",
             place="в Томской области")  # fmt: skip
    ca = _ev("detention", CAUGHT_A, count=3, country="RU", who="Three of those")
    return [
        {"id": "a", "published": "2024-11-13", "language": "en", "events": [fa, ca]},
        {"id": "b", "published": None, "language": "ru", "events": [fb, caught_b]},
    ]


def _linked(docs: list[dict]) -> dict[str, str]:
    lk = Linker()
    lk.add(docs)
    return {f"{d}#{i}": inc["incident_id"] for inc in lk.incidents() for d, i in inc["events"]}


def _meet(docs: list[dict], a: int, b: int) -> bool:
    fa = document_features(event_records(docs[0]["events"], "a", docs[0]["published"]))[a]
    fb = document_features(event_records(docs[1]["events"], "b", docs[1]["published"]))[b]
    qa, ia = {hash(k) for k in query_keys(fa)}, {hash(k) for k in index_keys(fa)}
    qb, ib = {hash(k) for k in query_keys(fb)}, {hash(k) for k in index_keys(fb)}
    return bool(qa & ib) or bool(qb & ia)


def test_an_undated_unplaced_catch_meets_the_dated_report_s_catch_of_its_story_s_country():
    docs = _docs(_ev("detention", CAUGHT_B))
    inc = _linked(docs)
    assert inc["a#0"] == inc["b#0"]  # the flights
    assert inc["a#1"] == inc["b#1"]  # the catches: one says RU, the other no country


def test_a_catch_with_no_country_is_a_candidate_of_its_story_s_country_only():
    assert _meet(_docs(_ev("detention", CAUGHT_B)), 1, 1)
    # the other report's story is placed in another country: no candidate through the country
    # (nor any other key: the two catches share nothing else)
    assert not _meet(_docs(_ev("detention", CAUGHT_B), region_b="UA-14"), 1, 1)


def test_two_countries_still_part_the_catches():
    docs = _docs(_ev("detention", CAUGHT_B, country="KZ"))
    inc = _linked(docs)
    assert inc.get("a#1") != inc.get("b#1") or inc.get("a#1") is None

"""A date an event holds weakly -- no words of its own (carried from another clause) or words
that date it relative to another happening of the article ("The day before", «в тот же день»)
-- gives way to a name both reports give: it does not veto the pair, nor bound the incident's
dates (``features.weak_date``, ``score.pair_features``, ``components._Summary``; round 30)."""

from __future__ import annotations

from awol.link import Linker
from awol.link.features import document_features, event_records
from awol.link.score import pair_features


def _ev(typ: str, text: str, date: str | None, date_text: str | None, names: list[str],
        region: str | None = "RU-TVE") -> dict:  # fmt: skip
    return {"type": typ, "date": date, "date_text": date_text, "place_text": None,
            "country": "RU", "region": region, "count": 1, "count_qualifier": "exact",
            "who": None, "names": names, "armed": None, "source": None,
            "evidence": {"text": text, "start": 0, "end": len(text)}}  # fmt: skip


def _feat(ev: dict, doc: str, published: str):
    return document_features(event_records([ev], doc, published))[0]


COURT = _ev("sentence", "On Tuesday, the Tver garrison court sentenced Artyom Zuev to six years.",
            "2025-11-04", "On Tuesday", ["Artyom Zuev"])  # fmt: skip


def _other(date_text: str | None, names: list[str]) -> dict:
    # another report: the same verdict, dated wrongly by the extraction (the month of the case
    # told before it in that article)
    return _ev("sentence", "The day before, a court in Tver gave Zuev six years.", "2025-07",
               date_text, names)  # fmt: skip


def test_a_relative_or_carried_date_gives_way_to_the_name():
    a = _feat(COURT, "a", "2025-11-05")
    for dt in ("The day before", None, "в тот же день", "two days later"):
        b = _feat(_other(dt, ["Artyom Zuev"]), "b", "2025-11-06")
        assert b.weak_date
        x = pair_features(a, b)
        assert x is not None and "name" in x
        assert not {"day_same", "day_near", "month_in", "month_overlap"} & set(x)


def test_an_own_date_still_vetoes_and_so_does_a_weak_one_without_the_name():
    a = _feat(COURT, "a", "2025-11-05")
    own = _feat(_other("in July", ["Artyom Zuev"]), "b", "2025-11-06")
    assert not own.weak_date
    assert pair_features(a, own) is None  # two verdicts of one man months apart: two happenings
    unnamed = _feat(_other("The day before", []), "b", "2025-11-06")
    assert unnamed.weak_date
    assert pair_features(a, unnamed) is None


def test_the_incident_is_not_bounded_by_a_weak_date():
    def doc(did: str, pub: str, ev: dict) -> dict:
        return {"id": did, "url": f"https://x.example/{did}", "outlet": did, "language": "en",
                "published": pub, "title": "t", "events": [ev], "figures": []}  # fmt: skip

    lk = Linker()
    lk.add([doc("a", "2025-11-05", COURT), doc("b", "2025-11-06", _other("The day before",
                                                                        ["Artyom Zuev"]))])  # fmt: skip
    incs = [sorted(tuple(e) for e in i["events"]) for i in lk.incidents()]
    assert [("a", 0), ("b", 0)] in incs
    lk = Linker()
    lk.add([doc("a", "2025-11-05", COURT), doc("b", "2025-11-06", _other("in July",
                                                                        ["Artyom Zuev"]))])  # fmt: skip
    assert len(lk.incidents()) == 2

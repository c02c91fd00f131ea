"""Round 36 (link36): two stories whose flights are two flights are two men's.

A pair of events of two articles is scored on what the two events say; the article's story
group around each says more.  Where both stories tell a flight and every pair of their flights
is two happenings by the men or the time (disjoint named people, dates that exclude each other),
no event of one story is the same happening as an event of the other, whatever type the
extraction gave it: a named man's verdict read as a detention meets another man's arrest of the
same day and region, and without this the incident glued the two stories into one case
(``score.other_flights``, ``linker._StoryConflicts.other_flights``).  Two regions alone do not
part two flights (reports place one flight differently).  Invented people and text."""

from __future__ import annotations

from awol.link import Linker
from awol.link.features import document_features, event_records
from awol.link.score import other_flights


def _ev(typ: str, text: str, *, date: str | None = None, count: int | None = 1,
        region: str | None = None, names: list[str] | None = None,
        who: str | None = None, start: int = 0) -> dict:  # fmt: skip
    return {"type": typ, "date": date, "date_text": None, "place_text": None,
            "country": region.split("-")[0] if region else None, "region": region,
            "count": count, "count_qualifier": "exact" if count else None, "who": who,
            "names": names or [], "armed": None, "source": None,
            "evidence": {"text": text, "start": start, "end": start + len(text)}}  # fmt: skip


def _doc(did: str, events: list[dict], published: str = "2026-03-25", lang: str = "ru") -> dict:
    return {"id": did, "url": f"https://{did}.example/a", "outlet": did, "published": published,
            "language": lang, "title": "t", "events": events, "figures": []}  # fmt: skip


CAUGHT = ("Одного из двух срочников, которые в субботу ушли из части под Курском, задержали в "
          "понедельник в Курской области.")  # fmt: skip
CONSCRIPTS = _doc("a", [
    _ev("detention", CAUGHT, date="2026-03-23", region="RU-KRS", who="срочников"),
    _ev("desertion", CAUGHT, date="2026-03-21", count=2, region="RU-KRS", who="срочников"),
])  # fmt: skip

VERDICT = ("В понедельник Курский гарнизонный военный суд приговорил к пяти годам колонии "
           "контрактника Глеба Ширинкина.")  # fmt: skip
HIS_FLIGHT = "В ноябре 2025 года Ширинкин не вернулся в часть из отпуска."


def _verdict_read_as_detention(flight_date: str | None) -> dict:
    n = len(VERDICT) + 1
    return _doc("b", [
        # the extraction's error: a verdict given the type of a detention
        _ev("detention", VERDICT, date="2026-03-23", region="RU-KRS",
            names=["Глеб Ширинкин"], who="контрактника"),
        _ev("desertion", HIS_FLIGHT, date=flight_date, names=["Ширинкин"], start=n),
    ])  # fmt: skip


def _linked(docs: list[dict]) -> set[tuple]:
    lk = Linker()
    lk.add(docs)
    out = set()
    for inc in lk.incidents():
        evs = sorted(tuple(e) for e in inc["events"])
        for i, a in enumerate(evs):
            for b in evs[i + 1 :]:
                out.add((a, b))
    return out


def _case_documents(docs: list[dict]) -> list[set[str]]:
    lk = Linker()
    lk.add(docs)
    return [set(c["documents"]) for c in lk.cases()]


def test_a_verdict_read_as_a_detention_does_not_join_another_mans_arrest():
    docs = [CONSCRIPTS, _verdict_read_as_detention("2025-11")]
    assert (("a", 0), ("b", 0)) not in _linked(docs)
    # and so the two stories stay two cases
    assert {"a", "b"} not in _case_documents(docs)


def test_flights_that_may_be_one_do_not_part_the_stories():
    # his flight undated, or of the same days: nothing says two flights, the pair decides
    for date in (None, "2026-03-21"):
        docs = [CONSCRIPTS, _verdict_read_as_detention(date)]
        assert (("a", 0), ("b", 0)) in _linked(docs)
        assert {"a", "b"} in _case_documents(docs)


def _feats(events: list[dict], did: str) -> list:
    return document_features(event_records(events, did, "2026-03-25"))


def test_two_regions_alone_are_not_two_flights():
    left = _feats([_ev("desertion", "Двое срочников ушли из части в Курской области.", count=2,
                       region="RU-KRS", date="2026-03")], "a")  # fmt: skip
    right = _feats([_ev("desertion", "Two conscripts left their unit near Belgorod.", count=2,
                        region="RU-BEL", date="2026-03")], "b")  # fmt: skip
    assert not other_flights(left, right)
    right = _feats([_ev("desertion", "Two conscripts left their unit near Belgorod in 2024.",
                        count=2, region="RU-BEL", date="2024")], "b")  # fmt: skip
    assert other_flights(left, right)


def test_disjoint_named_men_are_two_flights_and_a_shared_name_still_links():
    left = _feats([_ev("desertion", "Рядовой Олег Веденяпин ушёл из части.",
                       names=["Олег Веденяпин"])], "a")  # fmt: skip
    right = _feats([_ev("desertion", "Private Artyom Sklyarov left his unit.",
                        names=["Artyom Sklyarov"])], "b")  # fmt: skip
    assert other_flights(left, right)
    assert not other_flights(left, [])  # a story that tells no flight says nothing


def test_a_flight_dated_days_off_is_not_another_flight():
    """A relative day resolved against the wrong day ("last week", «в субботу») puts a flight a
    few days off: only dates more than a month apart say two flights."""
    docs = [CONSCRIPTS, _verdict_read_as_detention("2026-03-05")]
    assert (("a", 0), ("b", 0)) in _linked(docs)


def test_an_article_that_writes_the_mans_surname_is_not_parted_by_the_flights():
    """The conscripts' article writes the contract soldier's surname (the extraction left it off
    its event): the text ties the two, so the stories' flights do not part the pair (name_text)."""
    caught = CAUGHT + " Вместе с ними из части ушёл и Ширинкин."
    doc = _doc("a", [dict(e, evidence={"text": caught, "start": 0, "end": len(caught)})
                     for e in CONSCRIPTS["events"]])  # fmt: skip
    doc["text"] = caught
    assert (("a", 0), ("b", 0)) in _linked([doc, _verdict_read_as_detention("2025-11")])

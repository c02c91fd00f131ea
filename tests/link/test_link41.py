"""Round 41 (link41): a further person after a story told without its flight, and an incident
that chains two ages.

* "another deserter", «ещё одного дезертира» after a search notice for one man whose flight the
  article does not tell is another man (``case_markers.one_person`` read a story of one person
  off its flight only); "a runaway", "a fugitive" introduce a person as "a soldier" does
  (descriptors.yaml ``second_case.introduces``).  Test's one mixed story group joins a detention
  to a manhunt story with no flight on a region alone (its ``--brief`` aggregate).
* An incident's members that say one person's age: a chain through a mention that says none
  does not join a 19-year-old's manhunt to a 22-year-old's (``components._Summary.ages``; split
  y's extracted reading: «ещё одного военнослужащего -- 19-летнего срочника» linked to the
  ageless «поиски военнослужащего, ушедшего из части в Вязьме» of another report)."""

from __future__ import annotations

import json
from pathlib import Path

from awol.link import Linker
from awol.link.features import document_features, event_records


def _ev(typ: str, text: str, *, count: int | None = 1, region: str | None = "RU-TVE",
        names: list[str] | None = None, who: str | None = None, date: str | None = None,
        at: int = 0) -> dict:  # fmt: skip
    return {"type": typ, "date": date, "date_text": None, "place_text": None,
            "country": "RU" if region else None, "region": region, "count": count,
            "count_qualifier": "exact" if count else None, "who": who, "names": names or [],
            "armed": None, "source": None,
            "evidence": {"text": text, "start": at, "end": at + len(text)}}  # fmt: skip


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2026-03-10"))]


HUNT_EN = _ev("wanted", "Police in the Tver region have put a soldier on the wanted list, the "
              "regional interior ministry said.", who="soldier")  # fmt: skip
HUNT_RU = _ev("wanted", "Полиция Тверской области объявила в розыск военнослужащего.",
              who="военнослужащего")  # fmt: skip


def _caught(text: str) -> dict:
    return _ev("detention", text, date="2026-03-10", at=200)


def test_another_after_a_manhunt_of_one_man_is_another_story():
    another = "Police in Rzhev detained another deserter on Tuesday."
    assert groups([HUNT_EN, _caught(another)]) == [0, 1]
    assert groups([HUNT_RU, _caught("В Ржеве задержали ещё одного дезертира.")]) == [0, 1]
    # the hunted man caught, told as such, stays
    assert groups([HUNT_EN, _caught("Police in Rzhev detained the deserter on Tuesday.")]) == [0, 0]
    assert groups([HUNT_RU, _caught("Беглеца задержали во вторник в Ржеве.")]) == [0, 0]
    # a manhunt for two: "another" is not read (one of the two may be meant)
    two = _ev("wanted", "Police in the Tver region are searching for two conscripts.", count=2,
              who="conscripts")  # fmt: skip
    assert groups([two, _caught(another)]) == [0, 0]


def test_a_runaway_introduced_is_another_person():
    text = "Military police in Rzhev on Tuesday detained a runaway from a unit in Kashin."
    assert groups([HUNT_EN, _caught(text)]) == [0, 1]
    text = "Military police in Rzhev on Tuesday detained the runaway from a unit in Kashin."
    assert groups([HUNT_EN, _caught(text)]) == [0, 0]


EXTRACTED_Y = Path(__file__).resolve().parent / "link41_y_extracted.json"


def test_an_incident_does_not_chain_two_ages():
    """Split y's extracted reading of four reports (``link41_y_extracted.json``: what the
    extractor gave for ak-01, ak-02, ak-04 and ak-05, saved): the 19-year-old conscript's
    manhunt (ak-05 #2, "who" cut to «военнослужащего») scores above the threshold with the
    ageless mention of the 22-year-old's search in ak-04 (#2), which links to the reports that
    say his age; the chain does not join the two men's manhunts."""
    docs = [json.loads(x) for x in EXTRACTED_Y.read_text("utf-8").splitlines() if x]
    lk = Linker()
    lk.add(docs)
    inc = {tuple(k): p["incident_id"] for p in lk.incidents() for k in p["events"]}
    hunt22 = {inc[("ak-01", 0)], inc[("ak-02", 0)], inc[("ak-04", 2)]}
    assert len(hunt22) == 1  # one manhunt, told three times
    assert inc[("ak-05", 2)] not in hunt22

"""Round 44 (link44): one named man's flight dated by its steps (round 43's rule, ``score.
_one_flight``) joins only what every member of the incident corroborates.

A full name is shared by namesakes ("Ivan Petrov"): round 43's rule, checked on the pair and
held together by the name alone in the cluster, chained namesakes of other regions into one
incident (the synthetic monitor's incident precision fell under its floor).  Now a pair whose
reports state two regions of one country, two service statuses or two ages is two flights, and
an incident whose dates lie apart joins another only when no member of either states another
region (of one country), status or age than a member of the other: one contradicting namesake
vetoes the whole join.  Two countries do not contradict: the steps of one flight cross borders
(left his positions in Ukraine in November, crossed into Norway in January)."""

from __future__ import annotations

from awol.link import Linker


def _doc(did: str, published: str, text: str, date: str, names: list[str], *,
         region: str | None = None, country: str | None = None,
         who: str | None = "contract soldier", age: str = "") -> dict:  # fmt: skip
    text = text.format(age=age)
    ev = {"type": "desertion", "date": date, "date_text": "in " + date, "place_text": None,
          "country": country or (region.split("-")[0] if region else None), "region": region,
          "count": 1, "count_qualifier": "exact", "who": who, "names": names, "armed": None,
          "source": None, "evidence": {"text": text, "start": 0, "end": len(text)}}  # fmt: skip
    return {"id": did, "published": published, "language": "en", "outlet": did, "events": [ev]}


def _incidents(docs: list[dict]) -> list[set[str]]:
    linker = Linker()
    linker.add(docs)
    return [{d for d, _ in p["events"]} for p in linker.incidents()]


def _together(incs: list[set[str]], a: str, b: str) -> bool:
    return any({a, b} <= s for s in incs)


JULY = _doc("en-1", "2022-12-20", "Ivan Petrov, a contract soldier, left his unit in July 2022.",
            "2022-07", ["Ivan Petrov"], region="RU-BEL")  # fmt: skip
NOVEMBER = _doc("en-2", "2023-01-25", "Ivan Petrov says he deserted in November.",
                "2022-11", ["Ivan Petrov"])  # fmt: skip
JANUARY = _doc("en-3", "2023-02-10", "Ivan Petrov, a contract soldier, fled a unit in January.",
               "2023-01", ["Ivan Petrov"], region="RU-KRS")  # fmt: skip


def test_a_namesake_of_another_region_is_two_flights():
    incs = _incidents([JULY, JANUARY])
    assert not _together(incs, "en-1", "en-3")


def test_a_namesake_does_not_chain_in_through_a_report_that_states_no_region():
    # en-2 (no region) is one flight with each of the others; the two others state two regions
    # of one country: the incident holds en-2 with one of them, never both
    incs = _incidents([JULY, NOVEMBER, JANUARY])
    assert not _together(incs, "en-1", "en-3")
    assert _together(incs, "en-1", "en-2") or _together(incs, "en-2", "en-3")


def test_another_service_status_or_age_is_two_flights():
    conscript = _doc("en-4", "2023-02-10", "Ivan Petrov, a conscript, fled a unit in January.",
                     "2023-01", ["Ivan Petrov"], who="conscript")  # fmt: skip
    assert not _together(_incidents([JULY, conscript]), "en-1", "en-4")
    old = _doc("en-5", "2022-12-20", "Ivan Petrov, {age}, left his unit in July 2022.",
               "2022-07", ["Ivan Petrov"], age="a 41-year-old")  # fmt: skip
    young = _doc("en-6", "2023-02-10", "Ivan Petrov, {age}, fled in January.",
                 "2023-01", ["Ivan Petrov"], age="a 20-year-old")  # fmt: skip
    assert not _together(_incidents([old, young]), "en-5", "en-6")


def test_the_steps_of_one_flight_in_two_countries_are_one_flight():
    left = _doc("en-7", "2023-01-23", "Andrei Volkov, a mercenary, deserted in Ukraine in November.",
                "2022-11", ["Andrei Volkov"], country="UA", who="mercenary")  # fmt: skip
    crossed = _doc("en-8", "2023-02-01", "Andrei Volkov, a mercenary, crossed into Norway in January.",
                   "2023-01", ["Andrei Volkov"], country="NO", who="mercenary")  # fmt: skip
    assert _together(_incidents([left, crossed]), "en-7", "en-8")

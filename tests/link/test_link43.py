"""Round 43 (link43): one named man's flight dated by its different steps.

Reports date one flight by the step they tell: when the man left his positions (his contract's
end), when he deserted, when he crossed a border or reached another country -- months apart in
the reports of one flight (train: a mercenary's flight told by four reports, dated July,
November and January; invented link probes p: a mobilised man's flight dated February and, by
a verdict's sentence, August).  Two flights that name one man in full are one flight when their
dates lie within a year (``score._one_flight``), and the incident they make is held together by
his name, not bounded by either date (``components._Summary.compatible``); a year apart they
are two flights, and an unnamed flight of another month does not chain into his incident."""

from __future__ import annotations

from awol.link import Linker


def _doc(did: str, published: str, lang: str, *events: dict) -> dict:
    return {"id": did, "published": published, "language": lang, "outlet": did,
            "events": list(events)}  # fmt: skip


def _flight(text: str, date: str, names: list[str], *, date_text: str = "in July",
            region: str | None = None, who: str | None = "mercenary") -> dict:  # fmt: skip
    return {"type": "desertion", "date": date, "date_text": date_text, "place_text": None,
            "country": region.split("-")[0] if region else None, "region": region, "count": 1,
            "count_qualifier": "exact", "who": who, "names": names, "armed": None,
            "source": None, "evidence": {"text": text, "start": 0, "end": len(text)}}  # fmt: skip


def _incidents(docs: list[dict]) -> list[set[str]]:
    linker = Linker()
    linker.add(docs)
    return [{d for d, _ in p["events"]} for p in linker.incidents()]


LEFT = _doc("en-1", "2023-09-23", "en", _flight(
    "Kirill Lapshin, a mercenary, left his positions when his contract ran out in July 2022.",
    "2022-07", ["Kirill Lapshin"], date_text="in July 2022"))  # fmt: skip
DESERTED = _doc("en-2", "2023-01-23", "en", _flight(
    "Kirill Lapshin says he deserted the mercenary group in November.",
    "2022-11", ["Kirill Lapshin"], date_text="in November"))  # fmt: skip
CROSSED = _doc("ru-3", "2023-01-16", "ru", _flight(
    "Бывший наёмник Кирилл Лапшин в январе нелегально перешёл границу Норвегии.",
    "2023-01", ["Кирилл Лапшин"], date_text="в январе"))  # fmt: skip


def test_one_named_flight_dated_by_its_steps_is_one_incident():
    assert {"en-1", "en-2", "ru-3"} in _incidents([LEFT, DESERTED, CROSSED])
    # two of them alone, months apart
    assert {"en-1", "ru-3"} in _incidents([LEFT, CROSSED])


def test_a_shared_surname_alone_or_a_year_apart_is_two_flights():
    other = _doc("en-4", "2023-01-20", "en", _flight(
        "Pavel Lapshin, a mercenary, crossed into Norway in January.",
        "2023-01", ["Pavel Lapshin"], date_text="in January"))  # fmt: skip
    assert not any({"en-1", "en-4"} <= s for s in _incidents([LEFT, other]))
    again = _doc("en-5", "2024-10-02", "en", _flight(
        "Kirill Lapshin, a mercenary, fled his unit again in September 2024.",
        "2024-09", ["Kirill Lapshin"], date_text="in September 2024"))  # fmt: skip
    assert not any({"en-1", "en-5"} <= s for s in _incidents([LEFT, again]))


def test_an_unnamed_flight_of_another_month_does_not_chain_in():
    unnamed = _doc("en-6", "2023-01-25", "en", _flight(
        "A mercenary left his positions in November and has not been found.",
        "2022-11", [], date_text="in November"))  # fmt: skip
    incs = _incidents([LEFT, CROSSED, unnamed])
    assert {"en-1", "ru-3"} in incs
    assert not any({"en-1", "en-6"} <= s or {"ru-3", "en-6"} <= s for s in incs)

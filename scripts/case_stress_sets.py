"""Invented stress stories for ``case_stress.py`` (round 54, case54): two different men's cases
of one region and month told by an English and a Russian report each, a roundup that tells both,
a "another three" / «ещё трое» follow-up of a second group, and counts that differ between two
groups of one place.  Gold-format documents (events with evidence), cases by label; everything
is invented (people, towns' units, days)."""

from __future__ import annotations


def _ev(type_: str, evidence: str, *, date: str | None = None, region: str | None = "RU-TAM",
        count: int | None = 1, names: tuple[str, ...] = (), who: str | None = None,
        place: str | None = None) -> dict:  # fmt: skip
    return {"type": type_, "date": date, "date_text": None, "place_text": place,
            "country": "RU", "region": region, "count": count, "count_qualifier": "exact",
            "who": who, "names": list(names), "armed": None, "source": None,
            "evidence": evidence}  # fmt: skip


def _doc(id_: str, lang: str, published: str, events: list[dict]) -> dict:
    return {"id": id_, "url": f"https://stress.example/{id_}", "outlet": "Stress",
            "language": lang, "published": published, "events": events, "figures": []}


def two_men() -> tuple[str, list[dict], list[dict]]:
    """(name, documents, cases): two named men and two groups of the Tambov region in May."""
    a1 = "Police in the Tambov region are searching for Ivan Prokhorenko, a 25-year-old contract soldier who left his unit in Michurinsk on May 3."  # noqa: E501
    b1 = "Полиция Тамбовской области разыскивает 25-летнего контрактника Ивана Прохоренко, который 3 мая ушёл из части в Мичуринске."  # noqa: E501
    b2 = "В среду его задержали в Тамбове."
    c1 = "On Monday, military police in Tambov detained Ivan Prokhorenko, a contract soldier who left his unit in Michurinsk in early May."  # noqa: E501
    c2 = "Separately, a court in Kotovsk sentenced Oleg Shchukarev, a 31-year-old mobilised soldier, to five years for leaving his unit in May."  # noqa: E501
    d1 = "Котовский гарнизонный суд приговорил мобилизованного Олега Щукарева к пяти годам колонии."
    d2 = "В мае он самовольно покинул часть в Котовске и две недели скрывался у родственников."
    e1 = "Ещё трое контрактников ушли из части в Мичуринске в субботу, сообщает полиция."
    e2 = "Неделей раньше оттуда ушли девять их сослуживцев."
    f1 = "Another three contract soldiers walked out of the Michurinsk unit on Saturday, police said."
    f2 = "Nine others left the same unit a week earlier."
    g1 = "Nine contract soldiers walked out of their unit in Michurinsk on May 10, police said."
    docs = [
        _doc("st-01", "en", "2025-05-05", [
            _ev("wanted", a1, names=("Ivan Prokhorenko",), who="contract soldier"),
            _ev("desertion", a1, date="2025-05-03", names=("Ivan Prokhorenko",), place="Michurinsk"),
        ]),
        _doc("st-02", "ru", "2025-05-08", [
            _ev("wanted", b1, names=("Иван Прохоренко",), who="контрактника"),
            _ev("desertion", b1, date="2025-05-03", names=("Иван Прохоренко",), place="Мичуринске"),
            _ev("detention", b2, date="2025-05-07", names=(), place="Тамбове"),
        ]),
        _doc("st-03", "en", "2025-05-20", [
            _ev("detention", c1, date="2025-05-19", names=("Ivan Prokhorenko",), place="Tambov"),
            _ev("desertion", c1, date="2025-05", names=("Ivan Prokhorenko",), place="Michurinsk"),
            _ev("sentence", c2, date="2025-05-20", names=("Oleg Shchukarev",), place="Kotovsk"),
            _ev("desertion", c2, date="2025-05", names=("Oleg Shchukarev",)),
        ]),
        _doc("st-04", "ru", "2025-05-21", [
            _ev("sentence", d1, names=("Олег Щукарев",), place="Котовский гарнизонный суд"),
            _ev("desertion", d2, date="2025-05", names=("Олег Щукарев",), place="Котовске"),
        ]),
        _doc("st-05", "ru", "2025-05-19", [
            _ev("desertion", e1, date="2025-05-17", count=3, place="Мичуринске"),
            _ev("desertion", e2, date="2025-05", count=9),
        ]),
        _doc("st-06", "en", "2025-05-19", [
            _ev("desertion", f1, date="2025-05-17", count=3, place="Michurinsk"),
            _ev("desertion", f2, date="2025-05", count=9),
        ]),
        _doc("st-07", "en", "2025-05-11", [
            _ev("desertion", g1, date="2025-05-10", count=9, place="Michurinsk"),
        ]),
    ]
    cases = [
        {"case": "prokhorenko", "events": [["st-01", 0], ["st-01", 1], ["st-02", 0], ["st-02", 1],
                                           ["st-02", 2], ["st-03", 0], ["st-03", 1]]},
        {"case": "shchukarev", "events": [["st-03", 2], ["st-03", 3], ["st-04", 0], ["st-04", 1]]},
        {"case": "three", "events": [["st-05", 0], ["st-06", 0]]},
        {"case": "nine", "events": [["st-05", 1], ["st-06", 1], ["st-07", 0]]},
    ]
    return "stress two-men", docs, cases

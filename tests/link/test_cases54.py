"""Round 54 (case54): a case is not joined through a story group when the two cases' events
of any type name people and none in common (``components.Components._build_cases``, the
people check; the flights' own names were checked before, and a story group's flight told
without a name said nothing).  An English report of one man's detention whose unnamed flight
("He had walked out of his unit ...") links to a Russian report of another named man's flight
of the same town and month must not carry the detention into the other man's case."""

from __future__ import annotations

from awol.link import Linker


def _ev(type_: str, evidence: str, **kw: object) -> dict:
    e = {"type": type_, "date": None, "date_text": None, "place_text": None, "country": "RU",
         "region": "RU-TAM", "count": 1, "count_qualifier": "exact", "who": None, "names": [],
         "armed": None, "source": None, "evidence": evidence}  # fmt: skip
    e.update(kw)
    return e


def _doc(id_: str, lang: str, published: str, events: list[dict]) -> dict:
    text = "\n\n".join(dict.fromkeys(e["evidence"] for e in events))
    return {"id": id_, "url": f"https://x.example/{id_}", "outlet": "X", "language": lang,
            "published": published, "title": "t", "figures": [],
            "events": [dict(e, evidence={"text": e["evidence"], "start": text.index(
                e["evidence"]), "end": text.index(e["evidence"]) + len(e["evidence"])})
                for e in events]}  # fmt: skip


CAUGHT = "On Monday, military police in Tambov detained Ivan Prokhorenko, a contract soldier."
LEFT = "He had walked out of his unit in Michurinsk in early May."
OTHER = "В начале мая контрактник Олег Щукарев самовольно ушёл из части в Мичуринске."
VERDICT = "В среду Мичуринский гарнизонный суд приговорил Олега Щукарева к пяти годам колонии."
SAME = "В начале мая контрактник Иван Прохоренко самовольно ушёл из части в Мичуринске."
SAME_VERDICT = "В среду Мичуринский гарнизонный суд приговорил Ивана Прохоренко к пяти годам."


def _cases(ru_names: list[str], flight: str, verdict: str) -> dict[tuple[str, int], str]:
    en = _doc("c54-en", "en", "2025-05-20", [
        _ev("detention", CAUGHT, date="2025-05-19", date_text="On Monday", place_text="Tambov",
            names=["Ivan Prokhorenko"], who="a contract soldier"),
        _ev("desertion", LEFT, date="2025-05", date_text="in early May",
            place_text="his unit in Michurinsk"),
    ])  # fmt: skip
    ru = _doc("c54-ru", "ru", "2025-05-22", [
        _ev("desertion", flight, date="2025-05", date_text="В начале мая", names=ru_names,
            who="контрактник", place_text="части в Мичуринске"),
        _ev("sentence", verdict, date="2025-05-21", date_text="В среду", names=ru_names,
            place_text="Мичуринский гарнизонный суд"),
    ])  # fmt: skip
    lk = Linker()
    lk.add([en, ru])
    return {(d, int(i)): inc.get("case_id") for inc in lk.incidents() for d, i in inc["events"]}


def test_a_named_mans_detention_stays_out_of_another_named_mans_case() -> None:
    case = _cases(["Олег Щукарев"], OTHER, VERDICT)
    assert case[("c54-en", 0)] != case[("c54-ru", 1)]
    assert case[("c54-en", 0)] != case[("c54-ru", 0)]


def test_one_man_named_in_both_languages_stays_one_case() -> None:
    case = _cases(["Иван Прохоренко"], SAME, SAME_VERDICT)
    assert case[("c54-en", 0)] == case[("c54-ru", 1)] == case[("c54-ru", 0)]

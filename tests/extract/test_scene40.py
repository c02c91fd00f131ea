"""Round 40 (evid40): the scene of a catch dates a detention told without a date
(extract/scene.py).  Small invented texts (no real incidents)."""

from __future__ import annotations

from tests.extract.helpers import events, of_type

RU = (
    "Сбежавшего из части контрактника задержали\n\n"
    "В субботу сотрудники патрульно-постовой службы на улице Садовой в Брянске проверили "
    "документы у молодого человека, который показался им подозрительным. Выяснилось, что "
    "25-летний местный житель в августе самовольно оставил воинскую часть в Курской области.\n\n"
    "Мужчину передали представителям военной комендатуры."
)


def _held(text: str) -> list:
    return of_type(events(text, "ru", "2025-11-03"), "detention")


def test_the_scene_before_a_hand_over_dates_and_places_the_detention() -> None:
    held = _held(RU)
    assert len(held) == 1, [(e.date, e.evidence.text) for e in held]
    assert held[0].date == "2025-11-01", held[0]
    assert held[0].region == "RU-BRY", held[0]


def test_a_dateline_is_no_scene() -> None:
    text = RU.replace(
        "В субботу сотрудники патрульно-постовой службы на улице Садовой в Брянске проверили "
        "документы у молодого человека, который показался им подозрительным. ",
        "БРЯНСК, 3 ноября — РИА Новости. ",
    )
    held = _held(text)
    assert all(e.date != "2025-11-03" for e in held), [(e.date, e.evidence.text) for e in held]


def test_the_flights_own_date_is_not_the_catchs() -> None:
    # (the sentence between tells the flight, dated August: passed over; no scene before it)
    text = RU.replace(
        "В субботу сотрудники патрульно-постовой службы на улице Садовой в Брянске проверили "
        "документы у молодого человека, который показался им подозрительным. ",
        "",
    )
    held = _held(text)
    assert all(e.date != "2025-08" for e in held), [(e.date, e.evidence.text) for e in held]


def test_a_catch_told_as_later_takes_no_scene() -> None:
    text = RU.replace(
        "Мужчину передали представителям военной комендатуры.",
        "Впоследствии мужчину передали представителям военной комендатуры.",
    )
    held = _held(text)
    assert all(e.date != "2025-11-01" for e in held), [(e.date, e.evidence.text) for e in held]

"""Places named in an institution's name (invented phrases): the kind of the institution between
a town's adjective and it ("курганские транспортные полицейские"), and a Russian district court
named like a foreign town ("Покровский районный суд": not Pokrovsk of Donetsk)."""

from __future__ import annotations

import pytest

from awol.extract.places import get_gazetteer


def _found(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.region, p.country) for p in get_gazetteer().find(text, "ru")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Курганские транспортные полицейские задержали", "RU-KGN"),
        ("курганские транспортные полицейские задержали", "RU-KGN"),
        ("Омские военные следователи возбудили дело", "RU-OMS"),
        ("Тверские линейные полицейские задержали", "RU-TVE"),
    ],
)
def test_the_kind_of_the_institution_between_a_towns_adjective_and_it(text, region):
    assert _found(text) == [(region, "RU")]


def test_a_kind_with_no_institution_after_it_names_nothing_new():
    assert _found("курганские транспортные компании") == []


def test_a_russian_district_court_named_like_a_foreign_town():
    assert _found("Покровский районный суд приговорил") == [(None, "RU")]
    assert _found("Покровский районный суд Орловской области")[-1] == ("RU-ORL", "RU")


def test_the_foreign_towns_own_words_keep_it():
    assert _found("в Покровском районе") == [("UA-14", "UA")]  # (not a court)
    assert _found("Покровский горрайонный суд") == [("UA-14", "UA")]
    assert _found("Харьковский районный суд") == [("UA-63", "UA")]  # (no Russian namesake)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Сотрудники МО МВД России «Шарыповский» задержали солдата", "RU-KYA"),
        ("задержали сотрудники МУ МВД России «Оренбургское»", "RU-ORE"),
        ("Как сообщили в ОМВД «Сальский», солдат задержан", "RU-ROS"),
    ],
)
def test_a_police_department_named_in_quotes_by_its_towns_adjective(text, region):
    assert [r for r, _c in _found(text) if r] == [region]


@pytest.mark.parametrize(
    "text",
    [
        "Сотрудники ОП «Центральный» задержали солдата",  # no MVD before it, a generic name
        "Сотрудники МО МВД России «Каменский» задержали солдата",  # the adjective of many towns
        "сообщает издание «Шарыповский вестник»",  # an outlet's name
    ],
)
def test_other_quoted_names_place_nothing(text):
    assert [r for r, _c in _found(text) if r] == []

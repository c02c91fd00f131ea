"""A relative clause of place after a place ("taken to Kyiv, where he was charged", "доставлен в
Киев, где ему сообщили о подозрении") places the trigger it tells, also where the particle "и"
stands before its verb ("добрался до Орла, где его и задержали"; invented sentences)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events
from tests.extract.helpers import one as _one


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Военнослужащий бежал из госпиталя в Курске и добрался до Орла, где его и задержали.",
            "ru",
        ),
        ("Военнослужащий бежал из госпиталя в Курске и добрался до Орла, где его задержали.", "ru"),
        (
            "The soldier fled a hospital in Kursk and made his way to Oryol, where he was detained.",
            "en",
        ),
    ],
)
def test_where_places_the_act_it_tells(text, lang):
    evs = events(text, lang, "2025-06-11")
    assert _one(evs, "detention").region == "RU-ORL"
    assert _one(evs, "desertion").region == "RU-KRS"


def test_where_of_a_home_places_nothing_new():
    # "где он жил и работал": no trigger in the clause, the detention keeps its own place
    text = "Дезертира задержали в Твери, а жил он в Пскове, где он и работал до мобилизации."
    assert _one(events(text, "ru", "2025-06-11"), "detention").region == "RU-TVE"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Двое мобилизованных покинули позиции под Кременной 3 мая, а в Чувашии, откуда они "
            "родом, полиция объявила их в розыск спустя неделю.",
            "ru",
        ),
        (
            "Two mobilised soldiers abandoned their positions near Kreminna on May 3, but in "
            "Chuvashia police put them on the wanted list a week later.",
            "en",
        ),
    ],
)
def test_a_place_after_a_contrast_opens_the_next_predicates_clause(text, lang):
    # ", а в Чувашии": not an adjunct of the flight before it (contrast_open in arguments.yaml)
    evs = events(text, lang, "2025-06-11")
    assert _one(evs, "wanted").region == "RU-CU"
    assert _one(evs, "desertion").region == "UA-09"

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

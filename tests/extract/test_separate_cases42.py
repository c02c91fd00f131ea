"""Round 42 (evid42): a lead that counts happenings it says were apart ("two deserters detained
in separate cases", «за три дня задержали двоих») is no event of its own where the body tells one
of them, even where the body's parts do not add up to it (the other told by a scene no trigger
reads); the coders code the parts (story_filters.headline_totals, ``separate_cases`` in
lang/*/figures.yaml).  Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

EN = (
    "Two runaway soldiers held in Kirov region\n\n"
    "Police in the Kirov region have detained two soldiers who had left their units, in separate "
    "cases a few days apart, the regional police said.\n\n"
    "On Friday, a traffic patrol pulled over a lorry near Slobodskoy and found a 31-year-old "
    "reservist in the cab.\n\n"
    "On Monday, officers detained a 23-year-old contract soldier at his parents' flat in Kirov.\n\n"
    "Both men were handed over to the military commandant's office."
)

RU = (
    "В Кировской области задержали двух беглых военных\n\n"
    "В Кировской области за три дня задержали двух военнослужащих, самовольно оставивших свои "
    "части, сообщили в региональном управлении МВД.\n\n"
    "В пятницу инспекторы остановили у Слободского грузовик, в кабине которого ехал 31-летний "
    "резервист.\n\n"
    "В понедельник полицейские задержали 23-летнего контрактника в квартире его родителей в "
    "Кирове.\n\n"
    "Обоих передали в военную комендатуру."
)


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (RU, "ru")])
def test_a_lead_of_separate_cases_is_no_event_of_its_own(text: str, lang: str) -> None:
    caught = of_type(events(text, lang, "2026-03-10"), "detention")
    assert caught, "the body's detention is read"
    assert all(e.count != 2 for e in caught), [(e.count, e.evidence.text) for e in caught]
    assert all("Monday" in e.evidence.text or "понедельник" in e.evidence.text for e in caught), [
        e.evidence.text for e in caught
    ]


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (RU, "ru")])
def test_a_lead_of_one_group_stays(text: str, lang: str) -> None:
    # (no word that they were apart: the lead's two are one happening, as before)
    one = text.replace(", in separate cases a few days apart,", ",").replace(" за три дня", "")
    caught = of_type(events(one, lang, "2026-03-10"), "detention")
    assert any(e.count == 2 for e in caught), [(e.count, e.evidence.text) for e in caught]

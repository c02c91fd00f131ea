"""Round 40 (place40): where a flight left from, told apart from where the man went.

- a flight told by where the man went in one sentence ("who fled to Finland") and by where he
  left from in another ("he had fought in Ukraine ... before deserting", "his brigade was
  stationed in Kyakhta") happened where he left (:func:`awol.extract.finish.place_of`; English
  keeps a destination told alone, as its train gold codes "fled to Armenia");
- a unit's seat told by its own finite verb, the unit the subject («Отряд ..., как утверждают
  источники, базировался неподалеку от X», "The detachment ... was based not far from X")
  places the flight from it (``unit_was_in`` of ``lang/<lang>/story.yaml``), also from the
  sentence after next, past the outlet's line.

Invented sentences; none is a paraphrase of a corpus sentence.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, one

from awol.extract.story import unit_place

PUB = "2025-11-14"


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Отряд добровольцев, по словам собеседников издания, базировался неподалеку от "
            "Кременной.",
            "ru",
            "UA-09",
        ),
        ("Бригада в то время дислоцировалась под Купянском.", "ru", "UA-63"),
        ("Батальон был расквартирован в Чебаркуле.", "ru", "RU-CHE"),
        (
            "The detachment, according to people close to it, was based not far from Kreminna.",
            "en",
            "UA-09",
        ),
        ("His brigade had been deployed near Kupiansk since the spring.", "en", "UA-63"),
    ],
)
def test_a_units_seat_told_by_its_verb(text: str, lang: str, region: str) -> None:
    found = unit_place(text, lang)
    assert found is not None and found.region == region


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бригада воевала под Бахмутом, а он в это время находился в Ростове.", "ru"),
        ("The company was based in Moscow.", "en"),
        ("His mother was staying in Kursk at the time.", "en"),
    ],
)
def test_no_units_seat_without_its_verb(text: str, lang: str) -> None:
    assert unit_place(text, lang) is None


def test_a_flight_placed_by_the_units_seat_two_sentences_on() -> None:
    text = (
        "Двенадцать бойцов добровольческого отряда с оружием сбежали с позиций в Белгородскую "
        "область. Об этом пишут местные издания со ссылкой на источники. Отряд, как уточняют "
        "журналисты, базировался неподалеку от Кременной в Луганской области."
    )
    fled = one(events(text, "ru", PUB), "desertion")
    assert (fled.country, fled.region) == ("UA", "UA-09")


@pytest.mark.parametrize(
    ("text", "country", "region"),
    [
        (
            "Russian deserter detained in Finland\n\nA Russian soldier who fled to Finland has "
            "been detained for breaking immigration rules, police said on Friday.\n\nThe man "
            "says he had fought in Ukraine for five months before deserting.",
            "UA",
            None,
        ),
        (
            "Russian deserter asks for asylum in Kazakhstan\n\nA Russian contract soldier who "
            "fled to Kazakhstan last month has asked for asylum, his lawyer said on Thursday.\n\n"
            "He had served in a brigade stationed in Kyakhta before deserting.",
            "RU",
            "RU-BU",
        ),
    ],
)
def test_where_he_left_beats_where_he_went(text: str, country: str, region: str | None) -> None:
    fled = one(events(text, "en", PUB, title=text.split("\n")[0]), "desertion")
    assert (fled.country, fled.region) == (country, region)


def test_a_destination_told_alone_stays_in_english() -> None:
    text = (
        "A Russian contract soldier who fled to Kazakhstan in August has asked for asylum, his "
        "lawyer said on Thursday."
    )
    fled = one(events(text, "en", PUB), "desertion")
    assert fled.country == "KZ"

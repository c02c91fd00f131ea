"""Round 35 (place35): where an event abroad or in occupied Ukraine happened.

- Mongolia's aimags and the towns facing Russia, Georgia's five regions the core lacked (with the
  GeoNames towns of those regions), Finland's Kainuu and its border municipalities
  (``data/places.yaml``, ``scripts/gazetteer/geonames_admin1.tsv``): a detention abroad takes
  the first-level region, not the country alone.
- an act of a state's authority with no place of its own whose sentence names one place in a
  region that state's forces hold (``held_regions`` in ``data/place_cues.yaml``,
  ``finish.held_place``): "Russian military police detained ... who had fled ... in occupied
  Tokmak" happened in Tokmak (UA), not in Russia.
- a flight with no place of its own whose sentence names the war the man fought in ("had fought in
  Ukraine ... before deserting": ``war_in`` in ``lang/*/story.yaml``, ``story.war_place``).

Invented sentences; none is a paraphrase of a corpus sentence.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places import get_gazetteer


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("He was stopped near Ulaangom on Tuesday.", "en", ("MN", "MN-046")),
        ("Guards held him in Khovd province.", "en", ("MN", "MN-043")),
        ("He was found in the border town of Altanbulag.", "en", ("MN", "MN-049")),
        ("He was caught in Sukhbaatar Province, far to the east.", "en", ("MN", "MN-051")),
        ("The man was detained at the Tsagaannuur crossing.", "en", ("MN", "MN-071")),
        ("Его задержали в Хубсугульском аймаке.", "ru", ("MN", "MN-041")),
        ("Его задержали в Улангоме.", "ru", ("MN", "MN-046")),
        ("задержан у пункта пропуска Ханх", "ru", ("MN", "MN-041")),
        ("Police in Lagodekhi detained a Russian man.", "en", ("GE", "GE-KA")),
        ("Полиция Рустави задержала россиянина.", "ru", ("GE", "GE-KK")),
        ("He was held in Akhalkalaki.", "en", ("GE", "GE-SJ")),
        ("Finnish guards caught him near Vartius.", "en", ("FI", "FI-05")),
        ("его задержали в Тохмаярви", "ru", ("FI", "FI-13")),
    ],
)
def test_first_level_region_abroad(text: str, lang: str, place: tuple[str, str]) -> None:
    ms = get_gazetteer().find(text, lang)
    assert [(m.country, m.region) for m in ms] == [place]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The choir sang. Choir members left.", "en"),
        ("Darkhan Bekov, a lawyer, said he would appeal.", "en"),
        ("в Селенгинском районе Бурятии", "ru"),
        ("В Туве задержали солдата.", "ru"),
    ],
)
def test_no_mongolian_place_from_words_and_namesakes(text: str, lang: str) -> None:
    assert all(m.country != "MN" for m in get_gazetteer().find(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Russian military police detained two gunners who had fled their positions in "
            "occupied Tokmak, the partisans said.",
            "en",
            ("UA", "UA-23"),
        ),
        (
            "Russian military police are searching for a rifleman who abandoned his post near "
            "Kreminna on Sunday, the channel said.",
            "en",
            ("UA", "UA-09"),
        ),
        (
            "Российские военные полицейские задержали двух солдат, которые самовольно оставили "
            "позиции под Токмаком, сообщили партизаны.",
            "ru",
            ("UA", "UA-23"),
        ),
    ],
)
def test_act_of_the_occupier_in_a_held_place(text: str, lang: str, place: tuple[str, str]) -> None:
    acts = [e for e in events(text, lang, "2025-06-10") if e.type in ("detention", "wanted")]
    assert [(e.country, e.region) for e in acts] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # a place in the state itself: the men may have been caught anywhere (coders: null)
        "Russian military police detained a soldier who had fled his unit in Belgorod, the "
        "channel said.",
        # another state's police: its own country, whatever the flight's place
        "Norwegian police detained a Russian who fled his unit near Svatove, police said.",
    ],
)
def test_no_held_place_for_home_or_foreign_authority(text: str) -> None:
    det = of_type(events(text, "en", "2025-06-10"), "detention")
    assert [e.region for e in det] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Police in Kostanay detained a Russian man on Monday, the site said. The man had "
            "fought in Ukraine for a year with an assault unit before deserting in March, the "
            "site said.",
            "en",
            ("UA", None),
        ),
    ],
)
def test_flight_from_the_war_fought_in(text: str, lang: str, place: tuple[str, None]) -> None:
    fled = of_type(events(text, lang, "2025-06-10"), "desertion")
    assert [(e.country, e.region) for e in fled] == [place]


def test_leave_not_come_back_from_stays_unplaced() -> None:
    text = (
        "The 30-year-old, who fought in Ukraine last year, failed to return to his unit after "
        "leave in May."
    )
    fled = of_type(events(text, "en", "2025-06-10"), "desertion")
    assert [(e.country, e.region) for e in fled] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "A contract soldier from Omsk fled in May from a unit that is now deployed near "
            "Horlivka.",
            "en",
            ("UA", "UA-14"),
        ),
        (
            "A gunner from Perm fled in May from his battalion, which was stationed in occupied "
            "Tokmak.",
            "en",
            ("UA", "UA-23"),
        ),
        (
            "Контрактник, служивший в части, которая стоит в Енакиево, в мае самовольно ушёл со "
            "службы.",
            "ru",
            ("UA", "UA-14"),
        ),
    ],
)
def test_unit_seat_told_by_a_relative_clause(text: str, lang: str, place: tuple[str, str]) -> None:
    fled = of_type(events(text, lang, "2025-06-10"), "desertion")
    assert [(e.country, e.region) for e in fled] == [place]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "В Пензенской области задержали солдата. Рядовой в мае самовольно покинул часть в "
            "Каменке, сообщили в прокуратуре.",
            "RU-PNZ",
        ),
        (
            "Матроса задержали в Калининградской области. Он сбежал из части в Светлом в ноябре, "
            "сообщили в прокуратуре флота.",
            "RU-KGD",
        ),
    ],
)
def test_namesake_town_as_a_units_seat_takes_the_storys_region(text: str, region: str) -> None:
    fled = of_type(events(text, "ru", "2025-06-10"), "desertion")
    assert [e.region for e in fled] == [region]


def test_unit_word_cue_reads_no_month() -> None:
    assert get_gazetteer().find("солдат покинул часть в мае", "ru") == []

"""Round 41 (prec41): sentences that tell a happening did not come about, was only rumoured, or
is what befalls a kind of people.

Invented text.  Each probe is a reading main's extractor (round 40's end) got wrong, beside a twin
that must stay as it was:

- a catch whose trigger spans a negation («Его пока не нашли»: not yet found) is no detention;
- an infinitive trigger governed by a negated verb of achievement («Задержать ... так и не
  удалось») is no catch;
- what a rumour says («слухи о том, что ... сбежали», "rumours that ... had fled") is no flight;
- a kind of people told by a relative clause in a sentence in the present («Мобилизованный,
  который не вернулся из отпуска, рискует ...», "A mobilised man who failed to return ... risks
  ...", "A man who leaves his unit is hunted, arrested ...") is no group that fled or was caught;
- an English practice in the simple present ("Investigators then open a criminal case") is no
  case opened.
"""

from __future__ import annotations

import pytest
from helpers import events, of_type

from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import _find_triggers
from awol.extract.scope import not_a_happening
from awol.extract.trigger_blocks import blocked

PUB = "2026-11-20"


def _readings(sentence: str, lang: str, etype: str) -> list[tuple[str, bool, str | None]]:
    """(trigger text, blocked, the scope's reading) of each trigger of ``etype``."""
    lex = get_lexicon(lang)
    return [
        (
            sentence[s:e],
            blocked(sentence, t.type, s, e, lex),
            not_a_happening(sentence, t.type, s, e, lex),
        )
        for t, s, e in _find_triggers(sentence, lex)
        if t.type == etype
    ]


def _kept(sentence: str, lang: str, etype: str) -> bool:
    """Does some trigger of ``etype`` survive both the blocks and the scope?"""
    return any(not b and r is None for _t, b, r in _readings(sentence, lang, etype))


@pytest.mark.parametrize(
    "sentence",
    ["Его пока не нашли.", "Беглеца пока не нашли, поиски продолжаются."],
)
def test_a_catch_not_yet_made_is_no_detention(sentence: str) -> None:
    assert _readings(sentence, "ru", "detention"), "the probe lost its trigger"
    assert not _kept(sentence, "ru", "detention")


@pytest.mark.parametrize(
    "sentence",
    [
        "Его нашли через неделю у родственников.",
        "Он прятался у тёти, пока его не нашли полицейские.",  # (until: the expletive «не»)
        "Он жил у брата, пока в мае за ним не пришли военные полицейские.",
        "Они скрывались в деревне, пока в марте их не разыскали полицейские.",
    ],
)
def test_a_catch_made_stays(sentence: str) -> None:
    assert _kept(sentence, "ru", "detention")


def test_a_failed_catch_is_no_detention() -> None:
    failed = "Задержать Зотова полицейским так и не удалось."
    assert [r for _t, _b, r in _readings(failed, "ru", "detention")] == ["failed"]
    assert _kept("Полицейским удалось задержать Зотова на вокзале.", "ru", "detention")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "В соцсетях распространились слухи о том, что из части в Наро-Фоминске сбежали 15 контрактников.",
        ),
        (
            "en",
            "Rumours that 15 soldiers had fled the base near Naro-Fominsk spread on social media.",
        ),
    ],
)
def test_a_rumour_is_no_flight(lang: str, sentence: str) -> None:
    assert [r for _t, _b, r in _readings(sentence, lang, "desertion")] == ["rumour"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Журналисты сообщили, что из части в Наро-Фоминске сбежали 15 контрактников."),
        ("en", "Journalists reported that 15 soldiers had fled the base near Naro-Fominsk."),
    ],
)
def test_a_reported_flight_stays(lang: str, sentence: str) -> None:
    assert _kept(sentence, lang, "desertion")


@pytest.mark.parametrize(
    ("lang", "sentence", "etype"),
    [
        (
            "ru",
            "Мобилизованный, который не вернулся из отпуска, рискует получить пять лет колонии.",
            "desertion",
        ),
        (
            "en",
            "A mobilised man who failed to return from leave risks five years in a colony.",
            "desertion",
        ),
        ("en", "A man who leaves his unit is hunted, arrested and sent back.", "detention"),
    ],
)
def test_a_kinds_fate_is_no_happening(lang: str, sentence: str, etype: str) -> None:
    assert [r for _t, _b, r in _readings(sentence, lang, etype)] == ["kind"]


@pytest.mark.parametrize(
    ("lang", "sentence", "etype"),
    [
        # someone in particular: «сейчас», a place, a past main verb, a date
        ("ru", "Контрактник, который сбежал из части, сейчас находится в СИЗО.", "desertion"),
        ("ru", "Солдат, который сбежал из части под Курском, получает пять лет.", "desertion"),
        ("en", "A soldier who fled his unit faces a trial in Moscow.", "desertion"),
        ("en", "A soldier who was absent for a month was arrested in Tula.", "detention"),
        # (a flight's "failed to return" is no failed catch of the verdict beside it)
        (
            "en",
            "A soldier who failed to return from leave received five years in a colony.",
            "sentence",
        ),
        (
            "en",
            "Soldiers who failed to return from hospital have been placed on the wanted list.",
            "wanted",
        ),
    ],
)
def test_a_particular_man_stays(lang: str, sentence: str, etype: str) -> None:
    assert _kept(sentence, lang, etype)


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Investigators then open a criminal case and the man is declared wanted.", "prosecution"),
        ("They arrest deserters at railway stations.", "detention"),
    ],
)
def test_an_english_practice_is_no_happening(sentence: str, etype: str) -> None:
    assert [r for _t, _b, r in _readings(sentence, "en", etype)] == ["habitual"]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Investigators opened a criminal case against him.", "prosecution"),
        ("Police detained him on Friday.", "detention"),
    ],
)
def test_an_english_happening_stays(sentence: str, etype: str) -> None:
    assert _kept(sentence, "en", etype)


STORY = {
    "ru": (
        "Томский вестник\n\nПропавшего контрактника ищут вторую неделю\n\n"
        "Томская полиция продолжает искать 30-летнего контрактника, который 3 ноября не "
        "вернулся в часть из отпуска.\n\n"
        "Его пока не нашли. Задержать беглеца так и не удалось, сообщили в полиции.\n"
    ),
}


def test_a_story_of_a_man_not_yet_found_has_no_detention() -> None:
    found = events(STORY["ru"], "ru", PUB)
    assert of_type(found, "desertion"), [(e.type, e.evidence.text) for e in found]
    assert not of_type(found, "detention"), [(e.type, e.evidence.text) for e in found]

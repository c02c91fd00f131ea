"""Round 52 (source52): one list of the nouns that make a teller a person.

Round 51 kept two lists: attribution.yaml's ``person`` (an event's teller that is a person
speaks for its own sentence: not carried to the story's other events) and figures.yaml's
``figure_story_person`` (a story's person teller is not carried to the numbers after it);
neither held the other ("his commander" was a person for statistics only, "his widow" and
"his parents" for events only).  Now ``person_nouns`` in lang/*/attribution.yaml is read by
both patterns (``person`` and ``story_person``).

Invented sentences only.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import figures_by_value, pipeline_events

from awol.extract.attribution_story import a_person_source, attribution_rx
from awol.extract.lexicon import lang_file


def _source(text: str, lang: str, etype: str) -> str | None:
    got = [e for e in pipeline_events(text, lang, "2026-12-07", "source52") if e["type"] == etype]
    assert got, pipeline_events(text, lang, "2026-12-07", "source52")
    return got[0].get("source")


def test_a_commander_teller_is_not_carried_to_a_later_charge() -> None:
    text = (
        "A private from Tula walked away from his regiment near Kursk in May, his commander "
        "told reporters. In June a garrison court charged him with desertion."
    )
    assert _source(text, "en", "desertion") == "his commander"
    assert _source(text, "en", "prosecution") is None


@pytest.mark.parametrize("teller", ["his parents", "his widow"])
def test_a_relative_teller_is_not_carried_to_the_numbers(teller: str) -> None:
    text = (
        f"The corporal fled his company near Bryansk in April, {teller} said. Some 4,000 "
        "servicemen in the region face charges for quitting their posts, by a count since May."
    )
    assert figures_by_value(text, "en", "2026-12-07")[4000].source is None


def test_ru_a_commander_teller_is_not_carried_to_a_verdict() -> None:
    text = (
        "Контрактник не вернулся из отпуска в марте, сообщил командир роты. В июне военный "
        "суд приговорил его к пяти годам колонии."
    )
    assert _source(text, "ru", "desertion") == "командир роты"
    assert _source(text, "ru", "sentence") is None


def test_ru_a_widow_teller_is_not_carried_to_the_numbers() -> None:
    text = (
        "Рядовой из Тулы самовольно ушёл из части под Курском в мае, рассказала его вдова. "
        "Всего за полгода возбуждено более 4000 дел о самовольном оставлении части."
    )
    assert figures_by_value(text, "ru", "2026-12-07")[4000].source is None


@pytest.mark.parametrize(
    ("lang", "nouns"),
    [
        ("en", ["mother", "widow", "parents", "lawyer", "commander", "fellow soldier"]),
        ("ru", ["мать", "вдова", "адвоката", "командир", "сослуживец", "сына"]),
    ],
)
def test_both_patterns_read_the_one_list(lang: str, nouns: list[str]) -> None:
    from awol.extract.attribution_story import a_story_person

    raw = lang_file(lang, "attribution")
    assert "person_nouns" in raw and "figure_story_person" not in lang_file(lang, "figures")
    his = "his " if lang == "en" else "его "
    for noun in nouns:
        assert a_story_person(his + noun, lang), noun
        if noun != "fellow soldier":  # ("a fellow soldier of X": the person list's own shape)
            assert a_person_source(his + noun, lang), noun
    assert "%" not in attribution_rx(lang, "person").pattern


def test_a_body_is_neither_person() -> None:
    from awol.extract.attribution_story import a_story_person

    for name, lang in [
        ("the regional police", "en"),
        ("the Interior Ministry", "en"),
        ("пресс-служба суда", "ru"),
        ("МВД", "ru"),
    ]:
        assert not a_story_person(name, lang)
        assert not a_person_source(name, lang)


def test_a_named_body_still_carries_to_the_next_sentence() -> None:
    # (control: a body's statement is the story's; it passes on the start code too)
    text = (
        "Two conscripts ran from a garrison near Omsk on Sunday, the regional police said. "
        "One of them was caught a day later in Tara."
    )
    assert "police" in (_source(text, "en", "detention") or "")

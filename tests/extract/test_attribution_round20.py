"""Round 20 attribution mechanisms: a person the names lists do not know (an honorific, a
relative, a surname the article gives a given name elsewhere) speaks for their own sentence only.

Invented sentences (no real incidents, outlets of invented names).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.attribution_story import a_person_source, in_caption, opens_new_story

DOC = (
    "A former sergeant, Konstantin Lomakov, fled the country. Lomakov said that he had refused "
    "to fight. “No,” Ms. Varenikova said. The Northern Bell outlet reported it."
)


def _events(text: str, lang: str) -> list:
    return events(text, lang, "2024-05-20")


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Lomakov", "en", True),  # a surname the article writes after a given name
        ("Ms. Varenikova", "en", True),  # an honorific
        ("Varenikova", "en", True),
        ("His mother-in-law", "en", True),  # a relative
        ("the soldier's lawyer", "en", True),
        ("Northern Bell", "en", False),  # an outlet
        ("Mediazona", "en", False),
        ("жена военнослужащего", "ru", True),
        ("его мать", "ru", True),
        ("издание «Северный Вестник»", "ru", False),
    ],
)
def test_a_person_by_the_words_of_the_source(name: str, lang: str, expected: bool) -> None:
    assert a_person_source(name, lang, DOC) is expected


def _by_evidence(events: list, words: str):
    found = [e for e in events if words in e.evidence.text]
    assert found, [e.evidence.text for e in events]
    return found[0]


def test_a_surname_source_is_not_carried_to_the_next_story() -> None:
    text = (
        "Officer flees to Finland\n\n"
        "A former lieutenant, Pavel Surikov, deserted his unit in the Kursk region in May. "
        "Surikov said that he had been sent to the front without training.\n\n"
        "A paratrooper, Ivan Melkin, deserted his unit in the Bryansk region last year."
    )
    events = _events(text, "en")
    other = _by_evidence(events, "Ivan Melkin")
    assert other.source is None


def test_a_relative_source_is_not_carried_to_the_next_sentence() -> None:
    text = (
        "Soldier hides from the army\n\n"
        "In the summer, a mobilized soldier escaped from a military hospital in the Kursk region. "
        "His mother-in-law later claimed that officers had extorted money from him.\n\n"
        "Military police put the soldier on the wanted list in August."
    )
    events = _events(text, "en")
    wanted = _by_evidence(events, "wanted list")
    assert wanted.source is None


def test_an_outlet_is_still_carried() -> None:
    text = (
        "Deserters caught in Kursk\n\n"
        "Military police detained three soldiers who had left their unit in the Kursk region, "
        "the Northern Bell outlet reported.\n\n"
        "The soldiers had fled on May 3."
    )
    same = _by_evidence(_events(text, "en"), "had fled on May 3")
    assert same.source == "Northern Bell"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("For example, in Lesnoye, 40 soldiers fled their positions.", "en", True),
        ("To illustrate, in Lesnoye, 40 soldiers have absconded.", "en", True),
        ("A sergeant from another military unit, Ivan Lomov, has escaped.", "en", True),
        ("Например, в Лесном из части сбежали 40 солдат.", "ru", True),
        ("Из другой воинской части сбежал сержант Иван Ломов.", "ru", True),
        ("The sergeant returned to his unit in May.", "en", False),
        ("Сержант вернулся в свою часть в мае.", "ru", False),
    ],
)
def test_an_example_or_another_unit_opens_another_story(
    sentence: str, lang: str, expected: bool
) -> None:
    assert opens_new_story(sentence, lang) is expected


def test_an_event_in_a_photo_caption_takes_no_carried_source() -> None:
    text = (
        "Deserters caught in Kursk\n\n"
        "Military police detained three soldiers who had left their unit in the Kursk region, "
        "the Northern Bell outlet reported.\n\n"
        "This picture taken on May 2 in Tula shows Ivan Lomov, a recruit from abroad. "
        "He fled Russia after basic training. [Anna Petrova/AFP]\n\n"
        "The soldiers had fled on May 3."
    )
    events = _events(text, "en")
    caption = _by_evidence(events, "after basic training")
    after = _by_evidence(events, "had fled on May 3")
    assert caption.source is None  # the caption's event: no source carried into it
    assert after.source == "Northern Bell"  # the story goes on after the caption


def test_a_caption_by_its_words() -> None:
    from awol.extract.sentences import split_sentences

    text = "Body text.\n\nНа фото: сержант Иван Ломов. Он сбежал из части в мае.\n\nЕщё текст."
    sents = split_sentences(text, "ru")
    k = next(i for i, s in enumerate(sents) if "сбежал" in s.text)
    assert in_caption(sents, k, "ru")
    assert not in_caption(sents, len(sents) - 1, "ru")

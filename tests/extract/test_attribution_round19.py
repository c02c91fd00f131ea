"""Round 19 attribution mechanisms: a sentence that opens another story (no carried source), an
earlier happening, and the man a pronoun refers back to.

Invented sentences (no real incidents, outlets of invented names).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.attribution_story import opens_new_story, tells_earlier


def _events(text: str, lang: str) -> list:
    return events(text, lang, "2024-05-20")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Meanwhile, in Lesnoye, 40 soldiers fled their positions.", "en", True),
        ("In a separate case, a conscript from Tula left his unit.", "en", True),
        ("A former sergeant, Ivan Lomov, also fled the country last year.", "en", True),
        ("Forty soldiers fled their positions in Lesnoye.", "en", False),
        ("Как сообщалось ранее, из части сбежали пять солдат.", "ru", True),
        ("В мае сообщалось о задержании дезертира в Омске.", "ru", True),
        ("Тем временем поиски беглецов продолжаются.", "ru", True),
        ("Из части сбежали пять солдат.", "ru", False),
        # "Ранее"/"Earlier" alone go on with the same story as often
        ("Ранее было опубликовано фото беглеца.", "ru", False),
        ("Earlier, police had published a photo of the fugitive.", "en", False),
    ],
)
def test_a_sentence_that_opens_another_story(sentence: str, lang: str, expected: bool) -> None:
    assert opens_new_story(sentence, lang) is expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Earlier, police had detained a deserter in Omsk.", "en", True),
        ("Ранее в Омске задержали дезертира.", "ru", True),
        ("Police detained a deserter in Omsk.", "en", False),
    ],
)
def test_a_sentence_that_tells_an_earlier_happening(
    sentence: str, lang: str, expected: bool
) -> None:
    assert tells_earlier(sentence, lang) is expected


def _by_evidence(events: list, words: str):
    found = [e for e in events if words in e.evidence.text]
    assert found, [e.evidence.text for e in events]
    return found[0]


def test_the_story_source_is_not_carried_to_another_story() -> None:
    text = (
        "Deserters caught in Kursk\n\n"
        "Military police detained three soldiers who had left their unit in the Kursk region, "
        "the Northern Bell outlet reported.\n\n"
        "The soldiers had fled on May 3.\n\n"
        "Meanwhile, in the Oryol region, 12 soldiers fled their unit on May 9."
    )
    events = _events(text, "en")
    same = _by_evidence(events, "had fled on May 3")
    other = _by_evidence(events, "Meanwhile")
    assert same.source == "Northern Bell"  # the story's source carried on
    assert other.source is None  # not across to another story


def test_the_story_source_is_not_carried_to_an_earlier_report_ru() -> None:
    text = (
        "В Курской области задержали дезертиров\n\n"
        "Военная полиция задержала троих военнослужащих, самовольно покинувших часть в Курской "
        "области, сообщает издание «Северный Вестник».\n\n"
        "Как сообщалось ранее, из воинской части в Орловской области сбежали 12 солдат."
    )
    events = _events(text, "ru")
    other = _by_evidence(events, "Как сообщалось ранее")
    assert other.source is None


@pytest.mark.parametrize(
    ("text", "lang", "words", "who"),
    [
        (
            "A story from Kursk\n\n"
            "In open protest, the soldier deserted his unit in the Kursk region in May. "
            "He was subsequently detained by military police.",
            "en",
            "subsequently detained",
            "the soldier",
        ),
        (
            "История из Курска\n\n"
            "В мае мужчина самовольно покинул воинскую часть в Курской области. "
            "Его задержали пограничники на границе.",
            "ru",
            "Его задержали",
            "мужчина",
        ),
    ],
)
def test_a_pronoun_takes_the_descriptor_of_the_sentence_before(
    text: str, lang: str, words: str, who: str
) -> None:
    e = _by_evidence(_events(text, lang), words)
    assert e.who is not None and e.who.lower() == who


def test_a_speaker_pronoun_takes_no_descriptor_from_before() -> None:
    text = (
        "Soldier speaks of desertions\n\n"
        "The soldier was sent to a training camp in the Kursk region in May. "
        "He said that dozens of his comrades deserted the camp in June."
    )
    events = _events(text, "en")
    e = _by_evidence(events, "He said")
    assert e.who != "The soldier"

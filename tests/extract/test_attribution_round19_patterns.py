"""Round 19 attribution patterns: plural and impersonal Russian reporting verbs, where a source
said it, the outlet that writes "with reference to" its informant.

Invented sentences (no real incidents, outlets of invented names).
"""

from __future__ import annotations

import pytest

from awol.extract.attribution import find_source
from awol.extract.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural reporting verb ("сообщают издания"), a name with a domain in it
        (
            "Об этом сообщают издания Вечерний Звон и Звон.ru со ссылкой на источники в полиции.",
            "Вечерний Звон и Звон.ru",
        ),
        # an impersonal report and where it is made
        ("Об этом сообщается на сайте суда.", "сайте суда"),
        # "В X отметили": the body opening the sentence
        (
            "В пресс-службе ведомства отметили, что солдата задержали у границы.",
            "В пресс-службе ведомства",
        ),
        # where the source said it is not part of it, nor the parenthesis after it
        (
            "Солдата задержали на вокзале, сообщило управление полиции на своей странице в соцсети "
            "(соцсеть заблокирована).",
            "управление полиции",
        ),
        ("Солдата задержали, сообщил глава района в своём Telegram-канале.", "глава района"),
        # an outlet in straight quotes opening the sentence, a plural verb
        ('"Северный Вестник" рассказывают историю двух дезертиров.', "Северный Вестник"),
    ],
)
def test_russian_reporting_verbs(sentence: str, expected: str) -> None:
    src = find_source(sentence, get_lexicon("ru"))
    assert src is not None
    assert src.text == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the outlet writes "with reference to" its informant (a translation of "со ссылкой на")
        (
            "All of them had signed contracts in prison, portal Zvezdnik writes with reference to "
            "security forces.",
            "Zvezdnik",
        ),
    ],
)
def test_english_with_reference_to(sentence: str, expected: str) -> None:
    src = find_source(sentence, get_lexicon("en"))
    assert src is not None
    assert src.text == expected


def test_a_speaker_is_no_pronoun_reference() -> None:
    assert find_source("He said the soldier fled.", get_lexicon("en")) is None

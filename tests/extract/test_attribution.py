"""Attribution: who a sentence says its facts come from."""

from __future__ import annotations

import pytest

from awol.extract.attribution import find_source
from awol.extract.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police detained two deserters, according to the exiled news outlet IStories.",
            "IStories",
        ),
        (
            "Two of the 10 were detained a month later, according to court records; the fate of the others is not known.",
            "court records",
        ),
        (
            "A soldier was shot dead on Sunday, the regional governor's office said.",
            "regional governor's office",
        ),
        (
            "The Kommersant newspaper said on Thursday that five soldiers had been charged with desertion.",
            "Kommersant",
        ),
        (
            "Police detained three soldiers, the regional news site Novosti Prigranichya reported, citing a law enforcement source.",
            "Novosti Prigranichya",
        ),
        (
            '"The detentions went smoothly," the news outlet 161.ru quoted a police source as saying.',
            "161.ru",
        ),
        (
            "The soldier was detained in Kerch, Russia-installed officials said.",
            "Russia-installed officials",
        ),
    ],
)
def test_english_sources(sentence: str, expected: str) -> None:
    src = find_source(sentence, get_lexicon("en"))
    assert src is not None
    assert src.text == expected
    assert sentence[src.start : src.end] == src.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Трое были задержаны на автостанции, по данным источника в полиции.",
            "источника в полиции",
        ),
        (
            "Военнослужащего задержали в Ростове, сообщает «Донской обозреватель».",
            "«Донской обозреватель»",
        ),
        (
            "Об этом сообщила пресс-служба Центрального окружного военного суда.",
            "пресс-служба Центрального окружного военного суда",
        ),
        (
            "Контрактника объявили в розыск, как передает ТАСС со ссылкой на источник.",
            "ТАСС со ссылкой на источник",
        ),
    ],
)
def test_russian_sources(sentence: str, expected: str) -> None:
    src = find_source(sentence, get_lexicon("ru"))
    assert src is not None
    assert expected.startswith(src.text) or src.text in expected


def test_no_source_and_pronouns() -> None:
    lex = get_lexicon("en")
    assert find_source("Four of the deserters remain at large.", lex) is None
    assert find_source("The soldier was caught, he said.", lex) is None


def test_generic_reference_resolves_to_last_named_source() -> None:
    src = find_source(
        "The three were picked up on Monday, the outlet said.",
        get_lexicon("en"),
        "Novosti Prigranichya",
    )
    assert src is not None and src.text == "Novosti Prigranichya"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # an unnamed informant gives way to the outlet that relays it; an abbreviated month
        # ("Oct. 15") does not end the time said with the verb
        (
            "Twelve of them had abandoned their trenches, Suspilne reported on Nov. 3, citing "
            "anonymous intelligence sources.",
            "en",
            "Suspilne",
        ),
        # "citing" a reason names no one; "told X to" is an order, not an outlet told
        (
            "The official reportedly told Orlov to remain in the country, citing a threat of "
            "reprisals from Russian services.",
            "en",
            None,
        ),
        (
            "The two fled, the Defense Ministry said, citing security concerns.",
            "en",
            "Defense Ministry",
        ),
        ("The two fled, according to the Health Ministry.", "en", "Health Ministry"),
    ],
)
def test_grammar_of_attribution(sentence: str, lang: str, expected: str | None) -> None:
    src = find_source(sentence, get_lexicon(lang))
    assert (src.text if src else None) == expected

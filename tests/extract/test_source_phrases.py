"""The source phrase names who said so (an outlet, an agency, an official), not what was said
or the rule it followed (invented sentences)."""

from __future__ import annotations

import pytest

from awol.extract.attribution import find_source
from awol.extract.lexicon import get_lexicon


@pytest.mark.parametrize(
    "sentence",
    [
        "According to preliminary data, two soldiers fled the base.",
        "According to the orientation, the deserters may be armed.",
        "According to his statement, he left the unit in May.",
        "According to the Constitution, the soldier could not be extradited.",
        "According to the law, desertion is punished by up to ten years.",
    ],
)
def test_english_what_was_said_is_no_source(sentence: str) -> None:
    assert find_source(sentence, get_lexicon("en")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Согласно установленной процедуре, дезертира передали военной полиции.",
        "Согласно закону, за дезертирство грозит до десяти лет.",
    ],
)
def test_russian_a_rule_is_no_source(sentence: str) -> None:
    assert find_source(sentence, get_lexicon("ru")) is None


@pytest.mark.parametrize(
    ("sentence", "last", "expected"),
    [
        ("Военного задержали в Курске, сообщил собеседник издания.", "Фонтанка", "Фонтанка"),
        ("Беглецов задержали в тот же день, рассказал источник агентства.", "ТАСС", "ТАСС"),
    ],
)
def test_russian_the_outlets_informant_is_the_outlet(
    sentence: str, last: str, expected: str
) -> None:
    src = find_source(sentence, get_lexicon("ru"), last)
    assert src is not None and src.text == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to Mediazona, the soldier was sentenced to five years.", "Mediazona"),
        ("According to court records, two of them were detained.", "court records"),
        ("По данным «Медиазоны», контрактника приговорили к пяти годам.", "Медиазоны"),
        ("Согласно данным суда, военного приговорили к пяти годам.", "суда"),
    ],
)
def test_named_sources_stay(sentence: str, expected: str) -> None:
    lang = "ru" if any("а" <= ch <= "я" for ch in sentence) else "en"
    src = find_source(sentence, get_lexicon(lang))
    assert src is not None and src.text == expected

"""Which trigger a place of its sentence belongs to: the clause that says where they were
before a temporal clause ("were deployed in X when they deserted"), and a capitalised word
before "из" that opens the sentence is no surname ("Дезертировал из Курской области")."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article


def _places(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    ex = extract_article(Article(id="t", text=text, published="2025-03-20", language=lang))
    return [(e.type, e.region, e.country) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The troops were deployed in the Kursk region when they deserted.",
            "en",
            [("desertion", "RU-KRS", "RU")],
        ),
        (
            "Военные находились в Курской области, когда сбежали из части.",
            "ru",
            [("desertion", "RU-KRS", "RU")],
        ),
        # the two regions name no one region; their country holds
        (
            "The troops were deployed in Russia's Kursk and Bryansk oblasts, about four miles "
            "from the border, when they deserted.",
            "en",
            [("desertion", None, "RU")],
        ),
    ],
)
def test_where_they_were_when_it_happened(text: str, lang: str, expected: list) -> None:
    assert _places(text, lang) == expected


def test_a_sentence_first_verb_before_iz_is_no_surname() -> None:
    found = _places("Дезертировал из Курской области: военнослужащего объявили в розыск.", "ru")
    assert ("desertion", "RU-KRS", "RU") in found


def test_a_surname_before_iz_is_still_an_origin() -> None:
    found = _places("Ростов из Невьянского района обвиняется в дезертирстве.", "ru")
    assert found and all(region is None for _, region, _ in found)

"""A verdict's term (invented sentences, EN and RU): read in months, and two verdicts with
different terms stay two events even when neither names the convict."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.extract.terms import penalty_months
from awol.model import Article


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("The court sentenced a 24-year-old corporal to five years in a penal colony.", "en", 60),
        ("He was given a three-year suspended sentence.", "en", 36),
        ("He got a year and eight months in a settlement colony.", "en", 20),
        ("That led to a sentence of seven years in a general regime colony.", "en", 84),
        ("He was sentenced for being away from his post for over a month.", "en", None),
        ("Суд приговорил его к пяти годам и шести месяцам колонии.", "ru", 66),
        ("В 2023 году суд приговорил его к 2,5 годам колонии.", "ru", 30),
        ("Суд назначил наказание — пять лет лишения свободы.", "ru", 60),
        ("Суд осудил мужчину, который более трех месяцев находился вне части.", "ru", None),
    ],
)
def test_penalty_months(text, lang, months):
    assert penalty_months(text, 0, lang) == months


def _sentences(text: str, lang: str) -> list[str]:
    art = Article(id="t", text=text, published="2024-05-28", language=lang)
    return [e.evidence.text for e in extract_article(art).events if e.type == "sentence"]


def test_verdicts_with_different_terms_are_two_events():
    text = (
        "A soldier who deserted from his unit was convicted of desertion in Ufa. "
        "The garrison court sentenced him to six years in a penal colony. "
        "Later the court sentenced a contract soldier who had deserted to three years "
        "in a penal colony."
    )
    assert len(_sentences(text, "en")) == 2
    same = (
        "A soldier who deserted from his unit was convicted of desertion in Ufa. "
        "The garrison court sentenced him to six years in a penal colony. "
        "The deserter was sentenced to six years in a penal colony, his lawyer said."
    )
    assert len(_sentences(same, "en")) == 1

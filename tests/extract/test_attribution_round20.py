"""Round 20 attribution mechanisms: a person the names lists do not know (an honorific, a
relative, a surname the article gives a given name elsewhere) speaks for their own sentence only.

Invented sentences (no real incidents, outlets of invented names).
"""

from __future__ import annotations

import pytest

from awol.extract.attribution import a_person_source
from awol.extract.document import extract_article
from awol.model import Article

DOC = (
    "A former sergeant, Konstantin Lomakov, fled the country. Lomakov said that he had refused "
    "to fight. “No,” Ms. Varenikova said. The Northern Bell outlet reported it."
)


def _events(text: str, lang: str) -> list:
    art = Article(id="t", text=text, published="2024-05-20", language=lang)
    return extract_article(art).events


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

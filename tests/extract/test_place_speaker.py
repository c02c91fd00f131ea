"""A place that speaks for its government ("Kyiv has said", "Москва утверждает") is not where
the events it tells happened; a place of the speaker ("police in Kursk said") still is."""

from __future__ import annotations

import pytest

from awol.extract.arguments import _speaker
from awol.extract.document import extract_article
from awol.extract.places import get_gazetteer
from awol.model import Article


@pytest.mark.parametrize(
    ("text", "lang", "speaking"),
    [
        ("The pilot was found dead in Spain, Kyiv has said.", "en", ["Kyiv"]),
        ("Moscow claims the soldier deserted.", "en", ["Moscow"]),
        ("Police in Kursk said a deserter was detained.", "en", []),
        ("Киев заявил, что солдат сбежал.", "ru", ["Киев"]),
        ("В Киеве заявили, что солдат сбежал.", "ru", []),
    ],
)
def test_a_place_that_speaks(text: str, lang: str, speaking: list[str]) -> None:
    found = get_gazetteer().find(text, lang)
    assert [m.text for m in found if _speaker(text, m, lang)] == speaking


def test_the_speaker_is_not_the_place_of_the_event() -> None:
    text = (
        "A Russian soldier who deserted his unit last year has been detained in Kazakhstan, "
        "Moscow has said."
    )
    events = extract_article(Article(id="t", text=text, published="2025-03-20", language="en"))
    assert events.events
    assert all(e.region != "RU-MOW" for e in events.events)

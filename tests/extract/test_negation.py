"""Negations, denials, hypotheticals, laws and penalties yield no event; real reports do."""

from __future__ import annotations

import pytest

from awol.extract import Extractor
from awol.model import Article


def _events(text: str, lang: str = "en", published: str | None = "2025-03-18") -> list:
    art = Article(id="t", text=text, language=lang, published=published)
    return Extractor().extract(art).events


@pytest.mark.parametrize(
    "sentence",
    [
        "Under Russian law, servicemen who abandon their units during mobilization could face up to 10 years in prison.",
        "If convicted, each could face up to 15 years in prison for desertion.",
        "The regional military commissar said that none of the region's mobilized men had deserted.",
        "The ministry denied that any soldiers had deserted from the base.",
        "Lawmakers proposed that soldiers who leave their units without permission would lose their veteran status.",
        "Desertion is punishable by up to 15 years in prison.",
        "Most soldiers who leave their units are charged with unauthorized abandonment, a lighter offense.",
        "The soldiers did not desert, their relatives insist, and were never detained.",
        "Thousands of Russians left the country after mobilization was declared to avoid being drafted.",
        "Prosecutors asked the court to sentence the deserter to seven years.",
    ],
)
def test_english_non_events(sentence: str) -> None:
    assert _events(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Two soldiers deserted from their unit in the Belgorod region on Monday.", "desertion"),
        ("Police detained a deserter in Yelets on Tuesday.", "detention"),
        ("A court in Pskov sentenced a deserter to six years in prison on Wednesday.", "sentence"),
        ("Military investigators charged three soldiers with desertion.", "prosecution"),
        ("Police have launched a manhunt for a soldier who deserted with his rifle.", "wanted"),
        ("A deserter was shot dead by police on Sunday.", "death"),
    ],
)
def test_english_events(sentence: str, etype: str) -> None:
    assert etype in [e.type for e in _events(sentence)]


def test_a_denied_claim_is_kept_a_bare_denial_is_not() -> None:
    text = (
        "Ukraine's military intelligence said more than a dozen Russian soldiers abandoned their "
        "positions near Shebekino last weekend.\n\nRussia's Defense Ministry denied that any "
        "soldiers had abandoned their positions."
    )
    events = _events(text, published="2025-05-21")
    assert [e.type for e in events] == ["desertion"]
    assert events[0].count == 12 and events[0].count_qualifier == "at_least"
    assert events[0].source == "Ukraine's military intelligence"


def test_an_article_not_about_desertion_yields_nothing() -> None:
    text = (
        "A Russian drone struck an apartment block in Kharkiv on Monday, killing two people.\n\n"
        "Residents fled to the basement as soldiers were killed in a nearby strike, officials said."
    )
    assert _events(text) == []


def test_modal_far_from_the_trigger_does_not_block() -> None:
    text = "The Kommersant newspaper reported that eight servicemen who refused to fight have been charged with desertion."
    (ev,) = _events(text)
    assert ev.type == "prosecution" and ev.count == 8 and ev.source == "Kommersant"

"""Who said so, round 42 (source42): a person who told an outlet ("His wife told the outlet X
that ...", "..., his aunt told Y.") is read with the outlet, as written (either is the source:
the coders name the relative in one article and the outlet in another); the chain is the
outlet's report and carries to the story's next events as an outlet named there would, where a
person alone speaks for their own sentence only.  An unnamed informant's chain ("A source in law
enforcement told TASS") is still not carried (real train: the later events of such a story are
left unattributed).  Invented text only (no corpus sentence, no real person)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.attribution import own_source
from awol.extract.attribution_story import a_person_source, told_chain
from awol.extract.lexicon import get_lexicon

PUB = "2026-12-03"


def _src(text: str, lang: str = "en") -> str | None:
    got = own_source(text, get_lexicon(lang))
    return getattr(got, "text", None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "His wife told the outlet Vostok Daily that the soldier could barely walk.",
            "His wife told the outlet Vostok Daily",
        ),
        (
            "A gunner from Kyzyl left his unit near Kupiansk in May, his aunt told Tuva Online.",
            "his aunt told Tuva Online",
        ),
        (
            "The private's mother told Sever.Realii that her son had been beaten in the unit.",
            "private's mother told Sever.Realii",
        ),
    ],
)
def test_a_relative_told_an_outlet_is_read_with_it(text: str, source: str) -> None:
    assert _src(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "His wife said the soldier could barely walk.",  # no outlet told: the person alone
        "His lawyer told reporters that the verdict would be appealed.",  # no outlet named
    ],
)
def test_no_chain_without_an_outlet(text: str) -> None:
    got = _src(text)
    assert got is None or not told_chain(got, "en"), got


def test_a_chain_is_the_outlets_report_not_a_persons_words() -> None:
    assert told_chain("His wife told the outlet Vostok Daily", "en")
    assert not a_person_source("His wife told the outlet Vostok Daily", "en")
    assert a_person_source("His wife", "en")


def test_a_relatives_telling_carries_to_the_story() -> None:
    text = (
        "His sister told the outlet Vostok Daily that the gunner had been wounded twice. "
        "Refused a discharge, he walked out of his unit near Pskov. "
        "He was later detained by military police and now awaits trial."
    )
    got = {e.type: e.source for e in events(text, "en", PUB)}
    assert got.get("desertion") == "His sister told the outlet Vostok Daily", got
    assert got.get("detention") == "His sister told the outlet Vostok Daily", got


def test_a_relative_alone_still_speaks_for_her_sentence_only() -> None:
    text = (
        "His sister said the gunner had been wounded twice. "
        "Refused a discharge, he walked out of his unit near Pskov. "
        "He was later detained by military police and now awaits trial."
    )
    got = {e.type: e.source for e in events(text, "en", PUB)}
    assert got.get("desertion") is None and got.get("detention") is None, got


def test_a_chain_is_as_generic_as_its_teller() -> None:
    from awol.extract.figure_sources import _generic

    lex = get_lexicon("en")
    # (an outlet whose name holds an informant's word is no unnamed informant)
    assert not _generic("His mother told The Insider", lex)
    assert _generic("source in law enforcement told TASS", lex)


def test_a_relatives_chain_is_not_carried_out_of_its_paragraph() -> None:
    text = (
        "His sister told the outlet Vostok Daily that the gunner had been wounded twice. "
        "Refused a discharge, he walked out of his unit near Pskov.\n\n"
        "Military police detained him in Omsk on Monday."
    )
    got = {e.type: e.source for e in events(text, "en", PUB)}
    assert got.get("desertion") == "His sister told the outlet Vostok Daily", got
    assert got.get("detention") is None, got

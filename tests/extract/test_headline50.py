"""A headline's present tense read as the past it tells (round 50, recall50).

Invented headlines and texts.  A headline tells a past happening in the present simple ("Military
police catch deserter at ..."); the trigger patterns read the past, so an event told only in the
headline was lost, and an article whose only telling was such a headline was judged off the
topic.  Each test below fails on the code before round 50; the twins (a noun after an adjective,
a body sentence in the present, a headline that reads a happening already) pass on both.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.headline_tense import headline_triggers, past_reading
from awol.extract.lexicon import get_lexicon

BODY = "He had been hiding at relatives' homes for three months.\n\nThe case has gone to the garrison prosecutor.\n"


def _head(title: str, body: str = BODY) -> list:
    return events(f"{title}\n\n{body}", "en", "2024-03-02", title=title)


@pytest.mark.parametrize(
    "title",
    [
        "Military police catch deserter at Samara railway station",
        "Military police detain deserter at Samara railway station",
        "Police arrest runaway soldier at Samara railway station",
    ],
)
def test_headline_only_detention(title: str) -> None:
    got = [e for e in _head(title) if e.type == "detention"]
    assert len(got) == 1
    ev = got[0].evidence
    assert ev.start == 0 and ev.text == title  # (the cleaned text's own words and offsets)


def test_headline_only_flight_with_no_topic_word() -> None:
    title = "Seven contract soldiers escape from training ground in Voronezh region"
    body = "Residents said they saw several military trucks on the roads.\n\nThe regional governor did not comment.\n"
    got = [e for e in _head(title, body) if e.type == "desertion"]
    assert len(got) == 1 and got[0].count == 7
    assert got[0].evidence.text == title


def test_headline_flight_told_by_a_singular_verb() -> None:
    title = "Navy officer escapes to Estonia, asks border guards for protection"
    body = "Estonian border guards declined to give details.\n"
    got = [e for e in _head(title, body) if e.type == "desertion"]
    assert len(got) == 1 and got[0].evidence.start == 0


def test_past_reading_keeps_offsets() -> None:
    lex = get_lexicon("en")
    text = "Injured Marines Flee Base To Avoid Going Back"
    found = headline_triggers(text, lex)
    assert [(t.type, text[s:e]) for t, s, e in found] == [("desertion", "Flee Base")]


@pytest.mark.parametrize(
    "text",
    [
        "Relatives describe their escape plans in detail",  # a noun after a possessive
        "Court hands corporal five-year sentence",  # after an adjective
        "Armed Convicts Who Fled Are Still Sought",  # a plural noun: not listed
        "Servicemen on medical leave must report weekly",  # "leave" after an adjective
    ],
)
def test_nouns_are_not_read_as_verbs(text: str) -> None:
    assert past_reading(text, "en") is None


def test_body_present_is_not_read() -> None:
    # (only the headline's present tells a past happening: a body sentence in the present is a
    # practice)
    title = "Regional court reviews mobilisation cases"
    body = "Military police detain deserters at railway stations, the court's spokesman said.\n"
    assert [e.type for e in _head(title, body) if e.type == "detention"] == []


def test_russian_headlines_untouched() -> None:
    assert past_reading("Военная полиция задержала дезертира в Казани", "ru") is None

"""Round 44 (gate44): the document gate reads evidence, not only topic words (invented text).

A report that never says "desert", "AWOL", «дезертир» or «самовольно» was never read at all
(``document._read`` returned nothing): the largest class of misses of round 43's blind sets
(document-empty).  A trigger marked ``gate`` now puts its article on the topic by itself:

- English: prop43's flight frame (a past verb of motion not in its block list, or "took off",
  "got away", "made off", then "from" / "out of" a military place), a story trigger, NOT a topic
  word: as a topic word it changed the sentence model's topic features and lowered a
  relative-clause flight ("Two conscripts who walked away from a unit ... were detained") under
  ``merge_words.BACKGROUND``;
- (Russian: a lemma frame, a verb of leaving then a military place, was tried and dropped: it
  cost four Russian field probes and moved no blind set; docs/extraction.md, Round 44.)
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import pipeline_events

from awol.extract.lexicon import get_lexicon
from awol.extract.trigger_find import find_triggers


def _events(text: str, lang: str = "en", published: str = "2026-05-20") -> list[dict]:
    return pipeline_events(text, lang, published, origin="gate44")


def _gates(text: str, lang: str) -> list[str]:
    """The types of the triggers that open the gate by themselves (a ``gate`` trigger, or one
    about desertion by itself, which wins where both read the same words)."""
    found = find_triggers(text, get_lexicon(lang))
    return [t.type for t, _s, _e in found if t.gate or t.context == "none"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven recruits bolted from a military unit outside Omsk on Sunday.",
        "The conscripts took off from the training area near Kirovsk at night.",
        "Four of them got away from the training ground where they were held.",
        "A corporal vanished from his battalion in March.",
    ],
)
def test_an_english_verb_of_leaving_from_a_military_place_opens_the_gate(sentence: str) -> None:
    assert "desertion" in _gates(sentence, "en")
    # (not a topic word: the sentence model's topic features stay those of desertion's words)
    assert not get_lexicon("en").topic.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He was transferred from his unit to a hospital in Kursk.",
        "Soldiers who returned from the front were given medals.",
        "Artillery fired from their positions all night.",
        "He was discharged from the army in May.",
    ],
)
def test_a_transfer_a_return_or_fire_opens_no_gate(sentence: str) -> None:
    assert not _gates(sentence, "en")


def test_an_english_report_without_a_topic_word_is_read_for_its_flight() -> None:
    events = _events(
        "Seven recruits missing near Tomsk\n\n"
        "Seven contract soldiers got away from the training ground near Tomsk on Saturday night, "
        "the regional news site Sibir Today reported.\n\n"
        "Their commanders have not commented."
    )
    flights = [e for e in events if e["type"] == "desertion"]
    assert flights and flights[0]["count"] == 7


def test_a_relative_clause_flight_beside_its_catch_stays_an_event() -> None:
    events = _events(
        "Two conscripts who walked away from a unit in Tver without their weapons were detained "
        "the next morning at a bus stop, military police said. "
        "The defence ministry did not answer a request for comment."
    )
    assert {"desertion", "detention"} <= {e["type"] for e in events}

"""Round 48 (recall48): gold sentences no rule proposed, read by lemma (awol.extract.proposals,
lang/*/proposals.yaml), on invented text.

- a report's lead, before the first sentence that names desertion, reads the proposals as a
  story does (``near_topic``): the happening is told first and named later;
(The lemma rules for finds, police stops, absence and returns not made were measured and
dropped at the end of the round: they broke unit tests and story probe pins; docs/extraction.md,
Round 48 (recall48).)
All sentences invented.
"""

from __future__ import annotations

from tests.extract.helpers import types

from awol.extract.proposals import near_topic

PUB = "2026-12-07"


def test_the_lead_before_the_topic_word_is_near_the_topic() -> None:
    topic = [False, False, False, False, False, False, True, False]
    assert near_topic(topic, 1)  # the lead, five sentences before the first naming
    assert near_topic(topic, 7)  # after it, within NEAR
    assert not near_topic([False, False, True, False, False, False, False, False], 7)
    assert not near_topic([False] * 8, 1)  # no naming at all: no story
    # the headline (sentence 0) is no lead of a telling: "Soldiers who refuse to go back are
    # flown to the front" says what a story is about, not a happening (lead's review, round 48)
    assert not near_topic([False, False, False, False, False, True], 0)
    assert near_topic([False, False, False, True], 0)  # within NEAR it reads, as before


def test_a_confinement_told_before_the_topic_word_is_a_detention() -> None:
    text = (
        "Soldiers who would not go back held in a Perm hangar\n\n"
        "A video posted on Telegram shows a group of servicemen arguing with guards. "
        "According to the channel, about 60 men were being kept against their will in a hangar "
        "outside Perm. One of them asks for a doctor. Another says they have not eaten for two "
        "days. The channel said the men would be flown to the front. "
        "Investigators have opened cases against them for leaving their units."
    )
    assert "detention" in types(text, "en", PUB)

"""A document that reports no new happening (round 42, prec42).

A report of a happening says at least one of: when it happened, where, who by name or age, how
many (more than one), or who says so.  An explainer, an op-ed, a law story or a court-statistics
piece can still hold a sentence the rules read as an event ("The typical defendant went home after
being wounded", "Они сказали, что он мог уйти в СЗЧ"), but what it tells is no one's happening in
particular: none of its events has any of those anchors.  Such a document keeps its figures and
reports no event.

Measured on the gold it was read from: of 640 documents with events (real train, dev, every
invented article), one has no event with an anchor (real train rru-031, a headline question cut
from its story); on the readable invented articles, five documents with no gold event lose
their spurious events and no document with gold events loses one.  Only a long text is read
(:data:`LONG_TEXT`): the short probes of tests/extract/probes/fields (a brief, a post) tell
verdicts and flights in one bare sentence, and lost them.
"""

from __future__ import annotations

import re

from awol.model import Event

# (every type: in a long text a verdict or a catch with no anchor is an explainer's too)
READ_TYPES = frozenset({"desertion", "wanted", "detention", "death", "prosecution", "sentence"})
_AGE = re.compile(r"\d")


def anchored(e: Event) -> bool:
    """Does the event say when, where (a place, or the country of a flight), who by name or age,
    how many (more than one) or who says so?"""
    return bool(
        e.date
        or e.date_text
        or e.place_text
        or e.region
        or (e.type == "desertion" and e.country)
        or e.names
        or (e.who and _AGE.search(e.who))
        or (e.count is not None and e.count > 1)
        or e.source
    )


# (a brief, a post, a wire flash may tell a flight in one bare sentence; an explainer or an op-ed
# is a long text: only a text this long, in characters, is read)
LONG_TEXT = 800


def no_happening_told(events: list[Event], text: str) -> bool:
    """Is ``text`` long (:data:`LONG_TEXT`), are there events (of :data:`READ_TYPES`), and is
    none of them anchored (:func:`anchored`)?"""
    return (
        len(text) >= LONG_TEXT
        and bool(events)
        and all(e.type in READ_TYPES for e in events)
        and not any(anchored(e) for e in events)
    )

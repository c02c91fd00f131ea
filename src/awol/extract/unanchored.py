"""A document that reports no new happening (round 42, prec42).

A report of a happening says at least one of: when it happened, where, who by name, how many
(more than one), or who says so.  An explainer, an op-ed, a law story or a court-statistics piece
can still hold a sentence the rules read as an event ("The typical defendant went home after
being wounded", "Они сказали, что он мог уйти в СЗЧ"), but what it tells is no one's happening in
particular: none of its events has any of those anchors.  Such a document keeps its figures and
reports no event.

Measured on the gold it was read from: of 640 documents with events (real train, dev, every
invented article), one has no event with an anchor (real train rru-031, a headline question cut
from its story); on the readable invented articles, five documents with no gold event lose
their spurious events and no document with gold events loses one.
"""

from __future__ import annotations

from awol.model import Event


def anchored(e: Event) -> bool:
    """Does the event say when, where, who by name, how many (more than one) or who says so?"""
    return bool(
        e.date
        or e.date_text
        or e.place_text
        or e.region
        or e.names
        or (e.count is not None and e.count > 1)
        or e.source
    )


def no_happening_told(events: list[Event]) -> bool:
    """Are there events and is none of them anchored (:func:`anchored`)?"""
    return bool(events) and not any(anchored(e) for e in events)

"""A charge told only as the ground of a search or a verdict.

"Russia put him on an international wanted list on charges of desertion", "the court delivered
a verdict in the case of a private charged under Part 5 of Article 337": the charge names what
the search or the verdict is for; it is no prosecution of its own (real train's coders: a man
"placed on a wanted list for desertion", «будучи в розыске ... по обвинению в дезертирстве»,
"convicted ... and accused of desertion" carry the search or the verdict only).  The words of
such a ground are ``charge_ground`` in ``lang/*/events.yaml``; the host is a search or a verdict
told in a main clause of the same sentence (round 48, legal48).
"""

from __future__ import annotations

from typing import Any

from awol.extract.argument_scope import told_in_relative
from awol.extract.merge_words import extra_pattern
from awol.extract.sentences import clause_bounds

_HOSTS = ("wanted", "sentence")
_BEFORE = 25
_AFTER = 12  # (a ground ends after its trigger's word: «которые обвиняют | его в»)


def drop_charge_as_ground(mentions: list[Any], text: str, lang: str) -> list[Any]:
    """``mentions`` without the prosecution told as the ground of a search or a verdict that
    the sentence tells in a main clause."""
    if not any(m.type == "prosecution" for m in mentions):
        return mentions
    rx = extra_pattern(lang, "charge_ground")
    if rx is None:
        return mentions
    grounds = [m for m in mentions if m.type == "prosecution" and _ground(rx, text, m)]
    hosts = [m for m in mentions if m.type in _HOSTS]
    if not grounds or not hosts:
        return mentions
    if not any(not told_in_relative(text, h.start, lang) for h in hosts):
        # a search told in a relative clause grounds the charge of its own clause only: "a
        # radio operator who is wanted at home on desertion charges" (round 49, legal49)
        clauses = {clause_bounds(text, h.start) for h in hosts}
        grounds = [g for g in grounds if clause_bounds(text, g.start) in clauses]
    return [m for m in mentions if m not in grounds]


def _ground(rx: Any, text: str, m: Any) -> bool:
    """Is a ground phrase of ``rx`` told over the words of ``m``'s trigger."""
    pos, end = max(0, m.start - _BEFORE), min(len(text), m.end + _AFTER)
    while pos < end:
        g = rx.search(text, pos, end)
        if g is None:
            return False
        if g.end() > m.start and g.start() < m.end:
            return True
        pos = max(g.end(), g.start() + 1)
    return False

"""A trial role is the who of the trial alone (round 54, who54).

A Russian story calls its man «подсудимый» where it tells of his trial ("the defendant admitted
his guilt"); the story's descriptor then reaches his other events (his verdict, flight, capture,
search), where the coders never keep it: they leave those events without one or give them the
story's description of him («контрактник», «военного»).  Counted (matched events, predicted
«подсудим*»): invented article splits, prosecution 4 right, 0 wrong; sentence 6, desertion 3,
wanted 1, all 10 wrong; real train held out (folds 5), prosecution 1 right, sentence 1 wrong.
So an event other than a prosecution whose whole who is such a role (``trial_role_who`` of
``lang/<lang>/arguments.yaml``), carried from another sentence, loses it, before the story's
descriptors are read, so those may give it another.  Where its own evidence sentence says it
(«подсудимый ушёл из части намеренно») it stays: invented places w-02, ae-01 (2 desertions, as
their gold) against articles ac-02 (a search, gold null; 1).  English has no such entry: the coders give "the defendant" to a flight
(invented am-07).
"""

from __future__ import annotations

from awol.extract.argument_words import _words
from awol.model import Event

__all__ = ["drop_trial_role"]


def drop_trial_role(events: list[Event], lang: str) -> None:
    """Clear the ``who`` of every event other than a prosecution when it is a trial role alone
    («подсудимый»: ``trial_role_who``) that its own evidence sentence does not say («подсудимый
    ушёл из части»: the sentence's own descriptor).  Events are changed in place."""
    role = _words(lang).get("trial_role_who")
    if role is None:
        return
    for e in events:
        if (e.who and e.type != "prosecution" and role.fullmatch(e.who.strip())
                and not role.search(e.evidence.text)):  # fmt: skip
            e.who = None

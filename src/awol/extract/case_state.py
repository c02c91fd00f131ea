"""A charge told in the present passive of someone in particular ("Zaitsev ... is charged with
unauthorised abandonment of a unit", "The four are indicted on desertion charges") is the state
of a case, a prosecution, not the habit the present "is"/"are" before a trigger blocks
("deserters are charged with ..."; ``block: before`` in ``lang/en/events.yaml``).

Read after the trigger's blocks (:func:`awol.extract.trigger_blocks.blocked`, which the sentence
model's trainer reads too, so it stays as it was): a blocked prosecution trigger whose words are
a charge's (``case_state: trigger`` in ``lang/*/events.yaml``) right after the auxiliary
(``case_state: aux``) stands where the sentence points to someone in particular (a number, a
pronoun, a definite noun of people, a person's name: ``generic_people_anchor`` of ``nonevent:``)
and nothing but that auxiliary blocks it (the sentence read again with the auxiliary blanked
out: a law's penalty, a modal, a negation still block it).  Round 45 (legal45).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from awol.extract.lexicon import Lexicon
from awol.extract.names import find_person_names
from awol.extract.sentences import clause_bounds
from awol.extract.trigger_blocks import blocked

__all__ = ["case_state"]


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    from awol.extract.lexicon import get_lexicon

    lex = get_lexicon(lang)
    raw = lex.extra.get("case_state") or {}
    anchor = (lex.extra.get("nonevent") or {}).get("generic_people_anchor")
    if not raw.get("trigger") or not raw.get("aux") or not anchor:
        return None
    return (
        re.compile(raw["trigger"], re.IGNORECASE),
        re.compile(raw["aux"], re.IGNORECASE),
        re.compile(anchor, re.IGNORECASE),
    )


def case_state(
    text: str, etype: str, s: int, e: int, lex: Lexicon, names: Callable[[], list] | None = None
) -> bool:
    """Is the blocked trigger ``text[s:e]`` of type ``etype`` a charge's present passive said of
    someone in particular, which nothing but its auxiliary blocks?  ``names``: the reader of the
    sentence's person names the caller has (each sentence's names are read once)."""
    if etype != "prosecution":
        return False
    pats = _patterns(lex.lang)
    if pats is None:
        return False
    trigger, aux_rx, anchor = pats
    if not trigger.match(text, s):
        return False
    cs, _ce = clause_bounds(text, s)
    aux = aux_rx.search(text, cs, s)
    if aux is None:
        return False
    if not anchor.search(text) and not (
        names() if names is not None else find_person_names(text, lex.lang)
    ):
        return False
    blank = text[: aux.start()] + " " * (aux.end() - aux.start()) + text[aux.end() :]
    return not blocked(blank, etype, s, e, lex)

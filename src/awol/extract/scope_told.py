"""Readings of :mod:`awol.extract.scope` added in round 40 (prec40): a trigger told inside a frame
that reports no happening of its own, found on invented real-style text and read in general.

- *an appeal* (:func:`told_apart` ``appeal``): the trigger names the kind of people an appeal or
  a call is addressed to ("the governor urged soldiers who had left their units to come back",
  "called on police to track down every soldier who has fled", «призвал оставивших часть
  военных вернуться»): a plural of no number, or "every"/«всех», after a verb of appeal;
- *a question of what such people face* (``question``): "what happens to soldiers who left
  their units", «что грозит военным, которые самовольно оставили часть» (in mid-sentence; one
  that opens the sentence is :func:`awol.extract.scope_more.explainer`'s);
- *an uncertain reading* (``uncertain``): an adverb of likelihood right before the trigger
  ("her son had probably deserted", «её сын, вероятно, сбежал»); not "presumably" /
  «предположительно», which real reports put before a flight they tell (train ren-030);
- *a part of a verdict* (``part``): the harshest or the mildest term of a verdict told of
  several people ("The longest sentence, six years, went to ...", «Самый большой срок получил
  ...»): the verdict is told elsewhere, its extreme adds none.

The words are data (``nonevent: appeal_before, kind_question_before, uncertain_before, verdict_part`` in
``lang/<lang>/events.yaml``); a language without them keeps every event.
"""

from __future__ import annotations

import re
from functools import cache

_WINDOW = 160  # characters before a trigger read for its frame


@cache
def nonevent_rx(lang: str, key: str) -> re.Pattern[str] | None:
    """The pattern of ``key`` under ``nonevent:`` in the language's events lexicon (a list is
    joined as alternatives), case-insensitive; None where the language has none."""
    from awol.extract.lexicon import get_lexicon

    raw = (get_lexicon(lang).extra.get("nonevent") or {}).get(key)
    if not raw:
        return None
    if isinstance(raw, list):
        raw = "|".join(f"(?:{p})" for p in raw)
    return re.compile(raw, re.IGNORECASE)


def told_apart(text: str, etype: str, s: int, e: int, lang: str) -> str | None:
    """The reading (``appeal``, ``question``, ``uncertain``, ``part``) under which the trigger at
    ``text[s:e]`` (a sentence) reports no happening of type ``etype``, or None."""
    before = text[max(0, s - _WINDOW) : s]
    rx = nonevent_rx(lang, "appeal_before")
    if rx is not None and rx.search(before):
        return "appeal"
    rx = nonevent_rx(lang, "kind_question_before")
    if rx is not None and rx.search(before):
        return "question"
    rx = nonevent_rx(lang, "uncertain_before")
    if rx is not None and rx.search(before):
        return "uncertain"
    if etype == "sentence":
        rx = nonevent_rx(lang, "verdict_part")
        if rx is not None and rx.search(text):
            return "part"
    return None

"""A headline's present tense, read as the past it tells (round 50, recall50).

News headlines tell past happenings in the present simple ("Seven contract soldiers escape from
training ground", "Military police catch deserter at Kazan station", "Russian officer defects to
Lithuania"); the trigger patterns of the body are written on the past ("escaped from", "caught",
"defected"), and the lemma rules that do read the present need the sentence classifier's
agreement, which a verbless, present-tense line seldom gets.  An event told only in the headline
was lost, and an article whose only topic words were such a headline was judged off the topic.

Here the headline's sentences (those before ``head_end``, where the cleaned text starts with the
title) are read once more with each verb of ``headline_past`` (``lang/*/events.yaml``: present
form -> past form) in its past form where its subject stands right before it
(``headline_subject``: a noun of the story's people, of the authorities or a state: "Court jails",
"Russia detains"; not "their escape plans", "five-year sentence", "Armed Convicts Who");
the triggers found there that cover a replaced word are mapped back to the headline's own
offsets and added to that sentence's triggers.  Everything after that (gates, arguments, merging
with the body's telling) reads them as any trigger.  Languages without ``headline_past`` (Russian
headlines tell the past in the past) read nothing more.
"""

from __future__ import annotations

import re
from functools import lru_cache

from awol.extract.lexicon import Lexicon, Trigger
from awol.extract.trigger_find import find_triggers

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


@lru_cache(maxsize=4)
def _rules(lang: str) -> tuple[dict[str, str], re.Pattern[str] | None] | None:
    from awol.extract.lexicon import get_lexicon

    extra = get_lexicon(lang).extra
    past = extra.get("headline_past")
    if not past:
        return None
    after = extra.get("headline_subject")
    return {str(k).lower(): str(v) for k, v in past.items()}, (
        re.compile(after, re.I) if after else None
    )


def past_reading(text: str, lang: str) -> tuple[str, list[tuple[int, int, int, int]]] | None:
    """``text`` with its headline verbs in the past, and the replaced spans (start, end in
    ``text``; start, end in the new text); None where no word was replaced."""
    rules = _rules(lang)
    if rules is None:
        return None
    past, subject = rules
    out: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    at = 0
    shift = 0
    for m in _WORD.finditer(text):
        word = m.group()
        new = past.get(word.lower())
        if new is None or subject is None or subject.search(text, 0, m.start()) is None:
            continue
        if word[0].isupper():
            new = new[0].upper() + new[1:]
        out.append(text[at : m.start()])
        out.append(new)
        ns = m.start() + shift
        spans.append((m.start(), m.end(), ns, ns + len(new)))
        shift += len(new) - len(word)
        at = m.end()
    if not spans:
        return None
    out.append(text[at:])
    return "".join(out), spans


def _back(pos: int, spans: list[tuple[int, int, int, int]], end: bool) -> int:
    """Offset ``pos`` of the new text, in the original one."""
    shift = 0
    for s, e, ns, ne in spans:
        if pos < ns or (not end and pos == ns):
            break
        if pos <= ne:
            return e if end else s  # (inside or at the end of a replaced word)
        shift = ne - e
    return pos - shift


def headline_triggers(
    text: str, lex: Lexicon, found: list | None = None
) -> list[tuple[Trigger, int, int]]:
    """The triggers the headline sentence ``text`` holds when its verbs are read in the past
    (see the module), with ``text``'s own offsets: only those over a replaced word.  None where
    a pattern of ``found`` (its triggers as read) tells a happening already: the headline keeps
    its reading ("Two Armed Soldiers Flee Unit ..., Sparking Manhunt": the manhunt's count and
    people stay the body's, dev en-07)."""
    if found and any(not t.lemma for t, _s, _e in found):
        return []
    read = past_reading(text, lex.lang)
    if read is None:
        return []
    new, spans = read
    found = []
    for trig, s, e in find_triggers(new, lex):
        if trig.lemma or not any(s < ne and ns < e for _s, _e, ns, ne in spans):
            continue
        found.append((trig, _back(s, spans, False), _back(e, spans, True)))
    return found


def with_headline(found: list, extra: list) -> list:
    """``found`` (a sentence's triggers) with ``extra`` added, less those of ``found`` that
    overlap one of ``extra`` (the lemma rule on "escape" where the pattern "escaped from" read
    it)."""
    kept = [t for t in found if all(t[2] <= s or t[1] >= e for _t, s, e in extra)]
    return sorted([*kept, *extra], key=lambda t: t[1])

"""What the words around a trigger say of it: a clause or a few words before it that block it
(a negation, a modal, a law's generic wording, a denial), and a negation inside a trigger that
spans words.  Read by :func:`awol.extract.mentions.analyse_sentence` and by the classifier's
trainer (:mod:`awol.extract.classifier`); the words are data (``block_*`` in
``lang/*/events.yaml``, read by :class:`~awol.extract.lexicon.Lexicon`).

(Split from :mod:`awol.extract.mentions` in round 30, when it passed 800 lines.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from awol.extract.fastre import compile_fast
from awol.extract.lexicon import Lexicon
from awol.extract.sentences import clause_bounds

# (read around every trigger: compiled to skip ahead to where a match may start, same matches)
_CONJUNCTION = compile_fast(r"\b(?:and|but|or|then|и|а|но|или|затем)\b")
# (English: a trigger that opens with a gerund; not an attempt, whose object the aux-led pattern
# checks: "they are trying to make their way out of the country")
_GERUND = re.compile(r"(?!(?:trying|attempting|working)\b)[a-z]+ing\b")
_PROGRESSIVE_AUX = re.compile(r"\b(?:are|is)\s*$", re.I)
_DENIAL = compile_fast(r"\b(?:denied|denies|deny|отрицает|отрицают|опроверг\w*)\b", re.I)
_SAYING = compile_fast(r"\b(?:said|reported|claimed|заявил\w*|сообщил\w*)\b", re.I)


def _window_before(text: str, start: int, clause_start: int, words: int = 7) -> str:
    seg = text[clause_start:start]
    # a conjunction starts a new predicate: "did not resist and were handed over"
    parts = _CONJUNCTION.split(seg)
    seg = parts[-1]
    toks = seg.split()
    return " ".join(toks[-words:])


def _before_blocks(rx, window: str, wider: Callable[[], str]) -> bool:
    """Does a blocking word of ``rx`` stand in ``window`` (the last words before a trigger)?
    Read with the word before the window in view (``wider()``, read only where ``rx`` matches
    the window), which a pattern's lookbehind needs ("in May was later detained": the month,
    not the modal "may"; round 28, type28)."""
    if not rx.search(window):
        return False
    wider = wider()
    if wider == window or not wider.endswith(window):
        return True
    # (a search from the window's start sees the word before it through lookbehinds)
    return rx.search(wider, len(wider) - len(window)) is not None


def blocked(text: str, etype: str, s: int, e: int, lex: Lexicon) -> bool:
    """Is the trigger of type ``etype`` at ``text[s:e]`` blocked by its clause (``block_clause``),
    a negation or a blocking word in the few words before it, a denial earlier in the sentence,
    another crime's words (charges and verdicts), or a negation inside it (charges, searches)?"""
    cs, ce = clause_bounds(text, s)
    clause = text[cs:ce]
    if lex.block_clause.search(clause):
        return True
    if lex.block_negation.search(_last(_affirmed(_window_before(text, s, cs, 10), lex), 7)):
        return True
    near = 3 if lex.block_negation is not lex.block_before else 7
    # (the expletive «не» read in the wider window, where its «пока» may stand further back:
    # «пока в марте 2025 года их не разыскали»; round 40, type40)
    window = _last(_affirmed(_window_before(text, s, cs, 10), lex), near)
    if _GERUND.match(text, s):
        # "is/are" before a gerund is the progressive, a happening going on ("police are asking
        # the public for help"), not the present of a habit ("deserters are punished")
        window = _PROGRESSIVE_AUX.sub("", window)
    if _before_blocks(lex.block_before, window, lambda: _window_before(text, s, cs, near + 1)):
        return True
    # a denial anywhere before the trigger in the sentence: "denied that any soldiers deserted"
    if _DENIAL.search(text, 0, s) and not _SAYING.search(text[s : e + 80]):
        return True
    if etype in ("prosecution", "sentence") and lex.other_crimes.search(clause):
        if not lex.topic.search(clause):
            return True
    if etype in ("prosecution", "wanted", "detention") and _negated_inside(text, s, e, lex, etype):
        return True
    return False


def _last(window: str, words: int) -> str:
    """The last ``words`` words of ``window``."""
    return " ".join(window.split()[-words:])


def _affirmed(window: str, lex: Lexicon) -> str:
    """The words before a trigger without a negation that affirms it: Russian «пока» takes an
    expletive «не» ("оставался дома, пока его не задержали": until he was detained; «до тех
    пор, пока их не нашли»), whatever the verb (``expletive_negation`` of
    ``lang/*/events.yaml``; round 36, type36)."""
    raw = lex.extra.get("expletive_negation")
    if not raw:
        return window
    hit = _compiled(raw).search(window)
    return window if hit is None else window[: hit.start()]


@cache
def _compiled(raw: str) -> re.Pattern[str]:
    return re.compile(raw, re.I)


_LAST_WORD = re.compile(r"(\w[\w-]*)\W*$")


def _negated_inside(text: str, s: int, e: int, lex: Lexicon, etype: str = "") -> bool:
    """A negation inside a trigger that spans words, right before its last word: "faces no
    charges", «уголовное дело так и не возбудили» (the 7 words before the trigger hold no
    negation there: the trigger took it in).  Only for charges, searches and catches (a
    sentence's span may hold «не связанное с лишением свободы»; a flight's "did not return" is
    its own).  Round 30 (type30): invented articles EN h-02, RU g05.  Round 41 (prec41): a catch
    whose span holds the words between its people and its verb, «Его пока не нашли», «беглеца
    до сих пор не нашли» (not yet found: no detention); the expletive «не» of «пока» as a
    conjunction («пока его не задержали»: until he was caught) is read off first."""
    span = text[s:e]
    last = _LAST_WORD.search(span)
    if last is None or last.start() == 0:
        return False
    # the two words before the last one
    head = span[: last.start()].split()[-2:]
    if not head or lex.block_negation.search(" ".join(head) + " ") is None:
        return False
    if etype != "detention":
        return True
    # (a catch's: not an expletive «не», read with the words before the trigger, where its
    # «пока» may stand: «пока в апреле за ним не пришли», «пока их не разыскали»)
    cs, _ce = clause_bounds(text, s)
    lead = _window_before(text, s, cs, 10)
    told = f"{lead} {span[: last.start()]}".strip()
    return len(_affirmed(told, lex)) == len(told)

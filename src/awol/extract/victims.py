"""Whose death is it?  Russian deaths that are not a deserter's, read from the clause's grammar.

A death trigger in a desertion story is often the death of someone else: the deserter's victim
("Солдат, сбежавший из части, застрелил таксиста"), or a passer-by, a guard, a policeman who
died ("Таксист скончался на месте").  The subject of the verb tells which: pymorphy3 reads the
nearest animate nominative before the verb in its clause.  The words are data
(``dying_lemmas``, ``deserter_lemmas``, ``subject_clause_words``, ``people`` in
``lang/ru/events.yaml``); English keeps its
patterns (``deserters_as_subject``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from awol.extract.tokens import Token

SUBJECT_REACH = 12  # words before a death verb that may hold its subject


@lru_cache(maxsize=50_000)
def _subject_kind(word: str) -> str | None:
    """What a Russian word can be as a subject: "pronoun" (он, она, они), "name" (a given name
    or surname), "person" (an animate noun), None where no reading is a nominative one, or
    "clause" for a finite verb (the subject of a verb after it is not before it).  The words
    that open a clause (``subject_clause_words``) are checked by the callers."""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word)
    if parses and parses[0].tag.POS in ("VERB", "PRTS"):
        return "clause"  # a finite verb or a conjunction: the subject is not further back
    for p in parses:
        tag = p.tag
        if tag.case != "nomn":
            continue
        if tag.POS == "NPRO" and p.normal_form in ("он", "она", "они"):
            return "pronoun"
        if tag.POS == "NOUN" and ({"Name", "Surn"} & set(tag.grammemes)):
            return "name"
        if tag.POS == "NOUN" and tag.animacy == "anim":
            return "person"
    return None


def someone_else_died(text: str, s: int, e: int, lex) -> bool:
    """ "Таксист скончался на месте": a verb of dying (``dying_lemmas``) whose subject, the nearest
    animate nominative before it in its clause, is a person who is none of the story's people (a
    victim, a guard, a passer-by) is not a deserter's death.  Russian only (pymorphy3).

    (An active killing verb whose subject is any of the story's people was tried the same way and
    left out: it also dropped a deserter's own death on the test split.  See
    :func:`deserter_kills` for the narrower reading that is kept.)"""
    dying = frozenset(lex.extra.get("dying_lemmas") or ())
    if lex.lang != "ru" or not dying:
        return False
    from awol.extract.tokens import tokens

    toks = tokens(text, lex.lang)
    if not any(t.lemma in dying for t in toks if s <= t.start < e):
        return False
    openers = _clause_words(lex)
    for t in reversed(_before(text, toks, s)):
        word = t.text.lower()
        kind = "clause" if word in openers else _subject_kind(word)
        if kind == "clause":
            return False
        if kind is None:
            continue
        return kind == "person" and not lex.people.search(t.text)
    return False


def _clause_words(lex) -> frozenset[str]:
    return frozenset(lex.extra.get("subject_clause_words") or ())


# a relative clause set off by commas ("Таксист, которого он ранил, скончался"): not where the
# subject of the verb after it is
_RELATIVE = re.compile(r",\s*(?:\w+\s+)?(?:котор\w+|кто|кого|кому)\b[^,.;]*,")


def _before(text: str, toks: list[Token], s: int) -> list[Token]:
    """The words before ``s`` that may hold the subject of the verb there (SUBJECT_REACH of them,
    relative clauses left out)."""
    skip = [(m.start(), m.end()) for m in _RELATIVE.finditer(text, 0, s)]
    words = [t for t in toks if t.end <= s and not any(a <= t.start < b for a, b in skip)]
    return words[-SUBJECT_REACH:]


@lru_cache(maxsize=50_000)
def _nominative(word: str) -> bool:
    from awol.extract.places import get_morph

    return any(p.tag.case == "nomn" for p in get_morph().parse(word))


def deserter_kills(text: str, s: int, e: int, lex) -> bool:
    """ "Дезертир Иван Петров убил соседа", "Солдат, сбежавший из части, застрелил таксиста": an
    active killing verb whose clause names, before it and in the nominative, a deserter
    (``deserter_lemmas``: "дезертир", "беглец", "сбежавший") reports his victims' death, not his
    own; unless a deserter is also the one killed, right after the verb ("беглец ... застрелил
    беглеца" does not happen; "военные застрелили дезертира" does).  Russian only (pymorphy3)."""
    deserters = frozenset(lex.extra.get("deserter_lemmas") or ())
    if lex.lang != "ru" or not deserters:
        return False
    from awol.extract.tokens import tokens

    toks = tokens(text, lex.lang)
    if any(t.lemma in deserters for t in [t for t in toks if t.start >= e][:3]):
        return False
    openers = _clause_words(lex)
    for t in reversed(_before(text, toks, s)):
        word = t.text.lower()
        if (word in openers or _subject_kind(word) == "clause") and t.lemma not in deserters:
            return False
        if t.lemma in deserters and _nominative(t.text.lower()):
            return True
    return False

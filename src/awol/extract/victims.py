"""Whose death is it?  Deaths (and counts) that are not a deserter's, read from the grammar.

Two readings of one question, kept together:

- at the proposal (``mentions``, Russian): :func:`someone_else_died` and
  :func:`deserter_kills`.  A death trigger in a desertion story is often the death of someone
  else: the deserter's victim ("Солдат, сбежавший из части, застрелил таксиста"), or a
  passer-by, a guard, a policeman who died ("Таксист скончался на месте").  The subject of the
  verb tells which: pymorphy3 reads the nearest animate nominative before the verb in its
  clause.  The words are data (``dying_lemmas``, ``deserter_lemmas``, ``subject_clause_words``,
  ``people`` in ``lang/ru/events.yaml``); English keeps its patterns (``deserters_as_subject``).
- at the scope (``scope.not_a_happening``, both languages, round 33): :func:`victim_death`, and
  :func:`victim_count` for the count the victims would otherwise give; below.

Whose death is it?  A death trigger whose dead is named as someone not of the story's people.

A story of a deserter who killed someone tells the victim's death beside the flight: "shot a taxi
driver who refused to take him", "stabbed its owner, who died in hospital", "Her body was found by
neighbours", «застрелил водителя», «задушил 70-летнюю хозяйку дома», «Тело женщины нашли соседи»,
«Пострадавший скончался в больнице».  SCHEMA.md's death is the deserter's: real train codes no
death where the deserters killed someone (ren-030 "the fugitives killed an employee", ren-031,
ren-032, rru-009 «они убили сотрудника»), and codes one where a deserter is the one killed
(rru-111 «пограничник застрелил военного-дезертира», ren-030 "One deserter was shot dead").

The dead is read where the grammar puts it, from the trigger only:

- the object of an active killing verb ("shot a farmer", «убил таксиста», «задушил её»); a passive
  ("was shot dead by a police officer", «был застрелен») names the killer after the verb, not the
  dead, and is not read;
- the one whose body is found ("the body of a woman", "her body", «тело женщины»);
- the subject of a verb of dying ("The driver died at the scene", "its owner, who died",
  «Пострадавший скончался», «Женщина погибла»).

Where that person is a word of ``victim: persons`` (a civilian, a guard, a policeman, a victim;
never a soldier or a deserter word, nor "man", «мужчина», which name deserters too), the death is
someone else's (``scope.not_a_happening`` reads "victim"; :func:`victim_death`, round 33, prec33; the
words are ``victim:`` of ``lang/<lang>/relevance.yaml``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

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


OBJECT_REACH = 4  # words after an active killing verb that may hold its object
DEAD_SUBJECT_REACH = 4  # words before a verb of dying that may hold its dead (victim_death)


@cache
def _spec(lang: str) -> dict[str, Any]:
    from awol.extract.relevance_generic import _data

    return _data(lang).get("victim") or {}


@cache
def _english(lang: str) -> list[re.Pattern[str]]:
    spec = _spec(lang)
    if not spec.get("patterns"):
        return []
    persons = spec.get("persons") or ""
    return [re.compile(p.replace("{persons}", persons), re.IGNORECASE) for p in spec["patterns"]]


def victim_death(text: str, s: int, e: int, cs: int, ce: int, lang: str) -> bool:
    """Is the death trigger at ``text[s:e]`` (its clause ``text[cs:ce]``) a death of someone
    named as none of the story's people?"""
    spec = _spec(lang)
    if not spec:
        return False
    if spec.get("patterns"):  # English: the readings as patterns over the clause
        for rx in _english(lang):
            for m in rx.finditer(text):  # (the sentence: "its owner, | who died")
                if m.start() <= s < m.end() or m.start() < e <= m.end():
                    return True
        return False
    return _russian(text, s, e, cs, ce, spec)


def _russian(text: str, s: int, e: int, cs: int, ce: int, spec: dict[str, Any]) -> bool:
    from awol.extract.tokens import tokens

    persons = frozenset(spec.get("persons") or ())
    objects = frozenset(spec.get("object_pronouns") or ())
    kill = frozenset(spec.get("kill") or ())
    body = frozenset(spec.get("body") or ())
    dying = frozenset(spec.get("dying") or ())
    toks = [t for t in tokens(text, "ru") if cs <= t.start < ce]
    for k, t in enumerate(toks):
        if not s <= t.start < e:
            continue
        if t.lemma in kill and _active(t.text):
            after = toks[k + 1 : k + 1 + OBJECT_REACH]
            if _gap(text, t.end, after):
                continue
            if _back_to_victim(text, t, after, persons, spec):
                return True
            return _first_person(after, persons, objects, case="accs")
        if t.lemma in body:
            after = toks[k + 1 : k + 1 + 3]
            return _first_person(after, persons, objects, case="gent")
        # (and a passive of killing, its dead before it: «два других члена экипажа - убиты»;
        # round 46, ruprec46)
        if t.lemma in dying or (t.lemma in kill and not _active(t.text)):
            before = toks[max(0, k - DEAD_SUBJECT_REACH) : k]
            if before and not _gap(text, before[0].start, [*before[1:], t]):
                return any(x.lemma in persons for x in before[-2:])
    return False


def _back_to_victim(
    text: str, verb, after: list, persons: frozenset[str], spec: dict[str, Any]
) -> bool:
    """«напал на таксиста, убил его и забрал машину»: the killing verb's object is a pronoun
    that reads back (``back_pronouns``: «его», «их») and the last person named before the verb in
    its sentence, in an oblique case (the one acted on: not «полицейский ... застрелил его», whose
    nominative is the killer), is a person of ``persons``: the victim's death, told on (round 48,
    prec48)."""
    back = frozenset(spec.get("back_pronouns") or ())
    if not back or not after or after[0].text.lower() not in back:
        return False
    from awol.extract.places import get_morph
    from awol.extract.tokens import tokens

    start = max(text.rfind(".", 0, verb.start), text.rfind("!", 0, verb.start)) + 1
    for w in reversed([x for x in tokens(text, "ru") if start <= x.start and x.end <= verb.start]):
        parses = get_morph().parse(w.text.lower())
        if not parses or parses[0].tag.POS != "NOUN" or parses[0].tag.animacy != "anim":
            continue
        cases = {q.tag.case for q in parses if q.normal_form == parses[0].normal_form}
        return w.lemma in persons and "nomn" not in cases
    return False


def _gap(text: str, start: int, after: list) -> bool:
    """Does a comma, a full stop or a dash stand between ``start`` and the last of ``after``?"""
    end = after[-1].start if after else start
    return re.search(r"[,.;:!?—–()]", text[start:end]) is not None


def _first_person(after: list, persons: frozenset[str], objects: frozenset[str], case: str) -> bool:
    """Is the first word after the verb that names someone a person of ``persons`` (in ``case``),
    or an object pronoun of ``objects`` (``её``)?"""
    from awol.extract.places import get_morph

    for t in after:
        word = t.text.lower()
        if word in objects:
            return True
        parses = get_morph().parse(word)
        if not parses:
            continue
        p = parses[0]
        if p.tag.POS in ("NOUN", "NPRO") or (p.tag.POS in ("ADJF", "PRTF") and t.lemma in persons):
            # (not a nominative: «Беглеца застрелил полицейский», the subject after the verb)
            forms = {q.tag.case for q in parses if q.normal_form == parses[0].normal_form}
            return t.lemma in persons and case in forms and not (case == "accs" and "nomn" in forms)
    return False


@cache
def _active(word: str) -> bool:
    """Is a Russian form of a killing verb active (a finite verb, a gerund, an active
    participle), not a passive one ("застрелен", "убитый")?"""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word.lower())
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS in ("VERB", "GRND") or (tag.POS == "PRTF" and "actv" in tag.grammemes)


def victim_count(text: str, start: int, lang: str) -> bool:
    """Is the number at ``text[start:]`` the object of an active killing verb right before it,
    counting people of ``victim: persons`` («задержала дезертира, который убил двух женщин»,
    "the runaway shot two guards"; not «застрелил двух дезертиров»)?  The victims counted are no
    one's count of the story's events (argument_counts reads it): once their death is no event
    (:func:`victim_death`), the count must not pass to the detention."""
    spec = _spec(lang)
    if not spec:
        return False
    if lang != "ru":
        rx, persons = spec.get("kill_before"), spec.get("persons")
        if not rx or not persons:
            return False
        after = rf"^[\w,.-]+\s+(?:[\w-]+\s+)?{persons}\b"
        return (
            re.search(rx, text[max(0, start - 40) : start], re.IGNORECASE) is not None
            and re.match(after, text[start : start + 60], re.IGNORECASE) is not None
        )
    from awol.extract.tokens import tokens

    kill = frozenset(spec.get("kill") or ())
    persons = frozenset(spec.get("persons") or ())
    toks = tokens(text, "ru")
    before = [t for t in toks if t.end <= start][-2:]
    after = [t for t in toks if t.start >= start][1:3]
    if not before or re.search(r"[,.;:!?—–()]", text[before[0].start : start]):
        return False
    return any(t.lemma in kill and _active(t.text) for t in before) and any(
        t.lemma in persons for t in after
    )

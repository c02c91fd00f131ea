"""What a mention's sentence says of whose happening it tells (split from merging.py, round 33).

The language's words under keys of ``lang/*/events.yaml`` (``another_case``, ``part_of_group``,
``same_person``, ``same_group``, ``pronoun_subject``, ``wanted_state``, ``recap``,
``ongoing_search``), read in the clause of a mention's trigger: whether it is another person's
case, a part of a group told before, the person or group just told, the state of the people of a
detention, a retelling.  :mod:`awol.extract.merging` reads them to join or part mentions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from awol.extract.lexicon import Pattern, get_lexicon
from awol.extract.sentences import clause_bounds


def ongoing_search(text: str, start: int, lex) -> bool:
    """ "Поиски остальных продолжаются", "police are still searching for the others": the
    clause of a search tells it as going on (``ongoing_search`` in ``lang/*/events.yaml``)."""
    rx = _ongoing_rx(lex.lang)
    if rx is None:
        return False
    cs, ce = clause_bounds(text, start)
    return rx.search(text, cs, ce) is not None


@cache
def _ongoing_rx(lang: str) -> Pattern | None:
    raw = get_lexicon(lang).extra.get("ongoing_search")
    return Pattern(raw) if raw else None


def another_case(
    text: str,
    who: str | None,
    lang: str,
    start: int | None = None,
    end: int | None = None,
    etype: str | None = None,
) -> bool:
    """ "In the summer of 2023, Vitaly Lapin, another mobilized soldier, escaped", "In a
    separate case, a serviceman ...": the people of the mention, or the opening of its sentence,
    say it is someone else's happening (``another_case`` in ``lang/*/events.yaml``); or the
    clause of the trigger at ``start`` names another person ("был задержан другой
    военнослужащий": ``another_person``) or says the happening was "also" theirs
    (:func:`also_told`; ``end``, ``etype``: the trigger's end and type)."""
    rx = _another_rx(lang)
    if rx is not None and (rx.search(text) or (who and rx.search(who))):
        return True
    if start is None:
        return False
    cs, ce = clause_bounds(text, start)
    person = extra_pattern(lang, "another_person")
    if person is not None and person.search(text[cs:ce]) is not None:
        return True
    return end is not None and also_told(text, cs, ce, start, end, etype, lang)


# how far before its trigger "also" may stand to be the trigger's ("was also detained",
# "также был осуждён")
ALSO_BEFORE = 30
# the types whose "also" tells another's happening: acts of the state, each told of one
# person's case once ("В отношении него также возбуждено уголовное дело" after another man's
# case).  Not a flight: "Konstantin Belyakov also fled" kept apart from an unnamed flight told
# before lets that flight merge with a third man's (real train ren-039, --folds 5: -1)
ALSO_ACTS = ("prosecution", "sentence", "detention", "wanted")


def also_told(
    text: str, cs: int, ce: int, start: int, end: int, etype: str | None, lang: str
) -> bool:
    """«В отношении него также возбуждено уголовное дело», «Также был осуждён
    военный-контрактник Азамат Каримов», "Investigators also charged him": "also" (``also`` in
    ``lang/*/events.yaml``) opening the trigger's clause or standing just before (or inside) the
    trigger of an act of the state (``ALSO_ACTS``) says it is one more of the type just told,
    someone else's, not that one again.  Round 33 (type33)."""
    if etype not in ALSO_ACTS:
        return False
    rx = extra_pattern(lang, "also")
    if rx is None:
        return False
    if rx.search(text, max(cs, start - ALSO_BEFORE), end) is not None:
        return True
    return rx.search(text[cs : min(ce, cs + 12)]) is not None


def _another_rx(lang: str) -> Pattern | None:
    return extra_pattern(lang, "another_case")


def part_of_group(text: str, start: int, lang: str) -> bool:
    """ "Двое из них ушли с оружием", "Один из беглецов рассказал, что они покинули позиции":
    the people of the mention's sentence, up to the end of its clause, are a part of a group
    told before (``part_of_group`` in ``lang/*/events.yaml``)."""
    rx = extra_pattern(lang, "part_of_group")
    if rx is None:
        return False
    _cs, ce = clause_bounds(text, start)
    return rx.search(text, 0, ce) is not None


def _subject_is(text: str, start: int, lang: str, key: str) -> bool:
    """Does the pattern under ``key`` (a subject pronoun) occur in the mention's clause before
    its trigger at ``start``?"""
    rx = extra_pattern(lang, key)
    return rx is not None and rx.search(text, clause_bounds(text, start)[0], start) is not None


def same_person(text: str, start: int, lang: str) -> bool:
    """ "Он покинул позиции под Бахмутом в мае": the subject of the mention's clause, before
    its trigger, is a singular personal pronoun (the person just told), and the clause does not
    say it happened again ("снова", "вновь"): ``same_person`` and ``again`` in
    ``lang/*/events.yaml``."""
    if not _subject_is(text, start, lang, "same_person"):
        return False
    cs, ce = clause_bounds(text, start)
    again = extra_pattern(lang, "again")
    return again is None or again.search(text, cs, ce) is None


def same_group(text: str, start: int, lang: str) -> bool:
    """ "According to the media, the fugitives killed a guard and left the unit in several
    groups": the sentence, before the mention's trigger, speaks of the group already told by a
    definite noun or a plural pronoun (``same_group`` in ``lang/*/events.yaml``), so its flight is
    that group's, wherever it says they went (not "снова", "again")."""
    rx = extra_pattern(lang, "same_group")
    if rx is None or rx.search(text, 0, start) is None:
        return False
    again = extra_pattern(lang, "again")
    cs, ce = clause_bounds(text, start)
    return again is None or again.search(text, cs, ce) is None


def referent(
    text: str,
    start: int,
    before: str | None,
    lang: str,
    names: Callable[[], list] | None = None,
    end: int | None = None,
) -> str | None:
    """ "Alexey Dronov was tried for the same offense. ... he received a four-year suspended
    sentence": where the subject of the mention's clause, before its trigger, is a singular
    personal pronoun (``pronoun_subject`` in ``lang/*/events.yaml``), the one person the sentence
    before names (``before``) is who it is of; None where it names none or several.
    ``names``: the function that gives the person names of ``before`` (read once per sentence
    by the caller), in place of reading them here.  ``end``: the trigger's end, where a singular
    pronoun right after it is its object (``pronoun_object``: "the court sentenced him to six
    years", «суд приговорил его к шести годам»; the caller passes it for a charge or a verdict,
    round 55, legal55)."""
    if not before:
        return None
    if not _subject_is(text, start, lang, "pronoun_subject"):
        rx = extra_pattern(lang, "pronoun_object") if end is not None else None
        if rx is None or rx.search(text[end : end + 25]) is None:
            return None
    if names is None:
        from awol.extract.names import find_person_names

        found = find_person_names(before, lang)
    else:
        found = names()
    people = {n.normalized for n in found}
    return next(iter(people)) if len(people) == 1 else None


def wanted_state(text: str, start: int, end: int, relative: bool, lang: str) -> bool:
    """ "задержали военнослужащего, который находился в розыске", "задержал троих военных,
    находившихся в розыске", "found a serviceman who had been on the federal wanted list": the
    search told as the state of the people a detention is of (a relative clause,
    ``wanted_state``, or an attributive participle, ``wanted_state_participle``, in
    ``lang/*/events.yaml``), not a search of its own (the invented articles' and place probes'
    coders; round 24, near24).  ``relative``: is the trigger told in a relative clause."""
    lo = max(0, start - 40)
    rx = extra_pattern(lang, "wanted_state")
    if relative and rx is not None and rx.search(text, lo, min(len(text), end + 5)):
        return True
    rx = extra_pattern(lang, "wanted_state_participle")
    return rx is not None and rx.search(text, lo, min(len(text), end + 5)) is not None


def recap(text: str, lang: str) -> bool:
    """ "Напомним, ...", "Как сообщалось ранее, ...": the sentence retells what the article
    (or the outlet before) told (``recap`` in ``lang/*/events.yaml``)."""
    rx = extra_pattern(lang, "recap")
    return rx is not None and rx.search(text) is not None


def introduced_anew(text: str, start: int, lang: str) -> bool:
    """Is the trigger at ``start`` told in a relative clause of a person its sentence introduces
    with an indefinite article ("a conscript who fled", "a sailor who did not come back";
    ``introduced_before`` in ``lang/*/events.yaml``; round 51, merge51)?  Such a person is new
    to the story."""
    rx = extra_pattern(lang, "introduced_before")
    return rx is not None and rx.search(text[max(0, start - 90) : start]) is not None


@cache
def extra_pattern(lang: str, key: str) -> Pattern | None:
    """The pattern under ``key`` in ``lang/<lang>/events.yaml`` (compiled once), or None where the
    language has none."""
    raw = get_lexicon(lang).extra.get(key)
    return Pattern(raw) if raw else None


# probability the classifier must give a mention whose sentence reports another type too
# (chosen on held-out real train, README; moved from merging.py in round 34)
BACKGROUND = 0.2

# the types whose trigger in a main clause of its own is a second happening (own_clause)
OWN_CLAUSE_TYPES = frozenset({"desertion", "wanted", "detention", "prosecution", "sentence"})


def own_clause(text: str, m, mentions: list, relative: dict, lang: str) -> bool:
    """Is the mention the predicate of a main clause of its own, beside another type's in the
    same sentence ("crossed the border and was detained by border guards"; "received seven years
    ...; Samsonov was detained in Belgorod a day later"; «ушёл с позиций, а через две недели был
    задержан»)?  Not one told in a relative clause or a participle about its people
    (``relative``: :func:`awol.extract.argument_scope.told_in_relative` of each mention), nor in
    a clause opened by a subordinator ("after a shell killed two men", "while the search for the
    third man continues": ``subordinate_clause`` in ``lang/*/events.yaml``), nor one whose clause
    holds another type's trigger ("found guilty of desertion"): those are the background of the
    other.  A second happening told in its own main clause is news, as the first.  Round 34
    (type34).  Not a death: a death in a clause of its own beside a flight is mostly someone
    else's (a comrade killed by a shell, a conscript's suicide), and the type is the deserter's."""
    if m.type not in OWN_CLAUSE_TYPES or relative.get(id(m)):
        return False
    cs, ce = clause_bounds(text, m.start)
    if any(o.type != m.type and cs <= o.start < ce for o in mentions):
        return False
    rx = _subordinate_rx(lang)
    return rx is None or rx.search(text[cs:ce]) is None


@cache
def _subordinate_rx(lang: str) -> Pattern | None:
    return extra_pattern(lang, "subordinate_clause")


def told_as_background(
    m, sole: bool, main: bool, text: str, mentions: list, relative: dict, lang: str
) -> bool:
    """A mention that only adds to an event told elsewhere (``Mention.background``): a noun
    referring back, or, in a sentence of two types, one that is neither the sentence's main
    predicate nor in a main clause of its own (:func:`own_clause`) and that the classifier doubts
    (under ``BACKGROUND``)."""
    return bool(m.anaphoric) or (
        not sole
        and not main
        and m.prob is not None
        and m.prob < BACKGROUND
        and not own_clause(text, m, mentions, relative, lang)
    )

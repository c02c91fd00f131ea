"""Words around a trigger that say how its mention is told: a noun after "the"/"his" told
again (:func:`_anaphoric`), a noun that introduces its people (:func:`_told_with_people`),
"another" / "again" (:func:`_additive_before`, :func:`_again_after`), and the events the sentence
classifier is sure of that no pattern proposed, placed at their cue word (:func:`_recover`,
:func:`negated_cue`).  Read by :func:`awol.extract.mentions.analyse_sentence`."""

from __future__ import annotations

import re
from functools import cache

from awol.extract.argument_scope import told_in_relative
from awol.extract.argument_words import _ru_parse
from awol.extract.lexicon import Lexicon, Pattern, Trigger, get_lexicon
from awol.extract.mentions_types import Verdict
from awol.extract.tokens import Token
from awol.extract.trigger_find import extra_rx as _extra_rx

RECOVERED_WEIGHT = 0.7


def _anaphoric(text: str, s: int, lex: Lexicon, e: int | None = None) -> bool:
    """A lemma trigger that is a noun after a definite determiner or a possessive ("the
    defection", "his escape bid"; ``anaphoric_before`` in ``lang/*/events.yaml``); not where
    the words after it introduce its people ("the defection of a Russian pilot", "the capture
    of three soldiers": ``introduced_after``), which tell the happening here."""
    pat = _extra_rx(lex.lang, "anaphoric_before")
    if pat is None or pat.search(text[max(0, s - 20) : s]) is None:
        return False
    after = _extra_rx(lex.lang, "introduced_after")
    return e is None or after is None or after.match(text, e, e + 60) is None


def _told_with_people(text: str, s: int, lex: Lexicon) -> bool:
    """A lemma trigger whose noun introduces its people ("задержание трёх дезертиров", "поимка
    беглеца"; ``told_with_people`` in ``lang/*/events.yaml``, matched at the trigger's word)
    tells the happening as a pattern would: the sentence classifier need not agree. (A pattern
    on the same words would pre-empt the lemma rule, and the lemma's guards with it.)"""
    pat = _extra_rx(lex.lang, "told_with_people")
    return pat is not None and pat.match(text, s) is not None


# The characters between a state's-answer word and the relative clause of its people that tells
# their flight ("hunt two soldiers who fled", "ищут двоих военных, которые сбежали"): the object
# and the relative pronoun, a short noun phrase (:func:`answer_to_relative_flight`)
RELATIVE_REACH = 60
# The types read so: a search ("hunt two soldiers who fled"); a catch, a charge or a verdict so
# told fired as often on statistics, hypotheticals and deaths at a catch ("cases against
# soldiers who fled abroad", «погиб при задержании военный, ушедший из части») as on their own
# happenings on the invented articles (round 55, wanted55: 5 right, 8 wrong; one changed an
# event, a hand-over in RU ay-01, for the better: given up with the rest)
ANSWERS_TO_RELATIVE_FLIGHT = ("wanted",)


def answer_to_relative_flight(
    found: list, trig: Trigger, s: int, e: int, text: str, lang: str
) -> bool:
    """Is the lemma trigger ``trig`` at ``s:e`` the state's answer (a search:
    ``ANSWERS_TO_RELATIVE_FLIGHT``) done to people whose flight a relative clause after it
    tells ("Police hunt two soldiers who fled Kursk unit with rifles", "Search on for two
    soldiers who fled the unit")?  The sentence
    classifier reads the flight's words there and doubts the answer (its probability of the
    answer's type falls under the lemma threshold), though the main clause tells it: the flight
    is the answer's background, told of its object.  Round 55 (wanted55): such a trigger needs no
    classifier agreement, as a noun that introduces its people (:func:`_told_with_people`)."""
    if trig.type not in ANSWERS_TO_RELATIVE_FLIGHT:
        return False
    for t, ds, _de in found:
        if t.type != "desertion" or not e <= ds <= e + RELATIVE_REACH:
            continue
        if "." in text[e:ds] or ";" in text[e:ds]:
            continue
        if told_in_relative(text, ds, lang) and _told_as_done(text, e, ds, lang):
            return True
    return False


def _told_as_done(text: str, e: int, ds: int, lang: str) -> bool:
    """Does the relative clause between ``e`` and the flight's trigger at ``ds`` tell a flight
    done, not what a kind of people does ("look for soldiers who leave their units": a duty,
    ``relative_kind`` in ``lang/*/events.yaml``)?"""
    pat = _extra_rx(lang, "relative_kind")
    return pat is None or pat.search(text, e, min(len(text), ds + 30)) is None


def _additive_before(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Does an ``additive`` word of ``lex`` ("another", «ещё», «другой») stand in
    ``text[start:end]``, the trigger's clause before it, telling another happening of its type?
    An additive adjective (``additive_of_people`` in ``lang/*/events.yaml``) does so only of
    people: before a noun that names a thing («пересел в другой автомобиль и на службу не
    вернулся», «перевели в другую часть», "got into another car") it tells no other happening
    (round 45, near45: such a flight, retold in the body with its date, made an event of its
    own beside the lead's)."""
    adjective = _additive_adjective(lex.lang)
    for found in lex.additive.finditer(text[start:end]):
        if adjective is None or not adjective.match(found.group(0)):
            return True
        if not _thing_after(text, start + found.end(), lex.lang):
            return True
    return False


@cache
def _additive_adjective(lang: str) -> re.Pattern[str] | None:
    raw = get_lexicon(lang).extra.get("additive_of_people")
    return re.compile(raw, re.I) if raw else None


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _thing_after(text: str, pos: int, lang: str) -> bool:
    """Is the word right after ``pos`` a noun that names a thing, not a person (Russian: the
    analyser's first reading is an inanimate noun; English has no such reading: never)?"""
    nxt = _NEXT_WORD.match(text, pos)
    if nxt is None or lang != "ru":
        return False
    tag = _ru_parse(nxt.group(1).lower()).tag
    return tag.POS == "NOUN" and "inan" in tag


def _again_after(text: str, end: int, lang: str) -> bool:
    """A trigger followed by "again" tells another happening of its type: "В январе он сбежал
    снова" (``additive_after`` in ``lang/*/events.yaml``; the ``additive`` words are read
    before the trigger only)."""
    pat = _additive_after_pattern(lang)
    return pat is not None and pat.match(text, end) is not None


@cache
def _additive_after_pattern(lang: str) -> re.Pattern[str] | None:

    raw = get_lexicon(lang).extra.get("additive_after")
    return re.compile(raw, re.I) if raw else None


def _recover(
    found: list[tuple[Trigger, int, int]], verdict: Verdict, text: str = "", lang: str = "en"
) -> list[tuple[Trigger, int, int]]:
    """Events the classifier is sure of that no pattern proposed, placed at their cue word (from
    its negation, where the cue tells the event only negated: :func:`negated_cue`)."""
    have = {t.type for t, _s, _e in found}
    extra = []
    for etype, p in verdict.probs.items():
        tok = verdict.cues.get(etype)
        if etype in have or (p < verdict.recover and etype != verdict.rescue) or tok is None:
            continue
        start = negated_cue(text, tok, lang) if text else tok.start
        trig = Trigger(etype, Pattern(re.escape(text[start : tok.end] if text else tok.text)),
                       RECOVERED_WEIGHT, "story")  # fmt: skip
        extra.append((trig, start, tok.end))
    return sorted(found + extra, key=lambda t: t[1])


def negated_cue(text: str, tok: Token, lang: str) -> int:
    """Where a recovered event told at cue word ``tok`` starts: at the negation before it where
    the cue tells the event only negated ("did not return", «не вернулся», «так и не прибыл»:
    ``negated_cues`` and ``negated_cue_before`` in ``lang/*/events.yaml``), else at the word."""
    lemmas = negated_lemmas(lang)
    if tok.lemma not in lemmas and tok.text.lower() not in lemmas:
        return tok.start
    pat = _extra_rx(lang, "negated_cue_before")
    found = pat.search(text, max(0, tok.start - 30), tok.start) if pat is not None else None
    return found.start() + len(found.group()) - len(found.group().lstrip()) if found else tok.start


@cache
def negated_lemmas(lang: str) -> frozenset[str]:
    return frozenset(get_lexicon(lang).extra.get("negated_cues") or ())

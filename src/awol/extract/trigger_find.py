"""The triggers of a sentence (split from :mod:`awol.extract.mentions`, round 32): the patterns of
``lang/*/events.yaml`` scanned where they may start, the lemma rules on its words, a participle of
flight kept only after a concrete head (``participle_head``), the strongest and longest of
overlapping triggers, one per type and clause, and the clauses whose verb is left out
(``elided``)."""

from __future__ import annotations

import re
from functools import cache

from awol.extract.argument_scope import told_in_relative
from awol.extract.lexicon import Lexicon, Pattern, Trigger, elided_copy, get_lexicon
from awol.extract.prefilter import lowered
from awol.extract.sentences import clause_bounds
from awol.extract.tokens import LEMMA, TEXT, tokens


@cache
def extra_rx(lang: str, key: str) -> re.Pattern[str] | None:
    """The pattern under ``key`` in ``lang/<lang>/events.yaml``, compiled once; None where the
    language has none."""
    raw = get_lexicon(lang).extra.get(key)
    return re.compile(raw, re.I) if raw else None


def find_triggers(
    text: str, lex: Lexicon, toks: list | None = None
) -> list[tuple[Trigger, int, int]]:
    """The triggers of a sentence: the patterns, and the lemma rules on its words (``toks``,
    where the caller has them)."""
    found: list[tuple[Trigger, int, int]] = []
    low = lowered(text)
    if lex.trigger_index is not None and len(low) == len(text):
        # only the patterns that may start at one of the sentence's words (and hold one of the
        # literals they need) are scanned
        triggers = lex.triggers
        for i in lex.trigger_index.candidates(low):
            trig = triggers[i]
            for m in trig.pattern.finditer_passed(low):
                if m.end() > m.start():
                    found.append((trig, m.start(), m.end()))
    elif (first := next(lex.any_trigger.finditer_lowered(text, low), None)) is not None:
        # no trigger matches before the first match of them all: each is scanned from there
        for trig in lex.triggers:
            for m in trig.pattern.finditer_lowered(text, low, first.start()):
                if m.end() > m.start():
                    found.append((trig, m.start(), m.end()))
    if lex.lemma_rules:
        found += lemma_triggers(text, lex, toks)
    if any(t.head for t, _s, _e in found):
        found = [t for t in found if not t[0].head or concrete_head(text, t[1], lex.lang)]
    if not found:
        return found
    # keep the strongest, longest trigger where triggers overlap
    found.sort(key=lambda t: (-(t[0].weight + 0.002 * (t[2] - t[1])), t[1]))
    kept: list[tuple[Trigger, int, int]] = []
    for t in found:
        # (a trigger of another type inside a longer one is a happening of its own: "the trial
        # of two conscripts accused of fleeing their unit ... opened", "sent the case of a
        # soldier who fled his unit to court"; round 28, type28)
        if all(
            t[2] <= k[1] or t[1] >= k[2] or (t[0].type != k[0].type and k[1] < t[1] and t[2] < k[2])
            for k in kept
        ):
            kept.append(t)
    kept.sort(key=lambda t: t[1])
    # one mention per type and clause: "detained and charged" are two, "caught and detained" one
    out: list[tuple[Trigger, int, int]] = []
    for t in kept:
        if (
            out
            and out[-1][0].type == t[0].type
            and t[1] - out[-1][2] < 25
            and clause_bounds(text, t[1]) == clause_bounds(text, out[-1][1])
            and not lex.additive.search(text, out[-1][2], t[2])
        ):
            continue
        out.append(t)
    return elided(text, lex, gapped_terms(text, out))


def gapped_terms(
    text: str, found: list[tuple[Trigger, int, int]]
) -> list[tuple[Trigger, int, int]]:
    """A verdict's term told without a verb (a register line's trigger: the match opens on the
    colon, dash or comma before the term) after a verdict told by its verb in the same sentence
    is that verdict's term for some of its people, not a verdict of its own: «Суд назначил П. 5 лет
    6 месяцев ..., Д. и К. — по 5 лет», "sentenced X to six years, Y - four years" (round 40,
    prec40: round 39's register lines made split s's spurious second verdict)."""
    if sum(t[0].type == "sentence" for t in found) < 2:
        return found
    out: list[tuple[Trigger, int, int]] = []
    for t in found:
        if (
            t[0].type == "sentence"
            and not text[t[1] : t[1] + 1].isalnum()
            and any(k[0].type == "sentence" and text[k[1] : k[1] + 1].isalnum() for k in out)
        ):
            continue
        out.append(t)
    return out


def concrete_head(text: str, start: int, lang: str) -> bool:
    """Does a participle of flight at ``start`` follow one man or a counted group and a comma
    («дезертира Семена Кашурова, сбежавшего из армии», «пятеро военных, сбежавших из своих
    подразделений»; ``participle_head`` in ``lang/*/events.yaml``)?  Then it tells their flight;
    after a bare plural («военнослужащим, не вернувшимся в часть, грозит») it names a kind."""
    rx = extra_rx(lang, "participle_head")
    return rx is not None and rx.search(text, max(0, start - 120), start) is not None


def elided(
    text: str, lex: Lexicon, found: list[tuple[Trigger, int, int]]
) -> list[tuple[Trigger, int, int]]:
    """ "Троих задержали в Ростове, а ещё двоих — в Краснодаре", "Первый ушёл из части в
    январе, второй — в феврале": a clause whose verb is left out (``elided`` in
    ``lang/*/events.yaml``) tells another happening of the type of the trigger before it."""
    rx = _elided_rx(lex.lang) if found else None
    if rx is None:
        return found
    out = list(found)
    for m in rx.finditer(text):
        before = [t for t in out if t[2] <= m.start()]
        if before and all(m.end() <= t[1] or m.start() >= t[2] for t in out):
            # the verb left out is the clause's predicate, not a relative one about its people
            # ("задержала дезертира, сбежавшего из части, а в августе в Тольятти — двоих")
            main = [t for t in before if not told_in_relative(text, t[1], lex.lang)]
            out.append((elided_copy((main or before)[-1][0]), m.start(), m.end()))
            out.sort(key=lambda t: t[1])
    return out


@cache
def _elided_rx(lang: str) -> Pattern | None:
    raw = get_lexicon(lang).extra.get("elided")
    return Pattern(raw) if raw else None


def lemma_triggers(text: str, lex: Lexicon, toks: list | None) -> list[tuple[Trigger, int, int]]:
    if toks is None:
        toks = tokens(text, lex.lang)
    out: list[tuple[Trigger, int, int]] = []
    rules = lex.lemma_rules
    # no word whose lemma or form as written starts a rule (most sentences): tested in C
    keys = rules.keys()
    if keys.isdisjoint(map(LEMMA, toks)) and keys.isdisjoint(map(str.lower, map(TEXT, toks))):
        return out
    for i, t in enumerate(toks):
        found = rules.get(t.lemma, ())
        # a lemmatiser may leave a form as a word of its own ("hunting"): the form as written
        # starts the rules listed under it too
        low = t.text.lower()
        if low != t.lemma and low in rules:
            found = (*found, *(r for r in rules[low] if r not in found))
        for rule in found:
            if rule.not_prev and i and toks[i - 1].lemma in rule.not_prev:
                continue
            if rule.not_next and i + 1 < len(toks) and toks[i + 1].lemma in rule.not_next:
                continue
            end = t.end
            if rule.then:
                nxt = next(
                    (
                        x
                        for x in toks[i + 1 : i + 1 + rule.span]
                        if x.lemma in rule.then or x.text.lower() in rule.then
                    ),
                    None,
                )
                if nxt is None:
                    continue
                end = nxt.end
            out.append((rule.trigger, t.start, end))
    return out

"""Whole-text filters of a story's events, read after its drafts are merged.

Two kinds of article look like a desertion story to the sentence rules and are not:

- a text that names desertion nowhere and tells a soldier's disappearance only by a word of
  vanishing ("пропал", "исчез из части"): :func:`unworded`;
- an escape from a prison, a colony or a remand centre, whose searches, detentions and verdicts
  are of escaped prisoners: :func:`prison_story` and :func:`names_desertion`.

And a flight told only by labels of its people is not one: :func:`labels_only`; nor is a total
that adds up the happenings told before it (:func:`restated_totals`) or, in the headline, after it
(:func:`headline_totals`); nor the rest of a group still at large after others were caught
(:func:`rest_at_large`).

Their words are data (``unworded_weak``, ``prison_escape``, ``prison_desertion`` in
``lang/*/events.yaml``); a language without them keeps every event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import combinations

from awol.extract.argument_scope import _has_verb
from awol.extract.lexicon import Lexicon
from awol.extract.merging import MERGE_WINDOW, WEAK, Draft, extra_pattern
from awol.extract.sentences import Sentence, clause_bounds
from awol.model import Event

RESTATED_PARTS = 8  # the parts a restated total may add up (the last told before it)
LEAD_SENTENCES = 2  # the headline and the lead, where a total may be told before its parts
HEADING_STOPS = ".!?…:;\"»”)]'"  # a line that ends so is a sentence, not a heading

__all__ = [
    "headline_totals",
    "labels_only",
    "verbless_heading",
    "victim_follow_up",
    "names_desertion",
    "prison_story",
    "rest_at_large",
    "restated_totals",
    "unworded",
]


def unworded(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """A text that names desertion nowhere: a desertion told only by a word of disappearing
    (``unworded_weak`` in ``lang/*/events.yaml``: "пропал", "исчез из части"), weakly or in a
    text that finds the soldier dead, is a disappearance; with no desertion left, no event of the
    text is about a deserter."""
    rx = extra_pattern(lex.lang, "unworded_weak")
    if rx is None:
        return drafts
    died = any(d.type == "death" for d in drafts)

    def vanished(d: Draft) -> bool:
        return all(
            (died or m.weight < WEAK)
            and rx.search(m.sentence.text[m.start : m.end].lower()) is not None
            for m in d.mentions
        )

    gone = [d for d in drafts if d.type == "desertion" and vanished(d)]
    if not gone:
        return drafts
    kept = [d for d in drafts if d.type != "desertion" or not vanished(d)]
    return kept if any(d.type == "desertion" for d in kept) else []


def prison_story(text: str, events: list[Event], lex: Lexicon) -> bool:
    """An article that tells an escape from prison, a colony or a remand centre
    (``prison_escape`` in ``lang/*/events.yaml``) and no desertion: its searches, detentions and
    deaths are of the escaped prisoners, its charges and verdicts for the escape."""
    rx = extra_pattern(lex.lang, "prison_escape")
    return (
        rx is not None
        and not any(e.type == "desertion" for e in events)
        and rx.search(text) is not None
    )


def names_desertion(text: str, lex: Lexicon) -> bool:
    """An event sentence of a prison story that names desertion itself ("ранее был осужден за
    самовольное оставление части"): ``prison_desertion`` in ``lang/*/events.yaml``."""
    rx = extra_pattern(lex.lang, "prison_desertion")
    return rx is not None and rx.search(text) is not None


def labels_only(drafts: list[Draft]) -> list[Draft]:
    """A desertion the article tells only by words found on their lemma (the patterns take the
    finite tellings first, so these are mostly nouns, participles, infinitives: "документы о
    розыске сбежавших со службы военных", "allowing him to escape", "his escape bid"), none with
    a date or a place of its own, is a label of its people, not a reported leaving: the coders
    code a desertion where the article reports someone leaving (a telling, or a label with its
    own time or place: "бежавшего с военной базы в Приозерске", "a daring defection to
    Ukraine").  On real/ train, held out, such a mention is a gold desertion's sentence in 0 of
    7 (RU 0/3, EN 0/4; with a date or place of its own: 4 of 9), and the one event made of such
    mentions alone is a document with no gold events.  So is a mention of any type marked
    ``label`` (told in a verbless heading line, :func:`verbless_heading`).  Such a draft makes
    no event (its mentions still join one told otherwise, when compatible)."""

    def label(m, type_: str) -> bool:
        if m.label:  # (of any type: a verbless heading's, :func:`verbless_heading`)
            return True
        own = (m.date is not None and bool(m.date.value)) or bool(m.places)
        return type_ == "desertion" and m.trigger.lemma and not own

    return [d for d in drafts if not all(label(m, d.type) for m in d.mentions)]


def verbless_heading(text: str, start: int, end: int, lang: str) -> bool:
    """Is the sentence ``text[start:end]`` a line of its own with no closing stop and no verb: a
    standfirst or a subhead that lists the story's stages by nouns ("A tip from a neighbour, a
    search in two districts, a ride back to the barracks", "Prison, a suspended sentence, or
    straight back to the front", «Розыск, звонок соседки и конвой»)?  Its mentions name the
    happenings the body tells (or, in an explainer, kinds of them): they join an event told
    otherwise and make none alone (``Mention.label``, :func:`labels_only`).  On real/ train,
    held out, no event was made of such a line (two of an unstopped line with a verb: kept).
    The caller leaves the title out (its mentions are the headline's)."""
    if (start > 0 and text[start - 1] != "\n") or text[end : end + 1] not in ("", "\n"):
        return False
    line = text[start:end].rstrip()
    if not line or line[-1] in HEADING_STOPS:
        return False
    if lang == "ru":
        return not _has_verb(line, lang)
    rx = extra_pattern(lang, "line_verb")
    return rx is not None and rx.search(line) is None


def restated_totals(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """ "В понедельник задержали четверых ... Позже задержали ещё двоих ... Таким образом,
    задержаны все шестеро", "All six have now been detained": a happening whose count is the sum
    of two or more happenings of its type told before it, every sentence of it saying it is a
    total (``total_restated`` in ``lang/*/figures.yaml``), adds them up; it makes no event of its
    own.  The coders code the parts (real/ train: detentions 3 + 2, 4 + 3, never their sum;
    round 26, near26).

    The parts are the last ``RESTATED_PARTS`` told in the ``MERGE_WINDOW`` sentences before the
    total (as a happening told twice is merged only within them): a sum found among parts told
    anywhere earlier made a long text's cost grow with its square (round 26's end, lead: 20 MB
    37.5 s -> 72.0 s of wall time) and took for a total a count that only happened to add up."""
    rx = extra_pattern(lex.lang, "total_restated")
    if rx is None:
        return drafts

    counts = [_exact(d) for d in drafts]
    firsts = [min(m.sentence.index for m in d.mentions) for d in drafts]
    told: dict[str, list[tuple[int, int]]] = {}  # type -> (first sentence, draft's position)
    for k, d in enumerate(drafts):
        if counts[k] is not None:
            told.setdefault(d.type, []).append((firsts[k], k))
    for v in told.values():
        v.sort()
    out = []
    for k, d in enumerate(drafts):
        n = counts[k]
        if n is not None and n > 2 and all(rx.search(m.sentence.text) for m in d.mentions):
            at, of_type = firsts[k], told[d.type]
            near = of_type[
                bisect_left(of_type, (at - MERGE_WINDOW, -1)) : bisect_left(of_type, (at, -1))
            ]
            parts = [
                c
                for _first, j in sorted(near, key=lambda t: t[1])
                if j != k
                for c in [counts[j]]
                if c is not None and c < n
            ][-RESTATED_PARTS:]
            if _sums_to(parts, n):
                continue
        out.append(d)
    return out


def _sums_to(parts: list[int], n: int) -> bool:
    """Whether two or more of ``parts`` add up to ``n`` (a total told with its parts)."""
    return any(
        sum(group) == n for size in range(2, len(parts) + 1) for group in combinations(parts, size)
    )


def _exact(d: Draft) -> int | None:
    m = d.count_mention
    return m.count if m is not None and m.count_qualifier in (None, "exact") else None


def headline_totals(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """ "Two of three Russian soldiers who fled Crimea base caught" (the headline), "police have
    caught two of three soldiers ..." (the lead), then the body: one caught on Saturday, a
    second on Monday.  A happening told only in the headline and the lead (the first
    ``LEAD_SENTENCES``) or by sentences that say they restate a total (``total_restated`` in
    ``lang/*/figures.yaml``: "Both detained men ..."), whose exact count is the sum of two or
    more happenings of its type first told after it (within ``MERGE_WINDOW`` sentences), sums
    them up, as a restated total does (:func:`restated_totals`, where the sum comes after its
    parts); the coders code the parts.

    A lead that says its happenings are apart ("detained two soldiers ... in separate cases
    only days apart", «за два дня задержали двух военнослужащих»: ``separate_cases`` in
    ``lang/*/figures.yaml``) counts several happenings, not one: where the body tells at least
    one of them (an exact count below the lead's), the lead's count is no event of its own even
    where the body's parts do not add up to it (one of them told by a scene no trigger reads:
    "officers stopped him in a taxi"); the coders code the parts (real/ train rru-115: two
    handed over "within a few days", one coded, the deserter's; round 42, evid42)."""
    rx = extra_pattern(lex.lang, "total_restated")
    apart = extra_pattern(lex.lang, "separate_cases")
    out = []
    for d in drafts:
        n = _exact(d)
        first = min(m.sentence.index for m in d.mentions)
        if (
            n is not None
            and n >= 2
            and first < LEAD_SENTENCES
            and all(
                m.sentence.index < LEAD_SENTENCES
                or (rx is not None and rx.search(m.sentence.text) is not None)
                for m in d.mentions
            )
        ):
            parts = [
                c
                for o in drafts
                if o is not d and o.type == d.type
                for c in [_exact(o)]
                if c is not None
                and c < n
                and first < min(m.sentence.index for m in o.mentions) <= first + MERGE_WINDOW
            ][:RESTATED_PARTS]
            if _sums_to(parts, n):
                continue
            if (
                parts
                and apart is not None
                and any(apart.search(m.sentence.text) for m in d.mentions)
            ):
                continue
        out.append(d)
    return out


def rest_at_large(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """ "Беглецов ищут полиция и Росгвардия ... Одного из беглецов задержали утром в Находке.
    Двое других пока в бегах": the rest of a group still at large once some of it was caught
    (``rest_at_large`` in ``lang/*/figures.yaml``: a word of the remainder and a state of being
    at large, in one clause), in a story whose search was told before, is where that search
    stands, not a search of its own, and not the search's size.  Such a mention (after a
    detention, before it or in its sentence) is taken out of the search it was merged into (its
    count, the rest's, is not the search's: "searching for them" of four, "the other two are
    still on the run"); a search draft told only by such mentions, after another search draft,
    makes no event.  Where no search was told the state is the only sign of one, and the coders
    code it (real/ train ren-030: "a further soldier is still at large. He is being
    sought", the second sentence unread by a held-out fold)."""
    rx = extra_pattern(lex.lang, "rest_at_large")
    if rx is None:
        return drafts

    def first(d: Draft) -> int:
        return min(m.sentence.index for m in d.mentions)

    caught = [first(d) for d in drafts if d.type == "detention"]
    if not caught:
        return drafts
    first_caught = min(caught)
    first_search = min((first(d) for d in drafts if d.type == "wanted"), default=None)
    out = []
    for d in drafts:
        if d.type == "wanted":
            rest = [
                m
                for m in d.mentions
                if m.sentence.index >= first_caught and rx.search(m.sentence.text) is not None
            ]
            if rest and len(rest) == len(d.mentions):
                if first_search is not None and first_search < first(d):
                    continue
            elif rest and min(m.sentence.index for m in rest) > first(d):
                d.mentions = [m for m in d.mentions if m not in rest]
        out.append(d)
    return out


def victim_follow_up(drafts: list[Draft], sentences: list[Sentence], lex: Lexicon) -> list[Draft]:
    """ "A deserter shot a taxi driver. The man died at the scene.", «Дезертир застрелил водителя
    такси. Мужчина погиб на месте»: a death told only by sentences that open with a word which
    names no one in particular as the dead («мужчина», "the man", "he": ``victim: follow_up``
    in ``lang/*/relevance.yaml``), each right after a sentence in which someone killed a person
    of ``victim: persons`` (:func:`awol.extract.victims.victim_death` read at each of its words),
    is the victim's death, told on (round 34, prec34; round 33 read it in the killing's own
    sentence only).  «Пограничники открыли огонь по беглецу. Мужчина погиб на месте» keeps its
    death: no victim was named before it."""
    from awol.extract.relevance_generic import _data

    spec = (_data(lex.lang).get("victim") or {}).get("follow_up")
    if not spec or not any(d.type == "death" for d in drafts):
        return drafts
    opens = re.compile(spec, re.IGNORECASE)
    by_index = {s.index: s for s in sentences}

    def told_on(m) -> bool:
        prev = by_index.get(m.sentence.index - 1)
        return (
            prev is not None
            and opens.match(m.sentence.text) is not None
            and _victim_killed(prev.text, lex.lang)
        )

    return [d for d in drafts if d.type != "death" or not all(told_on(m) for m in d.mentions)]


def _victim_killed(text: str, lang: str) -> bool:
    """Does ``text`` tell the killing of a person of ``victim: persons`` at one of its words?"""
    from awol.extract.tokens import tokens
    from awol.extract.victims import victim_death

    for t in tokens(text, lang):
        cs, ce = clause_bounds(text, t.start)
        if victim_death(text, t.start, t.end, cs, ce, lang):
            return True
    return False

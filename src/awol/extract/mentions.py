"""Sentence level: find event triggers and fill their arguments.

A *mention* is one trigger in one sentence (``detained`` in "police detained two of 10
deserters") with the arguments the sentence gives it: date, place, count, names, armed, source.
The document level (:mod:`awol.extract.document`) then merges mentions of one happening into
events and carries facts across sentences.

The records (:class:`Mention`, :class:`Verdict`) are in :mod:`awol.extract.mentions_types`, the
words read around a trigger in :mod:`awol.extract.mentions_words`, the checks of a trigger and of
a sentence's mentions in :mod:`awol.extract.mentions_checks`; this module reads a sentence with
them (:func:`analyse_sentence`) and gives their names as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import Any

from awol.extract.argument_counts import assign_counts, one_companion, people_counts, share_count
from awol.extract.argument_number import surname_beside
from awol.extract.arguments import (
    armed,
    assign_dates,
    assign_places,
    event_dates,
    known_surnames,
    there,
)
from awol.extract.attribution import Source, find_source
from awol.extract.case_state import case_state
from awol.extract.counts import CountMention, find_counts, may_count
from awol.extract.dates import DateMention, find_dates
from awol.extract.lexicon import Lexicon
from awol.extract.mentions_checks import (
    _combine_same_type,
    _court_custody,
    _generic,
    _own_names,
    _their_victim,
)
from awol.extract.mentions_types import Mention, Verdict
from awol.extract.mentions_words import (
    _additive_before,
    _again_after,
    _anaphoric,
    _recover,
    _told_with_people,
    answer_to_relative_flight,
    negated_cue,
    negated_lemmas,
)
from awol.extract.names import find_person_names
from awol.extract.people_roles import not_a_deserter, speaker_who_fled
from awol.extract.places import PlaceMention, get_gazetteer, not_outlets
from awol.extract.prefilter import filtered
from awol.extract.proposals import is_proposal, propose
from awol.extract.scope import not_a_happening
from awol.extract.sentences import Sentence, clause_bounds
from awol.extract.terms import penalty_months, term_kind, term_told
from awol.extract.trigger_blocks import blocked as _blocked
from awol.extract.trigger_find import find_triggers as _find_triggers


@dataclass
class SentenceAnalysis:
    sentence: Sentence
    mentions: list[Mention]
    # its counts of people and the dates that may date an event: read for a sentence with an
    # event mention; for one whose triggers all fail their gates, read on first use of
    # ``counts`` or ``dates`` (``pending`` reads both; a sentence with no number has no count)
    read_counts: list[CountMention]
    read_dates: list[DateMention]
    # the places the sentence names: read for a sentence with an event mention, [] for one with
    # no trigger, None for one whose triggers made no mention (read on first use of ``places``)
    read_places: list[PlaceMention] | None
    # its attributed source: read for a sentence with a trigger; for the others, where given,
    # the function that reads it (called on first use of ``source``)
    read_source: Source | None | Callable[[], Source | None]
    on_topic: bool
    lang: str = "en"
    pending: Callable[[], tuple[list[CountMention], list[DateMention]]] | None = None

    @property
    def counts(self) -> list[CountMention]:
        if self.pending is not None:
            if not may_count(self.sentence.text, self.lang):
                return []  # (no digit, no number word: no count, whatever the dates)
            self._read()
        return self.read_counts

    @counts.setter
    def counts(self, value: list[CountMention]) -> None:
        self._read()
        self.read_counts = value

    @property
    def dates(self) -> list[DateMention]:
        self._read()
        return self.read_dates

    @dates.setter
    def dates(self, value: list[DateMention]) -> None:
        self._read()
        self.read_dates = value

    def _read(self) -> None:
        pending = self.pending
        if pending is not None:
            self.pending = None
            self.read_counts, self.read_dates = pending()

    @property
    def places(self) -> list[PlaceMention]:
        if self.read_places is None:
            text = self.sentence.text
            self.read_places = not_outlets(text, get_gazetteer().find(text, self.lang), self.lang)
        return self.read_places

    @property
    def source(self) -> Source | None:
        src = self.read_source
        if src is not None and src.__class__ is not Source:
            src = self.read_source = src()
        return src


def analyse_sentence(
    sent: Sentence,
    lex: Lexicon,
    published: str | None,
    in_story: bool,
    last_source: str | None,
    known_names: Collection[str],
    after_figure: bool = False,
    verdict: Verdict | None = None,
    triggers: list | None = None,
    topic: bool | None = None,
    source_of: Callable[[], Source | None] | None = None,
    person_names: list | Callable[[], list] | None = None,
    near_topic: bool = False,
) -> SentenceAnalysis:
    """Find the event mentions of one sentence (before document-level merging).

    With a ``verdict`` of the sentence classifier, a story trigger it confirms needs no topic
    word nearby, a trigger it denies is dropped, and a type it is sure of that no trigger
    proposed is recovered at its cue word.  ``triggers``: the trigger matches, where the caller
    has found them already (``[]`` for a sentence the classifier found none in); ``topic``:
    whether the sentence names desertion (``lex.topic``), where the caller has read it.
    ``source_of``: the function that reads the sentence's attributed source (in place of
    ``last_source``: see :class:`~awol.extract.attribution.SourceChain`), called only where
    a trigger needs it or a later stage reads ``source``.  ``person_names``: the sentence's
    person names (``find_person_names``), where the caller has read them (or the function
    that reads them, where a later stage reads them too: read once per sentence).
    ``near_topic``: a sentence within :data:`~awol.extract.proposals.NEAR` sentences of one that
    names desertion (its :mod:`~awol.extract.proposals` are read there, as in a story).
    """
    text = sent.text
    on_topic = bool(lex.topic.search(text)) if topic is None else topic
    found = list(verdict.found) if verdict is not None else triggers
    if found is None:
        found = _find_triggers(text, lex)
    if verdict is not None:
        found = _recover(found, verdict, text, lex.lang)
    # what no trigger lists, told by its lemmas in a desertion story (round 44, prop44), or in
    # the sentence that tells the flight itself, for the state's answer to it ("authorities
    # issued warrants for the arrest of nine convicts who escaped from a training ground";
    # round 46, recall46: its flight is the trigger's, no second one is proposed)
    have = {t.type for t, _s, _e in found if not t.lemma}
    story = in_story or near_topic
    if not story and any(t.type == "desertion" for t, _s, _e in found):
        story, have = True, have | {"desertion"}
    extra = propose(text, lex.lang, have, story)
    if extra:
        found = sorted([*found, *extra], key=lambda t: t[1])
    if not found:
        # most sentences of an article report nothing: skip the argument finders, and look
        # only for what a sentence without a trigger can state (a figure, "they were unarmed");
        # its source is read where a later stage asks
        lazy = source_of if source_of is not None else find_source(text, lex, last_source)
        if not _may_matter(text, lex, on_topic, in_story, after_figure):
            return SentenceAnalysis(sent, [], [], [], [], lazy, on_topic)
        counts = people_counts(text, lex, find_counts(text, lex.lang))
        if not any(c.value >= 3 for c in counts) and not ORDINAL_GATE.search(text):
            return SentenceAnalysis(sent, [], counts, [], [], lazy, on_topic)
        dates = [d for d in find_dates(text, lex.lang, published) if d.value]
        return SentenceAnalysis(sent, [], counts, dates, [], lazy, on_topic)
    # the source, the dates, the counts and the names, and whether the sentence speaks of people,
    # are read where a trigger's gate asks or a mention takes them: a sentence whose triggers all
    # fail the gates reads them only where a later stage asks (a figure: its counts and dates)
    read: dict[str, Any] = {}

    def own_source() -> Source | None:
        if "source" not in read:
            read["source"] = (
                source_of() if source_of is not None else find_source(text, lex, last_source)
            )
        return read["source"]

    def arguments() -> tuple[list[CountMention], list[DateMention]]:
        args = read.get("arguments")
        if args is None:
            args = read["arguments"] = sentence_arguments(text, lex, published, own_source())
        return args

    def people_names() -> list:
        names = read.get("names")
        if names is None:
            source = own_source()
            names = read["names"] = [
                n
                for n in (
                    find_person_names(text, lex.lang)
                    if person_names is None
                    else person_names()
                    if callable(person_names)
                    else person_names
                )
                if not (
                    source
                    and source.start <= n.start < source.end
                    and not speaker_who_fled(text, n.end, lex.lang)
                )
                and not not_a_deserter(text, n, lex.lang)
            ]
            recalled = read["recalled"] = known_surnames(text, known_names, names)
            if recalled:  # (a surname found alone is the full name recalled there: one person)
                names = read["names"] = [
                    n for n in names if not any(r.start <= n.start < r.end for r in recalled)
                ]
            names += recalled
        return names

    def has_people() -> bool:
        people = read.get("people")
        if people is None:
            people = read["people"] = (
                bool(lex.people.search(text))
                or bool(people_names())
                or any(not c.head or lex.people.search(c.head) for c in arguments()[0])
            )
        return people

    def raw_names() -> list:
        # (the sentence's person names as read, before the source's and the officials' are
        # left out: the caller's reading, read once)
        if person_names is None:
            return find_person_names(text, lex.lang)
        return person_names() if callable(person_names) else person_names

    mentions: list[Mention] = []
    # a trigger that is about desertion by itself ("fled their unit") puts the sentence on topic
    on_topic = on_topic or any(t.context == "none" for t, _s, _e in found)
    for trig, s, e in found:
        # the classifier's doubt outweighs a trigger only where the sentence itself does not
        # name desertion ("arrested two of 10 inmates who deserted" stays a detention; "a
        # serviceman who fled his unit was put on the wanted list" stays a search)
        # (a proposal's words are none the classifier read: its doubt says nothing of them, the
        # sentence must speak of people instead)
        proposed = is_proposal(trig)
        if proposed and not has_people():
            continue
        if verdict is not None and verdict.denies(trig.type) and not on_topic and not proposed:
            if not (in_story and term_told(trig, text, s, lex.lang)):
                continue
        # a word's lemma in any form is a weaker cue than a pattern: the classifier must agree
        # (unless its noun introduces its people: "задержание трёх дезертиров")
        if (
            trig.lemma
            and verdict is not None
            and not verdict.accepts_lemma(trig.type)
            and not _told_with_people(text, s, lex)
            and not answer_to_relative_flight(found, trig, s, e, text, lex.lang)
        ):
            continue
        if trig.context == "story" and not (
            (verdict is not None and verdict.says(trig.type))
            or on_topic
            or ((in_story or (proposed and near_topic)) and (trig.weight >= 0.8 or has_people()))
            or (trig.weight >= 0.9 and has_people())  # "the court sentenced Denis Karelin" in
            or any(n.normalized in known_names for n in people_names())  # a desertion article
        ):
            continue
        blocked = verdict.blocked.get((trig.type, s, e)) if verdict is not None else None
        if blocked is None:
            blocked = _blocked(text, trig.type, s, e, lex)
        if (blocked and not case_state(text, trig.type, s, e, lex, raw_names)) or _generic(
            text, s, lex
        ):
            continue
        if not_a_happening(text, trig.type, s, e, lex):
            continue
        if trig.type == "death" and _their_victim(text, s, e, lex):
            continue
        if trig.type == "detention" and not trig.step and _court_custody(text, s, lex):
            trig = replace(trig, step=True)
        mentions.append(
            Mention(
                trig.type,
                trig,
                s,
                e,
                sent,
                prob=verdict.probs.get(trig.type) if verdict else None,
                anaphoric=trig.lemma and _anaphoric(text, s, lex, e),
            )
        )
    if not mentions:
        src = read["source"] if "source" in read else own_source
        if "arguments" in read:
            counts, dates = read["arguments"]
            return SentenceAnalysis(sent, [], counts, dates, None, src, on_topic, lex.lang)
        return SentenceAnalysis(sent, [], [], [], None, src, on_topic, lex.lang, arguments)
    source = own_source()
    counts, dates = arguments()
    names = people_names()
    recalled = read.get("recalled")
    # (the places only where a trigger made a mention: the others' are read if a stage asks)
    places = not_outlets(text, get_gazetteer().find(text, lex.lang), lex.lang)
    if places and recalled:
        # the surname of a man named in full before is no place: "Орлов" is not Orel
        places = [p for p in places if not any(n.start <= p.start < n.end for n in recalled)]
    assign_dates(mentions, dates, lex.lang)
    assign_places(mentions, places or [], source, lex.lang)
    assign_counts(mentions, counts, text, lex, bool(names))
    for m in mentions:
        m.names = sorted(
            {n.normalized for n in _own_names(m, mentions, names)}, key=lambda x: (text.find(x), x)
        )
        if m.count is None and m.names and not m.plural_anaphora:
            m.count, m.count_qualifier, m.count_from = len(m.names), "exact", "names"
        elif m.count is None and not m.plural_anaphora and surname_beside(text, m, lex.lang):
            m.count, m.count_qualifier, m.count_from = 1, "exact", "singular"  # "Перелыгина"
        if (
            m.count == 1
            and m.count_from in ("singular", "names")
            and one_companion(text, m, lex.lang)
        ):
            # "сбежал вместе с сослуживцем": he and one comrade (round 46, fields46)
            m.count, m.count_qualifier, m.count_from = 2, "exact", "number"
            m.companion = True
        # (the body that declared a search is the search's source, not its sentence's others)
        m.source = None if source is not None and source.search and m.type != "wanted" else source
        m.armed = armed(text, m, lex)
        cs, _ = clause_bounds(text, m.start)
        m.additive = (
            _additive_before(text, cs, m.start, lex)
            or bool(lex.additive.search(text[m.start : m.end]))
            or _again_after(text, m.end, lex.lang)
        )
    for m in mentions:
        m.there = not m.places and there(text, m.start, lex.lang, m.type)
        if m.type == "sentence":
            m.term = penalty_months(text, m.start, lex.lang)
            m.term_kind = term_kind(text, m.start, lex.lang)
    mentions = _combine_same_type(mentions)
    share_count(mentions, lex)
    return SentenceAnalysis(sent, mentions, counts, dates, places, source, on_topic, lex.lang)


def sentence_arguments(
    text: str, lex: Lexicon, published: str | None, source: Source | None
) -> tuple[list[CountMention], list[DateMention]]:
    """The counts of people and the dates that may date an event of a sentence with a trigger
    (``source``: its attributed source, whose dates date the report, not the event)."""
    all_dates = find_dates(text, lex.lang, published)
    dates = event_dates(text, all_dates, source, lex)
    counts = people_counts(
        text,
        lex,
        [
            c
            for c in find_counts(text, lex.lang, [(d.start, d.end) for d in all_dates])
            if not any(d.start <= c.start < d.end for d in dates)
        ],
    )
    return counts, dates


# words an ordinal statistic is about ("the fourth time this year", "пятый случай")
ORDINAL_GATE = filtered(
    re.compile(r"\b(?:time|case|incident|detention|desertion|случай|раз)\b", re.I)
)
# a digit, or a number word (the digit is looked for apart: its search needs no case folding)
_DIGIT = re.compile(r"\d")
_NUMBER_WORD = filtered(
    re.compile(
        r"\b(?:dozen|hundred|thousand|million|two|three|four|five|six|seven|eight|nine|ten|"
        r"десят\w*|сот\w*|тысяч\w*|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|восем\w+|девят\w+)",
        re.I,
    )
)


def _may_matter(
    text: str, lex: Lexicon, on_topic: bool, in_story: bool, after_figure: bool
) -> bool:
    """Could a sentence with no trigger still state a figure or an armed/unarmed fact?"""
    if in_story and (lex.armed_true.search(text) or lex.armed_false.search(text)):
        return True
    numberish = _DIGIT.search(text) or _NUMBER_WORD.search(text)
    if not numberish and not ORDINAL_GATE.search(text):
        return False
    return on_topic or after_figure or bool(lex.figure_cues.search(text))


__all__ = [
    "ORDINAL_GATE",
    "Mention",
    "SentenceAnalysis",
    "Verdict",
    "analyse_sentence",
    "negated_cue",
    "negated_lemmas",
    "sentence_arguments",
]

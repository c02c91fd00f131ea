"""Sentence level: find event triggers and fill their arguments.

A *mention* is one trigger in one sentence (``detained`` in "police detained two of 10
deserters") with the arguments the sentence gives it: date, place, count, names, armed, source.
The document level (:mod:`awol.extract.document`) then merges mentions of one happening into
events and carries facts across sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from awol.extract.argument_counts import assign_counts, one_companion, people_counts, share_count
from awol.extract.argument_number import surname_beside
from awol.extract.argument_words import _ru_parse
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
from awol.extract.fastre import compile_fast
from awol.extract.lexicon import Lexicon, Pattern, Trigger, get_lexicon
from awol.extract.names import find_person_names
from awol.extract.people_roles import not_a_deserter, speaker_who_fled
from awol.extract.places import PlaceMention, get_gazetteer, not_outlets
from awol.extract.prefilter import filtered
from awol.extract.proposals import is_proposal, propose
from awol.extract.scope import not_a_happening
from awol.extract.sentences import Sentence, clause_bounds
from awol.extract.terms import penalty_months, term_kind, term_told
from awol.extract.tokens import Token
from awol.extract.trigger_blocks import blocked as _blocked
from awol.extract.trigger_find import extra_rx as _extra_rx
from awol.extract.trigger_find import find_triggers as _find_triggers
from awol.extract.victims import deserter_kills, someone_else_died

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Mention:
    type: str
    trigger: Trigger
    start: int  # trigger offsets within the sentence
    end: int
    sentence: Sentence
    date: DateMention | None = None
    places: list[PlaceMention] = field(default_factory=list)
    count: int | None = None
    count_qualifier: str | None = None
    count_from: str | None = None  # "number" | "names" | "singular" | "anaphora" | "rest"
    companion: bool = False  # one man and one comrade: "fled together with a fellow soldier"
    who: str | None = None
    names: list[str] = field(default_factory=list)
    armed: bool | None = None
    source: Source | None = None
    additive: bool = False
    plural_anaphora: bool = False
    place_from_source: bool = False
    there: bool = False  # "Там его и задержали", "he was detained there"
    prob: float | None = None  # the sentence classifier's probability of this type here
    sole: bool = True  # the only event type its sentence reports (the sentence is about it)
    background: bool = False  # told as the background of another type, the classifier doubting
    # the news of a sentence that tells other types only in relative clauses about its people
    # ("задержали военного, который сбежал из части": the detention; evidence criterion "main")
    main: bool = False
    # told in a verbless heading line (story_filters.verbless_heading): it joins an event told
    # otherwise, and makes none alone (story_filters.labels_only)
    label: bool = False
    # a noun of the type after "the"/"his" ("the defection", "his escape"): the happening told
    # elsewhere, referred to again (joins it as a background mention does)
    anaphoric: bool = False
    ongoing: bool = False  # a search told as going on ("поиски продолжаются"): the one reported
    retold: bool = False  # "two more" told again right after: the happening of an earlier mention
    # "another mobilized soldier", "in a separate case": someone else's happening, not the one
    # told before (joins no earlier event but one naming the same person)
    another: bool = False
    # "Двое из них ушли с оружием": a part of the group told before (a detail of its flight)
    part: bool = False
    # "Напомним, ...", "Как сообщалось ранее, ...": the sentence retells what the article told
    recap: bool = False
    # the roundup item it is told in: the number of its paragraph where a place heads that
    # paragraph ("Пермский край. Военный следственный отдел ..."), else None (merging.compatible)
    item: int | None = None
    # "Он покинул позиции под Бахмутом": the one just told, by a pronoun (not "снова", "вновь")
    same_person: bool = False
    # "the fugitives killed a guard and left the unit in several groups": the group just told,
    # by a definite noun or "they" before the trigger, with no count of its own (merging.py)
    same_group: bool = False
    # "Petrov was tried too. He received ...": the one person the sentence before names, where the
    # mention's subject is a singular pronoun and it names no one (extract/merging.py referent)
    referent: str | None = None
    # "дезертировали десятки его сослуживцев", "several soldiers fled": a group whose size is not
    # said (``vague`` in lang/*/numbers.yaml), never one person's happening
    vague_group: bool = False
    term: int | None = None  # a verdict's penalty in months ("to five years": 60), where stated
    # the kind of that penalty where its clause tells it ("suspended", "real": a prison
    # term); a suspended term and a term behind bars are two verdicts (extract/terms.py term_kind)
    term_kind: str | None = None

    @property
    def weight(self) -> float:
        return self.trigger.weight


@dataclass
class Verdict:
    """The sentence classifier's reading of one sentence (see :mod:`awol.extract.classifier`):
    the probability of each event type, the cue word of each type, and the model's thresholds."""

    probs: dict[str, float]
    cues: dict
    found: list  # the trigger patterns that match the sentence (found once, for both readers)
    recover: float
    confirm: float
    veto: float
    lemma: float = 0.4
    blocked: dict = field(
        default_factory=dict
    )  # (type, start, end) -> trigger_blocks.blocked, as read once
    # the type the document level rescues in this sentence (an article the models read as a
    # story of that type, from which nothing was extracted): taken as said whatever its
    # probability (:mod:`awol.extract.rescue`)
    rescue: str | None = None

    def accepts_lemma(self, etype: str) -> bool:
        return self.probs.get(etype, 0.0) >= self.lemma or etype == self.rescue

    def says(self, etype: str) -> bool:
        return self.probs.get(etype, 0.0) >= self.confirm or etype == self.rescue

    def denies(self, etype: str) -> bool:
        return self.probs.get(etype, 1.0) < self.veto and etype != self.rescue


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


def _court_custody(text: str, s: int, lex: Lexicon) -> bool:
    """A court is the subject of the detention's verb ("a garrison court remanded him in custody",
    «суд арестовал его на два месяца», «суд отправил его в СИЗО»): the custody a court orders
    after a stop is part of that detention (train gold, ren-102; corpus/dev's convention), so
    the mention is a step (``Trigger.step``): it joins a detention told before and makes one
    only where none was told (round 30, type30: invented articles RU f05, g06, h03 made a second
    detention of it).  ``court_custody`` in ``lang/*/events.yaml``: the words between the
    clause's start and the trigger."""
    rx = _extra_rx(lex.lang, "court_custody")
    if rx is None:
        return False
    cs, _ = clause_bounds(text, s)
    return rx.search(text[max(cs, s - 120) : s]) is not None


def _own_names(m: Mention, mentions: list[Mention], names: list) -> list:
    """The names a mention takes: the sentence's, or, where a clause with its verb left out
    tells another happening of the type ("Kuzin was detained in April, and Sergeant Gavrilov in
    May"; «Кузина задержали в апреле, Гаврилова — в мае»), those of its own part of the
    sentence (cut at each such clause), where it has any."""
    cuts = sorted(x.start for x in mentions if x.type == m.type and x.trigger.elided)
    if not cuts:
        return _clause_names(m, mentions, names)
    lo = max((c for c in cuts if c <= m.start), default=0)
    hi = min((c for c in cuts if c > m.start), default=len(m.sentence.text) + 1)
    return [n for n in names if lo <= n.start < hi] or names


def _clause_names(m: Mention, mentions: list[Mention], names: list) -> list:
    """Where two triggers of one type stand in clauses of their own that each name their man
    ("Private Yegor Sitnikov left his regiment in August, while Sergeant Pavel Drozdov did not
    return from leave"; «Рядовой Шубин не вернулся из отпуска, а младший сержант Рябов ушёл с
    позиций»), each mention takes the names of its own part of the sentence, not both men
    (round 32, who32).  The parts are cut at the first clause after one trigger that names
    someone before the next trigger; only where every part names someone."""
    same = sorted((x for x in mentions if x.type == m.type), key=lambda x: x.start)
    if len(same) < 2 or len(names) < 2:
        return names
    text = m.sentence.text
    cuts = []
    for a, b in zip(same, same[1:], strict=False):
        starts, k = [], b.start  # (the clauses that start between the two triggers)
        while k >= a.end:
            c = clause_bounds(text, k)[0]
            if c < a.end:
                break
            starts.append(c)
            k = c - 1
        cut = next(
            (c for c in reversed(starts) if any(c <= n.start < b.start for n in names)), None
        )
        if cut is None:
            return names
        cuts.append(cut)
    bounds = [0, *cuts, len(text) + 1]
    parts = [
        [n for n in names if lo <= n.start < hi] for lo, hi in zip(bounds, bounds[1:], strict=False)
    ]
    if not all(parts):
        return names
    return parts[next(i for i, x in enumerate(same) if x is m)]


def _combine_same_type(mentions: list[Mention]) -> list[Mention]:
    """Two triggers of one type in one sentence tell one happening ("crossed the border ... had
    deserted"), unless the second is another one ("two more were arrested") or counts or dates
    differ ("left his unit in May 2023 and again in October 2023")."""
    out: list[Mention] = []
    for m in mentions:
        prev = next((x for x in out if x.type == m.type), None)
        if (
            prev is not None
            and not m.additive
            and (prev.count is None or m.count is None or prev.count == m.count)
            and not _other_dates(prev, m)
            and not _other_people(prev, m)
        ):
            for attr in ("date", "count", "count_qualifier", "count_from", "who", "armed"):
                if getattr(prev, attr) in (None, [], ""):
                    setattr(prev, attr, getattr(m, attr))
            # (each its own clause's names, :func:`_clause_names`: one happening has them all)
            more = [n for n in m.names if n not in prev.names]
            if more:
                prev.names = prev.names + more
                if prev.count_from == "names":
                    prev.count = len(prev.names)
            if prev.trigger.step and not m.trigger.step:
                # (a hand-over told first, "handed over to the commandant's office after police
                # stopped him in Tver": the happening's own words give its place)
                prev.places = m.places or prev.places
                prev.trigger = m.trigger
                continue
            if m.trigger.step:
                # (the step's place only where the happening has none: "tracked down and handed
                # over to the military police in the Belgorod region", but not Gyumri's base in
                # "detained in Yerevan and handed over to the military police at the base in
                # Gyumri")
                prev.places = prev.places or m.places
                continue
            if not prev.places or (m.places and not any(p.region for p in prev.places)):
                prev.places = m.places or prev.places
            # ("set up roadblocks and launched a search across the district": the place before)
            prev.there = not prev.places and (prev.there or m.there)
            if m.trigger.weight > prev.trigger.weight:
                prev.trigger = m.trigger
            continue
        out.append(m)
    return out


def _other_people(a: Mention, b: Mention) -> bool:
    """Do the two mentions name people of their own, none in common, in clauses of their own
    ("Sergeant Pavel Dorokhin walked out of his regiment on April 4, and Private Yuri Senin left
    the same regiment two weeks later": two flights)?  Round 34 (type34)."""
    if not (a.names and b.names) or set(a.names) & set(b.names):
        return False
    return clause_bounds(a.sentence.text, a.start) != clause_bounds(b.sentence.text, b.start)


def _other_dates(a: Mention, b: Mention) -> bool:
    """Do the two mentions have dates of their own that cannot be one (neither contains the
    other: "2023-05" and "2023-10", not "2023" and "2023-05")?"""
    x = a.date.value if a.date is not None else None
    y = b.date.value if b.date is not None else None
    return bool(x and y) and not (x.startswith(y) or y.startswith(x))


_GENERIC_DET = re.compile(
    r"\b(?:the|these|those|this|that|his|her|their|its|our|all|both|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozen|\d+|of|whose|some \d+)\b",
    re.IGNORECASE,
)


def _generic(text: str, start: int, lex: Lexicon) -> bool:
    """ "police find soldiers who left their units", "Most soldiers who leave", "soldiers who,
    under martial law, deserted or abandoned their posts": a relative clause on a bare plural (no
    article, number or possessive) speaks of soldiers in general."""
    if lex.lang != "en":
        return False
    before = text[max(0, start - 160) : start]
    m = _GENERIC_WHO.search(before)
    if not m:
        return False
    if _AGENTS.fullmatch(m.group(2)):
        # the state's people who act ("military investigators, who have opened criminal cases
        # against them"): the subject of the act, not a kind of deserter (round 22, en22)
        return False
    lead = before[: m.start(2)].split()[-3:]
    last = lead[-1] if lead else ""
    if re.match(r"(?i)most|many|some|other|such", last):
        return True
    if last.lower() == "of":  # "one of the soldiers who", but "the contracts of servicemen who"
        return len(lead) < 2 or not re.match(
            r"(?i)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|each|all|both|none|"
            r"several|dozens|many|most)$",
            lead[-2],
        )
    return not _GENERIC_DET.search(" ".join(lead)) and not re.search(r"[A-Z]", last)


_AGENTS = re.compile(
    r"(?i)investigators|prosecutors|judges|courts|authorities|officials|policemen|police|"
    r"guards|bailiffs|agents|journalists|lawyers|activists|reporters|inspectors|investigations"
)

# a bare plural, "who", an optional parenthetical, then the trigger: right after up to two words
# ("who first arbitrarily left") or as a further coordinated predicate ("who deserted or left")
_GENERIC_WHO = filtered(
    re.compile(
        r"(\b[\w'-]+\s+){0,3}?\b(\w+s|\w*men|personnel|people)\s*,?\s+who\b(?:\s*,[^,.;]{0,50},)?"
        r"(?:\s+(?:\w+\s+){0,2}|[^.;,:]{0,80}?\b(?:or|and)\s+)$"
    )
)


def _their_victim(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """ "the fugitives killed an employee", "они убили сотрудника": a killing done by the
    deserters (they are the subject of an active verb) is not a death of theirs."""
    active = lex.extra.get("killing_active")
    killers = lex.extra.get("deserters_as_subject")
    if not active or not killers or not re.fullmatch(active, text[s:e], re.IGNORECASE):
        # "Таксист скончался": a verb of dying said of someone else
        return someone_else_died(text, s, e, lex)
    cs, _ = clause_bounds(text, s)
    before = text[cs:s]
    # a passive ("one of the deserters was killed") is their death, not a killing of theirs
    if _PASSIVE_BEFORE.search(before):
        return False
    if re.search(rf"(?:{killers})\W+(?:\w+\W+){{0,3}}$", before, re.IGNORECASE):
        return True
    return deserter_kills(text, s, e, lex)


_PASSIVE_BEFORE = compile_fast(
    r"\b(?:was|were|is|are|be|been|being|got|get|gets|getting)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)

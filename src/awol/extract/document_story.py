"""A document's sentences read in order (:func:`read_story`): each one's mentions and figures, and
what the story carries from one sentence to the next.

A sentence is read (:func:`_reading`: by the workers where a long text's were read ahead, else
here), its figures kept (:func:`_figures_told`), its mentions weighed against each other
(:func:`_weigh`), then tied to the story told so far (:func:`_tie`: the group a plural anaphora
speaks of, the place "there" names, the date "the same day" anchors to) and merged into the
drafts of the events (:class:`~awol.extract.merging.Drafts`); last, what it tells is remembered
for the sentences after it (:func:`_remember`).  Split from :mod:`awol.extract.document`'s one
long function (round 52, doc52), unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from awol.extract.argument_scope import told_in_relative
from awol.extract.arguments import same_place
from awol.extract.attribution import SourceChain
from awol.extract.carry import soon_after
from awol.extract.charge_ground import drop_charge_as_ground
from awol.extract.counts import vague_quantity
from awol.extract.dates import resolve_offset
from awol.extract.document_groups import Groups
from awol.extract.figure_dates import period_told
from awol.extract.figure_sources import ArticleStatements
from awol.extract.figure_state import SentenceDays, sentence_days
from awol.extract.figures import find_figures, heads_figures
from awol.extract.headline_tense import with_headline
from awol.extract.lexicon import Lexicon
from awol.extract.mentions import Mention, SentenceAnalysis, analyse_sentence
from awol.extract.merge_words import told_as_background
from awol.extract.merging import (
    MERGE_WINDOW,
    Drafts,
    another_case,
    ongoing_search,
    part_of_group,
    recap,
    referent,
    same_group,
    same_person,
    wanted_state,
)
from awol.extract.names import NameMention, find_person_names
from awol.extract.places import PlaceMention
from awol.extract.places_dateline import labelled_paragraphs
from awol.extract.proposals import near_topic
from awol.extract.sentence_pool import STORY_WINDOW, Stages, forget, sentence_stages, state_key
from awol.extract.sentences import Sentence, clause_bounds
from awol.extract.story import place_there
from awol.extract.story_dates import Occurrence
from awol.extract.story_filters import verbless_heading
from awol.extract.trigger_find import find_triggers
from awol.extract.verdicts import Ahead, names_at
from awol.model import Figure

_SAME_PLACE_BACK = 5  # sentences before the one before that "in the same district" may mean


@dataclass(slots=True)
class Opening:
    """What the reading of the whole text gives the reading of its sentences (read by
    :func:`awol.extract.document._open`)."""

    lang: str
    lex: Lexicon
    text: str
    sentences: list[Sentence]
    topic: list[bool]  # (whether each names desertion)
    context: list[bool]  # (and whether each stands in the story's context: ``read["context"]``)
    ahead: int  # how many sentences before one that names desertion are in its story
    model: Any  # the sentence classifier (None: the rules alone)
    head_end: int  # where the headline ends in the text (0: no headline in it)
    verdicts: Any  # the classifier's verdicts, by sentence (the rescue's taken as said)
    relevance: Any  # the relevance model's, as read (:func:`~.verdicts.relevance_value`)
    pooled: Ahead | None  # the workers' readings of a long text's sentences, where they read them
    head_topic: bool  # the headline names desertion
    headed: dict[int, list]  # the headline's triggers read in the past tense, by sentence


@dataclass(slots=True)
class Story:
    """What the sentences read so far carry to the next, and what they gathered for the stages
    after them."""

    drafts: Drafts  # the events being assembled
    # a roundup's items, each a paragraph headed by a place ("Хабаровский край."): each tells
    # its own case (merging.compatible: ``Mention.item``)
    items: dict[int, PlaceMention]
    last_event_sentence: int = -10
    known_names: dict[str, int] = field(default_factory=dict)  # full name -> last sentence
    after_figure: bool = False
    after_heading: bool = False  # (the sentence before named a statistic with no number of it)
    last_date: str | None = None
    prev: SentenceAnalysis | None = None  # the sentence before (its places: where "there" is)
    prev_figures: bool = False  # (and whether it gave figures)
    earlier: list[SentenceAnalysis] = field(default_factory=list)  # the last few (prev last)
    groups: Groups = field(default_factory=Groups)
    # for the stages after the sentences
    armed: list[tuple[bool, int | None, int, int]] = field(default_factory=list)
    head: list[Mention] = field(default_factory=list)  # the headline's, kept apart
    told: set[int] = field(default_factory=set)  # the sentences that tell an event or a figure
    figures: list[tuple[int, Figure]] = field(default_factory=list)  # (sentence index, figure)
    head_figures: list[tuple[int, Figure]] = field(default_factory=list)
    courts: list[PlaceMention] = field(default_factory=list)  # places that name a court
    court_at: list[int] = field(default_factory=list)  # the sentence of each
    occurred: list[Occurrence] = field(default_factory=list)  # "the escape took place on May 24"
    days: dict[int, SentenceDays] = field(default_factory=dict)  # a figure sentence's days


class SentenceNames:
    """The person names of each sentence (:func:`~awol.extract.names.find_person_names`), read
    once: by the mention finder where a trigger asks, and by the story's people for them all."""

    def __init__(self, sentences: list, lang: str) -> None:
        self.sentences, self.lang = sentences, lang
        self.read: list[list[NameMention] | None] = [None] * len(sentences)

    def at(self, i: int) -> list[NameMention]:
        names = self.read[i]
        if names is None:
            names = self.read[i] = find_person_names(self.sentences[i].text, self.lang)
        return names

    def all(self, events: list) -> list[list[NameMention]] | None:
        """Every sentence's, where :func:`~awol.extract.people.name_from_story` reads them (an
        event that names no one); None where it does not."""
        if not events or all(e.names for e in events):
            return None
        return [self.at(i) for i in range(len(self.sentences))]


def names_of(read: dict, named: SentenceNames, i: int) -> list[NameMention]:
    """The person names of sentence ``i``: the workers', where they read them, else read once."""
    got = names_at(read["verdicts"], i)
    return named.at(i) if got is None else got


def read_story(
    op: Opening,
    published: str | None,
    read: dict,
    named: SentenceNames,
    sources: SourceChain,
    statements: ArticleStatements,
) -> Story:
    """Read the sentences in order: their mentions merged into the story's drafts (the
    headline's kept apart), their figures, and what the stages after them read."""
    story = Story(
        Drafts(published, op.head_end, op.lang), labelled_paragraphs(op.sentences, op.lang)
    )
    topic, ahead = op.topic, op.ahead
    for sent in op.sentences:
        # (or, where the language's coders read it so, a sentence right before one that names
        # desertion: a headline's "found dead" before the lead that says he had fled)
        in_story = sent.index - story.last_event_sentence <= STORY_WINDOW or any(
            topic[sent.index + 1 : sent.index + 1 + ahead]
        )
        op.context[sent.index] = op.context[sent.index] or in_story
        forget(story.known_names, sent.index - MERGE_WINDOW)
        as_of = story.figures[-1][1].as_of if story.figures else None
        if sent.index:  # "The figures cover 2025. In that time, ...": that period's end
            as_of = (
                period_told(
                    op.sentences[sent.index - 1].text,
                    sent.text,
                    op.lex,
                    published,
                    story.after_heading,
                )
                or as_of
            )
        an, figs, stages = _reading(op, story, sent, in_story, as_of, published, read, named, sources)  # fmt: skip
        statements.add(sent)
        if figs:
            _figures_told(op, story, sent, an, figs, published)
        story.after_figure = bool(figs)
        story.after_heading = heads_figures(an, figs, op.lex)
        if an.mentions:
            _weigh(op, sent, an)
        if stages is None:
            body = sent.start >= op.head_end
            stages = sentence_stages(an, an.mentions, op.lex, in_story, body, published)
        if stages.armed is not None:
            story.armed.append(stages.armed)
        if not an.mentions and in_story and not figs:
            right_after = sent.index - story.last_event_sentence == 1
            story.groups.quiet_sentence(an, sent.index, story.prev if right_after else None, op.lex)
        _tie(op, story, sent, an, read, named)
        _remember(story, sent, an, figs, stages)
    return story


def _reading(
    op: Opening,
    story: Story,
    sent: Sentence,
    in_story: bool,
    as_of: str | None,
    published: str | None,
    read: dict,
    named: SentenceNames,
    sources: SourceChain,
) -> tuple[SentenceAnalysis, list[Figure], Stages | None]:
    """A sentence's analysis and figures: the workers', where they read it with what this reader
    carries to it (with its :class:`~.sentence_pool.Stages`), else read here (no stages: read
    after its mentions are weighed)."""
    pooled, headed = op.pooled, op.headed
    got = (
        pooled.analysis(
            sent.index,
            state_key(in_story, story.after_figure, as_of, story.known_names, story.after_heading),
            sources,
        )
        if pooled is not None and sent.index not in headed
        else None
    )
    if got is not None:
        return got
    lex = op.lex
    verdict = op.verdicts.get(sent.index)
    triggers = [] if op.model is not None else None  # a sentence the classifier skipped has none
    if sent.index in headed:
        if verdict is not None:
            verdict = replace(verdict, found=with_headline(verdict.found, headed[sent.index]))
        else:
            own = find_triggers(sent.text, lex) if triggers is None else triggers
            triggers = with_headline(own, headed[sent.index])
    an = analyse_sentence(
        sent,
        lex,
        published,
        in_story,
        None,  # (the source is read from the chain: ``source_of``)
        story.known_names,
        story.after_figure or story.after_heading,
        verdict,
        triggers,
        op.topic[sent.index],
        partial(sources.source, sent.index),
        # (a long text's, read by workers; else read once, where a stage asks)
        _or(names_at(read["verdicts"], sent.index), partial(named.at, sent.index)),
        near_topic(op.topic, sent.index),
    )
    figs = find_figures(an, lex, published, story.after_figure, True, as_of, story.after_heading)
    return an, figs, None


def _figures_told(
    op: Opening,
    story: Story,
    sent: Sentence,
    an: SentenceAnalysis,
    figs: list[Figure],
    published: str | None,
) -> None:
    """A sentence's figures kept (the headline's apart), and its mentions that only restate them
    dropped."""
    # (what its sentence tells of days, read while its dates are the ones read)
    story.days[sent.index] = sentence_days(sent.text, op.lex, published)
    # a headline's figure is a rounded restatement of the body's ("more than 52,000")
    (story.head_figures if sent.start < op.head_end else story.figures).extend(
        (sent.index, f) for f in figs
    )
    fig_values = {f.value for f in figs}
    # an aggregate is not one happening: drop mentions that only restate it
    an.mentions = [
        m for m in an.mentions if m.count is not None and m.count not in fig_values and m.count < 40
    ]


def _weigh(op: Opening, sent: Sentence, an: SentenceAnalysis) -> None:
    """A sentence's mentions weighed against each other: which is its news, which only the
    background of another (``Mention.sole``, ``main``, ``background``, ``label``)."""
    lang, text = op.lang, op.text
    soon_after(an.mentions, sent.text)
    if len(an.mentions) > 1:
        # "put on a wanted list on charges of desertion": the charge is the ground
        an.mentions = drop_charge_as_ground(an.mentions, sent.text, lang)
    sole = len({m.type for m in an.mentions}) == 1
    relative = (
        {} if sole else {id(m): told_in_relative(sent.text, m.start, lang) for m in an.mentions}
    )
    heading = sent.start >= op.head_end and verbless_heading(text, sent.start, sent.end, lang)
    for m in an.mentions:
        m.sole = sole
        # a sentence reporting two types often tells one as the background of the other
        # ("found guilty of leaving the unit", "a pilot who deserted has been found
        # dead"): such a mention makes an event only where the classifier agrees; else
        # it only adds to one told elsewhere.  The main predicate of a sentence whose
        # other types are told only in relative clauses about its people is the news
        # ("a serviceman who fled his unit was declared wanted"), never the background.
        main = (
            not sole
            and not relative[id(m)]
            and all(relative[id(o)] for o in an.mentions if o.type != m.type)
        )
        m.main = main
        m.background = told_as_background(m, sole, main, sent.text, an.mentions, relative, lang)
        m.label = heading
        # "задержали военного, который находился в розыске": the search is the state
        # of the people detained; it adds to a search told elsewhere, makes none
        if (
            m.type == "wanted"
            and not sole
            and any(o.type == "detention" and not relative[id(o)] for o in an.mentions)
            and wanted_state(sent.text, m.start, m.end, relative[id(m)], lang)
        ):
            m.background = True


def _tie(
    op: Opening,
    story: Story,
    sent: Sentence,
    an: SentenceAnalysis,
    read: dict,
    named: SentenceNames,
) -> None:
    """A sentence's mentions tied to the story told before them (another case or the same
    one, the group, the place "there" names, the date "the same day" anchors to), then merged
    into the drafts (the headline's kept apart)."""
    lang, text = op.lang, sent.text
    prev = story.prev
    there: list[PlaceMention] | None = None
    # the group the sentence before counts, with its qualifier (read where needed)
    before: tuple[int, str] | int | None = None
    for m in an.mentions:
        if m.type == "wanted":
            m.ongoing = ongoing_search(text, m.start, op.lex)
        # ("поиски ещё одного дезертира продолжаются" is the manhunt told, not another)
        m.another = another_case(text, m.who, lang, None if m.ongoing else m.start, m.end, m.type)
        m.part = part_of_group(text, m.start, lang)
        m.recap = recap(text, lang)
        m.item = sent.paragraph if sent.paragraph in story.items else None
        m.same_person = same_person(text, m.start, lang)
        m.same_group = (
            m.type == "desertion"
            and m.count is None
            and not (m.additive or m.another)
            and same_group(text, m.start, lang)
        )
        if not m.names and prev is not None:
            # (the names of the sentence before: read once, as for the story's people)
            m.referent = referent(
                text, m.start, prev.sentence.text, lang, partial(names_of, read, named, prev.sentence.index),
                end=m.end if m.type in ("prosecution", "sentence") else None,
            )  # fmt: skip
        if m.count is None:
            cs, ce = clause_bounds(text, m.start)
            m.vague_group = vague_quantity(text[cs:ce], lang) is not None
        if m.there and prev is not None:
            if there is None:
                there = place_there(prev, lang)
            if there:
                m.places = there  # "there": the place the previous sentence named
            elif same_place(text, m.start, lang):
                # "found him in the same district a week later": the last place named in
                # the few sentences before, where the one right before names none
                m.places = next(
                    filter(None, (place_there(a, lang) for a in reversed(story.earlier[:-1]))), []
                )
        before = story.groups.count(m, text, an.mentions, prev, story.prev_figures, op.lex, before)
        if m.date is not None and m.date.anchor and story.last_date:
            anchored = resolve_offset(story.last_date, m.date.offset) if m.date.offset else None
            if anchored:
                m.date = replace(m.date, value=anchored)
        if sent.start < op.head_end:
            story.head.append(m)  # the headline announces what the body tells: kept apart
            continue
        story.drafts.merge(m)


def _remember(
    story: Story, sent: Sentence, an: SentenceAnalysis, figs: list[Figure], stages: Stages
) -> None:
    """What a sentence told, kept for the sentences after it and the stages after them."""
    story.prev, story.prev_figures = an, bool(figs)
    story.earlier = [*story.earlier[-_SAME_PLACE_BACK:], an]  # (what "the same district" may mean)
    for court in stages.courts:
        story.courts.append(court)
        story.court_at.append(sent.index)
    # (not "another incident took place on December 6": that is another happening)
    if stages.occurred is not None:
        story.occurred.append(stages.occurred)
    if an.mentions or figs:
        story.told.add(sent.index)  # (its dates are its events' or figures': no scene)
    if an.mentions:
        story.last_event_sentence = sent.index
        story.groups.told(sent.index, an.mentions)
        for m in an.mentions:
            for n in m.names:
                story.known_names.pop(n, None)
                story.known_names[n] = sent.index
            if m.date is not None and m.date.value:
                story.last_date = m.date.value


def _or(value, default):
    return default if value is None else value

"""Document level: from sentence mentions to events and figures.

- a document with no desertion words yields nothing (a drone strike report is not about deserters);
- mentions continue a *story*: a "story" trigger ("were detained") counts only in a sentence on the
  topic or close after one that reported an event;
- mentions of one happening told twice are merged into one event (same type, compatible date,
  count, place and names; "two more" is a new happening): :mod:`awol.extract.merging`;
- facts carry across sentences where news language carries them: plural anaphora ("the soldiers")
  takes the size of the group last counted; "armed"/"unarmed" said of a group carries to the other
  events of that group; "the same day"/"a month later" anchor to the previous event's date.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from awol.extract.argument_counts import anaphor_type
from awol.extract.argument_scope import told_in_relative
from awol.extract.arguments import same_place
from awol.extract.attribution import (
    SourceChain,
)
from awol.extract.carry import (
    bounded_month,
    carry_armed,
    carry_charge_flight,
    rest_count,
    rest_of_group,
    soon_after,
)
from awol.extract.charge_ground import drop_charge_as_ground
from awol.extract.chase_death import killed_when_caught
from awol.extract.classifier import get_model
from awol.extract.counts import find_counts, vague_quantity
from awol.extract.crime_next import drop_crime_told_next
from awol.extract.dates import resolve_offset
from awol.extract.descriptors import (
    who_before_name,
    who_described_after,
    who_from_sentence_before,
)
from awol.extract.document_apart import (
    figures_apart,
    figures_read,
    finished,
    named_apart,
    people_apart,
    sources_apart,
    sources_of_story,
    whole_text_indices,
)
from awol.extract.figure_dates import period_told
from awol.extract.figure_sources import ArticleStatements, own_count
from awol.extract.figure_state import SentenceDays, sentence_days
from awol.extract.figures import find_figures, heads_figures
from awol.extract.finish import (
    court_of_story,
    police_catch,
    search_where_fled,
    sentence_places,
    when_it_happened,
)
from awol.extract.flight_origin import place_flights
from awol.extract.group_size import count_group, size_told
from awol.extract.headline_tense import headline_triggers, with_headline
from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import Mention, SentenceAnalysis, analyse_sentence
from awol.extract.merge_words import told_as_background
from awol.extract.merging import (
    MERGE_WINDOW,
    Drafts,
    absorb_weak,
    another_case,
    charges_of_verdicts,
    filled,
    ongoing_search,
    part_of_group,
    recap,
    referent,
    same_group,
    same_person,
    wanted_state,
)
from awol.extract.names import NameMention, find_person_names
from awol.extract.one_man import drop_bare_search
from awol.extract.people import name_from_story
from awol.extract.people_described import who_described_of_name
from awol.extract.people_who import who_of_another
from awol.extract.places import PlaceMention
from awol.extract.places_abroad import caught_abroad
from awol.extract.places_dateline import (
    labelled_paragraphs,
    place_from_dateline,
    place_from_labels,
)
from awol.extract.places_home import place_at_home
from awol.extract.places_source import place_from_issuer
from awol.extract.places_story import open_town_from_story
from awol.extract.proposals import near_topic
from awol.extract.relevance_generic import drop_generic
from awol.extract.rescue import read_again, rescued
from awol.extract.scene import scene_of_catch
from awol.extract.sentence_pool import STORY_WINDOW, Stages, forget, sentence_stages, state_key
from awol.extract.sentences import clause_bounds, split_sentences_read
from awol.extract.statute_flight import drop_statute_flight
from awol.extract.story import army_country, place_there
from awol.extract.story_carry import carry_search_group, carry_story_person
from awol.extract.story_dates import Occurrence, date_in_the_story
from awol.extract.story_filters import (
    headline_totals,
    labels_only,
    names_desertion,
    prison_story,
    rest_at_large,
    restated_totals,
    unworded,
    verbless_heading,
    victim_follow_up,
)
from awol.extract.story_frames import framed_out
from awol.extract.trigger_find import find_triggers
from awol.extract.verdicts import (
    Ahead,
    abandon,
    names_at,
    names_read,
    on_topic,
    read_verdicts_ahead,
    relevance_value,
    settle,
)
from awol.extract.verify import LOCAL, local_features, verify, wanted
from awol.extract.who_story import who_of_named, who_of_pronoun, who_of_protagonist
from awol.model import Article, Event, Extraction, Figure
from awol.parallel import can_fork, workers

_SAME_PLACE_BACK = 5  # sentences before the one before that "in the same district" may mean


def extract_article(article: Article) -> Extraction:
    """Events and figures of one cleaned article (read again where the models are surer than
    the rules: :func:`.rescue.read_again`)."""
    out = read_again(article, _extract, get_model())
    events = verify(out.events, article.language or "")
    return out if events is out.events else replace(out, events=events)


def _extract(article: Article, read: dict, rescue: dict[int, str] | None = None) -> Extraction:
    """:func:`extract_article`; ``read`` gets the classifier's verdicts and the relevance;
    ``rescue``: the sentences whose event of a type is taken as said (:mod:`.rescue`)."""
    try:
        out = _read(article, read, rescue)
    except BaseException:
        abandon(read)  # (a long text's workers ended)
        raise
    settle(read)  # (a long text's verdicts read ahead: all read, the workers ended)
    return out


def _read(article: Article, read: dict, rescue: dict[int, str] | None) -> Extraction:
    lang = article.language
    if lang not in _supported():
        return Extraction(article)
    lex = get_lexicon(lang)
    text = article.text
    # (whether each names desertion: read once for both readers; a long text's in halves where
    # it may use more than one core, :func:`~awol.extract.sentences.split_sentences_read`)
    # (a text read again, :mod:`.rescue`: the sentences, their topic and the classifier's
    # verdicts of its first reading, which do not depend on what the rescue takes as said)
    first = read.get("first") if rescue is not None else None
    if first is not None and first.get("verdicts").__class__ is dict:
        sentences, topic = first["sentences"], first["topic"]
    else:
        first = None
        sentences, topic = split_sentences_read(
            text, lang, partial(_names_desertion, lex), workers() > 1 and can_fork()
        )
    ahead = int(lex.extra.get("story_ahead") or 0)
    # (a long text's are read by worker processes while this one reads its sentences)
    model = get_model()
    # the cleaner keeps the headline as the first paragraph of the text (context, evidence)
    title = article.title
    head_end = len(title) if title and text.startswith(title) else 0
    if first is not None:
        verdicts, relevance = first["verdicts"], first["relevance"]
    else:
        verdicts, relevance = read_verdicts_ahead(
            text,
            sentences,
            lex,
            article.title,
            topic,
            model,
            article.published,
            head_end if rescue is None else None,  # (workers read the sentences too: see below)
        )
    # (the workers' reading of each sentence, where they read them: taken where it was read
    # with what this reader carries to it, :mod:`.sentence_pool`)
    pooled = verdicts if rescue is None and isinstance(verdicts, Ahead) else None
    read["verdicts"], read["relevance"] = verdicts, relevance
    # (and, for a type recovered later, which sentences stand in the story's context)
    context = list(topic)
    read["sentences"], read["context"], read["topic"] = sentences, context, topic
    if rescue is not None:
        verdicts = {**verdicts, **{i: rescued(verdicts[i], t) for i, t in rescue.items()}}
    verdicts_read = model is not None
    head_topic = bool(article.title and on_topic(article.title, lex))
    # the headline's present tense read as the past it tells ("Seven contract soldiers escape from
    # training ground": round 50, recall50): its triggers, by sentence
    headed = {
        s.index: f
        for s in sentences
        if s.start < head_end
        and (f := headline_triggers(s.text, lex, _found(verdicts.get(s.index))))
    }
    # the classifier sure that a sentence tells a desertion puts the article on the topic (a
    # detention or a death is an event only in a desertion story); a lemma trigger about
    # desertion by itself ("defected", "дезертировавший") puts it there too, and so does a
    # trigger marked ``gate`` (a verb of leaving and a military place: "took off from the training
    # area", «снялись с позиций»; round 44, gate44) (all read last: they wait for all the verdicts)
    if (
        rescue is None
        and not head_topic
        and not on_topic(text, lex, not verdicts_read)
        and not (
            model is not None
            and any(v.probs.get("desertion", 0.0) >= model.topic for v in verdicts.values())
        )
        and not any(
            t.context == "none" or t.gate for v in verdicts.values() for t, _a, _b in v.found
        )
        and not any(t.context == "none" for f in headed.values() for t, _a, _b in f)
    ):
        return Extraction(article)
    # (a long text read on two cores: what the stages after the loop read of the whole text,
    # read here while a worker reads the first part: :func:`.document_apart.whole_text_indices`)
    army = whole_text_indices(text, lang) if pooled is not None else None
    drafts = Drafts(article.published, head_end, lang)
    # a roundup's items, each a paragraph headed by a place ("Хабаровский край."): each tells
    # its own case (merging.compatible: ``Mention.item``)
    items = labelled_paragraphs(sentences, lang)
    figures: list[tuple[int, Figure]] = []  # (sentence index, figure)
    # the sources the sentences name, for the figures and the events (read where they ask)
    named = _Names(sentences, lang)  # each sentence's person names, read once where asked
    # (the outlet's own information, "По нашим данным", is the article's outlet's; a speaker's
    # "she said", the person the sentences before name: their names read once, as here)
    sources = SourceChain(sentences, lex, article.outlet, partial(_names_of, read, named))
    statements = ArticleStatements(lex, text, sources.source)
    last_event_sentence = -10
    last_group: int | None = None
    last_qualifier = "exact"  # (its qualifier: "more than 100 ... the men" is at least 100)
    rest_group: int | None = None  # the last group fled or sought, told by its number
    accounted = 0  # (of it: how many were told caught or dead since)
    known_names: dict[str, int] = {}  # full name -> last sentence, oldest first
    after_figure = False
    after_heading = False  # (the sentence before named a statistic with no number of it)
    last_date: str | None = None
    armed_statements: list[tuple[bool, int | None, int, int]] = []
    prev: SentenceAnalysis | None = None  # the sentence before (its places: where "there" is)
    prev_figures = False  # (and whether it gave figures)
    earlier: list[SentenceAnalysis] = []  # the last few sentences (the one before, last)
    groups: list[tuple[int, int, str]] = []  # (sentence, size, qualifier) of the story's groups
    # the group a sentence with no event counts after "the soldiers" were told (its size and
    # qualifier): the one a later "these soldiers" speaks of too (round 45, count45)
    quiet_group: tuple[int, str] | None = None
    typed_groups: dict[str, int] = {}  # the last group counted by each event type
    untold: list[Mention] = []  # "the soldiers" told before any group was counted
    head: list[Mention] = []
    told: set[int] = set()  # the sentences that tell an event or a figure
    head_figures: list[tuple[int, Figure]] = []
    courts: list[PlaceMention] = []  # places that name a court, for verdicts told without one
    court_at: list[int] = []  # the sentence of each
    occurred: list[Occurrence] = []  # "the escape took place on May 24" (no event of its own)
    days: dict[int, SentenceDays] = {}  # a figure's sentence's days (figure_state.py)
    for sent in sentences:
        # (or, where the language's coders read it so, a sentence right before one that names
        # desertion: a headline's "found dead" before the lead that says he had fled)
        in_story = sent.index - last_event_sentence <= STORY_WINDOW or any(
            topic[sent.index + 1 : sent.index + 1 + ahead]
        )
        context[sent.index] = context[sent.index] or in_story
        forget(known_names, sent.index - MERGE_WINDOW)
        as_of = figures[-1][1].as_of if figures else None
        if sent.index:  # "The figures cover 2025. In that time, ...": that period's end
            as_of = (
                period_told(
                    sentences[sent.index - 1].text, sent.text, lex, article.published, after_heading
                )
                or as_of
            )
        got = (
            pooled.analysis(
                sent.index,
                state_key(in_story, after_figure, as_of, known_names, after_heading),
                sources,
            )
            if pooled is not None and sent.index not in headed
            else None
        )
        stages: Stages | None = None  # (read with the workers' reading, where taken)
        if got is not None:
            an, figs, stages = got
        else:
            verdict = verdicts.get(sent.index)
            triggers = [] if verdicts_read else None  # a sentence the classifier skipped has none
            if sent.index in headed:
                if verdict is not None:
                    verdict = replace(
                        verdict, found=with_headline(verdict.found, headed[sent.index])
                    )
                else:
                    own = find_triggers(sent.text, lex) if triggers is None else triggers
                    triggers = with_headline(own, headed[sent.index])
            an = analyse_sentence(
                sent,
                lex,
                article.published,
                in_story,
                None,  # (the source is read from the chain: ``source_of``)
                known_names,
                after_figure or after_heading,
                verdict,
                triggers,
                topic[sent.index],
                partial(sources.source, sent.index),
                # (a long text's, read by workers; else read once, where a stage asks)
                _or(names_at(read["verdicts"], sent.index), partial(named.at, sent.index)),
                near_topic(topic, sent.index),
            )
            figs = find_figures(
                an, lex, article.published, after_figure, True, as_of, after_heading
            )
        statements.add(sent)
        if figs:  # (what its sentence tells of days, read while its dates are the ones read)
            days[sent.index] = sentence_days(sent.text, lex, article.published)
            # a headline's figure is a rounded restatement of the body's ("more than 52,000")
            (head_figures if sent.start < head_end else figures).extend(
                (sent.index, f) for f in figs
            )
            fig_values = {f.value for f in figs}
            # an aggregate is not one happening: drop mentions that only restate it
            an.mentions = [
                m
                for m in an.mentions
                if m.count is not None and m.count not in fig_values and m.count < 40
            ]
        after_figure = bool(figs)
        after_heading = heads_figures(an, figs, lex)
        if an.mentions:
            soon_after(an.mentions, sent.text)
            if len(an.mentions) > 1:
                # "put on a wanted list on charges of desertion": the charge is the ground
                an.mentions = drop_charge_as_ground(an.mentions, sent.text, lang)
            sole = len({m.type for m in an.mentions}) == 1
            relative = (
                {}
                if sole
                else {id(m): told_in_relative(sent.text, m.start, lang) for m in an.mentions}
            )
            heading = sent.start >= head_end and verbless_heading(text, sent.start, sent.end, lang)
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
                m.background = told_as_background(
                    m, sole, main, sent.text, an.mentions, relative, lang
                )
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
        if stages is None:
            body = sent.start >= head_end
            stages = sentence_stages(an, an.mentions, lex, in_story, body, article.published)
        if stages.armed is not None:
            armed_statements.append(stages.armed)
        if not an.mentions and in_story:
            if not figs:
                # "More than 100 soldiers who refused to fight were flown to Yekaterinburg": the
                # size of the group the story's "the soldiers" speak of
                # (only for "the soldiers" told before it: a later "they" may be a part of it)
                size = _people_counted(an, lex) if untold else None
                if size:
                    groups.append((sent.index, *size))
                    quiet_group = quiet_group or size
                # "Soldiers fled. There were five of them.": the flight's size (fields46)
                if sent.index - last_event_sentence == 1 and prev is not None:
                    told_size = size_told(an, lang)
                    if told_size and count_group(prev.mentions, told_size):
                        groups.append((sent.index, *told_size))
                        last_group, last_qualifier = told_size
                        rest_group, accounted = told_size[0], 0
        there: list[PlaceMention] | None = None
        # the group the sentence before counts, with its qualifier (read where needed)
        before: tuple[int, str] | int | None = None
        for m in an.mentions:
            if m.type == "wanted":
                m.ongoing = ongoing_search(sent.text, m.start, lex)
            # ("поиски ещё одного дезертира продолжаются" is the manhunt told, not another)
            m.another = another_case(sent.text, m.who, lang, None if m.ongoing else m.start, m.end, m.type)  # fmt: skip
            m.part = part_of_group(sent.text, m.start, lang)
            m.recap = recap(sent.text, lang)
            m.item = sent.paragraph if sent.paragraph in items else None
            m.same_person = same_person(sent.text, m.start, lang)
            m.same_group = (
                m.type == "desertion"
                and m.count is None
                and not (m.additive or m.another)
                and same_group(sent.text, m.start, lang)
            )
            if not m.names and prev is not None:
                # (the names of the sentence before: read once, as for the story's people)
                m.referent = referent(
                    sent.text,
                    m.start,
                    prev.sentence.text,
                    lang,
                    partial(_names_of, read, named, prev.sentence.index),
                )
            if m.count is None:
                cs, ce = clause_bounds(sent.text, m.start)
                m.vague_group = vague_quantity(sent.text[cs:ce], lang) is not None
            if m.there and prev is not None:
                if there is None:
                    there = place_there(prev, lang)
                if there:
                    m.places = there  # "there": the place the previous sentence named
                elif same_place(sent.text, m.start, lang):
                    # "found him in the same district a week later": the last place named in
                    # the few sentences before, where the one right before names none
                    m.places = next(
                        filter(None, (place_there(a, lang) for a in reversed(earlier[:-1]))), []
                    )
            if m.type in _REST_TYPES and rest_of_group(sent.text, m.start, lang):
                # "Two were caught; a third was shot dead; the others are sought": the group
                # less its parts told since (not the nearest number, not the whole group)
                # (a group told earlier in the sentence itself is the one: «Четверо сбежали ...;
                # одного застрелили, остальных задержали»; round 44, count44)
                own = [o for o in an.mentions if o.start < m.start and _whole_group(o)]
                group, since = (own[-1].count, own[-1].start) if own else (rest_group, -1)
                parts = (0 if own else accounted) + sum(
                    o.count or 0
                    for o in an.mentions
                    if since < o.start < m.start and o.type in _PARTS
                )
                m.count, m.count_from = rest_count(group, parts), "rest"
                m.count_qualifier = "exact" if m.count else None
                m.plural_anaphora = False
            if m.plural_anaphora and m.count is None and typed_groups:  # "против задержанных"
                typed = typed_groups.get(anaphor_type(sent.text, m.start, lang) or "")
                if typed:
                    m.count, m.count_qualifier, m.count_from = typed, "exact", "anaphora"
            if m.plural_anaphora and m.count is None and before is None:
                # "Two conscripts from Tver were on leave. They failed to return": the group the
                # sentence right before counts, where it tells no event of its own and the story
                # has counted no group of its events yet (that group is the one spoken of)
                quiet = (
                    prev is not None and not prev.mentions and not prev_figures and not last_group
                )
                before = (_people_counted(prev, lex) if quiet else None) or 0
            if m.plural_anaphora and m.count is None and before:
                m.count, m.count_qualifier, m.count_from = *before, "anaphora"
            elif m.plural_anaphora and m.count is None and last_group:
                m.count, m.count_qualifier, m.count_from = last_group, last_qualifier, "anaphora"
            elif m.plural_anaphora and m.count is None and quiet_group:
                # ("The soldiers were held ... More than 100 soldiers who refused ... These
                # soldiers were under investigation": the group the earlier "the soldiers" took)
                m.count, m.count_qualifier, m.count_from = *quiet_group, "anaphora"
            elif m.plural_anaphora and m.count is None:
                untold.append(m)
            if m.date is not None and m.date.anchor and last_date:
                anchored = resolve_offset(last_date, m.date.offset) if m.date.offset else None
                if anchored:
                    m.date = replace(m.date, value=anchored)
            if sent.start < head_end:
                head.append(m)  # the headline announces what the body tells: kept apart
                continue
            drafts.merge(m)
        prev, prev_figures = an, bool(figs)
        earlier = [*earlier[-_SAME_PLACE_BACK:], an]  # (what "the same district" may mean)
        for court in stages.courts:
            courts.append(court)
            court_at.append(sent.index)
        # (not "another incident took place on December 6": that is another happening)
        if stages.occurred is not None:
            occurred.append(stages.occurred)
        if an.mentions or figs:
            told.add(sent.index)  # (its dates are its events' or figures': no scene)
        if an.mentions:
            last_event_sentence = sent.index
            for m in an.mentions:
                # (not one man and the comrade he left with: no group the story speaks of)
                if (
                    m.count
                    and m.count > 1
                    and m.count_from in ("number", "names")
                    and not m.companion
                ):
                    last_group = typed_groups[m.type] = m.count
                    last_qualifier = m.count_qualifier or "exact"
                    groups.append((sent.index, m.count, last_qualifier))
                for n in m.names:
                    known_names.pop(n, None)
                    known_names[n] = sent.index
                if m.date is not None and m.date.value:
                    last_date = m.date.value
            whole = [m.count for m in an.mentions if _whole_group(m)]
            if whole:
                rest_group, accounted = whole[0], 0  # (a group told: none of it accounted for)
            else:
                accounted += sum(m.count or 0 for m in an.mentions if m.type in _PARTS)
    # (a long text read on two cores: its figures read by a forked child while this process
    # makes the events: :func:`.document_apart.figures_apart`)
    figures_child = (
        figures_apart(
            figures or head_figures, sentences, lex, article.published, statements, days, told
        )
        if pooled is not None
        else None
    )
    _counted_later(untold, groups)
    # the headline's events only where the body does not tell one of that type; where it does,
    # the headline is one more telling of the first body event it is compatible with: it adds
    # its place, count and date ("В Омской области задержали троих дезертиров" above "Военная
    # полиция задержала беглецов"), and is its evidence where it states it best
    drafts.merge_steps()  # (a hand-over told alone in the body is the body's detention)
    body_types = {d.type for d in drafts.all}
    for m in head:
        if m.type not in body_types:
            drafts.merge(m)
        else:
            for d in drafts.all:
                if d.type == m.type and drafts.fits(d, m):
                    # (the evidence only where it tells at least as much as the body does)
                    m.retold = filled(m) < max(filled(x) for x in d.mentions)
                    d.mentions.append(m)
                    break
    drafts.merge_steps()  # (one in the headline)
    drafts.merge_background()
    figures = figures or head_figures
    done = restated_totals(labels_only(charges_of_verdicts(absorb_weak(drafts.all), lang)), lex)
    done = victim_follow_up(rest_at_large(headline_totals(done, lex), lex), sentences, lex)
    done = framed_out(done, sentences, lex)  # "Some were caught" after history, a plot (prec39)
    done = killed_when_caught(done, lex)  # a catch, then killed as he ran: a death (type38)
    if not any(topic) and not head_topic:
        done = unworded(done, lex)
    if pooled is None:
        army = army_country(text, lang)  # whose state charges, seeks and tries, by default
    # (a long text read on two cores: each event finished, half of them by a forked child)
    events = finished(done, article, army, sentence_places(done), pooled is not None)
    where = [d.mentions[0].sentence.index for d in done]
    # (a long text read on two cores: the story's people read by a child while this process
    # reads the events' places, dates and sources: :func:`.document_apart.people_apart`)
    people = (
        people_apart(events, done, sentences, where, lang, read) if pooled is not None else None
    )
    # (and the later events' sources read by another child: :func:`.document_apart.sources_apart`)
    sources_child = (
        sources_apart(events, where, statements, lang, sentences, text)
        if pooled is not None
        else None
    )
    when_it_happened(events, where, occurred)
    # "On Saturday, police stopped a car ... The officers handed him over": the catch's scene
    scene_of_catch(events, where, sentences, told, head_end, lang, article.published, _places(lang))
    place_flights(events, done, sentences, lang)  # "по поиску сбежавшего из X": where it was
    date_in_the_story(events, lang, article.published, text)
    search_where_fled(events, where, lang)
    place_at_home(events, where, sentences, lang)  # "задержали дома": where the story says he lives
    bounded_month(events, article.published)
    carry_armed(events, where, armed_statements, sentences, lang)
    court_of_story(events, courts, where, court_at)
    sources_of_story(events, where, statements, lang, sentences, text, sources_child)
    place_from_issuer(events, lang)  # "Об этом сообщает ГУ МВД по X": where a search was issued
    # "KAZAN, June 10 (Reuters) - The garrison military court ...": the lead's place
    place_from_dateline(events, where, sentences, text, head_end, lang)
    place_from_labels(events, sentences, lang)  # "Kaliningrad. The court ...": a label
    open_town_from_story(events, [s.text for s in sentences], lang)  # Pavlovsk: whose? (place32)
    caught_abroad(events, where, sentences, lang)  # "arrested on the other side" (place45)
    police_catch(events, lang, army)  # "Police caught four of them": the story's state
    if people is None or not named_apart(events, people.value()):
        name_from_story(events, done, sentences, where, lang, names_read(read) or named.all(events))
    carry_story_person(events, lang)
    carry_search_group(events, lex.additive)
    carry_charge_flight(events, lang, lex.people)
    who_before_name(events, lang)
    # "Старший лейтенант Павел X задержал ...": the catcher's title, not a who (who36)
    who_of_another(events, where, sentences, partial(_names_of, read, named), lang)
    who_from_sentence_before(events, sentences, lang)
    who_described_after(events, sentences, lang)  # "a man. The man, a reservist, ..." (who31)
    relevance = relevance_value(relevance)
    for e, d in zip(events, done, strict=True) if wanted() else ():  # (what the verifier reads)
        setattr(e, LOCAL, local_features(e, d.mentions, read["verdicts"], sentences, relevance,
                                         head_end, lang, article.published, rescue is not None))  # fmt: skip
    # (after the verifier's features, which read whether an event has a who: who39)
    who_of_named(events, where, sentences, lang)  # "Lieutenant Ivan X ... X was caught"
    who_described_of_name(events, where, sentences, lang)  # "X is an artilleryman. ... X fled"
    who_of_pronoun(events, where, sentences, lang)  # "eight of them fled ... they were charged"
    who_of_protagonist(events, where, sentences, lang)  # "A marine fled. ... his case" (who41)
    events = drop_generic(events, lang)  # "Courts often hand down suspended sentences." (doc28)
    events = drop_bare_search(events, lang)  # «Дезертиров ищут» in one man's story (prec37)
    events = drop_crime_told_next(events, sentences, lex)  # "He was found guilty under 332"
    events = drop_statute_flight(events, lex)  # «обвиняют в том, что больше месяца отсутствовал»
    if (
        relevance is not None
        and relevance < model.relevance_for(lang)
        and len(read["verdicts"]) >= model.relevance_min
    ):
        # an article about a law, a statistic or draft evasion: its figures, no happening
        events = []
    elif events and prison_story(text, events, lex):
        # an escape from prison, no desertion: the hunt is for escaped prisoners
        events = [e for e in events if names_desertion(e.evidence.text, lex)]
    told = figures_read(
        figures_child, figures, sentences, lex, article.published, statements, days, told
    )
    return Extraction(article, events, own_count(told, lex, article.outlet))


class _Names:
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

    def all(self, events: list[Event]) -> list[list[NameMention]] | None:
        """Every sentence's, where :func:`~awol.extract.people.name_from_story` reads them (an
        event that names no one); None where it does not."""
        if not events or all(e.names for e in events):
            return None
        return [self.at(i) for i in range(len(self.sentences))]


def _names_of(read: dict, named: _Names, i: int) -> list[NameMention]:
    """The person names of sentence ``i``: the workers', where they read them, else read once."""
    got = names_at(read["verdicts"], i)
    return named.at(i) if got is None else got


def _found(verdict) -> list:
    return verdict.found if verdict is not None else []


def _names_desertion(lex, text: str) -> bool:
    return bool(lex.topic.search(text))


def _places(lang: str):
    def find(text: str) -> list[PlaceMention]:
        from awol.extract.places import get_gazetteer

        return get_gazetteer().find(text, lang)

    return find


def _or(value, default):
    return default if value is None else value


# the events that speak of the rest of a group, and those that take a part of it out of reach
_REST_TYPES = ("wanted", "detention")
_PARTS = ("detention", "death")


def _whole_group(m: Mention) -> bool:
    """Does a flight or search tell a group by its number or names, not a part of one told
    before ("two more", "three of them")?"""
    return (
        m.type in ("desertion", "wanted")
        and (m.count or 0) > 1
        and m.count_from in ("number", "names")
        and not (m.part or m.additive or m.another)
    )


def _people_counted(an, lex) -> tuple[int, str] | None:
    """The size of a group of people a sentence with no event counts ("More than 100 soldiers who
    refused to fight were flown out"), with its qualifier (at_least): a count whose head is a
    word for people."""
    text = an.sentence.text
    if not lex.people.search(text):
        return None
    # (the analysis counts only the sentences with an event)
    for c in an.counts or find_counts(text, lex.lang):
        if c.value > 1 and c.head and lex.people.search(c.head):
            return c.value, c.qualifier or "exact"
    return None


def _counted_later(untold: list[Mention], groups: list[tuple[int, int, str]]) -> None:
    """ "The soldiers were held in a tent city. ... More than 100 soldiers who refused to fight":
    plural anaphora told before the story counts its group take the first group counted within
    STORY_WINDOW sentences after them (with its qualifier: "more than 100" is at_least)."""
    for m in untold:
        if m.count is not None:
            continue
        i = m.sentence.index
        later = [(size, q) for at, size, q in groups if i < at <= i + STORY_WINDOW]
        if later:
            m.count, m.count_qualifier, m.count_from = *later[0], "anaphora"


def _supported() -> set[str]:
    from awol.extract.lexicon import available_languages

    return set(available_languages())

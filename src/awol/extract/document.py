"""Document level: from sentence mentions to events and figures, in stages.

- a document with no desertion words yields nothing (a drone strike report is not about deserters):
  :func:`_open` reads the sentences, the classifier's verdicts and the topic;
- its sentences are read in order (:func:`.document_story.read_story`): mentions continue a
  *story*: a "story" trigger ("were detained") counts only in a sentence on the topic or close
  after one that reported an event; facts carry across sentences where news language carries
  them: plural anaphora ("the soldiers") takes the size of the group last counted
  (:mod:`.document_groups`); "the same day"/"a month later" anchor to the previous event's date;
- mentions of one happening told twice are merged into one event (same type, compatible date,
  count, place and names; "two more" is a new happening): :mod:`awol.extract.merging`; the
  headline's join the body's (:func:`_drafts_done`);
- the events are finished with what the story tells around them (:func:`_finish`: places, dates,
  courts, sources, people; "armed"/"unarmed" said of a group carries to the other events of that
  group), and those that tell no happening dropped (:func:`_kept`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from awol.extract.attribution import SourceChain
from awol.extract.carry import bounded_month, carry_armed, carry_charge_flight
from awol.extract.chase_death import killed_when_caught
from awol.extract.classifier import get_model
from awol.extract.crime_next import drop_crime_told_next
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
from awol.extract.document_story import (
    Opening,
    SentenceNames,
    Story,
    names_of,
    read_story,
)
from awol.extract.evidence_fields import fields_of_retelling
from awol.extract.figure_sources import ArticleStatements, own_count
from awol.extract.finish import (
    court_of_story,
    police_catch,
    search_where_fled,
    sentence_places,
    unplaced_flights,
    when_it_happened,
)
from awol.extract.flight_origin import place_flights
from awol.extract.headline_tense import headline_triggers
from awol.extract.lexicon import get_lexicon
from awol.extract.merging import (
    Draft,
    absorb_weak,
    charges_of_verdicts,
    filled,
)
from awol.extract.one_man import drop_bare_search
from awol.extract.people import name_from_story
from awol.extract.people_described import who_described_of_name, who_of_age
from awol.extract.people_who import who_of_another
from awol.extract.places import PlaceMention
from awol.extract.places_abroad import caught_abroad
from awol.extract.places_dateline import place_from_dateline, place_from_labels
from awol.extract.places_home import place_at_home
from awol.extract.places_source import place_from_issuer
from awol.extract.places_story import open_town_from_story
from awol.extract.quiet_story import drop_unsoldierly
from awol.extract.relevance_generic import drop_generic
from awol.extract.rescue import read_again, rescued
from awol.extract.scene import scene_of_catch
from awol.extract.sentences import split_sentences_read
from awol.extract.statute_flight import drop_statute_flight
from awol.extract.story import army_country
from awol.extract.story_carry import carry_search_group, carry_story_person
from awol.extract.story_dates import date_in_the_story
from awol.extract.story_filters import (
    headline_totals,
    labels_only,
    names_desertion,
    prison_story,
    rest_at_large,
    restated_totals,
    unworded,
    victim_follow_up,
)
from awol.extract.story_frames import framed_out
from awol.extract.verdicts import (
    Ahead,
    abandon,
    names_read,
    on_topic,
    read_verdicts_ahead,
    relevance_value,
    settle,
)
from awol.extract.verify import LOCAL, local_features, verify, wanted
from awol.extract.who_roles import drop_trial_role
from awol.extract.who_story import who_of_named, who_of_pronoun, who_of_protagonist
from awol.model import Article, Event, Extraction
from awol.parallel import can_fork, workers


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
    """The article's stages in order: opened, its sentences read, its drafts merged, its events
    finished and kept, its figures read."""
    op = _open(article, read, rescue)
    if op is None:
        return Extraction(article)
    lang, lex, text, sentences = op.lang, op.lex, op.text, op.sentences
    apart = op.pooled is not None  # (a long text read on two cores)
    # (a long text read on two cores: what the stages after the loop read of the whole text,
    # read here while a worker reads the first part: :func:`.document_apart.whole_text_indices`)
    army = whole_text_indices(text, lang) if apart else None
    # the sources the sentences name, for the figures and the events (read where they ask)
    named = SentenceNames(sentences, lang)  # each sentence's person names, read once where asked
    # (the outlet's own information, "По нашим данным", is the article's outlet's; a speaker's
    # "she said", the person the sentences before name: their names read once, as here)
    sources = SourceChain(sentences, lex, article.outlet, partial(names_of, read, named))
    statements = ArticleStatements(lex, text, sources.source)
    story = read_story(op, article.published, read, named, sources, statements)
    figures = story.figures or story.head_figures
    # (a long text read on two cores: its figures read by a forked child while this process
    # makes the events: :func:`.document_apart.figures_apart`)
    figures_child = (
        figures_apart(
            figures, sentences, lex, article.published, statements, story.days, story.told
        )
        if apart
        else None
    )
    story.groups.counted_later()
    done = _drafts_done(op, story)
    if not apart:
        army = army_country(text, lang)  # whose state charges, seeks and tries, by default
    # (a long text read on two cores: each event finished, half of them by a forked child)
    events = finished(done, article, army, sentence_places(done), apart)
    events = _finish(op, story, article, read, named, statements, events, done, army, rescue)
    told = figures_read(
        figures_child, figures, sentences, lex, article.published, statements, story.days,
        story.told,
    )  # fmt: skip
    return Extraction(article, events, own_count(told, lex, article.outlet))


def _open(article: Article, read: dict, rescue: dict[int, str] | None) -> Opening | None:
    """The text's sentences, whether each names desertion, and the classifier's verdicts of
    them (``read`` gets them); None where the article's language is not read or the article is
    not on the topic."""
    lang = article.language
    if lang not in _supported():
        return None
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
        return None
    return Opening(
        lang, lex, text, sentences, topic, context, ahead, model, head_end, verdicts, relevance,
        pooled, head_topic, headed,
    )  # fmt: skip


def _drafts_done(op: Opening, story: Story) -> list[Draft]:
    """The story's drafts with the headline's joined, merged, and those that tell no happening
    of their own dropped."""
    drafts, lex, lang, sentences = story.drafts, op.lex, op.lang, op.sentences
    # the headline's events only where the body does not tell one of that type; where it does,
    # the headline is one more telling of the first body event it is compatible with: it adds
    # its place, count and date ("В Омской области задержали троих дезертиров" above "Военная
    # полиция задержала беглецов"), and is its evidence where it states it best
    drafts.merge_steps()  # (a hand-over told alone in the body is the body's detention)
    body_types = {d.type for d in drafts.all}
    for m in story.head:
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
    done = restated_totals(labels_only(charges_of_verdicts(absorb_weak(drafts.all), lang)), lex)
    done = victim_follow_up(rest_at_large(headline_totals(done, lex), lex), sentences, lex)
    done = framed_out(done, sentences, lex)  # "Some were caught" after history, a plot (prec39)
    done = killed_when_caught(done, lex)  # a catch, then killed as he ran: a death (type38)
    if not any(op.topic) and not op.head_topic:
        done = unworded(done, lex)
    return done


def _finish(
    op: Opening,
    story: Story,
    article: Article,
    read: dict,
    named: SentenceNames,
    statements: ArticleStatements,
    events: list[Event],
    done: list[Draft],
    army,
    rescue: dict[int, str] | None,
) -> list[Event]:
    """The events finished with what the story tells around them (places, dates, courts,
    sources, people), then those kept (:func:`_kept`)."""
    lang, lex, text, sentences, head_end = op.lang, op.lex, op.text, op.sentences, op.head_end
    apart = op.pooled is not None
    where = [d.mentions[0].sentence.index for d in done]
    # (a long text read on two cores: the story's people read by a child while this process
    # reads the events' places, dates and sources: :func:`.document_apart.people_apart`)
    people = people_apart(events, done, sentences, where, lang, read) if apart else None
    # (and the later events' sources read by another child: :func:`.document_apart.sources_apart`)
    sources_child = (
        sources_apart(events, where, statements, lang, sentences, text) if apart else None
    )
    when_it_happened(events, where, story.occurred)
    # "On Saturday, police stopped a car ... The officers handed him over": the catch's scene
    scene_of_catch(
        events, where, sentences, story.told, head_end, lang, article.published, _places(lang)
    )
    place_flights(events, done, sentences, lang)  # "по поиску сбежавшего из X": where it was
    date_in_the_story(events, lang, article.published, text)
    search_where_fled(events, where, lang)
    place_at_home(events, where, sentences, lang)  # "задержали дома": where the story says he lives
    bounded_month(events, article.published)
    carry_armed(events, where, story.armed, sentences, lang)
    court_of_story(events, story.courts, where, story.court_at)
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
    who_of_another(events, where, sentences, partial(names_of, read, named), lang)
    who_from_sentence_before(events, sentences, lang)
    who_described_after(events, sentences, lang)  # "a man. The man, a reservist, ..." (who31)
    relevance = relevance_value(op.relevance)
    for e, d in zip(events, done, strict=True) if wanted() else ():  # (what the verifier reads)
        setattr(e, LOCAL, local_features(e, d.mentions, read["verdicts"], sentences, relevance,
                                         head_end, lang, article.published, rescue is not None))  # fmt: skip
    # (after the verifier's features, which read whether an event has a who: who39)
    drop_trial_role(events, lang)  # «подсудимый» is the trial's who only (who54)
    who_of_named(events, where, sentences, lang)  # "Lieutenant Ivan X ... X was caught"
    who_described_of_name(events, where, sentences, lang)  # "X is an artilleryman. ... X fled"
    who_of_pronoun(events, where, sentences, lang)  # "eight of them fled ... they were charged"
    who_of_protagonist(events, where, sentences, lang)  # "A marine fled. ... his case" (who41)
    who_of_age(events, lang)  # "the 31-year-old decided not to go back" (people53)
    drop_trial_role(events, lang)  # (and not carried back by the story's descriptors: who54)
    events = _kept(op, events, relevance, read)
    # the body's day and place of an event told in the headline or lead (evid54)
    fields_of_retelling(events, sentences, read["verdicts"], head_end, lex, article.published,
                        _places(lang))  # fmt: skip
    unplaced_flights(events, army)  # no country of its own, none by default (place55)
    return events


def _kept(op: Opening, events: list[Event], relevance: float | None, read: dict) -> list[Event]:
    """The finished events that tell a happening: not a generic statement, a bare search in one
    man's story, a crime told next, a statute's wording; none in an article about a law or a
    statistic, and only those that name desertion in a prison escape's."""
    lang, lex, model = op.lang, op.lex, op.model
    events = drop_generic(events, lang)  # "Courts often hand down suspended sentences." (doc28)
    events = drop_bare_search(events, lang)  # «Дезертиров ищут» in one man's story (prec37)
    events = drop_crime_told_next(events, op.sentences, lex)  # "He was found guilty under 332"
    events = drop_statute_flight(events, lex)  # «обвиняют в том, что больше месяца отсутствовал»
    events = drop_unsoldierly(events, op.sentences, op.head_end, lex)  # no soldier (quiet54)
    if (
        relevance is not None
        and relevance < model.relevance_for(lang)
        and len(read["verdicts"]) >= model.relevance_min
    ):
        # an article about a law, a statistic or draft evasion: its figures, no happening
        events = []
    elif events and prison_story(op.text, events, lex):
        # an escape from prison, no desertion: the hunt is for escaped prisoners
        events = [e for e in events if names_desertion(e.evidence.text, lex)]
    return events


def _found(verdict) -> list:
    return verdict.found if verdict is not None else []


def _names_desertion(lex, text: str) -> bool:
    return bool(lex.topic.search(text))


def _places(lang: str):
    def find(text: str) -> list[PlaceMention]:
        from awol.extract.places import get_gazetteer

        return get_gazetteer().find(text, lang)

    return find


def _supported() -> set[str]:
    from awol.extract.lexicon import available_languages

    return set(available_languages())

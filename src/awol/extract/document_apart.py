"""A long text's stages read apart: where the document's reader (:func:`awol.extract.document._read`)
read its sentences on more than one core, the workers have ended with its loop and a core is
free, so what the stages after the loop read that no later stage changes is read by a forked
child (:class:`awol.parallel.Apart`) while the reader goes on: the figures (:func:`figures_apart`),
the story's people (:func:`people_apart`), the later half of the events' sources
(:func:`sources_apart`), and each event finished from its draft (:func:`finished`, in halves).
Each gives the same as read in order, here (the tests read both); a child that fails is read
here.  And what those stages read of the text as a whole, read while a worker reads the first
part (:func:`whole_text_indices`), so the children inherit it.
"""

from __future__ import annotations

from dataclasses import replace

from awol.extract import attribution_story, figure_sources
from awol.extract.article_sources import figures_of, source_of_story
from awol.extract.figure_sources import ArticleStatements
from awol.extract.finish import finish
from awol.extract.merging import Draft
from awol.extract.people import name_from_story
from awol.extract.story import army_country
from awol.extract.verdicts import names_read
from awol.model import Article, Event, Figure
from awol.parallel import Apart, can_fork, map_halves


def whole_text_indices(text: str, lang: str) -> str | None:
    """What the stages after the loop read of a long text as a whole, read now (each a function
    of the text alone): the one-pass indices its sources read (the capitalised words inside a
    sentence, :func:`~awol.extract.figure_sources.index_inside`; in English the places of each
    capitalised word, :func:`~awol.extract.attribution_story.index_spots`), and the army it is about
    (:func:`~awol.extract.story.army_country`, returned).  Each index was made where first
    asked: by this reader after the loop (the earlier events' sources), and again by each child
    forked then (the figures' and the later sources' children made their own: 0.2-0.25 s per
    5 MB each).  Made in the loop's time (a worker reads meanwhile), they are off the reader's
    serial end, and the children inherit them."""
    figure_sources.index_inside(text)
    # (a_person_source: English)
    if lang == "en" and len(text) >= attribution_story.SPOTS_MIN_CHARS:
        attribution_story.index_spots(text)
    return army_country(text, lang)


# the figures of a long text read on two cores from which they are read by a forked child
# (:func:`figures_apart`; fewer: the fork costs more than it saves)
FIGURES_APART_MIN = 100


def figures_apart(
    figures: list[tuple[int, Figure]],
    sentences: list,
    lex,
    published: str | None,
    statements: ArticleStatements,
    days: dict | None = None,
    events: set[int] | None = None,
) -> Apart | None:
    """The article's figures (:func:`figures_of`) read by a forked child where the text was
    read on more than one core (the workers have ended with the loop: a core is free) and it
    holds many, while this process makes the events: they are all found by the loop's end, and
    what they read (the sentences and their statements, read where asked) nothing after it
    changes.  None where no child can be forked (read here, at the end)."""
    if len(figures) < FIGURES_APART_MIN or not can_fork():
        return None
    try:
        return Apart(figures_of, figures, sentences, lex, published, statements, days, events)
    except OSError:  # pragma: no cover - no process to be had: read here
        return None


def figures_read(
    child: Apart | None,
    figures: list[tuple[int, Figure]],
    sentences: list,
    lex,
    published: str | None,
    statements: ArticleStatements,
    days: dict | None = None,
    events: set[int] | None = None,
) -> list[Figure]:
    """The article's figures: the child's (:func:`figures_apart`), else (no child, or it
    failed) read here."""
    told = child.value() if child is not None else None
    if told is None:
        told = figures_of(figures, sentences, lex, published, statements, days, events)
    return told


# the events of a long text read on two cores from which the story's people are read by a
# forked child (:func:`people_apart`; fewer: the fork costs more than it saves)
PEOPLE_APART_MIN = 200


def people_apart(
    events: list[Event], done: list[Draft], sentences: list, where: list[int], lang: str, read: dict
) -> Apart | None:
    """The story's people (:func:`~awol.extract.people.name_from_story`) read by a forked child
    where the text was read on more than one core (the workers have ended: a core is free) and
    it holds many events, while this process reads the stages before it (the events' places,
    dates, courts and sources).  They write none of what it reads (each event's names, count
    and its qualifier, who, evidence; the drafts, the sentences and their names), nor does it
    write what they read: run before them or beside them, it gives the same.  None where no
    child can be forked."""
    if len(events) < PEOPLE_APART_MIN or not can_fork() or all(e.names for e in events):
        return None
    named = names_read(read)
    if named is None:
        return None
    try:
        return Apart(story_people_of, events, done, sentences, where, lang, named)
    except OSError:  # pragma: no cover - no process to be had: read here
        return None


def finished(
    done: list[Draft], article: Article, army: str | None, shared, two_cores: bool
) -> list[Event]:
    """Each event finished from its draft (:func:`~awol.extract.finish.finish`); a long text's
    read on two cores with many, half of them by a forked child (an event is a function of its
    draft alone)."""
    if two_cores and len(done) >= PEOPLE_APART_MIN and can_fork():
        return map_halves(finish, done, article, army, shared)
    return [finish(d, article, army, shared) for d in done]


def story_people_of(
    events: list[Event], done: list[Draft], sentences: list, where: list[int], lang: str, named
) -> list[tuple]:
    """(In the child of :func:`people_apart`) each event's names, count and its qualifier as
    :func:`~awol.extract.people.name_from_story` leaves them (one pickle: lists shared between
    events stay shared)."""
    name_from_story(events, done, sentences, where, lang, named)
    return [(e.names, e.count, e.count_qualifier) for e in events]


def named_apart(events: list[Event], got: list[tuple] | None) -> bool:
    """The child's reading (:func:`people_apart`) given to ``events``; False where it has none
    (the child failed: the caller reads the story's people here)."""
    if got is None or len(got) != len(events):
        return False
    for e, (names, count, qualifier) in zip(events, got, strict=True):
        if not e.names:  # (it names only the events that name no one)
            e.names, e.count, e.count_qualifier = names, count, qualifier
    return True


# (the events from which a long text's sources are read in halves, one by a forked child)
SOURCES_APART_MIN = 200


def sources_apart(
    events: list[Event],
    where: list[int],
    statements: ArticleStatements,
    lang: str,
    sentences: list,
    text: str,
) -> tuple[int, Apart] | None:
    """The sources of the later half of the events (:func:`source_of_story`, from ``half``
    on) read by a forked child while this process reads the events' places and dates and then
    the sources of the earlier half: an event's source is a function of the event's own source,
    evidence and sentence and of the article's sentences and statements (what it reads of the
    other events is only their memos), and the stages before it write none of those, so read
    apart, in halves, it gives the same.  None where they are few (the fork costs more than it
    saves) or no child can be forked (all read here)."""
    if len(events) < SOURCES_APART_MIN or not can_fork():
        return None
    half = len(events) // 2
    try:
        return half, Apart(
            sources_of, events[half:], where[half:], statements, lang, sentences, text
        )
    except OSError:  # pragma: no cover - no process to be had: read here
        return None


def sources_of(
    events: list[Event],
    where: list[int],
    statements: ArticleStatements,
    lang: str,
    sentences: list,
    text: str,
) -> list[str | None]:
    """(In the child of :func:`sources_apart`) each event's source as
    :func:`source_of_story` leaves it."""
    source_of_story(events, where, statements, lang, sentences, text)
    return [e.source for e in events]


def sources_of_story(
    events: list[Event],
    where: list[int],
    statements: ArticleStatements,
    lang: str,
    sentences: list,
    text: str,
    apart: tuple[int, Apart] | None,
) -> None:
    """:func:`source_of_story` of all the events, the later half's read by the child of
    :func:`sources_apart` where there is one (read here where it failed)."""
    if apart is None:
        source_of_story(events, where, statements, lang, sentences, text)
        return
    half, child = apart
    head = events[:half]
    source_of_story(head, where[:half], statements, lang, sentences, text)
    events[:half] = head
    got = child.value()
    rest = events[half:]
    if got is None or len(got) != len(rest):
        source_of_story(rest, where[half:], statements, lang, sentences, text)
        events[half:] = rest
        return
    for k, (e, source) in enumerate(zip(rest, got, strict=True)):
        if e.source != source:
            events[half + k] = replace(e, source=source)

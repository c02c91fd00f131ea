"""The sentence stage of a long text read by worker processes, ahead of the reader.

The document level (:func:`awol.extract.document._read`) reads the sentences in order, and what
it asks of each one (:func:`~awol.extract.mentions.analyse_sentence`, then
:func:`~awol.extract.figures.find_figures`) depends on the sentence, on the classifier's verdict
(read by the workers already: :mod:`awol.extract.verdicts`), and on four things the sentences
before it leave: whether it is in a story (an event mention within ``STORY_WINDOW`` sentences),
the full names the mentions of the last ``MERGE_WINDOW`` sentences named (in order, with the
sentence of each), whether the sentence before gave a figure, and the date of the last figure
of the body (:func:`state_key`).  A worker reads a part of the sentences as the reader would,
starting ``WARMUP`` sentences before it with nothing carried (a mention 60 sentences back is
forgotten by then, and a story six sentences long is over), and sends each sentence's reading
with the four things it was read with.  The reader takes a sentence's reading from the worker
only where those four are the ones it carries itself (else it reads the sentence again): the
same readings, so the same extraction (tests/extract/test_verdicts_ahead.py), whatever the
chunk and the warm-up.

With each reading goes what the reader's loop reads of the sentence for the article's later
stages (its armed statement, its courts, when "it took place": :func:`sentence_stages`), a
function of the reading and of whether it is in a story: the reader takes it with the reading.

A reading is sent pickled, the sentence and the lexicon's triggers by reference (the reader's
own objects), and what it leaves to read later (its source, its counts and dates) as a mark the
reader turns back into the same reading from its own chain of sources (:func:`restore`).
"""

from __future__ import annotations

import copyreg
import io
import pickle
import re
from collections.abc import Callable
from functools import partial
from operator import itemgetter
from typing import Any, NamedTuple

from awol.extract.attribution import Source, SourceChain
from awol.extract.carry import armed_statement
from awol.extract.figures import find_figures, heads_figures
from awol.extract.lexicon import Trigger
from awol.extract.mentions import SentenceAnalysis, analyse_sentence, sentence_arguments
from awol.extract.merging import MERGE_WINDOW
from awol.extract.places import PlaceMention
from awol.extract.prefilter import filtered
from awol.extract.proposals import near_topic
from awol.extract.sentences import Sentence
from awol.extract.story_courts import court_places, names_a_court
from awol.extract.story_dates import Occurrence, occurrence

STORY_WINDOW = 6  # sentences after an event mention that may continue its story
# sentences a worker reads before its part, carrying nothing in: more than MERGE_WINDOW (the
# names carried), many times STORY_WINDOW, and most parts meet a figure in them (its date)
WARMUP = 120

_ARGUMENTS = "arguments"  # (marks: what a reading leaves to read later, sent as a word)
_SOURCE = "source"


def forget(known: dict[str, int], before: int) -> None:
    """Drop the names last seen before sentence ``before`` (the dict is oldest first)."""
    while known:
        name = next(iter(known))
        if known[name] >= before:
            return
        del known[name]


def state_key(
    in_story: bool,
    after_figure: bool,
    as_of: str | None,
    known: dict[str, int],
    after_heading: bool = False,
) -> tuple:
    """What a sentence's reading depends on besides the sentence (see the module)."""
    return (in_story, after_figure, as_of, tuple(known.items()), after_heading)


class Stages(NamedTuple):
    """What the reader's loop reads of one sentence besides its reading, for the article's
    stages (:func:`sentence_stages`)."""

    armed: tuple | None  # "All 10 men were reportedly unarmed" (carry.armed_statement)
    courts: list[PlaceMention]  # the places naming a court (for verdicts told without one)
    occurred: Occurrence | None  # "the escape took place on May 24" (story_dates.occurrence)


NOTHING = Stages(None, [], None)


def sentence_stages(
    an: SentenceAnalysis,
    mentions: list,
    lex,
    in_story: bool,
    body: bool,
    published: str | None,
) -> Stages:
    """The stages :func:`awol.extract.document._read` reads of a sentence besides its mentions,
    in its order: the armed statement of a sentence of a story with no event (``mentions``: its
    mentions, the figures' restatements left out), the courts it names, and, in the body
    (``body``) of a sentence with no event that tells no other happening, when and where "it
    took place".  A function of the reading and of ``in_story``, so a worker reads it for the
    reader with the reading (:func:`analyse_part`), where the reader takes the reading."""
    text = an.sentence.text
    lang = lex.lang
    armed: list = []
    if not mentions and in_story:
        armed_statement(an, lex, armed)
    courts = court_places_of(text, an, lang)
    occ = None
    if not mentions and body and not lex.additive.search(text):
        # (it reads the places itself where the analysis has not)
        occ = occurrence(text, an.sentence.index, lang, published, an.read_places or [])
    if not armed and not courts and occ is None:
        return NOTHING
    return Stages(armed[0] if armed else None, courts, occ)


def court_places_of(text: str, an: SentenceAnalysis, lang: str) -> list[PlaceMention]:
    """The places naming a court in one sentence (the gazetteer reads a sentence the analysis
    skipped only when it has a court word)."""
    places = an.read_places
    if places is None:  # (not read yet: only where it names a court)
        if not names_a_court(text, lang):
            return []
        places = an.places
    if not places and _COURT_WORD.search(text):
        from awol.extract.places import get_gazetteer

        places = get_gazetteer().find(text, lang)
    return court_places(text, places, lang) if places else []


_COURT_WORD = filtered(re.compile(r"\b(?:court|tribunal|суд)", re.IGNORECASE))


def _stages_unread(
    an: SentenceAnalysis, mentions: list, lex, in_story: bool, body: bool, published
) -> Stages | None:
    """(A worker) :func:`sentence_stages`, leaving the reading as it found it (what they read
    of it on the way, its counts and dates, its places, is read again by the reader where it
    asks: the same); None for :data:`NOTHING` (most sentences: nothing is sent)."""
    kept = an.pending, an.read_counts, an.read_dates, an.read_places
    try:
        stages = sentence_stages(an, mentions, lex, in_story, body, published)
    finally:
        an.pending, an.read_counts, an.read_dates, an.read_places = kept
    return None if stages is NOTHING else stages


def analyse_part(
    sentences: list[Sentence],
    lex,
    published: str | None,
    topic: list[bool],
    head_end: int,
    start: int,
    stop: int,
    verdict_of: Callable[[int], Any],
    names_of: Callable[[int], list],
) -> tuple[list[tuple[int, tuple, tuple | None, Stages | None]], dict]:
    """Each sentence of ``sentences[start:stop]`` read as :func:`awol.extract.document._read`
    reads it (from ``WARMUP`` sentences before, nothing carried in): (index, :func:`state_key`,
    the (analysis, figures) with what it leaves to read later marked, or None for a bare
    reading with no figure: :func:`bare`, and its :func:`sentence_stages`, None for nothing).
    A worker sends them pickled as one (:func:`dump_part`); the reader keeps those of a part
    it reads itself as they are.  And what the sentences of the part that were read say of
    their source (for the reader's chain,
    :meth:`~awol.extract.attribution.SourceChain.know`: its later stages ask for them)."""
    ahead = int(lex.extra.get("story_ahead") or 0)
    sources = SourceChain(sentences, lex)
    last_event = -10
    known: dict[str, int] = {}
    after_figure = False
    after_heading = False  # (the sentence before named a statistic with no number of it)
    as_of: str | None = None
    out = []
    for i in range(max(0, start - WARMUP), stop):
        sent = sentences[i]
        in_story = i - last_event <= STORY_WINDOW or any(topic[i + 1 : i + 1 + ahead])
        forget(known, i - MERGE_WINDOW)
        key = state_key(in_story, after_figure, as_of, known, after_heading)
        an = analyse_sentence(
            sent,
            lex,
            published,
            in_story,
            None,
            known,
            after_figure or after_heading,
            verdict_of(i),
            [],
            topic[i],
            partial(sources.source, i),
            partial(names_of, i),
            near_topic(topic, i),
        )
        figs = find_figures(an, lex, published, after_figure, True, as_of, after_heading)
        mentions = an.mentions
        if figs:
            if sent.start >= head_end:  # (the headline's figures are kept apart)
                as_of = figs[-1].as_of
            values = {f.value for f in figs}
            mentions = [
                m
                for m in mentions
                if m.count is not None and m.count not in values and m.count < 40
            ]
        after_figure = bool(figs)
        after_heading = heads_figures(an, figs, lex)
        if i >= start:
            stages = _stages_unread(an, mentions, lex, in_story, sent.start >= head_end, published)
            out.append((i, key, None if not figs and _bare(an) else _marked(an, figs), stages))
        if mentions:
            last_event = i
            for m in mentions:
                for n in m.names:
                    known.pop(n, None)
                    known[n] = i
    return out, sources.own_read(start, stop)


def _bare(an: SentenceAnalysis) -> bool:
    """Whether ``an`` is the reading of a sentence with nothing to read (most of a long text's:
    no trigger, no count, no date, no place, its source not read yet): :func:`bare` makes the
    same reading from the sentence (nothing is sent but that it is bare).  Every field but the
    source equal to :func:`bare`'s of its sentence (:func:`_bare_fields`: the sentence and
    whether it names desertion are its own in both; one C comparison, not a reading made and
    its fields walked for each sentence: 4-6 -> 1-1.5 us of the worker's each, at load 9)."""
    src = an.read_source
    if src is None or src.__class__ is Source:
        return False
    rest, values = _BARE_FIELDS or _bare_fields()
    return rest(vars(an)) == values


def _bare_fields() -> tuple[Callable[[dict], tuple], tuple]:
    """The fields of :func:`bare`'s reading besides its sentence, whether it names desertion and
    its source (the fields :func:`_bare` compares), and their values (the same for every
    sentence: ``tests/extract/test_bare_readings.py`` checks it)."""
    mine = vars(bare(None, False, None))  # type: ignore[arg-type]
    keys = tuple(k for k in mine if k not in ("sentence", "on_topic", "read_source"))
    assert len(keys) > 1  # (itemgetter of two keys or more gives a tuple)
    _BARE_FIELDS[:] = (itemgetter(*keys), tuple(mine[k] for k in keys))
    return _BARE_FIELDS[0], _BARE_FIELDS[1]


_BARE_FIELDS: list = []


def bare(sent: Sentence, on_topic: bool, source_of: Any) -> SentenceAnalysis:
    """The reading of a sentence with nothing to read (as
    :func:`~awol.extract.mentions.analyse_sentence` makes it), its source read by ``source_of``
    where asked."""
    return SentenceAnalysis(sent, [], [], [], [], source_of, on_topic)


def _ref(kind: str, k: int) -> Any:
    """The reader's own sentence or trigger ``k`` (a reading being loaded: :func:`load`)."""
    sentences, triggers = _LOADING
    return sentences[k] if kind == "s" else triggers[k]


_LOADING: tuple = ((), ())


def dump_part(analysed: list, keys: dict[int, int]) -> bytes:
    """(A worker) the readings of a part (:func:`analyse_part`) pickled as one, the reader's
    sentences and the lexicon's triggers by reference (``keys``: the triggers by id; a trigger
    made for a sentence, a recovered one, is sent whole): :func:`load_part` reads it back."""

    def trigger(t: Trigger) -> Any:
        k = keys.get(id(t))
        return (_ref, ("t", k)) if k is not None else t.__reduce_ex__(pickle.HIGHEST_PROTOCOL)

    table = copyreg.dispatch_table.copy()
    table[Sentence] = lambda s: (_ref, ("s", s.index))
    table[Trigger] = trigger
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = table
    pickler.dump(analysed)
    return buf.getvalue()


def load_part(blob: bytes, sentences: list[Sentence], triggers: list[Trigger]) -> list:
    """A worker's readings of a part (:func:`dump_part`), with the reader's own sentences and
    triggers."""
    global _LOADING
    _LOADING = (sentences, triggers)
    try:
        return pickle.loads(blob)
    finally:
        _LOADING = ((), ())


def _marked(an: SentenceAnalysis, figs: list) -> tuple[SentenceAnalysis, list]:
    """``(an, figs)`` with what ``an`` leaves to read later marked (:func:`load` reads it from
    the reader's chain of sources)."""
    if an.pending is not None:
        an.pending = _ARGUMENTS  # type: ignore[assignment]
    src = an.read_source
    if src is not None and src.__class__ is not Source:
        an.read_source = _SOURCE
    return an, figs


def load(
    blob: tuple | None,
    i: int,
    sentences: list[Sentence],
    triggers: list[Trigger],
    lex,
    published: str | None,
    sources: SourceChain,
    topic: list[bool] | None = None,
) -> tuple[SentenceAnalysis, list]:
    """A worker's reading of sentence ``i`` (:func:`analyse_part`), with the reader's sentence
    and triggers, and what it left to read later read from ``sources`` where asked (None: a
    bare reading, :func:`bare`, whether it names desertion read from ``topic``)."""
    if blob is None:
        assert topic is not None
        return bare(sentences[i], topic[i], partial(sources.source, i)), []
    an, figs = blob
    if an.pending is not None:
        text = an.sentence.text
        an.pending = lambda: sentence_arguments(text, lex, published, sources.source(i))
    if an.read_source.__class__ is str:
        an.read_source = partial(sources.source, i)
    return an, figs

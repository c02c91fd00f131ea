"""The sentence classifier's reading of an article's sentences (its verdict on each candidate
sentence, and the relevance of the whole article), and whether a text is on the topic.

(Split from :mod:`awol.extract.document`, which calls them.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from awol.extract.classifier import Candidate, document_features, get_model, iter_candidates
from awol.extract.lexicon import elided_copy
from awol.extract.mentions import Verdict
from awol.extract.names import NameMention, find_person_names
from awol.extract.proposals import rules as proposal_rules
from awol.extract.recent import add_preread, clear_preread
from awol.extract.sentence_pool import (
    NOTHING,
    WARMUP,
    Stages,
    analyse_part,
    dump_part,
    load,
    load_part,
)
from awol.extract.tokens import LEMMA, Token
from awol.parallel import LAST, Parts, can_fork, workers


def read_verdicts(
    sentences: list, lex, title: str | None, topic: list[bool] | None = None, model: Any = False
) -> tuple[dict[int, Verdict], float | None]:
    """The sentence classifier's reading of each candidate sentence (none without a model), and
    the probability that the article reports a happening at all (the relevance model's reading
    of its candidate sentences; None without that model or candidates).  ``topic``: which
    sentences name desertion; ``model``: the sentence model, where the caller has it."""
    if model is False:
        model = get_model()
    if model is None:
        return {}, None
    out = {}

    def read():
        for c in iter_candidates(sentences, lex, title, topic):
            out[c.index] = Verdict(
                model.predict_index(c.feature_index),
                c.cues,
                c.found,
                model.recover_for(lex.lang),
                model.confirm_for(lex.lang),
                model.veto,
                model.lemma_for(lex.lang),
                c.blocked or {},
            )
            yield c

    feats = document_features(read(), lex.lang)  # reads every candidate, once
    return out, model.predict_document(feats) if out else None


def on_topic(text: str, lex, lemmas: bool = True) -> bool:
    """Desertion words, or a trigger that is about desertion by itself ("fled his unit"; with
    ``lemmas``, a lemma trigger too, where the classifier has not read the sentences)."""
    if lex.topic.search(text):
        return True
    if any(t.context == "none" and t.pattern.search(text) for t in lex.triggers):
        return True
    if not lemmas:
        return False
    from awol.extract.trigger_find import lemma_triggers as _lemma_triggers

    return any(t.context == "none" for t, _a, _b in _lemma_triggers(text, lex, None))


# A long text's sentences are read on all the cores (:mod:`awol.parallel`): above this
# many characters and where more than one is free (``AWOL_WORKERS`` sets the number of processes,
# the reader among them; 1 reads in one), the reader reads its parts from the first on and
# ``processes - 1`` forked workers theirs from the last back, the whole sentence stage of each
# (:mod:`awol.extract.sentence_pool`), until the two ends meet.
PARALLEL_MIN_CHARS = 500_000  # (characters: an article has a few thousand)
# sentences per part: at most CHUNK, and fewer towards the end of the text (a quarter of what
# is left per process, down to LAST_CHUNK): the reader, which goes through the parts in order,
# waits at the end for the last part a worker holds (the shorter, the less), while the parts
# before are long (each part is read from WARMUP sentences before it: the longer, the less
# read twice)
CHUNK = 4000
LAST_CHUNK = 500
# a very long text's parts are longer, up to LONG_CHUNK, where each process still has
# PARTS_EACH of them before the shortening: every part but the first pays its warm-up (20 MB,
# 196,617 sentences on two processes: 56 parts and 6,600 sentences read twice with CHUNK alone,
# 27 and 3,120 with parts of 12,000); a text of up to PARTS_EACH * CHUNK sentences per process
# (64,000 on two: ~6.5 MB) keeps parts of CHUNK
LONG_CHUNK = 12_000
PARTS_EACH = 8
MAX_WORKERS = 7  # (besides the reader)

_JOB: tuple = ()  # (sentences, lex, title, topic, the triggers' keys): read by forked workers
_HERE = False  # (a part read by the reader itself, between its own: see Ahead._between)


def read_verdicts_ahead(
    text: str,
    sentences: list,
    lex,
    title: str | None,
    topic: list[bool],
    model: Any = False,
    published: str | None = None,
    head_end: int | None = None,
) -> tuple[Mapping[int, Verdict], Any]:
    """:func:`read_verdicts`, for a long text (``PARALLEL_MIN_CHARS``) with more than one core
    read in parts (:class:`Ahead`), by the reader from the first on and by worker processes
    from the last back: the verdicts as a mapping that waits for the ones it is asked for, and
    the relevance as a :class:`Relevance` (its ``value()``).  The same verdicts and relevance
    (tests/extract/test_verdicts_ahead.py).  With ``head_end`` (where the headline ends in the
    text) the workers read the whole sentence stage of their parts
    (:mod:`awol.extract.sentence_pool`: :meth:`Ahead.analysis`); without (a text read again,
    :mod:`awol.extract.rescue`), what the sentences with a trigger hold that depends on their
    text alone (the dates, against ``published``, the numbers and the places: :func:`_preread`;
    the reader's finders take it from there: :func:`awol.extract.recent.preread`)."""
    n = workers()
    if model is False:
        model = get_model()
    if (
        model is None
        or len(text) < PARALLEL_MIN_CHARS
        or n < 2
        or len(sentences) <= CHUNK
        or not can_fork()
    ):
        return read_verdicts(sentences, lex, title, topic, model)
    try:
        processes = min(n - 1, MAX_WORKERS, -(-len(sentences) // CHUNK) - 1)
        ahead = Ahead(sentences, lex, title, topic, model, processes, published, head_end)
    except OSError:  # pragma: no cover - no process to be had: read in this one
        return read_verdicts(sentences, lex, title, topic, model)
    return ahead, Relevance(ahead)


def names_read(read: dict) -> list[list[NameMention]] | None:
    """The person names of each sentence, where workers read them (a long text read ahead)."""
    verdicts = read.get("verdicts")
    return verdicts.names() if isinstance(verdicts, Ahead) else None


def names_at(verdicts: Any, i: int) -> list[NameMention] | None:
    """The person names of sentence ``i``, where workers read them and its part has come."""
    if isinstance(verdicts, Ahead) and i < len(verdicts.named):
        return verdicts.named[i]
    return None


def relevance_value(relevance: Any) -> float | None:
    """The relevance :func:`read_verdicts` or :func:`read_verdicts_ahead` gave, read."""
    return relevance.value() if isinstance(relevance, Relevance) else relevance


def settle(read: dict) -> None:
    """What a reading of a long text read ahead left to read, read (and its workers ended):
    ``read["verdicts"]`` a dict, ``read["relevance"]`` its value."""
    verdicts = read.get("verdicts")
    if isinstance(verdicts, Ahead):
        try:
            read["relevance"] = relevance_value(read.get("relevance"))
            read["verdicts"] = dict(verdicts.items())
        finally:
            verdicts.close()
            verdicts.forget()
            # (with the parts' stats: the readings the reader asked for and took, the rest read
            # again on its critical path; benchmarks/bench_extract.py prints them)
            LAST.update(readings_asked=verdicts.asked, readings_taken=verdicts.taken)


def abandon(read: dict) -> None:
    """A reading stopped by an error: the workers of a long text read ahead ended."""
    verdicts = read.get("verdicts")
    if isinstance(verdicts, Ahead):
        verdicts.close()
        verdicts.forget()


def _triggers(lex) -> list:
    """The trigger objects a sentence's matches are made of (by their place in this list: a
    worker sends their keys, not the objects)."""
    out = list(lex.triggers)
    for rules in (lex.lemma_rules or {}).values():
        out.extend(r.trigger for r in rules)
    # and the proposals' (:mod:`.proposals`: sent whole, a copy would no longer be one of them)
    out.extend(p.trigger for p in proposal_rules(lex.lang)[0])
    # and their copies for a clause whose verb is left out (made here, before the workers start)
    return out + [elided_copy(t) for t in out]


def spans(n: int, processes: int) -> list[tuple[int, int]]:
    """The parts of ``n`` sentences read by ``processes`` (the reader among them): ``CHUNK``
    sentences each (a very long text's longer: :func:`part_size`), then, where what is left is
    less than ``2 * processes`` parts of it, half of what is left over the processes, down to
    ``LAST_CHUNK`` (or ``CHUNK`` where less; the last part takes a rest shorter than that)."""
    out = []
    a = 0
    least = min(LAST_CHUNK, CHUNK)
    chunk = part_size(n, processes)
    while a < n:
        size = max(least, min(chunk, -(-(n - a) // (2 * processes))))
        if n - a - size < least:  # (no short part after the last)
            size = n - a
        out.append((a, min(a + size, n)))
        a += size
    return out


def part_size(n: int, processes: int) -> int:
    """The longest part of ``n`` sentences read by ``processes``: ``CHUNK``, or, for a very long
    text, what gives each process ``PARTS_EACH`` parts, up to ``LONG_CHUNK`` (a part is read
    from ``WARMUP`` sentences before it: the fewer parts, the fewer read twice)."""
    return max(CHUNK, min(LONG_CHUNK, n // (PARTS_EACH * max(processes, 1))))


def _part(k: int) -> tuple | None:
    """Part ``k`` of the job (in a worker): :func:`_chunk`."""
    return _chunk(_JOB[-1][k])


def _chunk(span: tuple[int, int]) -> tuple | None:
    """The verdicts of the candidate sentences of ``sentences[start:stop]`` (in a worker): each
    candidate's (index, probabilities, cues, trigger matches by key, blocked), the lemmas of them
    all (for the relevance model) and the person names of each sentence of the part (for the
    story's people, :func:`awol.extract.people.name_from_story`); where the job has the
    headline's end, each sentence's reading (:func:`~awol.extract.sentence_pool.analyse_part`)
    in place of the trigger sentences' arguments read ahead; None where a match is of a
    trigger the keys do not know (the reader then reads the part itself)."""
    sentences, lex, title, topic, keys, model, published, head_end, _spans = _JOB
    start, stop = span
    out = []
    lemmas: set[str] = set()
    pre = []
    analysed: list = []
    own: dict = {}
    verdicts: dict[int, Verdict] = {}  # (for the sentence stage, where it is read here)
    first = start if head_end is None else max(0, start - WARMUP)
    for c in iter_candidates(sentences, lex, title, topic, first, stop):
        probs = model.predict_index(c.feature_index)
        if head_end is not None:
            verdicts[c.index] = _verdict(model, lex.lang, probs, c.cues, c.found, c.blocked)
        if c.index < start:
            continue
        found = []
        for t, a, b in c.found:
            k = keys.get(id(t))
            if k is None:
                return None
            found.append((k, a, b))
        out.append((c.index, probs, c.cues, found, c.blocked))
        lemmas.update(map(LEMMA, c.tokens))
        if c.found and head_end is None:
            pre.append((c.index, _preread(sentences[c.index].text, lex, published, c)))
    named = [find_person_names(s.text, lex.lang) for s in sentences[start:stop]]
    if head_end is not None:

        def names_of(i: int) -> list[NameMention]:
            if i >= start:
                return named[i - start]
            return find_person_names(sentences[i].text, lex.lang)

        analysed, own = analyse_part(
            sentences, lex, published, topic, head_end, start, stop, verdicts.get, names_of
        )
        if not _HERE:  # (a worker's: sent pickled as one; the reader's own part kept as read)
            analysed = dump_part(analysed, keys)
    return start, stop, out, lemmas, named, pre, analysed, own


def _verdict(model, lang: str, probs, cues, found, blocked) -> Verdict:
    return Verdict(
        probs,
        cues,
        found,
        model.recover_for(lang),
        model.confirm_for(lang),
        model.veto,
        model.lemma_for(lang),
        blocked or {},
    )


def _preread(text: str, lex, published: str | None, c: Candidate) -> dict:
    """What a sentence with a trigger holds that depends on its text alone, as its finders keep
    it ((finder, arguments) -> result, :func:`awol.extract.recent.preread`): its dates (against
    ``published``), its numbers, its places, its own source and the reading of each trigger
    that its clause does not block (:func:`awol.extract.scope.not_a_happening`); read by a
    worker for the reader, which asks for them where a trigger passes its gates."""
    from awol.extract.attribution import own_source
    from awol.extract.counts import _candidates, may_count
    from awol.extract.dates import find_dates
    from awol.extract.places import get_gazetteer
    from awol.extract.scope import not_a_happening

    lang = lex.lang
    found: dict = {("dates", (lang, published)): tuple(find_dates(text, lang, published))}
    if may_count(text, lang):
        found["counts", lang] = tuple(_candidates(text, lang))
    found["places", lang] = tuple(get_gazetteer().find(text, lang))
    found["source", lang] = own_source(text, lex)
    blocked = c.blocked or {}
    for t, a, b in c.found:
        if not blocked.get((t.type, a, b)):
            found["scope", (t.type, a, b, lang)] = not_a_happening(text, t.type, a, b, lex)
    return found


class Ahead(Mapping):
    """The verdicts of a long text's sentences, read in parts of ``CHUNK`` sentences shared out
    by :class:`~awol.parallel.Parts`: each process (this reader and the forked workers)
    takes the first part nobody has taken. The reader goes through the parts in order: it reads
    here a part nobody has taken when it reaches it, takes a worker's part as it comes back, and,
    while a worker is still reading the part it needs next, reads the next free part as a worker
    would instead of waiting. Asking for a sentence's verdict waits for its part (iterating, for all). The
    candidates' features for the relevance model are kept as each part comes."""

    def __init__(
        self,
        sentences,
        lex,
        title,
        topic,
        model,
        processes: int,
        published: str | None = None,
        head_end: int | None = None,
    ) -> None:
        global _JOB
        self.sentences, self.lex, self.title, self.topic, self.model = (
            sentences,
            lex,
            title,
            topic,
            model,
        )
        self.triggers = _triggers(lex)
        keys = {id(t): k for k, t in enumerate(self.triggers)}
        self.done: dict[int, Verdict] = {}
        self.upto = 0  # the sentences before this one are read
        self.candidates: list[Candidate] = []  # (for the relevance model: its features only)
        self.named: list[list[NameMention]] = []  # the person names of each sentence read
        self.preread: list[list[str]] = []  # the texts each part read ahead (kept two parts)
        # each sentence's reading by the workers, with what it was read with (where they read
        # the sentence stage: ``head_end`` given), until the reader asks for it
        self.analysed: dict[int, tuple[tuple, tuple | None, Stages | None]] = {}
        self.published = published
        self.own: list[dict] = []  # what the parts' sentences say of their source, as read
        self.taken = 0  # (the readings the reader took, of those it asked for)
        self.asked = 0
        parts = spans(len(sentences), processes + 1)
        self.job = (sentences, lex, title, topic, keys, model, published, head_end, parts)
        _JOB = self.job
        try:
            self.pool: Parts | None = Parts(_part, len(parts), processes, self._between)
        finally:
            _JOB = ()
        self.spans = iter(enumerate(parts))

    def _between(self, k: int) -> tuple | None:
        """Part ``k`` read in this process as a worker reads it (while a worker reads the
        reader's next part), its readings kept as they are (not pickled: they stay here)."""
        global _JOB, _HERE
        _JOB, _HERE = self.job, True
        try:
            return _part(k)
        finally:
            _JOB, _HERE = (), False

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    def forget(self) -> None:
        """What the workers read ahead of the sentences, forgotten (the reading is over)."""
        for texts in self.preread:
            clear_preread(texts)
        self.preread = []

    def _next(self) -> bool:
        k, span = next(self.spans, (None, None))
        if span is None:
            self.close()
            return False
        part = None
        if self.pool is not None and not self.pool.mine(k):
            part = self.pool.result(k)  # (None: a worker failed, or met a trigger unknown)
        if part is None:  # (the reader's own part: read here, in this process)
            self._read_here(span)
            return True
        start, stop, found, lemmas, named, pre, analysed, own = part
        assert (start, stop) == span
        if analysed.__class__ is bytes:  # (a worker's readings, pickled as one)
            analysed = load_part(analysed, self.sentences, self.triggers)
        self.named.extend(named)
        for i, key, blob, stages in analysed:
            self.analysed[i] = (key, blob, stages)
        self.own.append(own)
        # (the reader is in the part before this one: the one before that is forgotten)
        if len(self.preread) >= 2:
            clear_preread(self.preread.pop(0))
        texts = []
        for i, read in pre:
            text = self.sentences[i].text
            add_preread(text, read)
            texts.append(text)
        self.preread.append(texts)
        lang = self.lex.lang
        m = self.model
        first = True
        for i, probs, cues, keyed, blocked in found:
            triggers = [(self.triggers[k], a, b) for k, a, b in keyed]
            self.done[i] = Verdict(
                probs,
                cues,
                triggers,
                m.recover_for(lang),
                m.confirm_for(lang),
                m.veto,
                m.lemma_for(lang),
                blocked or {},
            )
            # (the relevance model reads the lemmas of all the candidates: the part's, once)
            toks = [Token(x, x, 0, 0) for x in sorted(lemmas)] if first else []
            self.candidates.append(Candidate(i, toks, cues, triggers, blocked, (), lang))
            first = False
        self.upto = stop
        return True

    def _read_here(self, span: tuple[int, int]) -> None:
        m, lang = self.model, self.lex.lang
        for c in iter_candidates(self.sentences, self.lex, self.title, self.topic, *span):
            self.done[c.index] = Verdict(
                m.predict_index(c.feature_index),
                c.cues,
                c.found,
                m.recover_for(lang),
                m.confirm_for(lang),
                m.veto,
                m.lemma_for(lang),
                c.blocked or {},
            )
            self.candidates.append(c)
        self.named.extend(
            find_person_names(s.text, self.lex.lang) for s in self.sentences[span[0] : span[1]]
        )
        self.upto = span[1]

    def analysis(self, i: int, key: tuple, sources) -> tuple[Any, list, Stages] | None:
        """The workers' reading of sentence ``i`` (its analysis, figures and
        :func:`~awol.extract.sentence_pool.sentence_stages`), where they read it with ``key``
        (:func:`~awol.extract.sentence_pool.state_key`); else None (the reader reads it).
        Asked once per sentence, in order."""
        self._until(i)
        if self.own:
            for own in self.own:  # (the reader's chain of sources learns what they read)
                sources.know(own)
            self.own = []
        got = self.analysed.pop(i, None)
        self.asked += 1
        if got is None or got[0] != key:
            return None
        self.taken += 1
        an, figs = load(
            got[1], i, self.sentences, self.triggers, self.lex, self.published, sources, self.topic
        )
        return an, figs, got[2] or NOTHING

    def _until(self, i: int) -> None:
        while self.upto <= i and self._next():
            pass

    def get(self, i, default=None):
        self._until(i)
        return self.done.get(i, default)

    def __getitem__(self, i):
        self._until(i)
        return self.done[i]

    def __contains__(self, i) -> bool:
        self._until(i)
        return i in self.done

    def _all(self) -> None:
        while self._next():
            pass

    def names(self) -> list[list[NameMention]]:
        """The person names of each sentence (as :func:`~awol.extract.names.find_person_names`
        reads them)."""
        self._all()
        return self.named

    def __iter__(self):
        self._all()
        return iter(self.done)

    def __len__(self) -> int:
        self._all()
        return len(self.done)


class Relevance:
    """The relevance of a long text read ahead (:class:`Ahead`): read from all its candidates."""

    def __init__(self, ahead: Ahead) -> None:
        self.ahead = ahead
        self.read: tuple[float | None] | None = None

    def value(self) -> float | None:
        if self.read is None:
            a = self.ahead
            a._all()
            feats = document_features(iter(a.candidates), a.lex.lang)
            self.read = (a.model.predict_document(feats) if a.done else None,)
        return self.read[0]

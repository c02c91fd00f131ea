"""Which event types does a sentence report?  A small learned model that checks the rules.

The trigger patterns (``lang/*/events.yaml``) propose events; this classifier, trained on the
hand-coded corpora by ``awol train`` (:mod:`awol.extract.train`), scores each candidate sentence
(one holding a trigger or a cue lemma) for each event type.  The document level uses the scores
to confirm story triggers far from a topic word, to drop proposals real news does not mean as
events (a law, a habit, a victim's death) and to recover events the patterns miss.

Features are hashed (lemmas, lemma pairs, the rules' triggers, a little context), so the model
file holds numbers only: no vocabulary, no names, no article text.  One logistic regression per
event type; prediction is a sum of weights, numpy only.
"""

from __future__ import annotations

import json
import math
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from awol.extract.tokens import LEMMA, Token
from awol.model import EVENT_TYPES

MODEL_PATH = Path(__file__).parent / "models" / "sentences.npz"
N_FEATURES = 1 << 18


_HASHES: dict[str, int] = {}  # feature -> index: a long text repeats its words and pairs


def _h(feature: str) -> int:
    i = _HASHES.get(feature)
    if i is None:
        if len(_HASHES) >= 500_000:
            _HASHES.clear()
        i = _HASHES[feature] = zlib.crc32(feature.encode("utf-8")) % N_FEATURES
    return i


@dataclass(frozen=True)
class Context:
    """What the document says around a sentence."""

    head_topic: bool  # the title or the lead is about desertion
    prev_topic: bool  # the sentence before names desertion
    topic: bool  # this sentence names desertion
    index: int  # sentence number in the text (0 = first)


def cue_types(toks: list[Token], cues: dict[str, tuple[str, ...]]) -> dict[str, Token]:
    """The event types whose cue lemmas the sentence holds, with the first such word.

    ``cues``: lemma -> the event types it is a cue of (:func:`_cue_index`)."""
    out: dict[str, Token] = {}
    if cues.keys().isdisjoint(map(LEMMA, toks)):  # (most sentences hold none: tested in C)
        return out
    for t in toks:
        for etype in cues.get(t.lemma, ()):
            if etype not in out:
                out[etype] = t
    return out


def features(
    toks: list[Token],
    triggers: list[tuple[str, str, bool]],
    ctx: Context,
    lang: str,
    extra: Iterable[str] = (),
) -> list[str]:
    """The features of one sentence: lemmas, lemma pairs, the stems of longer lemmas (``STEM``),
    rule triggers (type, context, blocked), context flags and ``extra`` (cue types, the sentence
    before).  ``triggers`` are (type, context, blocked) of the patterns that match."""
    lemmas = [t.lemma for t in toks]
    out = [f"{lang}:w:{x}" for x in lemmas]
    out += [f"{lang}:b:{a}_{b}" for a, b in zip(lemmas, lemmas[1:], strict=False)]
    if STEM:
        out += [f"{lang}:s:{s}" for x in lemmas if (s := _stem(x))]
    return out + _rest(triggers, ctx, len(toks), lang, tuple(extra))


# sub-word features: a lemma of at least STEM + 2 letters also gives its first STEM letters, so a
# word never seen with a type shares a feature with the words of its family that were
# ("дезертирство" / "дезертировать", "absconder" / "abscond"); 0: none
STEM = 0
# one model per language: the rules' triggers, the context flags and the bias are features of
# their language too (else shared by both languages, only the words are per language)
PER_LANGUAGE = False
# the cue types of the title (else of the first sentence) as features of every sentence: the title
# says what the story is about
HEAD_CUES = False
# the cue types of the sentences before and after, and the trigger types of the one after, as
# features ("pq:", "nq:", "n:"): a story goes on across sentences, whatever words each one uses
NEIGHBOURS = False
# the classes of the sentence's arguments that do not depend on the trigger word (``classes:`` in
# ``lang/*/events.yaml``: a state actor, a group of servicemen, a legal phrase, a time), alone
# and with each cue type of the sentence ("a:", "x:"), shared by both languages
ARGUMENTS = False
# the lemmas within WINDOW words of each cue word or rule trigger, with its type ("k:"): what is
# said next to the word that tells the type ("detained ... for desertion") rather than anywhere in
# the sentence; 0: none.  Round 15, scripts/repeated_cv.py --repeats 5 against none: WINDOW 2
# EN -0.008 RU -0.005, WINDOW 3 EN -0.017 RU -0.006 (more words for the same few sentences, as
# the neighbours' and the arguments' features of round 14): off
WINDOW = 0


def _stem(lemma: str) -> str:
    return lemma[:STEM] if len(lemma) >= STEM + 2 and lemma.isalpha() else ""


def _rest(
    triggers: list[tuple[str, str, bool]],
    ctx: Context,
    n_tokens: int,
    lang: str,
    extra: tuple[str, ...],
) -> list[str]:
    """The features other than words: rule triggers, context flags, bias and ``extra``."""
    rest = []
    for etype, context, blocked in triggers:
        rest.append(f"t:{etype}:{context}:{int(blocked)}")
        rest.append(f"t:{etype}")
    rest.append(f"c:head:{int(ctx.head_topic)}")
    rest.append(f"c:prev:{int(ctx.prev_topic)}")
    rest.append(f"c:topic:{int(ctx.topic)}")
    rest.append(f"c:pos:{min(ctx.index, 3)}")
    rest.append(f"c:len:{min(n_tokens // 10, 5)}")
    rest.append("bias")
    rest.extend(extra)
    return [f"{lang}|{f}" for f in rest] if PER_LANGUAGE else rest


_WORD_INDEX: dict[str, dict[str, int]] = {}  # lang -> lemma -> index of its word feature
_PAIR_INDEX: dict[str, dict[tuple[str, str], int]] = {}  # lang -> lemma pair -> index
_STEM_INDEX: dict[str, dict[str, int]] = {}  # lang -> lemma -> index of its stem feature (-1: none)


def _indices(index: dict, keys: list, make: Callable[[Any], int]) -> set[int]:
    """The feature indices of ``keys``, kept in ``index`` (one look-up per key in C; Python only
    for the keys not seen yet, whose index ``make`` computes once)."""
    out = set(map(index.get, keys))
    if None in out:
        out = set()
        for k in keys:
            i = index.get(k)
            if i is None:
                i = index[k] = make(k)
            out.add(i)
    return out


def _stem_index(lang: str) -> Callable[[str], int]:
    """The index maker of the stem features of ``lang`` (-1: a lemma with no stem)."""

    def make(x: str) -> int:
        s = _stem(x)
        return _h(f"{lang}:s:{s}") if s else -1

    return make


def feature_index(
    toks: list[Token],
    triggers: list[tuple[str, str, bool]],
    ctx: Context,
    lang: str,
    extra: Iterable[str] = (),
) -> list[int]:
    """``hashed(features(toks, triggers, ctx, lang) + extra)``, without writing out the word and
    pair features: their indices are kept per lemma and per pair of lemmas (a long text repeats
    its words)."""
    words = _WORD_INDEX.setdefault(lang, {})
    pairs = _PAIR_INDEX.setdefault(lang, {})
    if len(words) >= 200_000:
        words.clear()
    if len(pairs) >= 500_000:
        pairs.clear()
    lemmas = list(map(LEMMA, toks))
    out = _indices(words, lemmas, lambda x: _h(f"{lang}:w:{x}"))
    out |= _indices(
        pairs,
        list(zip(lemmas, lemmas[1:], strict=False)),
        lambda pair: _h(f"{lang}:b:{pair[0]}_{pair[1]}"),
    )
    if STEM:
        stems = _STEM_INDEX.setdefault(lang, {})
        if len(stems) >= 200_000:
            stems.clear()
        stem_ids = _indices(stems, lemmas, _stem_index(lang))
        stem_ids.discard(-1)
        out |= stem_ids
    # the other features take few values (trigger types, flags, cue types): their indices are
    # kept per combination
    pos, size = min(ctx.index, 3), min(len(toks) // 10, 5)
    key = (
        lang,
        tuple(triggers),
        ctx.head_topic,
        ctx.prev_topic,
        ctx.topic,
        pos,
        size,
        tuple(extra),
    )
    ids = _REST_INDEX.get(key)
    if ids is None:
        if len(_REST_INDEX) >= 20_000:
            _REST_INDEX.clear()
        ids = _REST_INDEX[key] = tuple(hashed(_rest(triggers, ctx, len(toks), lang, tuple(extra))))
    out.update(ids)
    return sorted(out)


_REST_INDEX: dict[tuple, tuple[int, ...]] = {}  # (triggers, context, extra) -> their indices


def document_features(cands: Iterable[Candidate], lang: str) -> list[str]:
    """The features of a whole article for the relevance model: the lemmas of its candidate
    sentences (those holding a trigger or a cue word), the trigger types and contexts and the cue
    types they hold, and how many there are.  An article about a law or about draft evasion uses
    desertion words too, but not the words of a happening.  The candidates are read one at a
    time (a long text's are not all held at once)."""
    feats: set[str] = set()
    lemmas: set[str] = set()
    n = 0
    for c in cands:
        n += 1
        lemmas.update(map(LEMMA, c.tokens))
        feats.update(f"d:t:{t.type}:{t.context}" for t, _a, _b in c.found)
        feats.update(f"d:q:{q}" for q in c.cues)
    feats.update(f"{lang}:d:{x}" for x in lemmas)
    feats.add(f"d:n:{min(n, 8)}")
    feats.add("bias")
    return sorted(feats)


def document_scale(n: int, power: float) -> float:
    """The value of each of an article's ``n`` (hashed) features in the relevance model: 1 /
    n ** ``power`` (0: 1; 0.5: the article's vector of unit length; 1: the weights averaged)."""
    return 1.0 / n**power if power and n else 1.0


def hashed(feats: list[str]) -> list[int]:
    seen = _HASHES.get
    return sorted({seen(f) if f in _HASHES else _h(f) for f in feats})


_ADD = np.add.reduce


class SentenceModel:
    """Hashed-feature logistic regressions, one per event type (see ``awol train``), and one
    over whole articles: does this article report any happening at all (relevance)?"""

    def __init__(
        self,
        weights: np.ndarray,
        bias: np.ndarray,
        meta: dict,
        document: tuple[np.ndarray, float] | None = None,
    ) -> None:
        self.weights = weights  # (N_FEATURES, len(EVENT_TYPES))
        self.bias = bias
        self.meta = meta
        self.document = document  # (weights (N_FEATURES,), bias) of the relevance model
        # the power of an article's number of features by which its features' values are divided
        # in the relevance model (:data:`awol.extract.train.DOC_NORM`; 0: each feature 1)
        self.doc_norm = float(meta.get("doc_norm", 0.0))
        # an article whose relevance is below this reports no event (its figures stay; one
        # value, or one per language)
        relevance = meta.get("relevance", 0.0)
        self.relevance = float(relevance) if isinstance(relevance, int | float) else 0.0
        self.relevance_by_language = (
            {str(k): float(v) for k, v in relevance.items()} if isinstance(relevance, dict) else {}
        )
        # the relevance decides only for an article with at least this many candidate sentences
        # (:data:`awol.extract.train.RELEVANCE_MIN`)
        self.relevance_min = int(meta.get("relevance_min", 1))
        self.types = tuple(meta.get("types") or EVENT_TYPES)
        # the probability at which a type no pattern proposed is recovered at its cue word (one
        # value, or one per language: :data:`awol.extract.train.RECOVER`)
        recover = meta.get("recover", 0.7)
        self.recover = float(recover) if isinstance(recover, int | float) else 0.7
        self.recover_by_language = (
            {str(k): float(v) for k, v in recover.items()} if isinstance(recover, dict) else {}
        )
        # a story trigger far from a topic word needs this probability (one value, or one per
        # language)
        confirm = meta.get("confirm", 0.5)
        self.confirm = float(confirm) if isinstance(confirm, int | float) else 0.5
        self.confirm_by_language = (
            {str(k): float(v) for k, v in confirm.items()} if isinstance(confirm, dict) else {}
        )
        self.veto = float(meta.get("veto", 0.1))
        # a lemma trigger (a weaker cue than a pattern) needs this probability of its type (one
        # value, or one per language)
        lemma = meta.get("lemma", 0.4)
        self.lemma = float(lemma) if isinstance(lemma, int | float) else 0.4
        self.lemma_by_language = (
            {str(k): float(v) for k, v in lemma.items()} if isinstance(lemma, dict) else {}
        )
        # (relevance, desertion probability) at which an article from which nothing was
        # extracted is read again from its surest sentence (:mod:`awol.extract.rescue`)
        rescue = meta.get("rescue")
        self.rescue = (float(rescue[0]), float(rescue[1])) if rescue else None
        # language -> event type -> the probability at which one sentence yields an event of a
        # type an article with events has none of (:func:`awol.extract.rescue.recover_types`)
        self.recover_types: dict[str, dict[str, float]] = {
            str(lang): {str(t): float(p) for t, p in per_type.items()}
            for lang, per_type in (meta.get("recover_types") or {}).items()
        }
        # a sentence this sure to tell a desertion puts its article on the topic
        self.topic = float(meta.get("topic", self.recover))
        # the documents ("corpus folder/id") it was fitted on, where known (in memory only; the
        # shipped file does not list them)
        self.trained_on: frozenset[str] | None = None

    def confirm_for(self, lang: str) -> float:
        """The probability that confirms a story trigger of a ``lang`` sentence."""
        return self.confirm_by_language.get(lang, self.confirm)

    def relevance_for(self, lang: str) -> float:
        """The relevance below which a ``lang`` article reports no event."""
        return self.relevance_by_language.get(lang, self.relevance)

    def recover_for(self, lang: str) -> float:
        """The probability at which a ``lang`` sentence's type is recovered at its cue word."""
        return self.recover_by_language.get(lang, self.recover)

    def lemma_for(self, lang: str) -> float:
        """The probability a lemma trigger of a ``lang`` sentence needs."""
        return self.lemma_by_language.get(lang, self.lemma)

    def predict(self, feats: list[str]) -> dict[str, float]:
        return self.predict_index(hashed(feats))

    def predict_index(self, idx: list[int]) -> dict[str, float]:
        """:meth:`predict` of the hashed features (:func:`hashed`, :func:`feature_index`)."""
        # (``np.add.reduce`` is what ``ndarray.sum`` calls, without its Python wrapper: the
        # same sums, row after row in float32)
        z = (_ADD(self.weights.take(idx, axis=0), axis=0) + self.bias).tolist()
        return {t: 1.0 / (1.0 + math.exp(-v)) for t, v in zip(self.types, z, strict=True)}

    def predict_document(self, feats: list[str]) -> float | None:
        """The probability that an article reports a happening (None without that model)."""
        if self.document is None:
            return None
        w, b = self.document
        idx = hashed(feats)
        z = float(w[idx].sum()) * document_scale(len(idx), self.doc_norm) + b
        return 1.0 / (1.0 + math.exp(-z))

    def save(self, path: Path) -> None:
        nz = np.nonzero(np.any(self.weights != 0, axis=1))[0].astype(np.int32)
        arrays = {
            "index": nz,
            "weights": self.weights[nz].astype(np.float32),
            "bias": self.bias.astype(np.float32),
            "meta": np.frombuffer(json.dumps(self.meta, sort_keys=True).encode(), dtype=np.uint8),
        }
        if self.document is not None:
            dw, db = self.document
            dnz = np.nonzero(dw)[0].astype(np.int32)
            arrays["doc_index"] = dnz
            arrays["doc_weights"] = dw[dnz].astype(np.float32)
            arrays["doc_bias"] = np.array([db], dtype=np.float32)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> SentenceModel:
        with np.load(path) as z:
            meta = json.loads(bytes(z["meta"]).decode())
            w = np.zeros((N_FEATURES, len(meta["types"])), dtype=np.float32)
            w[z["index"]] = z["weights"]
            document = None
            if "doc_index" in z.files:
                dw = np.zeros(N_FEATURES, dtype=np.float32)
                dw[z["doc_index"]] = z["doc_weights"]
                document = (dw, float(z["doc_bias"][0]))
            return cls(w, z["bias"].astype(np.float32), meta, document)


_IN_USE: list[SentenceModel | None] = []  # models set by :func:`using_model`, innermost last


@contextmanager
def using_model(model: SentenceModel | None) -> Iterator[None]:
    """Extract with ``model`` (None: the rules alone) inside the block, instead of the shipped
    one; used by held-out evaluation (``awol evaluate --folds``), which trains in memory."""
    _IN_USE.append(model)
    try:
        yield
    finally:
        _IN_USE.pop()


def get_model() -> SentenceModel | None:
    """The model extraction uses: the one :func:`using_model` set, else the shipped one."""
    if _IN_USE:
        return _IN_USE[-1]
    return shipped_model()


@cache
def shipped_model() -> SentenceModel | None:
    """The shipped model (``models/sentences.npz``, or the file AWOL_SENTENCE_MODEL names, for
    experiments); None where it has not been built or AWOL_SENTENCE_MODEL is ``none``."""
    path = os.environ.get("AWOL_SENTENCE_MODEL")
    if path and path.lower() == "none":
        return None
    path = Path(path) if path else MODEL_PATH
    if not path.exists():
        return None
    return SentenceModel.load(path)


@dataclass
class Candidate:
    """A sentence the classifier reads: its words, cue words per type and features (written out
    only where read, for training: extraction reads their indices)."""

    index: int
    tokens: list[Token]
    cues: dict[str, Token]
    found: list  # the trigger patterns that match: (Trigger, start, end)
    blocked: dict | None = None  # (type, start, end) of a trigger -> trigger_blocks.blocked
    # what the features are made of: (rule triggers, context, cue and previous-sentence features)
    spec: tuple = ()
    lang: str = "en"

    @property
    def features(self) -> list[str]:
        trig, ctx, extra = self.spec
        return features(self.tokens, trig, ctx, self.lang, extra)

    @property
    def feature_index(self) -> list[int]:
        """``hashed(self.features)``."""
        trig, ctx, extra = self.spec
        return feature_index(self.tokens, trig, ctx, self.lang, extra)


@cache
def _cue_sets(lang: str) -> dict[str, frozenset[str]]:
    from awol.extract.lexicon import get_lexicon

    cues = get_lexicon(lang).extra.get("cues") or {}
    return {t: frozenset(str(x).lower() for x in v) for t, v in cues.items()}


@cache
def _class_index(lang: str) -> dict[str, tuple[str, ...]]:
    """lemma -> the argument classes it belongs to (``classes:`` in ``lang/*/events.yaml``)."""
    from awol.extract.lexicon import get_lexicon

    out: dict[str, tuple[str, ...]] = {}
    for cls, lemmas in (get_lexicon(lang).extra.get("classes") or {}).items():
        for lemma in lemmas:
            key = str(lemma).lower()
            out[key] = (*out.get(key, ()), cls)
    return out


def argument_features(toks: list[Token], cue: Iterable[str], lang: str) -> tuple[str, ...]:
    """The argument classes of a sentence (:data:`ARGUMENTS`), alone and with its cue types."""
    index = _class_index(lang)
    classes = sorted({c for t in toks for c in index.get(t.lemma, ())})
    return tuple(f"a:{c}" for c in classes) + tuple(f"x:{q}&{c}" for q in cue for c in classes)


def window_features(
    toks: list[Token], cue: dict[str, Token], found: list, lang: str
) -> tuple[str, ...]:
    """The lemmas within :data:`WINDOW` words of each cue word and each rule trigger of the
    sentence, with the type they tell."""
    at: dict[str, set[int]] = {}
    index = {id(t): k for k, t in enumerate(toks)}
    for etype, tok in cue.items():
        if id(tok) in index:
            at.setdefault(etype, set()).add(index[id(tok)])
    for t, a, b in found:
        at.setdefault(t.type, set()).update(
            k for k, x in enumerate(toks) if x.start < b and x.end > a
        )
    out: set[str] = set()
    for etype, where in at.items():
        near = sorted(
            {j for k in where for j in range(k - WINDOW, k + WINDOW + 1) if 0 <= j < len(toks)}
        )
        out.update(f"{lang}:k:{etype}:{toks[j].lemma}" for j in near if j not in where)
    return tuple(sorted(out))


@cache
def _cue_index(lang: str) -> dict[str, tuple[str, ...]]:
    """lemma -> the event types it is a cue of, in the lexicon's order of types (with
    :data:`CUE_NEIGHBOURS` ``"cue"``, the cue lemmas' embedding neighbours too)."""
    out: dict[str, tuple[str, ...]] = {}
    for etype, lemmas in _cue_sets(lang).items():
        for lemma in lemmas:
            out[lemma] = (*out.get(lemma, ()), etype)
    if CUE_NEIGHBOURS == "cue":
        for lemma, types in _neighbours_of(lang, out).items():
            out.setdefault(lemma, types)
    return out


# the cue lemmas' nearest words in word embeddings (``models/<lang>_cue_neighbours.json``, built
# by scripts/cue_neighbours.py from navec's Russian news vectors, which natasha ships): a lemma
# that is no cue but lies within cosine NEIGHBOUR_SIM of a cue lemma of a type in the lexicon as
# loaded (so --hold-out-words hides a hidden cue's neighbours with it) is read as a cue of that
# type ("cue"), or gives the sentence an ``sq:<type>`` feature and makes it a candidate
# ("feature"); "": not read.  Russian only (no English vectors ship inside a wheel).
CUE_NEIGHBOURS = ""
NEIGHBOUR_SIM = 0.55


@cache
def _neighbour_table(lang: str) -> dict[str, dict[str, float]]:
    path = MODEL_PATH.parent / f"{lang}_cue_neighbours.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["neighbours"]


def _neighbours_of(lang: str, cues: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """lemma -> the types of the cue lemmas in ``cues`` it lies within NEIGHBOUR_SIM of (lemmas
    that are cues themselves left out)."""
    out: dict[str, tuple[str, ...]] = {}
    for lemma, near in _neighbour_table(lang).items():
        if lemma in cues:
            continue
        types: list[str] = []
        for anchor, sim in near.items():
            if sim >= NEIGHBOUR_SIM:
                types += [t for t in cues.get(anchor, ()) if t not in types]
        if types:
            out[lemma] = tuple(types)
    return out


_NEAR: list = []  # [(the cue index it was read from, lemma -> types)]: "feature" neighbours


def neighbour_index(lang: str) -> dict[str, tuple[str, ...]]:
    """The neighbour lemmas of the cue lemmas as loaded (:data:`CUE_NEIGHBOURS` ``"feature"``;
    else empty), read again when the cue index is (``--hold-out-words`` hides cue words)."""
    if CUE_NEIGHBOURS != "feature":
        return {}
    cues = _cue_index(lang)
    for held, near in _NEAR:
        if held is cues:
            return near
    near = _neighbours_of(lang, cues)
    if len(_NEAR) >= 4:
        _NEAR.pop(0)
    _NEAR.append((cues, near))
    return near


def candidates(sentences: list, lex, title: str | None) -> list[Candidate]:
    """The sentences of a document that hold a trigger or a cue lemma, with their features."""
    return list(iter_candidates(sentences, lex, title))


def iter_candidates(
    sentences: list,
    lex,
    title: str | None,
    topic: list[bool] | None = None,
    start: int = 0,
    stop: int | None = None,
) -> Iterator[Candidate]:
    """:func:`candidates` one at a time (a long text's words and features are not all held at
    once).  ``topic``: whether each sentence names desertion, where the caller has read it.
    ``start``, ``stop``: only the candidates among ``sentences[start:stop]``, as read in the
    whole list (the sentence before ``start`` is read for what the first one's features say of
    it: a part of a long text read apart, :mod:`awol.extract.verdicts`)."""
    from awol.extract.tokens import tokens
    from awol.extract.trigger_blocks import blocked as _blocked
    from awol.extract.trigger_find import find_triggers as _find_triggers

    cues = _cue_index(lex.lang)
    nearby = neighbour_index(lex.lang)
    if topic is None:
        topic = [bool(lex.topic.search(s.text)) for s in sentences]
    head = bool(title and lex.topic.search(title)) or any(topic[:2])
    head_cues: tuple[str, ...] = ()
    if HEAD_CUES and (title or sentences):
        head_toks = tokens(title or sentences[0].text, lex.lang)
        head_cues = tuple(f"h:{t}" for t in cue_types(head_toks, cues))
    prev: list[str] = []
    end = len(sentences) if stop is None else stop
    if NEIGHBOURS:
        yield from _with_neighbours(sentences, lex, head, head_cues, topic, start, end)
        return
    for i in range(max(start - 1, 0), end):
        s = sentences[i]
        toks = tokens(s.text, lex.lang)
        found = _find_triggers(s.text, lex, toks)
        cue = cue_types(toks, cues)
        near = cue_types(toks, nearby) if nearby else {}
        if not found and not cue and not near:
            prev = []
            continue
        if i < start:
            prev = sorted({t.type for t, _a, _b in found})
            continue
        blocked = {(t.type, a, b): _blocked(s.text, t.type, a, b, lex) for t, a, b in found}
        trig = [
            (t.type, t.context + ("~lemma" if t.lemma else ""), blocked[t.type, a, b])
            for t, a, b in found
        ]
        ctx = Context(head, i > 0 and topic[i - 1], topic[i], s.index)
        extra = tuple(f"q:{t}" for t in cue) + tuple(f"p:{t}" for t in prev) + head_cues
        if near:
            extra += tuple(f"sq:{t}" for t in near if t not in cue)
        if ARGUMENTS:
            extra += argument_features(toks, cue, lex.lang)
        if WINDOW:
            extra += window_features(toks, cue, found, lex.lang)
        yield Candidate(i, toks, cue, found, blocked, (trig, ctx, extra), lex.lang)
        prev = sorted({t.type for t, _a, _b in found})


def _with_neighbours(
    sentences: list,
    lex,
    head: bool,
    head_cues: tuple[str, ...],
    topic: list[bool],
    start: int,
    end: int,
) -> Iterator[Candidate]:
    """:func:`iter_candidates` with the features of the sentences before and after
    (:data:`NEIGHBOURS`): each sentence is read one step ahead of the candidate before it."""
    from awol.extract.tokens import tokens
    from awol.extract.trigger_blocks import blocked as _blocked
    from awol.extract.trigger_find import find_triggers as _find_triggers

    cues = _cue_index(lex.lang)
    last = min(end + 1, len(sentences))  # (the sentence after ``end`` is read for its types)

    def read(i: int) -> tuple:
        if i >= last:
            return None, [], [], {}
        s = sentences[i]
        toks = tokens(s.text, lex.lang)
        return s, toks, _find_triggers(s.text, lex, toks), cue_types(toks, cues)

    prev_found: list[str] = []
    prev_cue: list[str] = []
    here = read(max(start - 1, 0))
    for i in range(max(start - 1, 0), end):
        after = read(i + 1)
        s, toks, found, cue = here
        if i >= start and (found or cue):
            blocked = {(t.type, a, b): _blocked(s.text, t.type, a, b, lex) for t, a, b in found}
            trig = [
                (t.type, t.context + ("~lemma" if t.lemma else ""), blocked[t.type, a, b])
                for t, a, b in found
            ]
            ctx = Context(head, i > 0 and topic[i - 1], topic[i], s.index)
            extra = (
                tuple(f"q:{t}" for t in cue)
                + tuple(f"p:{t}" for t in prev_found)
                + head_cues
                + tuple(f"pq:{t}" for t in prev_cue)
                + tuple(f"nq:{t}" for t in after[3])
                + tuple(f"n:{t}" for t in sorted({t.type for t, _a, _b in after[2]}))
            )
            if ARGUMENTS:
                extra += argument_features(toks, cue, lex.lang)
            yield Candidate(i, toks, cue, found, blocked, (trig, ctx, extra), lex.lang)
        prev_found = sorted({t.type for t, _a, _b in found}) if (found or cue) else []
        prev_cue = list(cue)
        here = after

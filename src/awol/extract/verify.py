"""The event verifier: a learned check on each event the document level proposes, in its article.

The rules and the sentence model read one sentence at a time; an event they propose may still be
background, a habit, a recap of an old case, a label, another story.  The verifier scores each
proposed event from features of the event in its whole article: its type and trigger, the
sentence model's probabilities in its sentences, how the rules read its mentions (background,
the sentence's sole type, the main clause), the fields it has (a date, how old, a place, a
count, a name, a source), markers of its evidence sentence (negation, modal, future, question,
quote, generic people), its position (headline, lead, body, last sentences), the article's
relevance and how many events of the type the article has and how far apart.

One logistic regression over hashed features (:data:`N_FEATURES`), built by ``awol train``
(:func:`awol.extract.verify_train.fit`) on OUT-OF-FOLD proposals (each article extracted by a
sentence model that did not see it) labelled by the scorer's matching with gold; the file holds
weights and thresholds only (numbers: no vocabulary, no names, no text).  At run time an event
whose probability is below its language's threshold is dropped, and each kept event's
``confidence`` is its probability.  Prediction is a sum of weights, numpy only.
"""

from __future__ import annotations

import json
import math
import os
import re
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import yaml

from awol.model import Event

VERIFIER_PATH = Path(__file__).parent / "models" / "events.npz"
N_FEATURES = 1 << 14


@cache
def _markers(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The evidence-sentence markers of a language (lang/LANG/verify.yaml: general knowledge of
    the language, not a corpus's words)."""
    flags = re.IGNORECASE | re.UNICODE
    path = Path(__file__).parent / "lang" / lang / "verify.yaml"
    words = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return tuple((k, re.compile(v, flags)) for k, v in (words or {}).items())


def _bin(x: float, edges: tuple[float, ...]) -> int:
    for k, e in enumerate(edges):
        if x < e:
            return k
    return len(edges)


def _days(date: str | None, published: str | None) -> int | None:
    """Days from an event's date (YYYY, YYYY-MM or YYYY-MM-DD) to the publication."""
    if not date or not published:
        return None
    try:
        from datetime import date as D

        def parse(s: str) -> D:
            parts = [int(p) for p in s[:10].split("-")]
            while len(parts) < 3:
                parts.append(1 if len(parts) == 1 else 15)
            if len(s) == 4:
                parts[1] = 7
            return D(*parts)

        return (parse(published) - parse(date)).days
    except (ValueError, TypeError):
        return None


def local_features(
    e: Event,
    mentions: list,
    verdicts,
    sentences: list,
    relevance: float | None,
    head_end: int,
    lang: str,
    published: str | None,
    rescued: bool,
) -> dict[str, float]:
    """The event's features that its draft and the sentence readings tell (see the module);
    ``mentions``: the draft's mentions (:class:`awol.extract.mentions.Mention`)."""
    t = e.type
    f: dict[str, float] = {}
    ev_index = next(
        (m.sentence.index for m in mentions if m.sentence.start == e.evidence.start),
        mentions[0].sentence.index if mentions else 0,
    )
    v = verdicts.get(ev_index) if verdicts is not None else None
    probs = v.probs if v is not None else {}
    p = probs.get(t)
    if p is None:
        f["p:none"] = 1
    else:
        f["p"] = p
        f[f"p:{_bin(p, (0.1, 0.3, 0.5, 0.7, 0.9))}"] = 1
        top = max(probs, key=probs.get)
        f["p:top"] = float(top == t)
        if top != t:
            f[f"p:other:{top}"] = 1
    ps = [m.prob for m in mentions if m.prob is not None]
    if ps:
        f["pmax"] = max(ps)
        f["pmin"] = min(ps)
    n = len(mentions)
    f[f"n:{min(n, 4)}"] = 1
    f["sentences"] = min(len({m.sentence.index for m in mentions}), 4) / 4
    for attr in ("sole", "background", "main", "additive", "plural_anaphora", "there"):
        k = sum(bool(getattr(m, attr, False)) for m in mentions)
        if k:
            f[f"m:{attr}"] = 1
            if k == n:
                f[f"m:all:{attr}"] = 1
    for m in mentions:
        tr = m.trigger
        f[f"tr:{tr.context}:{int(tr.lemma)}"] = 1
        f[f"tr:w:{_bin(tr.weight, (0.5, 0.7, 0.8, 0.9))}"] = 1
        words = m.sentence.text[m.start : m.end].lower().split()
        if words:
            f[f"{lang}:tw:{words[0][:8]}"] = 1  # (a trigger word's head, hashed)
        if m.count_from:
            f[f"cf:{m.count_from}"] = 1
    # the fields it has
    f["has:date"] = float(e.date is not None)
    if e.date:
        f[f"date:len:{len(e.date)}"] = 1
    days = _days(e.date, published)
    f["age:" + ("none" if days is None else str(_bin(days, (-1, 8, 32, 100, 366, 800))))] = 1
    f["has:place"] = float(e.place_text is not None)
    f["has:region"] = float(e.region is not None)
    f[f"country:{e.country or 'none'}"] = 1
    f["has:count"] = float(e.count is not None)
    if e.count is not None:
        f[f"count:{_bin(e.count, (2, 3, 10, 100))}"] = 1
    f["has:who"] = float(e.who is not None)
    f["has:names"] = float(bool(e.names))
    f["has:source"] = float(e.source is not None)
    f["has:armed"] = float(e.armed is not None)
    # the evidence sentence's markers
    text = e.evidence.text
    for name, rx in _markers(lang):
        if rx.search(text):
            f[f"mk:{name}"] = 1
    if "?" in text:
        f["mk:question"] = 1
    if any(q in text for q in ('"', "«", "“", "„")):
        f["mk:quote"] = 1
    # position
    total = max(len(sentences), 1)
    f["pos:head"] = float(e.evidence.start < head_end)
    f[f"pos:i:{_bin(ev_index, (1, 2, 3, 6, 11, 21))}"] = 1
    f[f"pos:rel:{min(int(5 * ev_index / total), 4)}"] = 1
    f["pos:last2"] = float(ev_index >= total - 2 and total > 4)
    f[f"len:{_bin(total, (5, 10, 20, 40, 80))}"] = 1
    f["rel:" + ("none" if relevance is None else str(_bin(relevance, (0.3, 0.5, 0.7, 0.9))))] = 1
    if relevance is not None:
        f["rel"] = relevance
    if verdicts is not None:
        head = [verdicts.get(i) for i in range(min(2, total))]
        hp = max((h.probs.get(t, 0.0) for h in head if h is not None), default=0.0)
        f["head:p"] = hp
        f[f"head:p:{_bin(hp, (0.2, 0.5, 0.8))}"] = 1
    f["rescued"] = float(rescued)
    return f


def article_features(events: list[Event]) -> list[dict[str, float]]:
    """The features the article's final events tell of each other: how many of each type, this
    one's rank among its type, the distance to the nearest other of its type, the types present."""
    out = []
    types = sorted({e.type for e in events})
    for k, e in enumerate(events):
        f: dict[str, float] = {}
        same = [x for j, x in enumerate(events) if x.type == e.type and j != k]
        f[f"a:same:{min(len(same), 3)}"] = 1
        f[f"a:all:{min(len(events), 6)}"] = 1
        f["a:first"] = float(all(x.evidence.start >= e.evidence.start for x in same))
        if same:
            gap = min(abs(x.evidence.start - e.evidence.start) for x in same)
            f[f"a:gap:{_bin(gap, (1, 200, 600, 1500, 4000))}"] = 1
        for t in types:
            if t != e.type:
                f[f"a:has:{t}"] = 1
        out.append(f)
    return out


# each feature also crossed with the event's type and with the language (round 23: grouped CV
# AUC of the out-of-fold proposals .743 crossed, .765 not: off)
CROSSED = False


def row(feats: dict[str, float], etype: str, lang: str) -> dict[str, float]:
    """The model's features: the event's, its type and language (and, with :data:`CROSSED`,
    each feature crossed with the type and with the language)."""
    out: dict[str, float] = {"bias": 1.0, f"type:{etype}": 1.0, f"lang:{lang}": 1.0,
                             f"type:{lang}:{etype}": 1.0}  # fmt: skip
    for k, v in feats.items():
        out[k] = v
        if CROSSED:
            out[f"{etype}|{k}"] = v
            out[f"{lang}|{k}"] = v
    return out


_IDX: dict[str, int] = {}


def index(name: str) -> int:
    i = _IDX.get(name)
    if i is None:
        if len(_IDX) > 200_000:
            _IDX.clear()
        i = _IDX[name] = zlib.crc32(name.encode("utf-8")) % N_FEATURES
    return i


def vector(feats: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """(indices, values) of hashed features (collisions add)."""
    idx = np.fromiter((index(k) for k in feats), dtype=np.int64, count=len(feats))
    val = np.fromiter(feats.values(), dtype=np.float64, count=len(feats))
    return idx, val


@dataclass
class EventVerifier:
    weights: np.ndarray  # (N_FEATURES,)
    bias: float
    meta: dict

    def threshold(self, lang: str) -> float:
        th = self.meta.get("threshold") or {}
        return float(th.get(lang, 0.0)) if isinstance(th, dict) else float(th)

    def probability(self, feats: dict[str, float]) -> float:
        idx, val = vector(feats)
        z = float(self.weights[idx] @ val) + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def save(self, path: Path) -> None:
        nz = np.nonzero(self.weights)[0].astype(np.int32)
        np.savez_compressed(
            path,
            index=nz,
            weights=self.weights[nz].astype(np.float32),
            bias=np.array([self.bias], dtype=np.float32),
            meta=np.frombuffer(json.dumps(self.meta, sort_keys=True).encode(), dtype=np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> EventVerifier:
        with np.load(path) as z:
            w = np.zeros(N_FEATURES, dtype=np.float64)
            w[z["index"]] = z["weights"]
            meta = json.loads(bytes(z["meta"]).decode())
            return cls(w, float(z["bias"][0]), meta)


_IN_USE: list[EventVerifier | None] = []


@contextmanager
def using_verifier(v: EventVerifier | None):
    """Extract with ``v`` (None: no verifier) inside the block instead of the shipped one."""
    _IN_USE.append(v)
    try:
        yield
    finally:
        _IN_USE.pop()


@cache
def shipped_verifier() -> EventVerifier | None:
    """``models/events.npz`` (or the file AWOL_EVENT_VERIFIER names; ``none``: no verifier)."""
    path = os.environ.get("AWOL_EVENT_VERIFIER")
    if path and path.lower() == "none":
        return None
    p = Path(path) if path else VERIFIER_PATH
    return EventVerifier.load(p) if p.exists() else None


def get_verifier() -> EventVerifier | None:
    return _IN_USE[-1] if _IN_USE else shipped_verifier()


_RECORDING: list[bool] = []


@contextmanager
def recording():
    """Keep each event's features on it inside the block even with no verifier (to learn one)."""
    _RECORDING.append(True)
    try:
        yield
    finally:
        _RECORDING.pop()


def wanted() -> bool:
    """Are the events' features read (a verifier to apply, or features recorded)?"""
    return bool(_RECORDING) or get_verifier() is not None


# the features of each event are kept on it under these attributes (not fields: never printed):
# those the document level read (:func:`local_features`), and the model's row (:func:`verify`)
LOCAL = "_verify_local"
FEATURES = "_verify"


def verify(events: list[Event], lang: str) -> list[Event]:
    """The events the verifier keeps, each with its probability as ``confidence``; the article
    features of every event are set on it (:data:`FEATURES`), for training."""
    if not events or not wanted():
        return events
    extra = article_features(events)
    rows = []
    for e, a in zip(events, extra, strict=True):
        local = getattr(e, LOCAL, None)
        if local is None:
            rows.append(None)
            continue
        full = row({**local, **a}, e.type, lang)
        setattr(e, FEATURES, full)
        rows.append(full)
    v = get_verifier()
    if v is None:
        return events
    th = v.threshold(lang)
    kept = []
    for e, r in zip(events, rows, strict=True):
        if r is None:
            kept.append(e)
            continue
        prob = v.probability(r)
        if prob < th:
            continue
        e.confidence = round(prob, 2)
        kept.append(e)
    return kept

"""Near-duplicate documents: syndicated wire copies and lightly edited reprints.

MinHash signatures of word 5-shingles indexed in an LSH table (banding); a candidate pair is a
copy if the estimated Jaccard similarity of the shingle sets is at least ``threshold``.  The
decision depends only on the two documents, so adding documents in any order gives the same
groups.  The text is the document ``text`` (``awol extract --include-text``) or, when absent, the
title plus the evidence sentences of its events and figures.

The signatures are datasketch's (``MinHash(num_perm=128, seed=1)``, scheme ``affine32``: the same
hash values, so signatures stored by earlier versions keep working), computed with numpy over
all shingles at once, and the banding uses datasketch's parameters for the threshold; the index
itself is sorted numpy arrays of band hashes -> document numbers and the signatures are rows of
numpy blocks (a ``MinHash`` object and datasketch's LSH storage cost many times that per
document: ~1 KB a document here).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from awol.link.sorted_index import SortedIndex

NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


def document_text(doc: dict) -> str:
    """The text a document is compared on."""
    if doc.get("text"):
        return str(doc["text"])
    parts = [doc.get("title") or ""]
    for item in list(doc.get("events") or []) + list(doc.get("figures") or []):
        ev = item.get("evidence")
        parts.append(ev.get("text", "") if isinstance(ev, dict) else str(ev or ""))
    return "\n".join(p for p in parts if p)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    # the UTF-8 of the words joined by spaces (each word encoded once)
    bw = [w.encode() for w in words]
    return {b" ".join(bw[i : i + k]) for i in range(len(bw) - k + 1)}


@lru_cache(maxsize=4)
def _template(scheme: str) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=scheme)


_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


def _affine32(sh: set[bytes]) -> np.ndarray:
    """datasketch's affine32 MinHash of the shingles (sha1 -> 32 bits, MurmurHash3 finalizer,
    a * h + b mod 2^32, minimum per permutation), vectorised."""
    sha1 = hashlib.sha1
    raw = b"".join([sha1(s).digest()[:4] for s in sh])
    hv = np.frombuffer(raw, dtype="<u4").astype(np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> np.uint32(s1))
    hv = hv * np.uint32(m1)
    hv = hv ^ (hv >> np.uint32(s2))
    hv = hv * np.uint32(m2)
    hv = hv ^ (hv >> np.uint32(s3))
    a, b = _template(SCHEME).permutations
    return (hv[:, None] * a[None, :] + b[None, :]).min(axis=0).astype(np.uint32)


def signature(text: str, scheme: str = SCHEME) -> np.ndarray | None:
    """The MinHash hash values of a text (None: too little text to call anything a copy)."""
    sh = shingles(text)
    if len(sh) < 3:
        return None
    if scheme == SCHEME:
        with np.errstate(over="ignore"):
            return _affine32(sh)
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=scheme)  # type: ignore[arg-type]
    m.update_batch(list(sh))
    return np.asarray(m.hashvalues)


def minhash(text: str) -> MinHash | None:
    """A datasketch ``MinHash`` of the text (for callers that want the object)."""
    hv = signature(text)
    if hv is None:
        return None
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=hv, scheme=SCHEME)


@lru_cache(maxsize=8)
def _bands(threshold: float) -> tuple[tuple[int, int], ...]:
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return tuple(lsh.hashranges)


class _BandIndex(SortedIndex):
    """band hash -> the numbers of the documents having that band: sorted numpy arrays (12 bytes
    an entry) plus a dict of the entries added since the last merge (a dict of band strings
    costs ~110 bytes an entry, 32 entries a document); filed and merged by :class:`SortedIndex`
    (uint64 hashes, uint32 document numbers, merged at 1/16)."""

    __slots__ = ()
    KEY = np.uint64
    VAL = np.uint32
    SHIFT = 4
    MERGE_AT = 1 << 16  # entries of the dict merged into the arrays (at least; 1/16 of them)

    def __init__(self) -> None:
        super().__init__(self.MERGE_AT)

    def get(self, hs: list[int]) -> set[int]:
        out: set[int] = set()
        buf = self._buf
        for h in hs:
            cur = buf.get(h)
            if cur is None:
                continue
            if type(cur) is int:
                out.add(cur)
            else:
                out.update(cur)
        keys = self.keys
        if len(keys):
            q = np.array(hs, np.uint64)
            lo = np.searchsorted(keys, q)
            hit = keys[np.minimum(lo, len(keys) - 1)] == q
            if hit.any():
                a = lo[hit]
                cnt = np.searchsorted(keys, q[hit], side="right") - a
                at = np.repeat(a - (np.cumsum(cnt) - cnt), cnt) + np.arange(int(cnt.sum()))
                out.update(self.vals[at].tolist())
        return out


_ROWS = 1024  # signatures per storage block


class NearDuplicates:
    """Incremental near-duplicate index over documents.

    Documents with a signature are numbered in the order added; their signatures are rows of
    numpy blocks, and the LSH table maps a 64-bit hash of each band (a multiply-add of its
    values with fixed random multipliers) to document numbers.  Two documents sharing a band
    always share its hash; a hash shared by different bands (odds ~1e-7 at a million documents)
    only adds a candidate, which is then compared on its whole signature like any other."""

    def __init__(self, threshold: float = 0.5, scheme: str = SCHEME) -> None:
        self.threshold = threshold
        self._scheme = scheme
        self._ranges = _bands(threshold)
        self._dtype = np.uint32 if scheme == SCHEME else np.uint64
        self._n = self._ranges[-1][1]  # values covered by the bands (contiguous from 0)
        rng = np.random.default_rng(20_240_601)
        self._mult = rng.integers(1, 2**63, size=self._n, dtype=np.uint64) * np.uint64(2) + 1
        self._add = rng.integers(0, 2**63, size=len(self._ranges), dtype=np.uint64)
        self._starts = np.array([s for s, _ in self._ranges], np.intp)
        self._index = _BandIndex()
        self._ids: list[str] = []  # document number -> id
        self._num: dict[str, int] = {}  # id -> document number
        self._rows: list[np.ndarray] = []
        self.pairs: dict[tuple[str, str], float] = {}  # (a, b) with a < b -> estimated Jaccard

    def _hashes(self, hv: np.ndarray) -> list[int]:
        v = hv[: self._n].astype(np.uint64) * self._mult
        return (np.add.reduceat(v, self._starts) + self._add).tolist()

    def _hv(self, num: int) -> np.ndarray:
        return self._rows[num // _ROWS][num % _ROWS]

    def _insert(self, doc_id: str, hv: np.ndarray, hashes: list[int] | None = None) -> None:
        hv = hv.astype(self._dtype)
        num = len(self._ids)
        if num % _ROWS == 0:
            self._rows.append(np.zeros((_ROWS, len(hv)), self._dtype))
        self._rows[-1][num % _ROWS] = hv
        self._ids.append(doc_id)
        self._num[doc_id] = num
        if hashes is None:
            with np.errstate(over="ignore"):
                hashes = self._hashes(hv)
        self._index.add(hashes, num)

    def candidates(self, hv: np.ndarray) -> set[str]:
        with np.errstate(over="ignore"):
            hs = self._hashes(hv.astype(self._dtype))
        return {self._ids[i] for i in self._index.get(hs)}

    def __contains__(self, doc_id: str) -> bool:
        """Whether the document is indexed (it had enough text for a signature)."""
        return doc_id in self._num

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index a document; return the already-indexed documents it is a copy of."""
        if doc_id in self._num:
            return []
        hv = signature(text, self._scheme)
        if hv is None:
            return []
        hv = hv.astype(self._dtype)
        with np.errstate(over="ignore"):
            hashes = self._hashes(hv)  # the band hashes, for the look-up and the insertion
        found = []
        n = float(len(hv))
        for other in sorted({self._ids[i] for i in self._index.get(hashes)}):
            sim = float(np.count_nonzero(hv == self._hv(self._num[other]))) / n
            if sim >= self.threshold:
                a, b = sorted((doc_id, other))
                self.pairs[(a, b)] = round(sim, 3)
                found.append((other, sim))
        self._insert(doc_id, hv, hashes)
        return found

    def add_many(self, docs: Iterable[tuple[str, str]]) -> None:
        for doc_id, text in docs:
            self.add(doc_id, text)

    # --- state ---------------------------------------------------------------------------
    def scheme(self) -> str | None:
        """The hashing scheme of the signatures (needed to load them back)."""
        return self._scheme

    def signature(self, doc_id: str) -> str | None:
        """The document's MinHash signature (base64 of uint64 values), None if it had too little
        text."""
        num = self._num.get(doc_id)
        if num is None:
            return None
        return base64.b64encode(self._hv(num).astype(np.uint64).tobytes()).decode()

    def state(self) -> dict:
        return {
            "threshold": self.threshold,
            "scheme": self._scheme,
            "signatures": {k: self.signature(k) for k in self._ids},
            "pairs": [[a, b, s] for (a, b), s in sorted(self.pairs.items())],
        }

    @classmethod
    def from_state(cls, st: dict) -> NearDuplicates:
        nd = cls(threshold=float(st.get("threshold", 0.5)), scheme=st.get("scheme") or SCHEME)
        for k, b64 in (st.get("signatures") or {}).items():
            nd._insert(k, np.frombuffer(base64.b64decode(b64), dtype=np.uint64))
        nd.pairs = {(a, b): float(s) for a, b, s in st.get("pairs") or []}
        return nd

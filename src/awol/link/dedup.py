"""Near-duplicate documents: syndicated wire copies and lightly edited reprints.

MinHash signatures of word 5-shingles indexed in an LSH table (banding); a candidate pair is a
copy if the estimated Jaccard similarity of the shingle sets is at least ``threshold``.  The
decision depends only on the two documents, so adding documents in any order gives the same
groups.  The text is the document ``text`` (``awol extract --include-text``) or, when absent, the
title plus the evidence sentences of its events and figures.

The signatures are datasketch's (``MinHash(num_perm=128, seed=1)``, scheme ``affine32``: the same
hash values, so signatures stored by earlier versions keep working), computed with numpy over
all shingles at once, and the banding uses datasketch's parameters for the threshold; the index
itself is a plain dict of band -> documents and the signatures are kept as 512-byte strings (a
``MinHash`` object and datasketch's LSH storage cost several times that per document).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

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
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


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


class NearDuplicates:
    """Incremental near-duplicate index over documents."""

    def __init__(self, threshold: float = 0.5, scheme: str = SCHEME) -> None:
        self.threshold = threshold
        self._scheme = scheme
        self._ranges = _bands(threshold)
        self._dtype = np.uint32 if scheme == SCHEME else np.uint64
        # band i of a signature -> (prefix i, byte range)
        w = np.dtype(self._dtype).itemsize
        self._slices = [(bytes([i]), s * w, e * w) for i, (s, e) in enumerate(self._ranges)]
        self._table: dict[bytes, list[str] | str] = {}
        self.sigs: dict[str, bytes] = {}  # doc -> hash values (native bytes of the scheme dtype)
        self.pairs: dict[tuple[str, str], float] = {}  # (a, b) with a < b -> estimated Jaccard

    def _keys(self, hv: np.ndarray) -> list[bytes]:
        raw = hv.tobytes()
        return [p + raw[s:e] for p, s, e in self._slices]

    def _hv(self, doc_id: str) -> np.ndarray:
        return np.frombuffer(self.sigs[doc_id], dtype=self._dtype)

    def _insert(self, doc_id: str, hv: np.ndarray) -> None:
        hv = hv.astype(self._dtype)
        table = self._table
        for k in self._keys(hv):
            cur = table.get(k)
            if cur is None:
                table[k] = doc_id
            elif isinstance(cur, str):
                table[k] = [cur, doc_id]
            else:
                cur.append(doc_id)
        self.sigs[doc_id] = hv.tobytes()

    def candidates(self, hv: np.ndarray) -> set[str]:
        out: set[str] = set()
        table = self._table
        for k in self._keys(hv):
            cur = table.get(k)
            if cur is None:
                continue
            if isinstance(cur, str):
                out.add(cur)
            else:
                out.update(cur)
        return out

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index a document; return the already-indexed documents it is a copy of."""
        if doc_id in self.sigs:
            return []
        hv = signature(text, self._scheme)
        if hv is None:
            return []
        hv = hv.astype(self._dtype)
        found = []
        n = float(len(hv))
        for other in sorted(self.candidates(hv)):
            sim = float(np.count_nonzero(hv == self._hv(other))) / n
            if sim >= self.threshold:
                a, b = sorted((doc_id, other))
                self.pairs[(a, b)] = round(sim, 3)
                found.append((other, sim))
        self._insert(doc_id, hv)
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
        if doc_id not in self.sigs:
            return None
        return base64.b64encode(self._hv(doc_id).astype(np.uint64).tobytes()).decode()

    def state(self) -> dict:
        return {
            "threshold": self.threshold,
            "scheme": self._scheme,
            "signatures": {k: self.signature(k) for k in self.sigs},
            "pairs": [[a, b, s] for (a, b), s in sorted(self.pairs.items())],
        }

    @classmethod
    def from_state(cls, st: dict) -> NearDuplicates:
        nd = cls(threshold=float(st.get("threshold", 0.5)), scheme=st.get("scheme") or SCHEME)
        for k, b64 in (st.get("signatures") or {}).items():
            nd._insert(k, np.frombuffer(base64.b64decode(b64), dtype=np.uint64))
        nd.pairs = {(a, b): float(s) for a, b, s in st.get("pairs") or []}
        return nd

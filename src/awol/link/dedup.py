"""Near-duplicate documents: syndicated wire copies and lightly edited reprints.

MinHash signatures of word 5-shingles (datasketch) indexed in an LSH table; a candidate pair is a
copy if the estimated Jaccard similarity of the shingle sets is at least ``threshold``.  The
decision depends only on the two documents, so adding documents in any order gives the same
groups.  The text is the document ``text`` (``awol extract --include-text``) or, when absent, the
title plus the evidence sentences of its events and figures.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5
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


_TEMPLATE: MinHash | None = None


def _new_minhash() -> MinHash:
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)
    t = _TEMPLATE
    return MinHash(num_perm=NUM_PERM, seed=1, permutations=t.permutations,
                   scheme=getattr(t, "scheme", None))  # fmt: skip


def minhash(text: str) -> MinHash | None:
    sh = shingles(text)
    if len(sh) < 3:  # too little text to call anything a copy
        return None
    m = _new_minhash()
    m.update_batch(list(sh))
    return m


class NearDuplicates:
    """Incremental near-duplicate index over documents."""

    def __init__(self, threshold: float = 0.5) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.sigs: dict[str, MinHash] = {}
        self.pairs: dict[tuple[str, str], float] = {}  # (a, b) with a < b -> estimated Jaccard

    def add(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        """Index a document; return the already-indexed documents it is a copy of."""
        if doc_id in self.sigs:
            return []
        m = minhash(text)
        if m is None:
            return []
        found = []
        for other in self.lsh.query(m):
            sim = float(m.jaccard(self.sigs[other]))
            if sim >= self.threshold:
                a, b = sorted((doc_id, other))
                self.pairs[(a, b)] = round(sim, 3)
                found.append((other, sim))
        self.lsh.insert(doc_id, m)
        self.sigs[doc_id] = m
        return found

    def add_many(self, docs: Iterable[tuple[str, str]]) -> None:
        for doc_id, text in docs:
            self.add(doc_id, text)

    # --- state ---------------------------------------------------------------------------
    def scheme(self) -> str | None:
        """The hashing scheme of the signatures (needed to load them back)."""
        return getattr(_new_minhash(), "scheme", None)

    def signature(self, doc_id: str) -> str | None:
        """The document's MinHash signature (base64), None if it had too little text."""
        m = self.sigs.get(doc_id)
        if m is None:
            return None
        return base64.b64encode(np.asarray(m.hashvalues, dtype=np.uint64).tobytes()).decode()

    def state(self) -> dict:
        return {
            "threshold": self.threshold,
            "scheme": next((getattr(m, "scheme", None) for m in self.sigs.values()), None),
            "signatures": {
                k: base64.b64encode(np.asarray(m.hashvalues, dtype=np.uint64).tobytes()).decode()
                for k, m in self.sigs.items()
            },
            "pairs": [[a, b, s] for (a, b), s in sorted(self.pairs.items())],
        }

    @classmethod
    def from_state(cls, st: dict) -> NearDuplicates:
        nd = cls(threshold=float(st.get("threshold", 0.5)))
        extra = {"scheme": st["scheme"]} if st.get("scheme") else {}
        for k, b64 in (st.get("signatures") or {}).items():
            hv = np.frombuffer(base64.b64decode(b64), dtype=np.uint64)
            m = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=hv, **extra)
            nd.lsh.insert(k, m)
            nd.sigs[k] = m
        nd.pairs = {(a, b): float(s) for a, b, s in st.get("pairs") or []}
        return nd

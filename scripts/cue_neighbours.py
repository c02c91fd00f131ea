"""Build ``src/awol/extract/models/ru_cue_neighbours.json``: for every Russian cue lemma (``cues:``
in ``lang/ru/events.yaml``), its nearest words in navec's Russian news embeddings (natasha ships
them inside its wheel: no download), kept where they are a lemma of a content word.

The table is read by :func:`awol.extract.classifier._cue_index` (``CUE_NEIGHBOURS``): a lemma
that is no cue of a type but is this close to a cue lemma of it that is in the lexicon (so
``--hold-out-words`` hides a fold's own cue words' neighbours with them) is read as a cue of that
type.  navec is needed only here, to build the table; extraction reads the JSON.

    PYTHONPATH=src .venv/bin/python scripts/cue_neighbours.py [--top 20] [--min 0.45]
"""

from __future__ import annotations

import argparse
import glob
import json
import os

import numpy as np

OUT = "src/awol/extract/models/ru_cue_neighbours.json"
PROPER = {"Surn", "Name", "Patr", "Geox", "Orgn", "Abbr", "Trad"}  # no names, places, brands
KEEP_POS = {"NOUN", "VERB", "INFN", "ADJF", "ADVB", "PRTF", "PRTS", "ADJS"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--min", type=float, default=0.45)
    args = ap.parse_args()
    import natasha
    import pymorphy3
    from navec import Navec

    from awol.extract.classifier import _cue_sets

    path = glob.glob(os.path.join(os.path.dirname(natasha.__file__), "data/emb/*.tar"))[0]
    nv = Navec.load(path)
    words = nv.vocab.words
    idx = nv.pq.indexes  # (n, qdim) uint8
    codes = nv.pq.codes  # (qdim, centroids, chunk)
    qdim = codes.shape[0]
    morph = pymorphy3.MorphAnalyzer()
    keep = []
    for i, w in enumerate(words):
        if len(w) < 4 or not w.isalpha() or not all("а" <= c <= "я" or c == "ё" for c in w):
            continue
        p = morph.parse(w)[0]
        if p.normal_form == w and p.tag.POS in KEEP_POS and not (PROPER & set(p.tag.grammemes)):
            keep.append(i)
    keep_a = np.array(keep)
    mat = np.empty((len(keep_a), codes.shape[0] * codes.shape[2]), dtype=np.float32)
    for s in range(0, len(keep_a), 20000):
        part = idx[keep_a[s : s + 20000]]
        mat[s : s + len(part)] = codes[np.arange(qdim), part].reshape(len(part), -1)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-9
    anchors = sorted({x for v in _cue_sets("ru").values() for x in v})
    wid = {words[i]: k for k, i in enumerate(keep_a)}
    table: dict[str, dict[str, float]] = {}
    for a in anchors:
        k = wid.get(a)
        if k is None:
            continue
        sims = mat @ mat[k]
        best = np.argsort(-sims)[: args.top + 1]
        for j in best:
            w = words[keep_a[j]]
            if w == a or sims[j] < args.min:
                continue
            table.setdefault(w, {})[a] = round(float(sims[j]), 3)
    out = {
        "about": "navec news_v1 250K nearest lemmas of the Russian cue lemmas "
        f"(top {args.top}, cosine >= {args.min}): neighbour -> cue lemma -> cosine",
        "neighbours": dict(sorted(table.items())),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0, sort_keys=False)
        f.write("\n")
    print(len(anchors), "anchors,", len(table), "neighbour lemmas ->", OUT)


if __name__ == "__main__":
    main()

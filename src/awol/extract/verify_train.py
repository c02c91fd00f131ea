"""Build the event verifier (:mod:`awol.extract.verify`) from out-of-fold proposals.

Each training article is extracted by a sentence model that did not see it (the real corpus's
train split and every corpus ``awol train`` trains on, dealt into folds as ``awol evaluate
--folds`` deals them; an article of a corpus the sentence model is not trained on is read by the
model trained on all of them), with no verifier; the splits a folder's ``blind.json`` names are
never read (:func:`awol.extract.train.corpus_ids`: the invented articles' blind splits stay a
measure of unseen text).  Each proposed event is labelled by the scorer's
matching (:func:`awol.evaluate.events.score`): does it match a gold event?  The features are
those :func:`awol.extract.verify.verify` reads.  With ``hide_words`` the proposals are read as
``--hold-out-words`` reads them too (each fold without the words only its gold teaches), so the
verifier also learns from proposals that look like unseen text's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from awol.extract import verify as V
from awol.extract.verify_fit import C, fit, matrix

# probability under which a proposed event is dropped, per language (chosen by grouped CV of the
# out-of-fold proposals: scripts/verifier_cv.py, docs/extraction.md "Round 23 (learn23)")
THRESHOLD: dict[str, float] = {"en": 0.0, "ru": 0.0}


@dataclass
class Proposals:
    """Out-of-fold proposed events: their model rows, labels and where they come from."""

    rows: list[dict[str, float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # "corpus/id"
    languages: list[str] = field(default_factory=list)
    # per document key: (gold document, predicted document) for scoring a dropping
    docs: dict[str, tuple[dict, dict]] = field(default_factory=dict)
    # the event index in its predicted document of each row
    at: list[int] = field(default_factory=list)


def _gold(folder: Path, ids: set[str] | None) -> dict[str, dict]:
    out = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            if ids is None or g["id"] in ids:
                out[g["id"]] = g
    return out


def collect(
    folders: list[Path],
    corpora: list[Path],
    folds: int = 5,
    hide_words: bool = False,
    tag: str = "",
    note=None,
) -> Proposals:
    """The out-of-fold proposals of ``folders`` (see the module); ``corpora``: those the
    sentence model trains on."""
    from awol.evaluate.events import score
    from awol.evaluate.heldout import held_out_extractions
    from awol.extract.classifier import using_model
    from awol.extract.train import build_dataset, corpus_ids, document_key, train
    from awol.runs import run_extract

    out = Proposals()
    names = [p.resolve() for p in corpora]
    whole = None
    with V.using_verifier(None), V.recording():
        for folder in folders:
            ids = corpus_ids(folder)
            gold = _gold(folder, ids)
            man = folder / "manifest.jsonl"
            manifest = str(man) if man.exists() else None
            order = sorted(gold)
            if folder.resolve() in names:
                items = held_out_extractions(
                    folder, order, folds, corpora, manifest, None, hide_words
                )
            else:
                if whole is None:
                    ds = build_dataset(corpora)
                    whole = train(ds, [p.name for p in corpora])
                with using_model(whole):
                    items = list(run_extract([str(folder / f"{i}.txt") for i in order], manifest))
            for ex in items:
                if not hasattr(ex, "to_dict"):
                    continue
                pred = ex.to_dict()
                g = gold.get(pred["id"])
                if g is None:
                    continue
                key = tag + document_key(folder, pred["id"])
                res = score([g], [pred])
                matched = {i for _d, i, _j in res["alignment"]}
                out.docs[key] = (g, pred)
                for i, e in enumerate(ex.events):
                    row = getattr(e, V.FEATURES, None)
                    if row is None:
                        continue
                    out.rows.append(row)
                    out.labels.append(int(i in matched))
                    out.groups.append(key)
                    out.languages.append(ex.article.language or "")
                    out.at.append(i)
            if note is not None:
                note(f"{folder}: {len(out.rows)} proposals so far")
    return out


def out_of_fold(p: Proposals, fold_of: dict[str, int], c: float | None = None) -> np.ndarray:
    """Each proposal's probability from a verifier fitted without its fold's documents
    (``fold_of``: document key -> fold; a document without a fold is always trained on)."""
    folds = sorted(set(fold_of.values()))
    prob = np.full(len(p.rows), np.nan)
    x = matrix(p.rows)
    y = np.array(p.labels)
    fk = np.array([fold_of.get(g, -1) for g in p.groups])
    for k in folds:
        tr = fk != k
        w, b = fit([p.rows[i] for i in np.flatnonzero(tr)], y[tr].tolist(), c)
        te = np.flatnonzero(fk == k)
        z = x[te] @ w + b
        prob[te] = 1.0 / (1.0 + np.exp(-z))
    return prob


def rescore(p: Proposals, prob: np.ndarray, threshold: float | dict, keys: set[str]) -> dict:
    """Events P/R/F1 of the documents ``keys`` with the proposals under ``threshold`` dropped
    (as the scorer matches: each document scored again)."""
    from awol.evaluate.events import score

    drop: dict[str, set[int]] = {}
    for i, g in enumerate(p.groups):
        th = threshold.get(p.languages[i], 0.0) if isinstance(threshold, dict) else threshold
        if g in keys and not np.isnan(prob[i]) and prob[i] < th:
            drop.setdefault(g, set()).add(p.at[i])
    gold_docs, preds = [], []
    for k in sorted(keys):
        g, pred = p.docs[k]
        pred = {
            **pred,
            "events": [e for i, e in enumerate(pred["events"]) if i not in drop.get(k, ())],
        }
        gold_docs.append({**g, "id": k})
        preds.append({**pred, "id": k})
    res = score(gold_docs, preds)
    return res["events"]


def build(corpora: list[Path], invented: list[Path], folds: int = 5, note=None) -> V.EventVerifier:
    """The verifier fitted on the out-of-fold proposals of ``corpora`` (the sentence model's)
    and of the ``invented`` articles (without their blind splits, :func:`corpus_ids`; the meta
    names those left out)."""
    from awol.extract.corpora import blind_splits

    p = collect([*corpora, *invented], corpora, folds, note=note)
    w, b = fit(p.rows, p.labels)
    meta = {
        "threshold": THRESHOLD,
        "C": C,
        "proposals": len(p.rows),
        "right": int(sum(p.labels)),
        "corpora": [c.name for c in corpora] + [f"invented-{c.name}" for c in invented],
        "blind_left_out": {f"invented-{c.name}": blind_splits(c) for c in invented},
    }
    return V.EventVerifier(w, b, meta)

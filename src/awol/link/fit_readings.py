"""The readings the pair-scoring model is fitted and judged on (:mod:`awol.link.fit`): a split's
gold documents and incidents, the candidate pairs the blocking proposes between their events,
and the events extracted held out (each counted as the gold event it is aligned with), plus the
degraded and unseen-words readings."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

EXTRACT_FOLDS = 5  # folds of the held-out extraction (as ``awol evaluate --folds 5``)
# the readings whose candidate pairs the weights are fitted on (the degraded ones only judge,
# but with ``python -m awol.link.fit --fit-degraded``: :data:`awol.link.fit.FIT_MAIN`)
TRAIN_ON = ("gold", "extracted")
# degraded readings of the gold events (link/degrade.py: events left out and fields nulled at
# the rates the held-out extraction loses them), scored held out beside the other two
DEGRADED_SEEDS = 1
# the degraded readings' loss: ``DEGRADE_SCALE`` times the held-out extraction's rates, per event
# or (``DEGRADE_BY_DOCUMENT``) for all the events of a document together, as an extraction
# loses a field (round 47; ``python -m awol.link.fit --degrade-scale S --degrade-by-document``
# judges the model on such a reading; the shipped model is fitted and judged at 1x, per event)
DEGRADE_SCALE = 1.0
DEGRADE_BY_DOCUMENT = False


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def load_split(folder: Path, split: str | None) -> tuple[list[dict], list[dict], dict[str, str]]:
    """(gold documents of the split, gold incidents, texts)."""
    gold = _read_jsonl(folder / "gold.jsonl")
    if split:
        ids = set(json.loads((folder / "splits.json").read_text(encoding="utf-8"))[split])
        gold = [g for g in gold if g["id"] in ids]
    texts = {}
    for g in gold:
        p = folder / f"{g['id']}.txt"
        if p.exists():
            texts[g["id"]] = p.read_text(encoding="utf-8")
    return gold, _read_jsonl(folder / "incidents.jsonl"), texts


def candidate_pairs(docs: list[dict]) -> list[tuple[tuple, tuple, dict[str, float]]]:
    """Every candidate pair the blocking proposes (not vetoed), with its features."""
    from awol.link import Linker

    lk = Linker()
    lk.record = []
    lk.add(docs)
    seen = set()
    uniq = []
    for a, b, x in lk.record:
        k = tuple(sorted((a, b)))
        if k not in seen:
            seen.add(k)
            uniq.append((k[0], k[1], x))
    return uniq


def extracted_split(folder: Path, gold: list[dict], folds: int = EXTRACT_FOLDS,
                    hide_words: bool = False) -> list[dict]:  # fmt: skip
    """The split's documents as ``awol evaluate FOLDER --folds 5`` extracts them: each by a
    sentence model trained (in memory) without its fold, on the corpora ``awol train`` uses
    (``folder`` and the dev corpus); with the text, for near-duplicate detection.  With
    ``hide_words``, as ``--hold-out-words`` does: each fold also read without the lexicon's
    words only its own gold sentences fire (awol.evaluate.unseen)."""
    from awol.evaluate.heldout import held_out_extractions
    from awol.runs import DEFAULT_CORPORA

    ids = sorted(g["id"] for g in gold)
    corpora = [folder] + [p for p in DEFAULT_CORPORA[1:] if (p / "gold.jsonl").exists()]
    man = folder / "manifest.jsonl"
    items = held_out_extractions(folder, ids, folds, corpora, str(man) if man.exists() else None,
                                 hide_words=hide_words)  # fmt: skip
    return [it.to_dict(include_text=True) for it in items if hasattr(it, "to_dict")]


class Reading:
    """One reading of the split's documents: the gold events (the oracle) or the events the
    extractor finds (``to_gold``: (document, extracted index) -> the gold index it is aligned
    with by the evaluation, as ``awol evaluate`` scores linking end to end)."""

    def __init__(self, docs: list[dict], gold: list[dict], incidents: list[dict],
                 cases: list[dict], to_gold: dict | None = None) -> None:  # fmt: skip
        self.docs = docs
        self.to_gold = to_gold
        self.rates: dict[str, float] = {}  # what the extraction loses (link/degrade.py)
        self.universe = {(g["id"], i) for g in gold for i in range(len(g.get("events") or []))}
        self.gold_inc = {(d, int(i)): n for n, g in enumerate(incidents) for d, i in g["events"]}
        self.gold_case = {(d, int(i)): n for n, g in enumerate(cases) for d, i in g["events"]}

    def gold_key(self, key: tuple) -> tuple | None:
        if self.to_gold is None:
            return key
        j = self.to_gold.get(key)
        return None if j is None else (key[0], j)

    def pairs(self) -> tuple[list, list[float]]:
        """(candidate pairs between two gold events, in gold index space; labels): 1 when both
        are in one gold incident.  A pair with an extracted event aligned with no gold event has
        no label (its event is not in the gold, right or wrong) and is left out."""
        out, y = [], []
        for a, b, x in candidate_pairs(self.docs):
            ga, gb = self.gold_key(a), self.gold_key(b)
            if ga is None or gb is None:
                continue
            out.append((ga, gb, x))
            y.append(1.0 if self.gold_inc.get(ga, -1) == self.gold_inc.get(gb, -2) else 0.0)
        return out, y


def readings(folder: Path, split: str | None, extracted: bool = True,
             preds: list[dict] | None = None, unseen: bool = False,
             unseen_preds: list[dict] | None = None) -> dict[str, Reading]:  # fmt: skip
    """The gold reading of the split and, with ``extracted``, the held-out extracted one (the
    documents ``preds``, else extracted here by :func:`extracted_split`) and the degraded one;
    with ``unseen``, the ``unseen`` reading: extracted held out without the words only each
    fold's gold fires (``unseen_preds``, else extracted here), judged, never fitted on."""
    from awol.evaluate.events import score as score_events
    from awol.evaluate.linking import load_gold_links, oracle_input

    gold, incidents, texts = load_split(folder, split)
    cases = load_gold_links(folder)[1] or []
    out = {"gold": Reading(oracle_input(gold, texts), gold, incidents, cases)}
    if extracted:
        ids = {g["id"] for g in gold}
        preds = [p for p in preds if p.get("id") in ids] if preds else extracted_split(folder, gold)
        align = score_events(gold, preds)["alignment"]
        to_gold = {(d, int(i)): int(j) for d, i, j in align}
        out["extracted"] = Reading(preds, gold, incidents, cases, to_gold)
        if DEGRADED_SEEDS:
            from awol.link.degrade import degrade, loss_rates

            rates = loss_rates(gold, preds, align)
            out["extracted"].rates = rates
            docs = out["gold"].docs
            for seed in range(DEGRADED_SEEDS):
                deg, d_to_gold = degrade(docs, rates, seed, DEGRADE_SCALE, DEGRADE_BY_DOCUMENT)
                name = "degraded" if seed == 0 else f"degraded{seed}"
                out[name] = Reading(deg, gold, incidents, cases, d_to_gold)
    if unseen:
        ids = {g["id"] for g in gold}
        if unseen_preds:
            up = [p for p in unseen_preds if p.get("id") in ids]
        else:
            up = extracted_split(folder, gold, hide_words=True)
        align = score_events(gold, up)["alignment"]
        to_gold = {(d, int(i)): int(j) for d, i, j in align}
        out["unseen"] = Reading(up, gold, incidents, cases, to_gold)
    return out


def training_pairs(reads: dict[str, Reading]) -> tuple[list, np.ndarray, list[str]]:
    """(pairs, labels, reading of each pair): the candidate pairs of every reading the weights
    are fitted on (``TRAIN_ON``), pooled."""
    pairs: list = []
    y: list[float] = []
    src: list[str] = []
    for name, r in reads.items():
        if name not in TRAIN_ON:
            continue
        p, lab = r.pairs()
        pairs += p
        y += lab
        src += [name] * len(p)
    return pairs, np.array(y), src

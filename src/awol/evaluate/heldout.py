"""Held-out extraction (``awol evaluate FOLDER --folds K``): every document is extracted by a
sentence model that never saw it.

The shipped sentence model is trained on the real corpus's train split and the dev corpus, so
extracting those documents with it flatters it.  Here the documents to score are dealt into K
folds (by article, in id order, so the folds are the same on every run); for each fold a model
is trained in memory on the training corpora (those ``awol train`` uses) without that fold's
documents, and that fold is extracted with it.  The predictions of all folds are then scored
together, as one run.  Nothing is written to disk.  With ``hide_words`` the lexicon's words that
only the fold's articles taught are switched off too (:mod:`awol.evaluate.unseen`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from awol.errors import InputError


def assign_folds(ids: list[str], folds: int) -> dict[str, int]:
    """Deal document ids into ``folds`` folds: in sorted order, round robin (deterministic and
    balanced; a language's documents share an id prefix, so each fold gets its share)."""
    if folds < 2:
        raise InputError("--folds", f"needs at least 2 folds (got {folds})")
    if len(ids) < folds:
        raise InputError("--folds", f"{folds} folds but only {len(ids)} documents to score")
    return {doc_id: k % folds for k, doc_id in enumerate(sorted(set(ids)))}


def extract_gold_documents(
    folder: Path,
    gold: list[dict],
    folds: int | None,
    manifest: str | None,
    dealt: list[str] | None = None,
) -> Iterator:
    """Yield Extraction | InputError for the gold documents of ``folder``: held out over
    ``folds`` (each by a model trained on the corpora with gold minus its fold), or, with no
    folds, by the shipped model (which may have seen them)."""
    from awol import runs
    from awol.runs import run_extract

    if folds:
        corpora = [p for p in runs.DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
        return held_out_extractions(
            folder, [g["id"] for g in gold], folds, corpora, manifest, dealt
        )
    return run_extract([str(folder / f"{g['id']}.txt") for g in gold], manifest)


def held_out_extractions(
    folder: Path,
    ids: list[str],
    folds: int,
    corpora: list[Path],
    manifest: str | None,
    dealt: list[str] | None = None,
    hide_words: bool = False,
    note: Callable[[str], None] | None = None,
) -> Iterator:
    """Yield Extraction | InputError for the documents ``ids`` of ``folder``, each extracted with
    a model trained on ``corpora`` minus the documents of its fold.

    The folds are dealt over ``dealt`` (default ``ids``): the whole split when only one language
    is scored, so a language's documents fall in the same folds as in the pooled run.  With
    ``hide_words``, each fold is trained and read with the words only its own gold fires
    switched off (:mod:`awol.evaluate.unseen`); ``note`` is told how many per fold."""
    from awol.extract.classifier import using_model
    from awol.extract.train import build_dataset, document_key, train
    from awol.runs import run_extract

    fold_of = assign_folds(dealt or ids, folds)
    wanted = set(ids)
    words = None
    if hide_words:
        from awol.evaluate.unseen import WordFolds

        words = WordFolds(corpora, folder)
    from awol.extract.verify import get_verifier, recording, using_verifier

    shipped = get_verifier()
    if shipped is not None:
        # the event verifier too is held out: every fold read without one, then each fold's
        # proposals checked by a verifier fitted on the other folds' (awol.extract.verify_train)
        with using_verifier(None), recording():
            read = list(
                held_out_extractions(folder, ids, folds, corpora, manifest, dealt, hide_words, note)
            )
        yield from _verified(folder, read, fold_of, shipped)
        return
    ds = build_dataset(corpora)
    if not ds.rows:
        raise InputError(", ".join(map(str, corpora)), "no candidate sentences to train on")
    groups = np.array(ds.groups)
    names = [p.name for p in corpora]
    for k in range(folds):
        held = sorted(i for i, f in fold_of.items() if f == k)
        files = [str(folder / f"{i}.txt") for i in held if i in wanted]
        if not files:
            continue
        keys = [document_key(folder, i) for i in held]
        if hide_words:
            yield from _without_words(folder, keys, files, corpora, manifest, words, note, k)
            continue
        model = train(ds, names, rows=~np.isin(groups, keys))
        with using_model(model):
            yield from run_extract(files, manifest)


def _without_words(
    folder: Path,
    keys: list[str],
    files: list[str],
    corpora: list[Path],
    manifest: str | None,
    words,
    note: Callable[[str], None] | None,
    fold: int,
) -> Iterator:
    """One fold read with the words only its gold fires switched off: the dataset is built
    again with them off (the training articles' sentences read as that lexicon reads them)."""
    from awol.evaluate.unseen import hiding
    from awol.extract.classifier import using_model
    from awol.extract.train import build_dataset, train
    from awol.runs import run_extract

    hidden = words.hidden(set(keys))
    if note is not None:
        told = "; ".join(
            f"{lang} {len(h.patterns)} patterns, {len(h.lemmas)} lemma triggers, "
            f"{len(h.cues)} cue lemmas"
            for lang, h in sorted(hidden.items())
        )
        note(f"fold {fold + 1}: words switched off: {told or 'none'}")
    with hiding(hidden):
        ds = build_dataset(corpora)
        groups = np.array(ds.groups)
        model = train(ds, [p.name for p in corpora], rows=~np.isin(groups, keys))
        with using_model(model):
            yield from run_extract(files, manifest)


def _verified(folder: Path, read: list, fold_of: dict[str, int], shipped) -> Iterator:
    """The extractions ``read`` (each by a sentence model without its fold, with no verifier),
    each fold's events checked by an event verifier fitted on the other folds' proposals,
    labelled by the scorer against ``folder``'s gold, with the shipped verifier's thresholds."""
    from dataclasses import replace

    from awol.evaluate.events import score
    from awol.extract import verify as V
    from awol.extract.verify_fit import fit

    gold = {}
    path = folder / "gold.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold[g["id"]] = g
    rows: list[tuple[int, dict, int]] = []  # (fold, row, label)
    for ex in read:
        if not hasattr(ex, "to_dict") or ex.article.id not in gold:
            continue
        pred = ex.to_dict()
        matched = {i for _d, i, _j in score([gold[ex.article.id]], [pred])["alignment"]}
        for i, e in enumerate(ex.events):
            r = getattr(e, V.FEATURES, None)
            if r is not None:
                rows.append((fold_of.get(ex.article.id, -1), r, int(i in matched)))
    verifiers: dict[int, V.EventVerifier | None] = {}
    for ex in read:
        if not hasattr(ex, "to_dict"):
            yield ex
            continue
        k = fold_of.get(ex.article.id, -1)
        if k not in verifiers:
            train = [(r, y) for f, r, y in rows if f != k]
            labels = {y for _r, y in train}
            verifiers[k] = (
                V.EventVerifier(*fit([r for r, _y in train], [y for _r, y in train]), shipped.meta)
                if len(labels) == 2
                else None
            )
        if verifiers[k] is None:
            yield ex
            continue
        for e in ex.events:  # (verify sets the rows again from what the document level read)
            if hasattr(e, V.FEATURES):
                delattr(e, V.FEATURES)
        with V.using_verifier(verifiers[k]):
            events = V.verify(ex.events, ex.article.language or "")
        yield replace(ex, events=events)


def split_keys(folders: list[Path], split: str) -> set[str]:
    """The documents ("corpus folder/id", :func:`awol.extract.train.document_key`) of ``split``
    in each of ``folders`` whose splits.json names it (the invented articles' splits a-e of both
    languages: a split is left out of training in every language at once)."""
    from awol.evaluate.events import load_split
    from awol.extract.train import document_key

    keys: set[str] = set()
    for folder in folders:
        path = folder / "splits.json"
        if path.exists() and split in json.loads(path.read_text(encoding="utf-8")):
            keys |= {document_key(folder, i) for i in load_split(folder, split)}
    return keys


def split_out_model(ds, names: list[str], held: set[str]):
    """A sentence model trained on the rows of ``ds`` outside the documents ``held`` (the
    leave-split-out measure, ``scripts/leave_split_out28.py``); it says what it was trained on
    (``trained_on``), and never on a held document."""
    from awol.extract.train import train

    model = train(ds, names, rows=~np.isin(np.array(ds.groups), sorted(held)))
    if model.trained_on is None or model.trained_on & held:
        raise AssertionError("a held-out document leaked into its model")
    return model

"""Which documents of a corpus folder a model learns from, and their name across corpora:
:func:`corpus_ids` (the ``train`` split, less the splits its ``blind.json`` names:
:func:`blind_splits`) and :func:`document_key`.  Read by the trainer (:mod:`awol.extract.train`)
and by the held-out measures (:mod:`awol.evaluate.unseen`, :mod:`awol.evaluate.heldout`), which
the trainer reads in turn (split from ``train.py``, round 36: ``train`` and ``unseen`` imported
each other).
"""

from __future__ import annotations

import json
from pathlib import Path

from awol.errors import InputError

BLIND = "blind.json"  # a corpus folder's splits written blind: {"blind": [split names], ...}


def blind_splits(folder: Path) -> list[str]:
    """The splits of ``folder`` written blind (named in its ``blind.json``, ``{"blind": [split
    names]}``): measures of unseen text, never read by a trainer (:func:`corpus_ids`)."""
    path = folder / BLIND
    if not path.exists():
        return []
    try:
        names = json.loads(path.read_text(encoding="utf-8"))["blind"]
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError):
        raise InputError(str(path), 'expected {"blind": [split names]}') from None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise InputError(str(path), 'expected {"blind": [split names]}')
    return names


def corpus_ids(folder: Path) -> set[str] | None:
    """The ids to train on: the ``train`` split where the folder's splits.json names a ``train``
    or a ``test`` split, else all (None), minus the documents of the splits its ``blind.json``
    names (the invented articles' blind splits: :mod:`awol.extract.verify_train` learns from the
    other splits only)."""
    splits = folder / "splits.json"
    if not splits.exists():
        return None
    try:
        names = json.loads(splits.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        names = {"test": []}  # (load_split says what is wrong with it)
    from awol.evaluate.events import load_split

    blind = blind_splits(folder)
    if isinstance(names, dict) and "test" not in names and "train" not in names:
        if not blind:
            return None
        ids = {str(x) for v in names.values() if isinstance(v, list) for x in v}
    else:
        ids = load_split(folder, "train")
    for s in blind:
        if isinstance(names, dict) and s in names:
            ids -= load_split(folder, s)
    return ids


def document_key(folder: Path, doc_id: str) -> str:
    """A document's name across corpora (the rows' group, what a model was trained on): the
    corpus folder's name and the id (not the full path, so cross-validation folds, and with
    them the shipped file, do not depend on where the checkout lies)."""
    return f"{folder.resolve().name}/{doc_id}"

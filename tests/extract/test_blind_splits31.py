"""The invented articles' blind splits are never read by a trainer (round 31, prec31).

The splits written blind (``tests/extract/probes/articles/LANG/blind.json``: g, h, i, j, r) are
the measure of unseen text; ``awol train --verifier`` learned from every invented split until
round 31.  :func:`awol.extract.train.corpus_ids` leaves out the splits a folder's ``blind.json``
names, and :func:`awol.extract.verify_train.collect` (the verifier's proposals) reads no other ids.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.errors import InputError
from awol.evaluate.events import load_split
from awol.extract import corpora as C
from awol.extract import train as T
from awol.extract import verify_train

ARTICLES = Path(__file__).resolve().parent / "probes" / "articles"
FOLDERS = [ARTICLES / lang for lang in ("en", "ru")]


def _folder(tmp_path: Path, splits: dict, blind: object | None) -> Path:
    (tmp_path / "splits.json").write_text(json.dumps(splits), "utf-8")
    if blind is not None:
        (tmp_path / "blind.json").write_text(json.dumps(blind), "utf-8")
    return tmp_path


def test_corpus_ids_leave_the_blind_splits_out(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a": ["a-1", "a-2"], "g": ["g-1"]}, {"blind": ["g", "z"]})
    assert C.corpus_ids(folder) == {"a-1", "a-2"}
    # a corpus with a train and a test split: its train split, minus a blind one
    other = tmp_path / "real"
    other.mkdir()
    folder = _folder(other, {"train": ["t-1", "t-2"], "test": ["x"], "g": ["t-2"]}, None)
    assert C.corpus_ids(folder) == {"t-1", "t-2"}
    (folder / "blind.json").write_text(json.dumps({"blind": ["g"]}), "utf-8")
    assert C.corpus_ids(folder) == {"t-1"}


def test_no_blind_file_reads_every_split(tmp_path: Path) -> None:
    assert C.corpus_ids(_folder(tmp_path, {"a": ["a-1"], "g": ["g-1"]}, None)) is None


def test_a_malformed_blind_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        C.corpus_ids(_folder(tmp_path, {"a": ["a-1"]}, {"blind": "g"}))
    with pytest.raises(InputError):
        C.corpus_ids(_folder(tmp_path, {"a": ["a-1"]}, ["g"]))


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_the_invented_articles_name_their_blind_splits(folder: Path) -> None:
    blind = C.blind_splits(folder)
    assert {"g", "h", "i", "j", "r"} <= set(blind)
    names = json.loads((folder / "splits.json").read_text("utf-8"))
    ids = C.corpus_ids(folder)
    assert ids is not None
    for s in names:
        if s in blind:
            assert not ids & load_split(folder, s), s
        else:
            assert load_split(folder, s) <= ids, s


def test_the_verifier_reads_no_blind_article(monkeypatch) -> None:
    """What ``awol train --verifier`` extracts to learn from: every non-blind invented article,
    no blind one (the extraction itself is stubbed: this is about which files are read)."""
    read: list[str] = []

    def extract(files, manifest=None):
        read.extend(Path(f).stem for f in files)
        return iter(())

    monkeypatch.setattr("awol.runs.run_extract", extract)
    monkeypatch.setattr(T, "build_dataset", lambda corpora: None)
    monkeypatch.setattr(T, "train", lambda ds, names: None)
    verify_train.collect(FOLDERS, [])
    assert read
    for folder in FOLDERS:
        for s in C.blind_splits(folder):
            names = json.loads((folder / "splits.json").read_text("utf-8"))
            if s in names:
                assert not set(read) & load_split(folder, s), (folder.name, s)
        assert (C.corpus_ids(folder) or set()) <= set(read)

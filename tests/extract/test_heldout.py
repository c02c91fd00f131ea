"""Held-out evaluation (`awol evaluate FOLDER --folds K`): no document is extracted by a sentence
model that was trained on it, and every document is extracted once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import awol.extract.classifier as clf
import awol.extract.document as document
from awol.cli import main
from awol.errors import InputError
from awol.evaluate.heldout import assign_folds, held_out_extractions
from awol.extract.train import document_key


def test_folds_are_dealt_deterministically_and_evenly() -> None:
    ids = [f"d{i:02d}" for i in range(11)]
    folds = assign_folds(list(reversed(ids)), 3)
    assert folds == assign_folds(ids, 3)
    sizes = sorted(list(folds.values()).count(k) for k in range(3))
    assert sizes == [3, 4, 4]
    with pytest.raises(InputError):
        assign_folds(ids, 1)
    with pytest.raises(InputError):
        assign_folds(ids[:2], 3)


def test_no_document_is_read_by_a_model_that_saw_it(dev_dir: Path, monkeypatch) -> None:
    """Spy on extraction: the model in use for each document must not have been trained on it,
    and must have been trained on the documents of the other folds."""
    seen: dict[str, frozenset[str] | None] = {}
    real_extract = document.extract_article

    def spy(article):
        model = clf.get_model()
        assert model is not None, "held-out extraction ran without a model"
        seen[article.id] = model.trained_on
        return real_extract(article)

    monkeypatch.setattr(document, "extract_article", spy)
    gold = (dev_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    ids = sorted(json.loads(line)["id"] for line in gold if line.strip())
    manifest = str(dev_dir / "manifest.jsonl")
    out = list(held_out_extractions(dev_dir, ids, 3, [dev_dir], manifest))
    assert not [x for x in out if isinstance(x, InputError)]
    assert sorted(x.article.id for x in out) == ids  # each document once
    fold_of = assign_folds(ids, 3)
    for doc_id, trained_on in seen.items():
        assert trained_on, f"{doc_id}: the model does not say what it was trained on"
        assert document_key(dev_dir, doc_id) not in trained_on, f"{doc_id} leaked into its model"
        others = {document_key(dev_dir, i) for i, f in fold_of.items() if f != fold_of[doc_id]}
        assert trained_on <= others and len(trained_on) > len(others) // 2
    assert clf.get_model() is clf.shipped_model()  # the in-memory model is gone afterwards


def test_evaluate_folds_cli(dev_dir: Path, tmp_path: Path, monkeypatch) -> None:
    import awol.runs as runs

    monkeypatch.setattr(runs, "DEFAULT_CORPORA", (tmp_path / "absent", dev_dir))
    res = CliRunner().invoke(main, ["evaluate", str(dev_dir), "--folds", "2", "--brief"])
    assert res.exit_code == 0, res.output
    assert "held-out: 2 folds" in res.stderr and "ALL EVENTS" in res.stdout
    pred = tmp_path / "p.jsonl"
    pred.write_text("", encoding="utf-8")
    gold = str(dev_dir / "gold.jsonl")
    res = CliRunner().invoke(main, ["evaluate", str(pred), "--gold", gold, "--folds", "2"])
    assert res.exit_code == 1 and "--folds" in res.output

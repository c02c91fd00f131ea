"""Leave-split-out evaluation of the sentence model on the invented articles
(scripts/leave_split_out28.py, round 28): a split of the invented articles is left out of the
model's training in both languages, and no article of it is read by a model that saw it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import awol.extract.classifier as clf
import awol.extract.document as document
from awol.evaluate.heldout import split_keys

ROOT = Path(__file__).resolve().parents[2]
INVENTED = [ROOT / "tests" / "extract" / "probes" / "articles" / x for x in ("en", "ru")]


def _script():
    spec = importlib.util.spec_from_file_location(
        "leave_split_out28", ROOT / "scripts" / "leave_split_out28.py"
    )
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_a_split_is_left_out_in_both_languages() -> None:
    keys = split_keys(INVENTED, "d")
    assert {k.split("/")[0] for k in keys} == {"en", "ru"}
    assert all(k.split("/")[1].startswith("d") for k in keys)
    assert "en/d-01" in keys and "ru/d01" in keys
    assert not split_keys(INVENTED, "no such split")


def test_no_article_of_the_split_is_read_by_a_model_that_saw_it(tmp_path, monkeypatch) -> None:
    """Spy on extraction: the model reading an article of split d was trained without every
    article of split d (both languages) and with the invented articles of the other splits."""
    mod = _script()
    from awol.extract import train

    monkeypatch.setattr(train, "CORPUS_WEIGHT", dict(train.CORPUS_WEIGHT))
    models = mod.fold_models(1.0, [], ["d"], tmp_path)
    held = split_keys(INVENTED, "d")
    trained_on = models["d"].trained_on
    assert trained_on and not trained_on & held
    assert any(k.startswith("en/a-") for k in trained_on)
    assert any(k.startswith("ru/e") for k in trained_on)
    # read again from the cache: the same documents
    assert mod.fold_models(1.0, [], ["d"], tmp_path)["d"].trained_on == trained_on

    seen: dict[str, frozenset[str] | None] = {}
    real_extract = document.extract_article

    def spy(article):
        seen[article.id] = clf.get_model().trained_on
        return real_extract(article)

    monkeypatch.setattr(document, "extract_article", spy)
    counts = mod.evaluate_split(models["d"], "d")
    assert set(counts) == {"en", "ru"}
    assert sorted(seen) == sorted(k.split("/")[1] for k in held)
    for doc_id, model_docs in seen.items():
        assert model_docs == trained_on, f"{doc_id}: read by another model"

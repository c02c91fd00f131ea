"""The event verifier (awol.extract.verify): features of a proposed event in its article, the
shipped file (numbers only), dropping under the threshold and the confidence it sets."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from awol.extract import verify as V
from awol.extract.document import extract_article
from awol.model import Article, Event, Evidence


def _article(text: str, lang: str = "en") -> Article:
    return Article(id="t1", text=text, language=lang, published="2024-05-20")


TEXT = (
    "Deserter detained in Tver\n\n"
    "Military police on Sunday detained a contract soldier who had fled his unit in the Donetsk "
    "region in March, the regional court said."
)


def _verifier(weights: dict[str, float], bias: float, threshold: float) -> V.EventVerifier:
    w = np.zeros(V.N_FEATURES)
    for k, v in weights.items():
        w[V.index(k)] += v
    return V.EventVerifier(w, bias, {"threshold": {"en": threshold, "ru": threshold}})


def test_every_event_carries_its_features() -> None:
    with V.using_verifier(None):
        plain = extract_article(_article(TEXT))
    assert plain.events and not any(hasattr(e, V.FEATURES) for e in plain.events)  # (no cost)
    with V.using_verifier(None), V.recording():
        out = extract_article(_article(TEXT))
    assert out.events
    for e in out.events:
        row = getattr(e, V.FEATURES)
        assert row["bias"] == 1.0 and row[f"type:{e.type}"] == 1.0
        assert "has:date" in row and "a:first" in row  # (its fields, its place in the article)
        assert "p" in row or "p:none" in row  # the sentence model's reading


def test_a_verifier_drops_under_its_threshold_and_sets_confidence() -> None:
    with V.using_verifier(None):
        base = extract_article(_article(TEXT))
    kinds = {e.type for e in base.events}
    assert "detention" in kinds
    # sure of every event but detentions
    sure = _verifier({"type:detention": -20.0}, 5.0, 0.5)
    with V.using_verifier(sure):
        out = extract_article(_article(TEXT))
    assert {e.type for e in out.events} == kinds - {"detention"}
    assert all(e.confidence == 0.99 for e in out.events)
    # threshold 0: nothing dropped, the confidence is the probability
    keep = _verifier({}, 0.0, 0.0)
    with V.using_verifier(keep):
        out = extract_article(_article(TEXT))
    assert {e.type for e in out.events} == kinds
    assert all(e.confidence == 0.5 for e in out.events)


def test_article_features_count_the_type_and_the_gap() -> None:
    def ev(t: str, start: int) -> Event:
        return Event(type=t, evidence=Evidence("x", start, start + 1))

    feats = V.article_features([ev("desertion", 0), ev("desertion", 5000), ev("detention", 10)])
    assert feats[0]["a:same:1"] == 1 and feats[0]["a:first"] == 1 and feats[0]["a:gap:5"] == 1
    assert feats[1]["a:first"] == 0
    assert feats[2]["a:same:0"] == 1 and feats[2]["a:has:desertion"] == 1


def test_verifier_survives_save_and_load(tmp_path: Path) -> None:
    v = _verifier({"type:death": -1.5, "p": 2.0}, 0.25, 0.3)
    v.save(tmp_path / "v.npz")
    back = V.EventVerifier.load(tmp_path / "v.npz")
    row = {"bias": 1.0, "type:death": 1.0, "p": 0.7}
    assert back.probability(row) == pytest.approx(v.probability(row), abs=1e-6)
    assert back.threshold("ru") == 0.3


def test_a_saved_verifier_holds_numbers_only(tmp_path: Path) -> None:
    """Hashed features: the file `awol train --verifier` writes stores no vocabulary, names or
    text (privacy); the shipped one, where there is one, is the same kind of file."""
    v = _verifier({"type:death": 1.0, "word:Gurov": 2.0}, 0.1, 0.3)
    paths = [tmp_path / "v.npz"] + ([V.VERIFIER_PATH] if V.VERIFIER_PATH.exists() else [])
    v.save(paths[0])
    for path in paths:
        with zipfile.ZipFile(path) as z:
            assert sorted(z.namelist()) == ["bias.npy", "index.npy", "meta.npy", "weights.npy"]
            assert b"Gurov" not in b"".join(z.read(n) for n in z.namelist())
        meta = V.EventVerifier.load(path).meta
        assert set(meta) <= {"threshold", "C", "proposals", "right", "corpora"}


def test_held_out_extraction_holds_the_verifier_out_too(dev_dir: Path) -> None:
    """With a verifier in use, `--folds` reads every fold without one, then checks each fold's
    events with a verifier fitted on the other folds' proposals (never its own): at threshold 0
    the same events come out, each with that verifier's probability as its confidence."""
    import json

    from awol.evaluate.heldout import held_out_extractions

    gold = (dev_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    ids = sorted(json.loads(line)["id"] for line in gold if line.strip())[:12]
    manifest = str(dev_dir / "manifest.jsonl")
    with V.using_verifier(None):
        plain = list(held_out_extractions(dev_dir, ids, 2, [dev_dir], manifest))
    with V.using_verifier(_verifier({}, 0.0, 0.0)):
        checked = list(held_out_extractions(dev_dir, ids, 2, [dev_dir], manifest))
    assert [x.article.id for x in checked] == [x.article.id for x in plain]
    assert [[e.type for e in x.events] for x in checked] == [
        [e.type for e in x.events] for x in plain
    ]
    confidences = {e.confidence for x in checked for e in x.events}
    assert len(confidences) > 2 and confidences != {0.5}  # (fitted, not the zero verifier's 0.5)

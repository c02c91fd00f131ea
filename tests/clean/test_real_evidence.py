"""Cleaning keeps every gold evidence sentence of the real corpus (read in place from ../shared,
never copied).  Train documents are checked one by one; the test split only as an aggregate
count of lost sentences (no test text is ever printed)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from awol.clean import clean_documents
from awol.errors import InputError
from awol.ingest import iter_documents, load_manifest
from awol.pipeline import event_cue

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"


def _ws(s: str) -> str:
    return " ".join(s.split())


@lru_cache(maxsize=1)
def _lost() -> dict[str, dict[str, list[str]]]:
    """split -> document id -> gold evidence sentences not found in its cleaned text."""
    splits = json.loads((REAL / "splits.json").read_text(encoding="utf-8"))
    gold = {}
    with (REAL / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                g = json.loads(line)
                gold[g["id"]] = g
    docs = list(iter_documents([REAL], load_manifest(REAL / "manifest.jsonl")))
    split_of = {i: name for name, ids in splits.items() for i in ids}
    out: dict[str, dict[str, list[str]]] = {name: {} for name in splits}
    for doc, art in zip(docs, clean_documents(docs, states_event=event_cue()), strict=True):
        did = doc.id or Path(doc.origin).stem
        if did not in gold or did not in split_of:
            continue
        items = gold[did].get("events", []) + gold[did].get("figures", [])
        text = "" if isinstance(art, InputError) else _ws(art.text)
        lost = [it["evidence"] for it in items if _ws(it["evidence"]) not in text]
        out[split_of[did]][did] = lost
    return out


@pytest.fixture(scope="module")
def lost() -> dict[str, dict[str, list[str]]]:
    if not (REAL / "gold.jsonl").exists() or not (REAL / "splits.json").exists():
        pytest.skip(f"real corpus not found at {REAL}")
    return _lost()


def test_train_gold_evidence_survives_cleaning(lost):
    missing = {d: ev for d, ev in lost["train"].items() if ev}
    assert len(lost["train"]) > 100
    assert missing == {}


def test_test_split_loses_no_gold_evidence_aggregate_only(lost):
    # only a number: the test split's sentences are never shown
    n_lost = sum(len(ev) for ev in lost["test"].values())
    n_docs = len(lost["test"])
    assert n_docs > 50
    assert n_lost == 0, f"{n_lost} gold evidence sentences of the test split lost in cleaning"

"""No person from the gold of corpus/dev or of the TRAIN split of ../shared/corpus/real, in any
form (inflected, either script, surname or given name alone), appears in any default output
format over an ingest of that corpus; with --with-names the same audit finds them (so the audit
can fail).  The test split is never ingested here, and a failure names no one: it prints counts
and a hash of the forms found (audit.digest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import copy_db

sys.path.insert(0, str(Path(__file__).parent))
from audit import audit_store, digest, gold_names, leaks, split_folder  # noqa: E402

from awol.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
REAL = REPO.parent / "shared" / "corpus" / "real"


def _ingest(corpus: Path, tmp: Path) -> Store:
    db = f"sqlite:///{tmp / 'p.db'}"
    subprocess.run(
        [sys.executable, "-m", "awol", "ingest", str(corpus), "--db", db, "--no-progress"],
        check=False,
        capture_output=True,
    )
    return Store(db)


def _check(corpus: Path, tmp: Path, db: Path | None = None) -> None:
    """``db``: the corpus already ingested (a copy is audited), else it is ingested here."""
    store = Store(copy_db(db, tmp)) if db else _ingest(corpus, tmp)
    try:
        res = audit_store(store, gold_names(corpus))
    finally:
        store.close()
    # counts and a hash of the forms found, never the forms: these are real people's names
    report = "; ".join(f"{k}: {a} -> {b} ({digest(s)})" for k, (a, b, s) in res.items())
    print(f"\n{corpus.name}: name forms found, with names -> default: {report}")
    assert sum(a for a, _, _ in res.values()) > 0, "the audit found no name even with names"
    assert all(b == 0 for _, b, _ in res.values()), report


def test_dev_corpus_default_outputs_name_no_one(dev_cli_db, tmp_path):
    _check(REPO / "corpus" / "dev", tmp_path, dev_cli_db)


def test_real_corpus_train_default_outputs_name_no_one(tmp_path):
    if not (REAL / "gold.jsonl").exists() or not (REAL / "splits.json").exists():
        pytest.skip(f"{REAL} is absent (real third-party texts are read in place, never copied)")
    _check(split_folder(REAL, "train", tmp_path / "real-train"), tmp_path)


def test_reports_name_no_one():
    assert digest(["Гуров", "гуров", "Gurov"]) == digest(["gurov", "гуров"])
    assert "уров" not in digest(["Гуров"]) and "urov" not in digest(["Gurov"])
    assert digest([]) == "0 forms"


def test_audit_finds_inflected_and_transliterated_forms():
    names = {"Станислав Гуров"}
    assert leaks("Гуровым заинтересовалась полиция", names) == ["Гуровым"]
    assert leaks("Police detained Gurov.", names) == ["Gurov"]
    assert leaks("https://x.example/gurova-zaderzhali", names) == ["gurova"]
    assert leaks("Полиция задержала мужчину.", names) == []


def test_audit_reads_a_city_coordinated_with_a_place_as_the_place():
    names = {"Владимир Саратов"}
    # the city, joined to a region by "и": no leak
    assert leaks("Что касается Саратова и Кубани, то обращений много.", names) == []
    # the man: alone, beside another surname, or after his given name or initial
    assert leaks("Саратова задержали в Кубани.", names) == ["Саратова"]
    assert leaks("Саратова и Иванова задержали.", names) == ["Саратова"]
    assert leaks("В. Саратова и Кубани", names) == ["Саратова"]


def test_audit_decides_a_homonym_by_what_the_output_shows_where_it_stands():
    from audit import name_forms_in

    names = {"Artyom Kulagin", "Mark Will"}
    # a place where the output shows one: a preposition, a settlement word, a place field, a
    # table cell its codes follow
    for text in (
        "detained in Artyom, 40 km away",
        "the town of Artyom",
        '"place_text": "Artyom"',
        "x,Artyom,RU,RU-PRI,y",
    ):
        assert [r for w, r in name_forms_in(text, names) if w == "Artyom"] == ["place"], text
    # the same word anywhere else is the person: the word alone decides nothing
    assert leaks("His mother said that Artyom had called.", names) == ["Artyom"]
    assert leaks("Artyom, 30, fled.", names) == ["Artyom"]
    # a lower-case dictionary word in mid-sentence is the word; in a URL slug it is a leak
    assert leaks("the court will review it", names) == []
    assert leaks("https://x.example/news/will-detained", names) == ["will"]

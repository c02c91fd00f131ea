"""Cleaning the bundled dev corpus and the two real seed articles (seeds read in place from ../shared, never copied)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from awol.clean import clean_document, clean_documents
from awol.errors import InputError
from awol.ingest import iter_documents, load_manifest
from awol.model import Article


def ws(s: str) -> str:
    return " ".join(s.split())


@lru_cache(maxsize=4)
def _clean_dir(path: str) -> dict[str, Article]:
    d = Path(path)
    docs = list(iter_documents([d], load_manifest(d / "manifest.jsonl")))
    out: dict[str, Article] = {}
    for doc, art in zip(docs, clean_documents(docs), strict=True):
        assert not isinstance(art, InputError), art
        out[Path(doc.origin).name] = art
    return out


def _gold(d: Path) -> dict[str, dict]:
    with (d / "gold.jsonl").open(encoding="utf-8") as fh:
        return {g["id"]: g for g in map(json.loads, fh) if g}


def test_every_gold_evidence_survives_cleaning(dev_dir):
    arts = _clean_dir(str(dev_dir))
    gold = _gold(dev_dir)
    assert len(arts) == 56  # 50 .txt + 5 .html + 1 cp1251 copy
    missing = []
    for name, a in arts.items():
        g = gold[a.id]
        text = ws(a.text)
        for item in g["events"] + g["figures"]:
            if ws(item["evidence"]) not in text:
                missing.append((name, item["evidence"][:60]))
    assert missing == []


def test_metadata_matches_gold(dev_dir):
    gold = _gold(dev_dir)
    for name, a in _clean_dir(str(dev_dir)).items():
        assert a.published == gold[a.id]["published"], name
        assert a.language == gold[a.id]["language"], name
        assert a.title and len(a.title) > 20, name


def test_metadata_without_manifest(dev_dir):
    """Dates from HTML metadata, URL or dateline; language detected."""
    gold = _gold(dev_dir)
    for name in ("en-01.html", "en-02.txt", "en-09.txt", "ru-03.txt", "ru-10.txt"):
        p = dev_dir / name
        a = clean_document(
            iter_documents([p]).__next__()  # no manifest: no published/url/language
        )
        assert a.published == gold[a.id]["published"], name
        assert a.language == gold[a.id]["language"], name


KNOWN_BOILERPLATE = [
    "cookies", "cookie", "Support us", "Read more", "Читайте также", "Поделиться", "Share this",
    "Subscribe", "Privacy Policy", "All rights reserved", "Все права защищены", "foreign agent",
    "ИНОСТРАННЫМ АГЕНТОМ", "на деньги читателей", "Поддержать", "Ctrl+Enter", "Got a tip",
    "By Irina Solovyova", "Author: Olena Pilchuk", "Social media", "Facebook", "WhatsApp",
    "Maybe later", "Donate", "Tags:", "Most read", "Самое читаемое", "Подписывайтесь",
    "Reporting by", "Новости партнеров", "Мы работаем только",
]  # fmt: skip


def test_known_boilerplate_is_gone(dev_dir):
    for name, a in _clean_dir(str(dev_dir)).items():
        for cue in KNOWN_BOILERPLATE:
            assert cue not in a.text, (name, cue)
        if a.title:  # the headline is kept once, first, as context and evidence
            assert a.text.startswith(a.title) and a.text.count(a.title) == 1, name
        # "Read more" headlines are not article text (en-12 / ru-20 have desertion headlines)
    arts = _clean_dir(str(dev_dir))
    assert "Two Soldiers Who Fled Unit in Kaluga Region" not in arts["en-12.txt"].text
    assert "ищут контрактника, сбежавшего из госпиталя" not in arts["ru-20.txt"].text


def test_html_and_txt_give_the_same_text(dev_dir):
    arts = _clean_dir(str(dev_dir))
    for i in range(1, 6):
        t, h = arts[f"en-0{i}.txt"], arts[f"en-0{i}.html"]
        assert t.content_hash == h.content_hash, i
        assert t.title == h.title, i


def test_cp1251_copy_gives_the_same_text(dev_dir):
    arts = _clean_dir(str(dev_dir))
    a, b = arts["ru-01.txt"], arts["ru-01.cp1251.txt"]
    assert b.encoding == "cp1251" and a.encoding == "utf-8"
    assert a.text == b.text and a.content_hash == b.content_hash


def test_seed_articles(seeds_dir):
    arts = _clean_dir(str(seeds_dir))
    gold = _gold(seeds_dir)
    for a in arts.values():
        for item in gold[a.id]["events"] + gold[a.id]["figures"]:
            assert ws(item["evidence"]) in ws(a.text)
        for cue in ("Dear readers", "undesirable", "Once", "Monthly", "Continue", "Remind me",
                    "newsletter", "Support", "Privacy Policy", "TASS", "duma.gov.ru"):  # fmt: skip
            assert cue not in a.text, (a.id, cue)
        assert a.language == "en" and a.published == gold[a.id]["published"]
    killed = arts["mt-2023-01-18-perov.txt"]
    assert killed.title == "Russian Soldier Killed After Deserting Military Base"
    assert killed.text.endswith("February last year.")  # the article's last words, no footer


@pytest.mark.parametrize("name", ["mt-2023-01-18-perov.txt", "mt-2025-05-21-rostov.txt"])
def test_seed_article_alone_without_index(seeds_dir, name):
    doc = next(iter_documents([seeds_dir / name]))
    a = clean_document(doc)
    assert "Dear readers" not in a.text and "newsletter" not in a.text
    assert "A Message from" not in a.text

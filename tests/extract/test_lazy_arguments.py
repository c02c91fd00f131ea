"""A sentence whose triggers all fail their gates reads its dates, counts and source only where
a later stage asks (:class:`awol.extract.mentions.SentenceAnalysis`'s ``pending``), with the
same results as reading them at once.

Compared on every dev article (and the real ones where ../shared is present): the extraction
with the lazy reading and with every analysis read at once give the same events and figures;
the counts a stage reads of a lazy analysis are those the eager reading gives; a sentence with no number
answers ``counts`` without reading its dates."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

import awol.extract.document as document
import awol.extract.document_story as document_story
from awol.extract.counts import may_count
from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import SentenceAnalysis, analyse_sentence
from awol.extract.sentences import Sentence
from awol.model import Article

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "dev"
REAL = ROOT.parent / "shared" / "corpus" / "real"


def _articles(folder: Path) -> list[Article]:
    manifest = {
        m["id"]: m
        for m in map(json.loads, (folder / "manifest.jsonl").read_text("utf-8").splitlines())
        if m
    }
    out = []
    for path in sorted(folder.glob("*.txt")):
        m = manifest.get(path.stem)
        if m is None or m.get("language") not in ("en", "ru"):
            continue
        text = path.read_text("utf-8").strip()
        out.append(Article(id=path.stem, language=m["language"], text=text,
                           published=m.get("published")))  # fmt: skip
    return out


def _dump(ex) -> str:
    return json.dumps(
        [asdict(e) for e in ex.events] + [asdict(f) for f in ex.figures],
        default=str,
        ensure_ascii=False,
    )


def _compare(articles: list[Article], monkeypatch) -> int:
    """Extract each article lazily and eagerly; returns how many analyses were left lazy."""
    made: list[tuple[SentenceAnalysis, tuple]] = []

    def lazy(*args, **kw):
        an = analyse_sentence(*args, **kw)
        if an.pending is not None:
            made.append((an, an.pending()))  # (what the eager reading gives: read apart)
        return an

    def eager(*args, **kw):
        an = analyse_sentence(*args, **kw)
        _ = an.dates  # read at once
        assert an.pending is None
        return an

    left = 0
    for art in articles:
        made.clear()
        monkeypatch.setattr(document_story, "analyse_sentence", lazy)
        got = _dump(document.extract_article(art))
        for an, (counts, _dates) in made:
            if an.pending is None:  # read by a stage: what the eager reading gives (the
                # figures may set the dates a figure reads)
                assert an.read_counts == counts
            else:
                left += 1
                if not may_count(an.sentence.text, an.lang):
                    assert counts == [] and an.counts == []
                    assert an.pending is not None  # (answered without reading)
        monkeypatch.setattr(document_story, "analyse_sentence", eager)
        assert _dump(document.extract_article(art)) == got, art.id
    return left


def test_lazy_arguments_as_eager_on_dev(monkeypatch) -> None:
    left = _compare(_articles(DEV), monkeypatch)
    assert left > 0  # some sentences are never read (else the test tests nothing)


@pytest.mark.skipif(not REAL.exists(), reason="../shared/corpus/real is not present")
def test_lazy_arguments_as_eager_on_real(monkeypatch) -> None:
    _compare(_articles(REAL), monkeypatch)


def test_failed_trigger_reads_dates_only_when_asked(monkeypatch) -> None:
    # invented: a story trigger with no topic, no people and no story before it fails its gate
    text = "Police detained the driver on March 3."
    lex = get_lexicon("en")
    calls = []
    import awol.extract.mentions as mentions

    real = mentions.find_dates

    def counting(*a, **k):
        calls.append(a[0])
        return real(*a, **k)

    monkeypatch.setattr(mentions, "find_dates", counting)
    an = analyse_sentence(Sentence(text, 0, len(text), 0, 0), lex, "2024-05-01", False, None, ())
    if an.mentions or an.pending is None:
        pytest.skip("the invented sentence no longer fails its gates")
    assert not calls
    assert [d.value for d in an.dates] == ["2024-03-03"]
    assert calls

"""A long text's classifier verdicts read by worker processes ahead of the reader are the ones
read in one process, and so is everything extracted from it (the dev corpus's articles joined
into one text, read in parts of a few sentences with the size threshold lowered), and so are
the person names of its sentences the workers read for the story's people."""

from __future__ import annotations

from pathlib import Path

import pytest

from awol import parallel as parts
from awol.clean.encoding import decode
from awol.extract import sentence_pool as pool
from awol.extract import verdicts as vmod
from awol.extract.classifier import get_model
from awol.extract.document import extract_article
from awol.extract.lexicon import get_lexicon
from awol.extract.names import find_person_names
from awol.extract.sentences import split_sentences
from awol.model import Article

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _text(lang: str) -> str:
    files = sorted(DEV.glob(f"{lang}-*.txt"))
    return "\n\n".join(decode(p.read_bytes(), str(p))[0].strip() for p in files)


@pytest.fixture
def ahead(monkeypatch):
    if get_model() is None:
        pytest.skip("no sentence model")
    monkeypatch.setattr(vmod, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(vmod, "CHUNK", 37)
    monkeypatch.setenv("AWOL_WORKERS", "2")


def _same(a: dict, b: dict) -> None:
    assert list(a) == list(b)
    for i in a:
        x, y = a[i], b[i]
        assert (x.probs, x.cues, x.blocked, x.recover, x.confirm, x.veto, x.lemma) == (
            y.probs,
            y.cues,
            y.blocked,
            y.recover,
            y.confirm,
            y.veto,
            y.lemma,
        )
        # the very trigger objects of the lexicon
        assert [(id(t), s, e) for t, s, e in x.found] == [(id(t), s, e) for t, s, e in y.found]


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("here", [False, True])
def test_verdicts_read_ahead_are_the_same(ahead, monkeypatch, lang: str, here: bool) -> None:
    text = _text(lang)
    if not text:
        pytest.skip("no dev corpus")
    if here:  # keys that know no trigger: every part is read in this process
        monkeypatch.setattr(vmod, "_triggers", lambda lex: [])
    lex = get_lexicon(lang)
    sentences = split_sentences(text, lang)
    topic = [bool(lex.topic.search(s.text)) for s in sentences]
    one, rel = vmod.read_verdicts(sentences, lex, "A title", topic)
    got, rel2 = vmod.read_verdicts_ahead(text, sentences, lex, "A title", topic)
    assert isinstance(got, vmod.Ahead)  # (read ahead indeed)
    # asked in order, out of order, then all
    k = sorted(one)[len(one) // 2]
    assert got.get(k).probs == one[k].probs
    assert got.get(0) is None or got.get(0).probs == one[0].probs
    # the person names of every sentence, read with them (for the story's people)
    assert vmod.names_read({"verdicts": got}) == [
        find_person_names(s.text, lang) for s in sentences
    ]
    read = {"verdicts": got, "relevance": rel2}
    vmod.settle(read)
    assert got.pool is None  # (the workers ended)
    _same(read["verdicts"], one)
    assert read["relevance"] == rel and rel is not None
    assert len(one) > 3 * 37  # (several parts)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("warmup", [None, 0])
def test_extraction_of_a_text_read_ahead_is_the_same(
    ahead, monkeypatch, lang: str, warmup: int | None
) -> None:
    """The workers read the sentence stage too (sentence_pool): the reader takes their reading of
    a sentence where it was read with what the reader carries to it, else reads it itself; with
    no warm-up before each part the readings at the parts' starts are read again (a story, the
    names or a figure's date carried in), and the extraction is the same either way."""
    text = _text(lang)
    if not text:
        pytest.skip("no dev corpus")
    if warmup is not None:
        monkeypatch.setattr(vmod, "WARMUP", warmup)
        monkeypatch.setattr(pool, "WARMUP", warmup)
    monkeypatch.setenv("AWOL_WORKERS", "3")
    counts = {"asked": 0, "taken": 0}
    analysis = vmod.Ahead.analysis

    def counted(self, i, key, sources):
        got = analysis(self, i, key, sources)
        counts["asked"] += 1
        counts["taken"] += got is not None
        return got

    monkeypatch.setattr(vmod.Ahead, "analysis", counted)
    article = Article(id="long", text=text, language=lang, published="2024-06-30", title=None)
    parallel = extract_article(article)
    monkeypatch.setenv("AWOL_WORKERS", "1")
    alone = extract_article(article)
    assert parallel.events and parallel.events == alone.events
    assert parallel.figures == alone.figures
    # every sentence asked for once; each part read once (parts.Parts: by the reader as it went,
    # or as a worker would, or by a worker); of the readings of the parts read as a worker reads
    # them most were taken (all but a few with the warm-up)
    n = len(split_sentences(text, lang))
    assert counts["asked"] == n
    stats = parts.LAST
    assert stats["lost"] == 0 and stats["read_by_workers"] >= 1
    assert sum(stats[k] for k in ("read_here", "read_between", "read_by_workers")) == len(
        vmod.spans(n, 3)
    )
    if warmup is None:  # (only the parts the reader read as it went are read here)
        assert counts["taken"] >= 0.97 * (n - 37 * stats["read_here"])
    else:
        assert 0 < counts["taken"] < n

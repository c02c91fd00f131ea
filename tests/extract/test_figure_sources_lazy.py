"""The sources of an article's sentences (:class:`awol.extract.attribution.SourceChain`) and
their statements are read only where a stage asks for them, with the same results.

The statements are read only where a figure or an event asks for them
(:class:`awol.extract.figure_sources.ArticleStatements`): the sources it attributes are exactly
those :func:`~awol.extract.figure_sources.attribute_figures` gives over every sentence's
statements, on every dev article (and the real articles where ../shared is present), and on
invented articles built to reach every rule (own sentence, the next one, the nearest before,
the next two)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from awol.extract.attribution import SourceChain, find_source
from awol.extract.figure_sources import ArticleStatements, Statement, attribute_figures
from awol.extract.lexicon import get_lexicon
from awol.extract.sentences import Sentence
from awol.model import Document, Evidence, Figure

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "corpus" / "real"


class _Book(ArticleStatements):
    """Statements given outright per sentence (no reading of text)."""

    def __init__(self, given: dict[int, list[Statement]]) -> None:
        super().__init__(get_lexicon("en"), "", lambda i: None)
        self.given = given
        self.reads: list[int] = []
        for i in given:
            self.add(Sentence("", 0, 0, i, 0))

    def at(self, i: int) -> list[Statement]:
        self.reads.append(i)
        return list(self.given.get(i, []))


def _figure(value: int) -> Figure:
    return Figure("metric", value, Evidence("x", 0, 1))


def _random_article(rng: random.Random) -> tuple[dict[int, list[Statement]], list[int]]:
    n = rng.randint(1, 30)
    given: dict[int, list[Statement]] = {}
    for i in range(n):
        out = []
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            out.append(
                Statement(
                    i,
                    rng.choice(("Mediazona", "Meduza", "BBC", "media reports", "Ivan Petrov")),
                    generic=rng.random() < 0.3,
                    backward=rng.random() < 0.3,
                    opening=rng.random() < 0.5,
                    told=rng.random() < 0.2,
                )
            )
        given[i] = sorted(out, key=lambda s: s.generic)
    figures = sorted(rng.sample(range(n), rng.randint(0, min(n, 6))))
    return given, figures


@pytest.mark.parametrize("seed", range(300))
def test_lazy_attribution_as_the_eager_one(seed: int) -> None:
    rng = random.Random(seed)
    given, at = _random_article(rng)
    figs = [(i, _figure(k)) for k, i in enumerate(at)]
    for keep in (lambda s: True, lambda s: not s.told, lambda s: s.name != "Ivan Petrov"):
        book = _Book(given)
        every = [s for i in sorted(given) for s in given[i] if keep(s)]
        assert book.attribute(figs, keep) == attribute_figures(figs, every)


def test_far_sentences_are_not_read() -> None:
    given = {i: [] for i in range(100)}
    given[50] = [Statement(50, "Mediazona")]
    book = _Book(given)
    (out,) = book.attribute([(60, _figure(5))], lambda s: True)
    assert out.source == "Mediazona"
    assert set(book.reads) == set(range(50, 62))  # itself, the next one, back to the source


def _documents() -> list[Document]:
    out = []
    for folder in (ROOT / "corpus" / "dev", REAL):
        for p in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            lang = "ru" if p.name.startswith(("ru", "rru")) else "en"
            out.append(Document(origin=str(p), content=p.read_bytes(), id=p.stem, language=lang))
    return out


def test_documents_as_the_eager_attribution(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call the extraction makes gives what the eager reading of all statements gives
    (the real articles are only extracted and compared here, never read or printed)."""
    from awol.pipeline import Pipeline

    calls = []
    lazy = ArticleStatements.attribute

    def both(self, figures, keep, keep_next=None, crosses=None, events=False):
        got = lazy(self, figures, keep, keep_next, crosses, events)
        every = self.every()
        if events:  # (a body's material is named for events: Statement.owned, round 32)
            every = [replace(s, generic=False) if s.owned else s for s in every]
        also = None if keep_next is None else [s for s in every if keep(s) or keep_next(s)]
        want = attribute_figures(figures, [s for s in every if keep(s)], also, crosses)
        calls.append(len(figures))
        if events:  # (what is left with none takes its own sentence's finding, round 32)
            want = [
                replace(w, source=self._finding(i)) if w.source is None else w
                for (i, _f), w in zip(figures, want, strict=True)
            ]
        assert got == want
        return got

    monkeypatch.setattr(ArticleStatements, "attribute", both)
    for _ in Pipeline().process(_documents()):
        pass
    assert sum(calls) > 50


def _eager_sources(texts: list[str], lex) -> list:
    """Each sentence's source read in turn, as the article loop read it before the chain."""
    out, last = [], None
    for text in texts:
        src = find_source(text, lex, last)
        if src and src.start >= 0:
            last = src.text
        out.append(src)
    return out


def test_chain_of_invented_sentences_in_any_order() -> None:
    lex = get_lexicon("en")
    texts = [
        "Two soldiers fled their unit in May.",
        "Police detained them, according to the exiled news outlet IStories.",
        "They were held for two days.",
        "Both were charged, the outlet said.",
        "Nothing else is known.",
        "A third man was detained, the outlet reported.",
        "The court later sentenced him, the Kommersant newspaper reported.",
        "He appealed, the newspaper said.",
    ]
    sentences = [Sentence(t, 0, len(t), i, 0) for i, t in enumerate(texts)]
    want = _eager_sources(texts, lex)
    assert [s.text if s else None for s in want][3] == "IStories"  # (the anaphora is resolved)
    for order in (range(len(texts)), reversed(range(len(texts))), [3, 7, 0, 5, 1]):
        chain = SourceChain(sentences, lex)
        for i in order:
            assert chain.source(i) == want[i], (i, texts[i])


def test_chain_reads_no_sentence_it_is_not_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    from awol.extract import attribution

    read = []
    own = attribution.own_source
    monkeypatch.setattr(attribution, "own_source", lambda t, lex: read.append(t) or own(t, lex))
    texts = ["A soldier fled, Mediazona reported.", "He hid.", "He was caught.", "He was held."]
    chain = SourceChain(
        [Sentence(t, 0, len(t), i, 0) for i, t in enumerate(texts)], get_lexicon("en")
    )
    assert chain.source(2) is None
    assert read == ["He was caught."]


def test_documents_as_the_eager_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every source the extraction reads from the chain is the one the sentence-by-sentence
    reading gives (the real articles are only extracted and compared here, never printed)."""
    from awol.pipeline import Pipeline

    asked = []
    lazy = SourceChain.source

    def both(self, i):
        if not hasattr(self, "_want"):
            self._want = _eager_sources(self._texts, self._lex)
        asked.append(i)
        got = lazy(self, i)
        assert got == self._want[i]
        return got

    monkeypatch.setattr(SourceChain, "source", both)
    for _ in Pipeline().process(_documents()):
        pass
    # (dev alone asks ~500; with the real articles beside it, over 1000)
    assert len(asked) > (1000 if (REAL / "gold.jsonl").exists() else 300)

"""Extraction costs linear time in the length of a document.

Document-level merging once compared every mention with every earlier event, and every sentence
with every name seen before: a 19.5 MB text took 765 s.  Here the work (merge comparisons, names
recalled) is counted on a generated text of N and 4N stories: it must grow about 4 times, not 16.
"""

from __future__ import annotations

import random

import pytest

import awol.extract.document as document
import awol.extract.mentions as mentions
import awol.extract.merging as merging
from awol.model import Article

_SURNAMES = ("Ivanov", "Smirnov", "Kuznetsov", "Popov", "Lebedev", "Kozlov", "Novikov")
_REGIONS = ("Belgorod", "Kursk", "Saratov", "Rostov", "Voronezh")


def _story(rng: random.Random, i: int) -> str:
    name = f"Pavel {rng.choice(_SURNAMES)}{'abcdefghij'[i % 10]}"
    region = rng.choice(_REGIONS)
    day = rng.randint(1, 28)
    return (
        f"A soldier, {name}, deserted from his unit in the {region} region on May {day}, 2023. "
        f"He was detained by military police two weeks later. "
        f"A court sentenced {name} to five years in a penal colony. "
        "Local residents said the weather was cold.\n\n"
    )


def _work(stories: int, monkeypatch) -> tuple[int, int]:
    rng = random.Random(7)
    text = "".join(_story(rng, i) for i in range(stories))
    counts = {"compare": 0, "names": 0}
    compatible = merging.compatible
    known_surnames = mentions.known_surnames

    def counting_compatible(d, m):
        counts["compare"] += 1
        return compatible(d, m)

    def counting_surnames(text, known, found):
        counts["names"] += len(known)
        return known_surnames(text, known, found)

    monkeypatch.setattr(merging, "compatible", counting_compatible)
    monkeypatch.setattr(mentions, "known_surnames", counting_surnames)
    art = Article(id="big", language="en", text=text, published="2024-01-01")
    events = document.extract_article(art).events
    assert len(events) >= 2 * stories  # the stories are found, not skipped
    return counts["compare"], counts["names"]


def test_work_grows_linearly_with_document_length(monkeypatch) -> None:
    small = _work(100, monkeypatch)
    large = _work(400, monkeypatch)
    for a, b in zip(small, large, strict=True):
        assert a > 0
        assert b <= 4 * a * 1.25, (small, large)  # quadratic work would be 16 times


def _source_scans(stories: int, monkeypatch, joint: str = "") -> int:
    """Characters of the article read to tell whether a sentence's opening source is also
    written inside a sentence ("Analysts counted ..."), over every sentence of the article
    (the article was once searched again for every sentence: quadratic): the one pass over the
    article, and the searches for names of more than one run of letters ("Analysts.a",
    ``joint``)."""
    import re

    import awol.extract.figure_sources as figure_sources
    from awol.extract.lexicon import get_lexicon

    scanned = {"chars": 0, "searched": 0}

    class _CountingRe:
        def __getattr__(self, name):
            return getattr(re, name)

        def search(self, pattern, string, flags=0):
            scanned["chars"] += len(string)
            scanned["searched"] += len(string)
            return re.search(pattern, string, flags)

    class _CountingPass:
        def __init__(self, rx) -> None:
            self.rx = rx

        def finditer(self, string):
            scanned["chars"] += len(string)
            return self.rx.finditer(string)

    after_space = figure_sources._after_space  # (a name of several runs: read over the article)

    def _counting_after(word: str, doc: str) -> bool:
        scanned["chars"] += len(doc)
        scanned["searched"] += len(doc)
        return after_space(word, doc)

    monkeypatch.setattr(figure_sources, "re", _CountingRe())
    monkeypatch.setattr(figure_sources, "_after_space", _counting_after)
    monkeypatch.setattr(figure_sources, "_MID_CAPITAL", _CountingPass(figure_sources._MID_CAPITAL))
    figure_sources._INSIDE.clear()
    lex = get_lexicon("en")
    sentences = [
        f"Analysts{joint}{'abcdefghij'[i % 10]} counted {100 + i} deserters in the region."
        for i in range(stories)
    ]
    # each source is also written inside a sentence, at the very end: a search reads it all
    names = sorted({s.split()[0] for s in sentences})
    doc = " ".join(sentences) + " The figures were checked by " + ", ".join(names) + "."
    for s in sentences:
        figure_sources.source_statement(s, lex, doc)
    assert scanned["chars"] > 0  # the article is read
    assert (scanned["searched"] > 0) == bool(joint)  # one run of letters: no search
    return scanned["chars"]


@pytest.mark.parametrize("joint", ["", "."])
def test_figure_sources_read_the_article_linearly(monkeypatch, joint: str) -> None:
    small = _source_scans(100, monkeypatch, joint)
    large = _source_scans(400, monkeypatch, joint)
    assert large <= 4 * small * 1.25, (small, large)  # one scan per sentence would be 16 times

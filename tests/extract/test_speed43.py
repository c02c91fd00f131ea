"""Round 43 (speed43): reading faster without changing what is read.

- ``_kind_fate`` (:mod:`awol.extract.scope_unmet`) reads a sentence's dates only where its head
  names a kind and no capital follows (the dearest test last);
- the words of draft evasion (:mod:`awol.extract.scope_more`) and of argument assignment
  (:mod:`awol.extract.argument_words`) are searched with a prefilter on the words a match needs
  (:func:`awol.extract.prefilter.filtered`): the same matches on every dev sentence.
"""

from __future__ import annotations

import pytest
from tests.extract.test_fastre import _texts

from awol.extract import dates
from awol.extract.argument_words import _raw_words, _words
from awol.extract.fastre import compile_fast
from awol.extract.prefilter import FilteredRegex
from awol.extract.scope_more import _draft
from awol.extract.scope_unmet import _kind_fate


def test_kind_fate_reads_no_date_without_a_kind(monkeypatch) -> None:
    calls: list[str] = []
    real = dates.find_dates

    def counted(text, lang, published):
        calls.append(text)
        return real(text, lang, published)

    monkeypatch.setattr(dates, "find_dates", counted)
    text = "Military police detained the private at a railway station in the evening"
    s = text.index("detained")
    assert _kind_fate(text, s, s + len("detained"), "en") is False
    assert calls == []  # (no kind's head before the trigger: no date is read)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_filtered_words_match_as_before(lang: str) -> None:
    import re

    texts = _texts(lang) + _texts(lang, cased=True)[::5]
    words = _words(lang)
    assert any(isinstance(rx, FilteredRegex) for rx in words.values())
    plain = {
        k: compile_fast(v, re.IGNORECASE) for k, v in _raw_words(lang).items() if isinstance(v, str)
    }
    spans = lambda it: [m.span() for m in it]  # noqa: E731
    for key, rx in words.items():
        for text in texts:
            assert spans(rx.finditer(text)) == spans(plain[key].finditer(text)), (key, text)
            got, want = rx.search(text), plain[key].search(text)
            assert (got and got.span()) == (want and want.span()), (key, text)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_draft_words_filtered(lang: str) -> None:
    spec = _draft(lang)
    assert spec is not None
    assert isinstance(spec[0], FilteredRegex)

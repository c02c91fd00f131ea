"""Round 51 (speed51): a Russian text is ruled out by the literals of a prefiltered pattern too.

:class:`awol.extract.prefilter.FoldedFilter` looked for its literals in ASCII texts only; a
Russian sentence went to every pattern of the sources, the arguments and the scope.  A text that
is not ASCII is now looked for all the pattern's lower-cased literals (``wide``), unless it holds
a character that ``re`` matches case-insensitively otherwise than by its lower case
(``CASE_APART``: "ı" matches "i", the old "ᲀ" matches "в", a final "Σ" lowers to "ς").  These
tests fail on the start code (no ``wide``, no ``CASE_APART``) and where the characters derived
from Python's own tables differ from the ones written in the module.
"""

from __future__ import annotations

import _sre
import re

import pytest

from awol.extract import prefilter
from awol.extract.prefilter import FilteredRegex, filtered, folded_filter


def _derived() -> set[str]:
    """The characters of CASE_APART, derived again from ``_sre`` and ``re._casefix``."""
    from re._casefix import _EXTRA_CASES

    members = set(_EXTRA_CASES) | {v for vs in _EXTRA_CASES.values() for v in vs}
    other = {m for m in members if chr(m).upper().lower() != chr(m)}  # not its class's own
    out = {"\u03a3"}  # (lower-cased at a word's end: "ς")
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        low = _sre.unicode_tolower(cp)
        if chr(cp).lower() != chr(low) or low in other:
            out.add(chr(cp))
    return out


def test_case_apart_is_what_the_tables_say() -> None:
    assert set(prefilter.CASE_APART) == _derived()


def test_a_russian_sentence_is_ruled_out_by_its_words() -> None:
    pattern = r"(?i)\b(?:об этом)\s+(?:сообщил\w*|рассказал\w*)"
    f = folded_filter(pattern)
    assert f is not None and f.literals == () and f.wide is not None
    assert not f.may_match("Солдата задержали в Курске.")
    assert f.may_match("ОБ ЭТОМ СООБЩИЛИ в полиции.")
    rx = filtered(re.compile(pattern))
    assert isinstance(rx, FilteredRegex)
    assert rx.search("Солдата задержали в Курске.") is None
    assert rx.search("Об этом Сообщили в полиции.") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Об этом сообщили в полиции ᲀ.",  # (a CASE_APART character anywhere: not ruled out)
        "об этом сообщили",
        "ОБ ЭТОМ СООБЩИЛИ",
    ],
)
def test_a_match_is_never_ruled_out(text: str) -> None:
    rx = filtered(re.compile(r"(?i)об этом\s+сообщил\w*"))
    assert (rx.search(text) is None) == (re.search(r"(?i)об этом\s+сообщил\w*", text) is None)


def test_a_character_that_matches_otherwise_keeps_the_text() -> None:
    # "ᲀ" (the old rounded ve) is "в" to a case-insensitive pattern, not to str.lower()
    pattern = r"(?i)\bвместе\s+с"
    text = "Он ушёл ᲀместе с другом."
    assert re.search(pattern, text) is not None
    assert filtered(re.compile(pattern)).search(text) is not None
    assert folded_filter(pattern).may_match(text)
    # "ı" is "i" to IGNORECASE: an English literal in a text that is not ASCII
    pattern = r"(?i)\bsaid\b"
    text = "Полиция, SAıD the man"
    assert re.search(pattern, text) is not None
    assert filtered(re.compile(pattern)).search(text) is not None


def test_a_literal_with_such_a_character_gets_no_wide_filter() -> None:
    f = folded_filter(r"(?i)\bſtop\b|\bstay\b")
    assert f is None or f.wide is None


def test_a_vocabulary_of_many_words_gets_a_filter() -> None:
    """A lexicon pattern whose matches hold one of up to 32 literals is filtered by them (8
    before): a sentence with none of its words is not searched, and a match is still found."""
    from awol.extract.lexicon import Pattern

    words = "снова вновь повторно опять другой другого другие других второго второй третий".split()
    p = Pattern(r"\b(?:" + "|".join(words) + r")\b")
    assert p._need is not None and len(p._need.literals) == len(words)
    assert not p._need.may_match("солдата задержали в курске.")
    assert p.search("Его ВНОВЬ задержали.") is not None
    assert p.search("Солдата задержали в Курске.") is None


def test_an_anchored_russian_pattern_gets_a_wide_filter() -> None:
    """An anchored pattern that reads the sentence before it fails and needs Russian words is
    filtered by them (before: no filter at all)."""
    pattern = r"^(?P<src>(?!Он\b)[А-Я][^,]{2,60}?)\s+(?:сообщил\w*|заявил\w*)"
    rx = filtered(re.compile(pattern))
    assert isinstance(rx, FilteredRegex)
    assert rx.search("Пограничники задержали двоих у реки") is None
    assert rx.search("Пресс-служба суда сообщила об этом")["src"] == "Пресс-служба суда"

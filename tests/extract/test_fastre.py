"""Patterns compiled to skip ahead (:mod:`awol.extract.fastre`) match exactly what ``re`` matches:
the same spans and groups at every search, from any start, and they do skip (``re`` finds where
their matches can start)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awol.clean.encoding import decode
from awol.extract.argument_words import _words
from awol.extract.counts import _lexicon as count_lexicon
from awol.extract.dates import _grammar
from awol.extract.fastre import compile_fast
from awol.extract.lexicon import get_lexicon
from awol.extract.sentences import split_sentences

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"
EDGES = [
    "",
    "deserted",
    "_deserted",
    "xdeserted deserted",
    "9deserted",
    "-deserted",
    "édeserted",
    "дезертировал",
    "хдезертировал",
    "he fled. fled",
    "on 5 may 2024",
]


def _texts(lang: str, cased: bool = False) -> list[str]:
    out = list(EDGES)
    for p in sorted(DEV.glob(f"{lang}-*.txt")):
        text = decode(p.read_bytes(), str(p))[0]
        for s in split_sentences(text, lang):
            out += [s.text, s.text.upper(), s.text.swapcase()] if cased else [s.text.lower()]
    if cased:  # letters that match others case-insensitively: Kelvin sign, long s, dotted I
        out += ["\u212aILLED", "ſoldiers fled", "İN May", "DESERTED", "ДЕЗЕРТИРОВАЛ"]
    return out


def _patterns(lang: str) -> list[str]:
    lex = get_lexicon(lang)
    out = [v._lower.pattern for v in vars(lex).values() if hasattr(v, "_lower")]
    out += [t.pattern._lower.pattern for t in lex.triggers]
    g = _grammar(lang)
    out += [r.lowered.pattern for r in g.rules if r.lowered is not None]
    out += [rx.pattern for _name, rx, _need in g.gates]
    out.append(count_lexicon(lang).regex_lower.pattern)
    return out


def _matches(rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> list:
    end = len(text) if end is None else end
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text, pos, end)]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_same_matches_as_re(lang: str) -> None:
    texts = _texts(lang)
    assert len(texts) > 100
    rewritten = 0
    for pattern in _patterns(lang):
        plain, fast = re.compile(pattern), compile_fast(pattern)
        assert fast.pattern == pattern and fast.groupindex == plain.groupindex
        assert fast.groups == plain.groups
        rewritten += fast is not plain
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (pattern, text)
            # from a start and to an end inside the text: look-behinds and \b read before it
            pos, end = len(text) // 3, len(text) - len(text) // 4
            assert _matches(fast, text, pos, end) == _matches(plain, text, pos, end)
    assert rewritten > 20  # most vocabulary patterns start with a word boundary


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_same_matches_as_re_case_insensitive(lang: str) -> None:
    texts = _texts(lang, cased=True)
    g = _grammar(lang)
    patterns = [rx.pattern for rx in _words(lang).values()]
    patterns += [r.regex.pattern for r in g.rules] + [rx.pattern for rx in g.triggers.values()]
    rewritten = 0
    for pattern in patterns:
        plain, fast = re.compile(pattern, re.I), compile_fast(pattern, re.I)
        rewritten += fast is not plain
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (pattern, text)
    assert rewritten > 5


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_story_patterns_same_matches_as_re(lang: str) -> None:
    from awol.extract.story_lex import _story_lex

    texts = _texts(lang, cased=True)
    compiled = []
    for value in _story_lex(lang).values():
        compiled += list(value.values()) if isinstance(value, dict) else [value]
    compiled = [rx for rx in compiled if isinstance(rx, re.Pattern)]
    assert len(compiled) > 10
    for fast in compiled:
        plain = re.compile(fast.pattern, fast.flags)
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (fast.pattern, text)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_trigger_window_patterns_same_matches_as_re(lang: str) -> None:
    from awol.extract import mentions_checks, trigger_blocks

    texts = _texts(lang, cased=True)
    for fast in (
        trigger_blocks._CONJUNCTION,
        trigger_blocks._DENIAL,
        trigger_blocks._SAYING,
        mentions_checks._PASSIVE_BEFORE,
    ):
        plain = re.compile(fast.pattern, fast.flags)
        assert fast is not plain
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (fast.pattern, text)
            assert fast.split(text) == plain.split(text)


def test_no_character_beyond_the_bmp_lowercases_into_it() -> None:
    # (the case-insensitive first letters are read from a table of the BMP alone)
    import _sre

    assert all(_sre.unicode_tolower(ch) >= 0x10000 for ch in range(0x10000, 0x110000))


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bdeserted\b",
        r"(?<!\w)(?:fled|deserted)",
        r"\b(?:search|hunt)(?:es)? for",
        r"(?:\bawol\b)|(?:\bdesert(?:ed|er)\b)|\bran\b",
        r"\b(?P<who>soldiers?|men)\s+(?P<verb>fled)",
        r"\b(?:fled|\w+ed)\b",
        r"(?:^|, )\bfled",
        r"\b(?:on|in)?\s*(?:may|june)",
        r"\bfled(?! from)|\bran (?=away)",
    ],
)
def test_rewrites_keep_edge_cases(pattern: str) -> None:
    plain, fast = re.compile(pattern), compile_fast(pattern)
    for text in [*EDGES, "the soldiers fled", "men fled from", "x, fled", "ran away", "in may"]:
        for pos in range(len(text) + 1):
            assert _matches(fast, text, pos) == _matches(plain, text, pos), (pattern, text, pos)


def test_skips_ahead() -> None:
    # a word pattern gets a literal prefix ("deserted"), an alternation the set of first letters
    text = "x " * 20_000 + "deserted"
    fast, plain = compile_fast(r"\bdeserted\b"), re.compile(r"\bdeserted\b")
    assert fast is not plain and fast.search(text).start() == 40_000
    assert compile_fast(r"\b(?:fled|ran)") is not re.compile(r"\b(?:fled|ran)")
    # nothing to gain: a literal start, a class start, a pattern that may match empty
    for pattern in (r"fled\b", r"\w+ed", r"(?:\bfled)?", r"\b\w+ed"):
        assert compile_fast(pattern) is re.compile(pattern)


@pytest.mark.parametrize(
    "pattern", [r"(?:^|, )fled", r"(?:^|[,;]\s*|\bthat\s+)(?P<src>[A-Z]\w*) said", r"(?:^|x)y?"]
)
def test_start_or_rest_same_matches(pattern: str) -> None:
    from awol.extract.prefilter import StartOrRest, start_or_rest

    plain = re.compile(pattern)
    fast = start_or_rest(plain)
    assert isinstance(fast, StartOrRest) == (pattern != r"(?:^|x)y?")  # (may match empty: kept)
    texts = [*EDGES, "fled, fled", "Reuters said, that Ivan said", "x, Ivan said; Bob said"]
    for text in texts + _texts("en", cased=True)[:400]:
        for pos in range(min(len(text), 6) + 1):
            assert _matches(fast, text, pos) == _matches(plain, text, pos), (pattern, text, pos)
        s, p = fast.search(text), plain.search(text)
        assert (s and (s.span(), s.groups())) == (p and (p.span(), p.groups()))

"""The literal prefilters are necessary conditions: a filter never rules out a text its pattern
matches (so results never change), and it does rule texts out (so it saves time)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awol.clean.encoding import decode
from awol.extract import carry, mentions, mentions_checks, sentence_pool
from awol.extract.dates import _grammar
from awol.extract.figure_sources import _cased
from awol.extract.figures import _records
from awol.extract.lexicon import Pattern, get_lexicon
from awol.extract.prefilter import FilteredRegex, filtered, folded_filter, required_literals
from awol.extract.sentences import split_sentences

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _sentences(lang: str) -> list[str]:
    out = []
    for p in sorted(DEV.glob(f"{lang}-*.txt")):
        text = decode(p.read_bytes(), str(p))[0]
        for s in split_sentences(text, lang):
            out += [s.text, s.text.upper(), s.text.swapcase()]
    return out


def test_folded_literals_cover_case_insensitive_parts() -> None:
    assert required_literals(r"(?i:\bfled\b|\bdeserted\b)") is None  # not for case-sensitive use
    assert required_literals(r"(?i:\bfled\b|\bDeserted\b)", fold=True) == {"fled", "deserted"}
    f = folded_filter(r"\b[Aa]ccording to (?i:the)")
    assert f is not None
    assert f.may_match("ACCORDING TO THE report") and not f.may_match("as reported")
    # a non-ASCII text is looked for every literal (speed51), but for one with a character that
    # matches otherwise than by its lower case (CASE_APART: "ı" is "i" to IGNORECASE)
    assert not f.may_match("по данным") and f.may_match("по данным, ACCORDING TO THE")
    assert f.may_match("по данным, accordıng to the")
    assert folded_filter(r"^(?:source|data):") is None  # anchored: cheaper than a filter
    court = folded_filter(r"(?i)\b(?:court|суд)")  # Cyrillic never occurs in an ASCII text
    assert court is not None and court.literals == ("court",)
    assert court.may_match("суд") and not court.may_match("a trial")
    assert folded_filter(r"(?i)\bé(?:t)") is None  # other non-ASCII: no filter


def test_filtered_regex_keeps_the_pattern_api() -> None:
    rx = filtered(re.compile(r"(?i)\b(?:said|told)\s+(?P<who>\w+)"))
    assert isinstance(rx, FilteredRegex)
    assert rx.search("He SAID Ivan")["who"] == "Ivan"
    assert rx.search("nothing here") is None
    assert rx.pattern.startswith("(?i)") and rx.match("said x") is not None


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_filters_never_rule_out_a_match(lang: str) -> None:
    texts = _sentences(lang)
    assert texts
    lex = get_lexicon(lang)
    checks = []  # (does the pattern match?, does the filter let it through?)
    for value in vars(lex).values():
        for p in value if isinstance(value, list) else [value]:
            p = getattr(p, "pattern", p)  # a Trigger's Pattern
            if isinstance(p, Pattern) and p._need is not None:
                checks.append(
                    (lambda t, p=p: p._icase.search(t), lambda t, p=p: p._need.may_match(t.lower()))
                )
    regexes = [*lex.attribution, *(_cased(tuple(lex.extra.get("figure_sources") or ())))]
    regexes += [
        _records(lang, v)
        for k, v in lex.extra.items()
        if k.startswith("figure_") and isinstance(v, str)
    ]
    regexes += [
        sentence_pool._COURT_WORD,
        carry.SOON_AFTER,
        carry.DETENTION_WORDS,
        mentions.ORDINAL_GATE,
        mentions._NUMBER_WORD,
        mentions_checks._GENERIC_WHO,
    ]
    for rx in regexes:
        rx = filtered(getattr(rx, "regex", rx))
        if isinstance(rx, FilteredRegex):
            checks.append((rx.regex.search, rx.need.may_match))
    for name, rx, need in _grammar(lang).gates:
        original = _grammar(lang).triggers[name]
        checks.append(
            (
                original.search,
                lambda t, rx=rx, need=need: (
                    (need is None or need.may_match(t.lower())) and rx.search(t.lower())
                ),
            )
        )
    assert len(checks) > 10
    ruled_out = 0
    for matches, passes in checks:
        for t in texts:
            ok = bool(passes(t))
            assert ok or not matches(t)
            ruled_out += not ok
    assert ruled_out > len(texts)  # the filters do rule texts out


REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"


def _lowered_sentences(lang: str) -> list[str]:
    """The dev sentences, and those of ../shared/corpus/real where present (read in place)."""
    out = [s.lower() for s in _sentences(lang)]
    for p in sorted(REAL.glob(f"r{lang}-*.txt")) if REAL.is_dir() else ():
        text = decode(p.read_bytes(), str(p))[0]
        out += [s.text.lower() for s in split_sentences(text, lang)]
    return out


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_trigger_index_never_rules_out_a_match(lang: str) -> None:
    lex = get_lexicon(lang)
    index = lex.trigger_index
    assert index is not None
    passed = ruled_out = 0
    for low in _lowered_sentences(lang):
        cands = set(index.candidates(low))
        for i, t in enumerate(lex.triggers):
            if i in cands:
                passed += 1
            else:
                ruled_out += 1
                assert next(t.pattern.finditer_passed(low), None) is None, (t.pattern.pattern, low)
    assert ruled_out > 10 * passed  # (most patterns are ruled out of most sentences)


def test_alternatives_are_keyed_on_their_rarer_words() -> None:
    from awol.extract.prefilter_index import WordStartIndex, branches

    alts = branches(r"\b(?:gunned down|was found hanged|his death)\b|\bfled\b")
    assert alts == [
        # (the longest word inside the literal, or its first where a word starts there in
        # every match, up to 5 letters)
        (frozenset({"gunne"}), ("gunned down",)),
        (frozenset({"hange"}), ("was found hanged",)),
        (frozenset({"death"}), ("his death",)),
        (frozenset({"fled"}), ("fled",)),
    ]
    # a literal after an optional group that ends with a space, or after \b: its first word
    assert branches(r"\b(?:(?:is|was) )?wanted (?:for|on)") == [
        (frozenset({"wante"}), ("wanted for",)),
        (frozenset({"wante"}), ("wanted on",)),
    ]
    # where a word may go on before it, the pattern's own first letters (none known here)
    assert branches(r"(?:\w+ )?wanted for") == [(None, ("wanted for",))]
    assert branches(r"x?wanted for") == [(None, ("wanted for",))]
    assert branches(r"[a ]wanted for") == [(None, ("wanted for",))]
    assert branches(r"\Bwanted for") == [(None, ("wanted for",))]
    index = WordStartIndex([r"\b(?:was found hanged|his death)\b", r"\bwas\b"])
    assert index.candidates("he was found in his home") == [1]
    assert index.candidates("he was found hanged") == [0, 1]
    assert index.candidates("after his death was announced") == [0, 1]


def test_a_pattern_keeps_the_case_of_its_escapes() -> None:
    """Lexicon patterns are lower-cased to match the lower-cased text, but "\\W" is not "\\w"
    (nor "\\S" "\\s"): a class escape keeps its meaning."""
    assert Pattern(r"^\W*(?:читайте|read)\b").search("«Читайте также»") is not None
    assert Pattern(r"^\W*(?:читайте|read)\b").search("x читайте") is None
    assert Pattern(r"^\W*(?:обязан)\b").search(", обязан явиться") is not None
    assert Pattern(r"A\S+B").search("a--b") is not None and Pattern(r"A\S+B").search("a b") is None


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_has_trigger_says_what_the_alternation_of_all_triggers_says(lang: str) -> None:
    """``Lexicon.has_trigger`` (the patterns the trigger index leaves, each searched) answers as
    ``any_trigger.search`` does, on every dev sentence in both lexicons (an English text read by
    the Russian triggers too: the pipeline asks every lexicon of a unit cleaning keeps), whole
    paragraphs, and a text whose lower-casing changes its length (read by the alternation)."""
    lex = get_lexicon(lang)
    texts = _sentences("en") + _sentences("ru")
    for p in sorted(DEV.glob("*.txt")):
        texts += decode(p.read_bytes(), str(p))[0].split("\n")
    texts += ["İstanbul: a deserter was detained", "İ дезертир задержан", "", "fled"]
    said = 0
    for t in texts:
        want = lex.any_trigger.search(t) is not None
        assert lex.has_trigger(t) is want, t
        said += want
    assert 0 < said < len(texts)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_filtered_search_finds_what_the_pattern_finds(lang: str) -> None:
    """``FilteredRegex.search`` (its filter's test written inline) finds what the pattern
    itself finds, on every dev sentence, for the sources' and the figures' patterns."""
    lex = get_lexicon(lang)
    regexes = [*lex.attribution, *(_cased(tuple(lex.extra.get("figure_sources") or ())))]
    regexes += [
        _records(lang, v)
        for k, v in lex.extra.items()
        if k.startswith("figure_") and isinstance(v, str)
    ]
    fast = [f for f in (filtered(getattr(rx, "regex", rx)) for rx in regexes if rx is not None)]
    fast = [f for f in fast if isinstance(f, FilteredRegex)]
    assert len(fast) > 3
    found = 0
    for t in _sentences(lang):
        for f in fast:
            want = f.regex.search(t)
            got = f.search(t)
            assert (got and got.span()) == (want and want.span()), (f.pattern[:40], t)
            found += got is not None
    assert found > 0

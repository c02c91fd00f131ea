"""Round 45 (speed45): reading faster without changing what is read.

A pattern searched in an ASCII text runs as its ASCII twin (:func:`awol.extract.fastre.ascii_twin`,
compiled with ``re.ASCII``): there ``re`` tells a word character, a digit, a space and a letter's
case from a table, not from Unicode's database (a C call per character tested).  On any text that
:func:`~awol.extract.fastre.ascii_safe` accepts (ASCII, without the four separators
``\\x1c``-``\\x1f`` that Unicode's ``\\s`` holds) the twin finds the same matches; a pattern with
a character beyond ASCII that matches an ASCII letter case-insensitively (the Kelvin sign is
"k" to Unicode) or with a flag of its own has none.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.extract.helpers import every_object

from awol.extract import counts, dates
from awol.extract.fastre import ascii_safe, ascii_twin, compile_fast
from awol.extract.lexicon import Pattern, get_lexicon
from awol.extract.prefilter import FilteredRegex, filtered, required_literals
from awol.extract.prefilter_index import WordStartIndex, pattern_factors
from awol.extract.scope import _rules
from awol.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]


def _ascii_sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "corpus" / "dev").glob("en-*.txt"))[:20]:
        text = path.read_text(encoding="utf-8")
        out += [s.text for s in split_sentences(text, "en") if ascii_safe(s.text)]
    return out


def _spans(rx, text: str) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_every_lexicon_pattern_has_a_twin_that_finds_the_same():
    get_lexicon("en"), get_lexicon("ru"), _rules("en"), _rules("ru")
    patterns = [o for o in every_object() if isinstance(o, Pattern)]
    twins = [p for p in patterns if p._ascii is not None]
    assert len(twins) >= 0.9 * len(patterns) > 100
    sentences = _ascii_sentences()
    assert len(sentences) > 100
    for p in twins:
        for s in sentences:
            low = s.lower()
            assert _spans(p._ascii, low) == _spans(p._lower, low), p.pattern
            for (a, _na), (b, _nb) in zip(p._branches_ascii or (), p._branches or (), strict=False):
                assert _spans(a, low) == _spans(b, low), b.pattern


def test_a_lexicon_pattern_searches_an_ascii_text_with_its_twin():
    p = Pattern(r"\bfled\b")
    assert p._ascii is not None and p._ascii.flags & re.ASCII

    class Marked:
        def search(self, *args):
            return "twin"

        def finditer(self, *args):
            return iter(["twin"])

    real = p._ascii
    p._ascii = Marked()
    assert p.search("He fled the unit.") == "twin"
    assert list(p.finditer_passed("he fled the unit.")) == ["twin"]
    # (a text beyond ASCII is searched by the pattern itself)
    assert p.search("Он fled — the unit.") is not None
    assert p.search("Он fled — the unit.") != "twin"
    p._ascii = real


def test_filtered_dates_and_counts_have_twins():
    rx = filtered(re.compile(r"\b(?:said|told)\s+\w+", re.IGNORECASE))
    assert isinstance(rx, FilteredRegex) and rx.ascii is not None
    assert rx.search("The officer SAID quietly").span() == (12, 24)
    g = dates._grammar("en")
    assert sum(r.lowered_ascii is not None for r in g.rules) >= 0.9 * len(g.rules)
    assert g.gates_ascii and all(rx.flags & re.ASCII for _n, rx, _f in g.gates_ascii)
    assert counts._lexicon("en").regex_ascii is not None


@pytest.mark.parametrize(
    "pattern, flags",
    [
        ("\u212a\\w+", re.IGNORECASE),  # the Kelvin sign matches "k" and "K" in Unicode
        ("[\u017f-\u0180]x", re.IGNORECASE),  # the long s matches "s"
        ("(?u:\\w+)", 0),  # a flag of its own
        ("(?a)\\w+", 0),
    ],
)
def test_no_twin_where_ascii_would_read_otherwise(pattern, flags):
    assert ascii_twin(pattern, flags) is None


def test_what_the_twin_reads_as_the_pattern():
    # the four separators a Unicode \s holds: a text with one is searched by the pattern itself
    for ch in "\x1c\x1d\x1e\x1f":
        text = f"ran{ch}away"
        assert not ascii_safe(text)
        assert re.search(r"ran\saway", text) is not None
        assert re.search(r"ran\saway", text, re.ASCII) is None
    assert ascii_safe("He ran away, 3 times.") and not ascii_safe("Он сбежал")
    # a twin of a case-insensitive pattern with Cyrillic literals still reads English the same
    rx = "(?:сбежал|deserted)\\s+(?:from|из)\\s+\\w+"
    twin = ascii_twin(rx, re.IGNORECASE)
    assert twin is not None
    for text in ("He DESERTED from Kursk.", "they deserted  from  base_7 yesterday"):
        assert _spans(twin, text) == _spans(compile_fast(rx, re.IGNORECASE), text)


def test_a_filter_holds_no_frequent_word_where_another_is_known():
    # "seized ... a rifle from him": "him"/"them"/"the" are as long as "gun" and fewer, but nearly
    # every sentence holds one; the weapons rule the sentence out (lang/*/frequent.yaml)
    rx = r"(?<=seized )(?:rifles?|guns?|pistols?)\s+from\s+(?:him|them|the\s+men)\b"
    assert required_literals(rx) == {"rifle", "gun", "pistol"}
    assert required_literals(r"(?:на|в)\s+(?:часть|казарму)") == {"часть", "казарму"}
    # (with none other known, the frequent one is kept)
    assert required_literals(r"\bthe\s+\w+") == {"the"}


def test_a_pattern_tried_at_every_word_keeps_its_factor_of_twenty_places():
    # "...ed from his unit": the verb has no literal of its own and "from" is short, so the
    # places of service (20 literals) are what rules a sentence out before the pattern runs
    places = (
        "army barracks base battalion brigade camp detachment front garrison hospital platoon"
        " positions range regiment service trench unit zone post kazarma"
    ).split()
    rx = r"\b[a-z]{3,}ed\s+(?:from|of)\s+(?:his\s+)?(?:" + "|".join(places) + r")\b"
    assert pattern_factors(rx) == (tuple(sorted(places, key=lambda x: (-len(x), x))),)
    index = WordStartIndex([rx], [None])
    assert index.candidates("he fled from his garrison at night.") == [0]
    assert index.candidates("he walked from the shop to his home.") == []

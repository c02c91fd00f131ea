"""The quicker forms of the patterns read in every sentence find what the patterns find
(round 18, speedcpu18): the word patterns' ASCII twins, the clause splitter lower-cased without
IGNORECASE on an ASCII sentence, the clauses kept per sentence, the publication date kept per
value.  Checked on random ASCII text (every printable character and the joiners) and on the
development corpus's sentences."""

from __future__ import annotations

import random
import re
from bisect import bisect_right

import awol.extract.sentences as sentences
from awol.extract.dates import _parse_published, parse_published_precision
from awol.extract.name_forms import WORD_RE
from awol.extract.places_tokens import _TOKEN_RE
from awol.extract.prefilter_index import _WORD_START, _WORD_START_ASCII
from awol.extract.sentences import split_sentences
from awol.extract.tokens import _WORD, _WORD_ASCII, ascii_twin, word_spans

_ALPHABET = "aAbBzZyYkKsS019_ -'’‐\t\n.,;:()\"!?"


def _texts() -> list[str]:
    from tests.conftest import DEV

    from awol.clean.encoding import decode

    rng = random.Random(18)
    out = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    out += ["".join(chr(rng.randint(0, 127)) for _ in range(80)) for _ in range(500)]
    for path in sorted(DEV.glob("*.txt")):
        text = decode(path.read_bytes(), str(path))[0]
        out += [s.text for s in split_sentences(text, "ru" if path.name.startswith("ru") else "en")]
    return out


def test_word_patterns_ascii_twins_find_the_same_words() -> None:
    texts = [t for t in _texts() if t.isascii()]
    assert len(texts) > 1500
    assert WORD_RE is _TOKEN_RE  # (one object: one twin, one kept reading for both finders)
    for regex, twin in ((_WORD, _WORD_ASCII), (WORD_RE, ascii_twin(WORD_RE))):
        assert twin is not regex
        for t in texts:
            assert twin.findall(t) == regex.findall(t), t
            assert word_spans(regex, t) == tuple((m.group(), *m.span()) for m in regex.finditer(t))
    for t in texts:
        low = t.lower()
        assert _WORD_START_ASCII.findall(low) == _WORD_START.findall(low), t
    assert ascii_twin(re.compile(r"\w+")).pattern == r"\w+"  # (no twin known: itself)


def test_clause_splitter_lower_cased_finds_the_same_clauses() -> None:
    texts = _texts()
    cased = [t[:1].upper() + t[1:].replace(" and ", " AND ").replace("who", "Who") for t in texts]
    n = 0
    for t in texts + cased:
        if not t.isascii():
            continue
        n += 1
        want = [m.span() for m in sentences._CLAUSE.finditer(t)]
        assert [m.span() for m in sentences._CLAUSE_LOWER.finditer(t.lower())] == want, t
    assert n > 1500


def test_clause_bounds_as_the_bisect_over_the_clauses() -> None:
    rng = random.Random(7)
    for t in _texts()[3000:]:
        spans = sentences._clauses(t)
        for pos in (-3, 0, len(t), len(t) + 2, *(rng.randint(0, len(t)) for _ in range(5))):
            i = bisect_right(spans, (pos, len(t) + 1)) - 1
            assert sentences.clause_bounds(t, pos) == spans[max(i, 0)]


def test_publication_date_kept_per_value_reads_as_parsed() -> None:
    for value in ("2024-06-30", "2024-09", "2024", " 2024-02-29T10:00", "2023-02-29", "x", ""):
        assert parse_published_precision(value) == (_parse_published(value) if value else None)
        assert parse_published_precision(value) == parse_published_precision(value)

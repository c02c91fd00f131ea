"""Split cleaned text into sentences and clauses, keeping character offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from awol.extract.lexicon import get_lexicon, lower_pattern
from awol.extract.prefilter import lowered

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and
# an opening quote, a capital letter, a digit or a dash; paragraphs always end sentences.
# A post may open with emoji or symbols ("... sources. ⚡️In the Belgorod region, ...").
_END = re.compile(
    r"[.!?…]+[\"'”»)\]]*(?=\s+(?:[\"'“«(\[—–-]|[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+)?"
    r"\s*[A-ZА-ЯЁ0-9])"
)
_PARA = re.compile(r"\n\s*\n|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'”»)\]]*$")
_DOTTED = re.compile(r"(?:\w\.)+\w")
_NUMBER_NEXT = re.compile(r"\s*\d")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int
    paragraph: int


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Sentences of ``text`` with their offsets; ``text[s.start:s.end] == s.text``."""
    abbrev = get_lexicon(lang).abbreviations if lang else frozenset()
    out: list[Sentence] = []
    _split_span(text, 0, len(text), abbrev, out, 0)
    return out


def _split_span(
    text: str, pos: int, stop: int, abbrev: frozenset[str], out: list[Sentence], para: int
) -> int:
    """The sentences of the paragraphs of ``text[pos:stop]`` added to ``out`` (``stop``: the
    text's end, or where a paragraph break starts that no break before it runs into), the
    first numbered ``para``; the number of the paragraph after them."""
    for pm in [*_PARA.finditer(text, pos, stop), None]:
        pend = pm.start() if pm else stop
        _split_paragraph(text, pos, pend, abbrev, out, para)
        para += 1
        if pm is None:
            break
        pos = pm.end()
    return para


# (a text of this many characters or more, where more than one core may be used, is split in
# halves: :func:`split_sentences_read`)
SPLIT_APART_MIN_CHARS = 1_000_000


def split_sentences_read(
    text: str, lang: str, read: Callable[[str], Any], apart: bool = False
) -> tuple[list[Sentence], list]:
    """:func:`split_sentences` and ``read(s.text)`` of each sentence (its topic); with ``apart``
    (more than one core to be had) a long text's later paragraphs split and read by a forked
    child (:class:`awol.parallel.Apart`) while this process splits and reads the earlier ones:
    a paragraph's sentences are a function of the paragraph, so cut at a paragraph break
    (:func:`_cut`) the halves give the same sentences, numbered on from the first half's.  A
    child that fails leaves its half to this process."""
    abbrev = get_lexicon(lang).abbreviations if lang else frozenset()
    cut = _cut(text) if apart and len(text) >= SPLIT_APART_MIN_CHARS else None
    child = None
    if cut is not None:
        from awol.parallel import Apart

        try:
            child = Apart(_later_half, text, cut, abbrev, read)
        except OSError:  # pragma: no cover - no process to be had: all split here
            child = None
    out: list[Sentence] = []
    if child is None:
        _split_span(text, 0, len(text), abbrev, out, 0)
        return out, [read(x.text) for x in out]
    q, after = cut
    para = _split_span(text, 0, q, abbrev, out, 0)
    values = [read(x.text) for x in out]
    got = child.value()
    if got is None:  # (the child failed: its half split here)
        rest: list[Sentence] = []
        _split_span(text, after, len(text), abbrev, rest, 0)
        got = ([(x.start, x.end, x.paragraph) for x in rest], [read(x.text) for x in rest])
    spans, read_later = got
    n = len(out)
    out.extend(Sentence(text[a:b], a, b, n + k, para + p) for k, (a, b, p) in enumerate(spans))
    values.extend(read_later)
    return out, values


def _cut(text: str) -> tuple[int, int] | None:
    """A paragraph break near the middle of ``text`` that the whole text's breaks hold as it
    is: (where it starts, where it ends); one after a character that is not a space (a break
    is all spaces: none before it runs into it, so a search from there finds the break the
    whole text's search finds).  None where there is none."""
    for m in _PARA.finditer(text, len(text) // 2):
        if not text[m.start() - 1].isspace():
            return m.start(), m.end()
    return None


def _later_half(
    text: str, cut: tuple[int, int], abbrev: frozenset[str], read: Callable[[str], Any]
) -> tuple[list[tuple[int, int, int]], list]:
    """(The child of :func:`split_sentences_read`) the sentences after the break ``cut`` as
    (start, end, paragraph from 0), and ``read`` of each."""
    out: list[Sentence] = []
    _split_span(text, cut[1], len(text), abbrev, out, 0)
    return [(x.start, x.end, x.paragraph) for x in out], [read(x.text) for x in out]


def _split_paragraph(
    text: str, start: int, end: int, abbrev: frozenset[str], out: list[Sentence], para: int
) -> None:
    chunk = text[start:end]
    last = 0
    for m in _END.finditer(chunk):
        before = _word_before(chunk, last, m.end())
        word = before.group(1).rstrip(".").lower() if before else ""
        if chunk[m.start()] == "." and (
            word in abbrev
            or (len(word) == 1 and word.isalpha())  # initials: "D. Kulebin"
            or _DOTTED.fullmatch(word or "-")  # "U.S", "т.д"
            # a month before its day or year: "on Oct. 5", «в окт. 2023 г.»
            or ("#" + word in abbrev and _NUMBER_NEXT.match(chunk, m.end()))
        ):
            continue
        _add(text, start + last, start + m.end(), out, para)
        last = m.end()
    _add(text, start + last, end, out, para)


def _word_before(chunk: str, start: int, end: int) -> re.Match[str] | None:
    """``_WORD_BEFORE.search(chunk[start:end])``, searched from the last character no match can
    hold on (the search tries every position of the sentence, each as far as the run of word
    characters after it: quadratic in a run): a match ends at the end (``$``), so it starts
    after that character, and the search from there finds the same leftmost match."""
    seg = chunk[start:end]
    if seg.endswith("\n"):  # (``$`` before a final newline: the whole search; no paragraph has one)
        return _WORD_BEFORE.search(seg)
    p = len(seg)
    while p > 0:
        ch = seg[p - 1]
        if not (ch.isalnum() or ch in _IN_MATCH):  # (``\w``: alphanumeric, or the underscore)
            break
        p -= 1
    return _WORD_BEFORE.search(seg, p)


_IN_MATCH = frozenset("_.!?…\"'”»)]")  # what a match of _WORD_BEFORE holds besides the alphanumeric


def _add(text: str, s: int, e: int, out: list[Sentence], para: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(text[s:e], s, e, len(out), para))


# (every match starts with a space or one of ";:—–,()": the look-ahead first lets ``re`` skip to
# those characters, where the alternatives are tried, instead of trying them at every character)
_CLAUSE = re.compile(
    r"(?=[\s;:—–,()])(?:"
    r"\s*(?:[;:—–]|,|\(|\))\s*"
    # relative and complement clauses start a new clause even without a comma
    r"|\s+(?=(?:who|whom|which|that|where|after|before|when|while|because|although|"
    r"который|которая|которое|которые|которого|которой|которых|которым|после того как|когда|что)\b)"
    # "left his unit in March and hid for a year in the Krasnodar region": a second predicate
    r"|\s+(?=and\s+(?:then\s+)?(?:\w+ed|hid|went|spent|made|got|took|ran|fled|came|was|were|had|"
    r"said|told|left|found|kept|stayed|lived|began|became|sought|crossed|reached|"
    # a present or modal second predicate: "was charged and faces up to ten years"
    r"faces?|could|may|might|remains?|risks?|is|are|has|have)\b)"
    r"|\s+(?=и\s+(?:затем\s+|потом\s+)?\w+(?:л|ла|ли|лся|лась|лись)\b)"
    r")",
    re.IGNORECASE,
)
# (the same on an ASCII sentence lower-cased, without IGNORECASE, which makes ``re`` several
# times slower: there a letter of the pattern matches exactly the two cases of itself)
_CLAUSE_LOWER = re.compile(lower_pattern(_CLAUSE.pattern))


def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """Start and end (offsets in ``sentence``) of the clause that contains ``pos``."""
    global _LAST_CLAUSES
    last = _LAST_CLAUSES
    if last[0] is not sentence:  # (a trigger sentence is asked ~20 times: its clauses kept)
        spans = _clauses(sentence)
        last = _LAST_CLAUSES = (sentence, [start for start, _end in spans], spans)
    i = bisect_right(last[1], pos) - 1  # (the last clause that starts at or before ``pos``)
    return last[2][i if i > 0 else 0]


# the sentence asked last, the starts of its clauses and its clauses (replaced at once: threads
# see one sentence's)
_LAST_CLAUSES: tuple = (None, [], ())


@lru_cache(maxsize=2048)
def _clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """The clauses of a sentence as (start, end) spans, computed once per sentence."""
    spans = []
    start = 0
    found = (
        _CLAUSE_LOWER.finditer(lowered(sentence))
        if sentence.isascii()
        else _CLAUSE.finditer(sentence)
    )
    for m in found:
        if m.end() == m.start() and m.start() == start:
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    return tuple(spans)

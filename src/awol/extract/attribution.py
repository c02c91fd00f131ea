"""Who a sentence attributes its facts to ("according to X", "X reported", "по данным X")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from awol.extract.lexicon import Lexicon
from awol.extract.prefilter import FilteredRegex, filtered
from awol.extract.recent import per_list

_LEAD = re.compile(r"^(?:the|a|an|and|but|also|both|then)\s+", re.IGNORECASE)
_QUOTES = "\"'“”«»„‘’"
_TAIL = re.compile(
    r"\s+(?:in|on|late|earlier|last|this|via)\s+(?:western|eastern|northern|southern|central|social|its|his|her|their|a|the)?\s*\w*\s*\w*$"
)
_PASSIVE_END = re.compile(
    r"\b(?:were|was|is|are|been|be|being|later|also|reportedly|был\w*|были)$", re.I
)


@lru_cache(maxsize=8)
def _filtered(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str] | FilteredRegex, ...]:
    """The attribution patterns with a prefilter on the words each needs (same matches)."""
    return tuple(filtered(p) for p in patterns)


@lru_cache(maxsize=16)
def _media_before(media: str) -> re.Pattern[str]:
    return re.compile(rf"\b{media}\s+(?P<name>[\"«“]?[A-ZА-ЯЁ0-9][^,;]*)$")


@lru_cache(maxsize=16)
def _media_after(media: str) -> re.Pattern[str]:
    return re.compile(rf"^(?P<name>[A-ZА-ЯЁ«\"“][\w.\-«»\"“” ]*?)\s+{media}$")


@dataclass(frozen=True)
class Source:
    text: str  # as written in the article (a substring of the sentence)
    start: int
    end: int
    span_start: int = -1  # the whole attribution phrase (places in it are the source's, not
    span_end: int = -1  # the event's: "the government of the Lipetsk region in western Russia")
    told: bool = False  # the outlet people told ("they told BBC News Russian"): not a statistic's


def find_source(sentence: str, lex: Lexicon, last_named: str | None = None) -> Source | None:
    """The attributed source of ``sentence`` or None.

    ``last_named`` is the last named source of the document; generic references such as "the
    outlet said" resolve to it.
    """
    for pattern in per_list(lex.attribution, _filtered):
        m = pattern.search(sentence)
        if not m:
            continue
        src = _tidy(sentence, m.start("src"), m.end("src"), lex)
        if src is None:
            continue
        if lex.attribution_anaphora.match(src.text):
            return Source(last_named, -1, -1, m.start("src"), m.end("src")) if last_named else None
        return Source(src.text, src.start, src.end, m.start("src"), m.end("src"))
    for pattern in per_list(lex.attribution_told, _filtered):
        m = pattern.search(sentence)
        src = _tidy(sentence, m.start("src"), m.end("src"), lex) if m else None
        if src is not None and not lex.attribution_anaphora.match(src.text):
            return Source(src.text, src.start, src.end, m.start("src"), m.end("src"), told=True)
    return None


def _tidy(sentence: str, start: int, end: int, lex: Lexicon) -> Source | None:
    text = sentence[start:end]
    # drop leading function words and trailing "in western Russia" / "on social media" tails
    while True:
        m = _LEAD.match(text)
        if not m:
            break
        start += m.end()
        text = text[m.end() :]
    tail = _TAIL.search(text)
    if tail and tail.start() > 8:
        text = text[: tail.start()]
    # "the exiled news outlet IStories" -> "IStories"; "The Kommersant newspaper" -> "Kommersant"
    media = lex.media_nouns
    m = _media_before(media).search(text)
    if m:
        start += m.start("name")
        text = m.group("name")
    else:
        m = _media_after(media).match(text)
        if m:
            text = m.group("name")
    text = (
        text.strip(" " + _QUOTES) if text[:1] in _QUOTES and text[-1:] in _QUOTES else text.strip()
    )
    if (
        start < len(sentence)
        and sentence[start] in _QUOTES
        and not text.startswith(sentence[start])
    ):
        start += 1
    if len(text) < 2 or lex.attribution_reject.match(text) or len(text.split()) > 14:
        return None
    # "Nearly 300 were later reported ...": a passive, not a source
    if _PASSIVE_END.search(text):
        return None
    pos = sentence.find(text, max(0, start - 2))
    if pos < 0:
        return None
    return Source(text, pos, pos + len(text))

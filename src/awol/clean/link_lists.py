"""Lists in a text: the lines a sentence of the article introduces with a colon (the article's
own list, kept: :func:`introduced_items`), and the links that follow a list marker ("Read also:",
«Читайте также»: dropped, :func:`_drop_link_list`).
"""

from __future__ import annotations

import re

from awol.clean.cues import Cues, appeal_hits
from awol.clean.dates import is_dateline
from awol.clean.units import (
    _SENTENCE_BREAK,
    _TERMINAL,
    _URLISH,
    Unit,
    is_byline,
    is_caption,
    is_prose,
)

__all__ = ["introduced_items"]


_LIST_INTRO_END = re.compile(r":[\"'»”’)\]]*$")


_LIST_ITEM_MAX_WORDS = 12  # a line of a list: "2024: 8,050", "январь — 1410", "Kursk region: 3"


_LIST_ITEM_MIN_WORDS = 3  # (a line without a digit: "Two were caught in Kursk")


def introduced_items(units: list[Unit], cues: Cues) -> set[int]:
    """The indices of the short lines that a sentence of the article introduces with a colon
    ("Sentences for going AWOL, by year:" / «Дела о СОЧ по месяцам:» and "2023: 4,210", «январь
    — 1410» under it): the list is the article's text, not the head's or the tail's furniture
    (above the first long paragraph or at the end, short lines are dropped).  The introducing
    sentence is a kept prose paragraph ending with a colon that is no appeal or furniture
    ("Follow us on social media:"); its lines follow it in its block of lines or in the next
    blocks, each short, holding a digit or a few words, and none furniture, a dateline, a
    byline, a caption or a link; the list ends at the first line that is not one."""
    out: set[int] = set()
    k, n = 0, len(units)
    while k < n:
        u = units[k]
        k += 1
        t = u.text
        if u.drop or not _LIST_INTRO_END.search(t) or not is_prose(t):
            continue
        if appeal_hits(t, cues) or cues.strong_match(t.lower()) or _URLISH.search(t):
            continue
        while k < n and _list_item(units[k]):
            out.add(k)
            k += 1
    return out


def _list_item(u: Unit) -> bool:
    t = u.text
    words = t.split()
    if u.drop or not words or len(words) > _LIST_ITEM_MAX_WORDS or _LIST_INTRO_END.search(t):
        return False
    if not any(c.isdigit() for c in t) and len(words) < _LIST_ITEM_MIN_WORDS:
        return False
    if _URLISH.search(t) or is_byline(t) or is_caption(t):
        return False
    return not is_dateline(t)


_LIST_ITEM_WORDS = 25


def _link_sized(t: str) -> bool:
    """Could this unit be one link of a list: a headline, with or without a full stop (one
    sentence of at most ``_LIST_ITEM_WORDS`` words)?  A longer paragraph, or one of several
    sentences, is an article's text, never a link."""
    return len(t.split()) <= _LIST_ITEM_WORDS and not _SENTENCE_BREAK.search(t)


def _inline_link(t: str, cues: Cues) -> bool:
    """A list marker and one headline on one line: "Read also: <headline>"."""
    m = cues.inline_list.match(t)
    return m is not None and _link_sized(m.group("rest"))


def _drop_link_list(units: list[Unit], i: int, cues: Cues) -> int:
    """Drop the links that follow the list marker ``units[i]``; return the index after them.

    The links of one list share a form: headlines without a full stop ("Суд в Пскове приговорил
    контрактника") or one-sentence headlines with one.  A headline without a full stop is a
    link wherever it is; a sentence only while the list has had no bare headline, and only in
    the marker's own block (a blank line before the marker, none between it and the sentence).
    So the list stops at the article's own paragraphs: at a long or multi-sentence paragraph,
    at a sentence that follows bare headlines, and at a sentence of a text that puts the list
    and the article in one block of lines, or of an HTML page whose extractor dropped the
    links and left their marker before the article's next paragraph."""
    marker = units[i]
    own_block = i == 0 or units[i - 1].block != marker.block
    style: str | None = None
    j = i + 1
    while j < len(units):
        v = units[j]
        if v.drop:
            j += 1
            continue
        t = v.text
        if cues.list_marker.match(t) or not _link_sized(t):
            break
        if not is_prose(t) and not _TERMINAL.search(t):
            style = style or "headline"
        elif style == "headline":
            break  # a sentence after bare headlines: the article again
        elif own_block and v.block == marker.block:
            style = "sentence"
        else:
            break  # (an HTML extractor that dropped the links leaves the marker before prose)
        v.drop = "link list"
        j += 1
    return j

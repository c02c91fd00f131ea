"""An event told in the headline (or the lead) whose body tells it again: the body's day and
region fill the fields the headline's telling left empty (round 54, evid54).

A news story's headline and standfirst tell the happening in a few words; the body tells it
again in a sentence of its own with the day and the place.  Where that body sentence is no
mention of the type (a participle, a noun, «Побег случился вечером 3 октября в селе ...»), the
event keeps only the headline's mention, its evidence and its fields.  Which of the two tellings
the coders cite varies (round 53: moving the evidence to the body lost a test desertion; real
train's coders take the telling with the most fields, the headline or lead where the body adds
none): so the evidence stays, and only the fields the event lacks are read from the body's
telling.  Whichever sentence a reader cites, the event then says when and where it happened.

:func:`fields_of_retelling` reads, for each event cited from the headline, a standfirst (a
one-sentence paragraph with no full stop after the headline) or the body's first sentence, that
has no date or no region, the first of the next few body sentences that: the sentence classifier
reads as its type (a cue word of the type and the model's probability at least its confirm
threshold, :class:`~.mentions_types.Verdict`) and as no other type; tells of the event's people
(its count, a name, or two content lemmas in common with the event's sentence,
``body_retelling_stop`` leaving out the generic ones); no event cites; and opens no other case
(``another_case``).  From it, the event's missing date (one resolved date in the sentence, none
anchored to another) and missing region (one region among its places) are taken.  Nothing moves
where the sentence gives two dates or two regions.  Cost: nothing on a text with no event cited
from its head; else a few sentences' dates, places and words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache

from awol.extract.counts import find_counts
from awol.extract.dates import find_dates
from awol.extract.lexicon import Lexicon, get_lexicon
from awol.extract.merge_words import extra_pattern
from awol.extract.sentences import Sentence
from awol.extract.tokens import tokens
from awol.model import Event

# how many body sentences after the event's own may tell it again
WINDOW = 3
_END = re.compile(r"[.!?…][»\"”)]*\s*$")
_NUM = re.compile(r"\d+")


def body_start(sentences: list[Sentence], head_end: int) -> int:
    """The index of the first body sentence: after the title (``head_end``) and a standfirst
    (the paragraph right after the title, one sentence with no full stop)."""
    i = 0
    while i < len(sentences) and sentences[i].start < head_end:
        i += 1
    if i == 0 or i >= len(sentences):
        return i
    para = sentences[i].paragraph
    same = [s for s in sentences[i : i + 3] if s.paragraph == para]
    if len(same) == 1 and not _END.search(same[0].text):
        return i + 1
    return i


@cache
def _stop(lang: str) -> frozenset[str]:
    raw = get_lexicon(lang).extra.get("body_retelling_stop") or ()
    return frozenset(str(w) for w in raw)


def _content(text: str, lang: str) -> set[str]:
    stop = _stop(lang)
    return {t.lemma for t in tokens(text, lang) if len(t.lemma) >= 4 and t.lemma not in stop}


def same_people(e: Event, head: str, body: str, lang: str) -> bool:
    """Does ``body`` tell of the people of ``e`` (told in ``head``): the event's count in both,
    a name of the event, or two content lemmas of ``head``?"""
    if e.count is not None and (
        str(e.count) in _NUM.findall(body)
        or any(c.value == e.count for c in find_counts(body, lang))
    ):
        return True
    for name in e.names:
        last = name.split()[-1] if name.split() else ""
        if len(last) >= 4 and last[:-2].lower() in body.lower():
            return True
    return len(_content(head, lang) & _content(body, lang)) >= 2


def _one_date(text: str, lang: str, published: str | None):
    """The sentence's one resolved date (not anchored to another telling), else None."""
    dates = [d for d in find_dates(text, lang, published) if d.value]
    if len(dates) != 1 or dates[0].anchor:
        return None
    return dates[0]


def _one_region(text: str, places: Callable[[str], list]):
    """The sentence's one region (every place with a region in it names the same), else None."""
    found = [p for p in places(text) if p.region]
    if not found or len({p.region for p in found}) != 1:
        return None
    return found[0]


def fields_of_retelling(
    events: list[Event],
    sentences: list[Sentence],
    verdicts: Mapping,
    head_end: int,
    lex: Lexicon,
    published: str | None,
    places: Callable[[str], list],
) -> int:
    """Fill the missing date and region of each event cited from the head of the story from
    the body's retelling of it (see the module's doc); returns how many fields were filled."""
    if not events or not hasattr(verdicts, "get"):
        return 0
    first = body_start(sentences, head_end) if head_end else 0
    if first >= len(sentences):
        return 0
    # (the head: the title and standfirst, and the body's first sentence)
    end = sentences[first].end
    cited = {e.evidence.start for e in events}
    another = extra_pattern(lex.lang, "another_case")
    filled = 0
    for e in events:
        if e.evidence.start >= end or (e.date and e.region):
            continue
        at = next((i for i, s in enumerate(sentences) if s.start == e.evidence.start), None)
        if at is None:
            continue
        start = max(at + 1, first)
        for s in sentences[start : start + WINDOW]:
            if s.start in cited or (another is not None and another.search(s.text)):
                continue
            v = verdicts.get(s.index)
            if v is None or e.type not in v.cues or not v.accepts_lemma(e.type):
                continue
            if any(t != e.type and v.accepts_lemma(t) for t in v.cues):
                continue  # (a sentence of another act too: whose day, whose place?)
            if not same_people(e, e.evidence.text, s.text, lex.lang):
                continue
            # (a date beside a cue of another type may be that act's: "detained a man who had
            # hidden since November" dates the flight, not the catch)
            alone = not any(t != e.type for t in v.cues)
            if not e.date and alone and (d := _one_date(s.text, lex.lang, published)) is not None:
                e.date, e.date_text = d.value, d.text
                filled += 1
            if not e.region and (p := _one_region(s.text, places)) is not None:
                if e.country in (None, p.country):
                    e.region, e.country = p.region, p.country
                    e.place_text = e.place_text or p.text
                    filled += 1
            break
    return filled

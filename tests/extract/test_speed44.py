"""Round 44 (speed44): reading faster without changing what is read.

An article read again (:mod:`awol.extract.rescue`: a type recovered, an undated event's retelling)
takes its first reading's sentences, their topic and the classifier's verdicts
(:func:`awol.extract.rescue.again_from`): they do not depend on what the reading again takes as
said, so the events are those of a reading that splits and classifies the text again.

A pattern anchored at the start that reads the sentence before it fails (a look-ahead, a lazy run
up to a reporting verb) gets its literal filter, and a folded filter takes up to 32 literals
(:func:`awol.extract.prefilter.folded_filter`): the same matches, most sentences ruled out first.
"""

from __future__ import annotations

import re

from tests.extract.helpers import events
from tests.extract.test_retellings41 import RU

from awol.extract import document, rescue
from awol.extract.prefilter import filtered, folded_filter


def _counted(monkeypatch) -> dict[str, int]:
    calls = {"split": 0, "verdicts": 0}
    split, verdicts = document.split_sentences_read, document.read_verdicts_ahead

    def counted_split(*args, **kwargs):
        calls["split"] += 1
        return split(*args, **kwargs)

    def counted_verdicts(*args, **kwargs):
        calls["verdicts"] += 1
        return verdicts(*args, **kwargs)

    monkeypatch.setattr(document, "split_sentences_read", counted_split)
    monkeypatch.setattr(document, "read_verdicts_ahead", counted_verdicts)
    return calls


def _shape(evs) -> list[tuple]:
    return [(e.type, e.date, e.place_text, e.count, e.evidence.start, e.evidence.end) for e in evs]


def test_a_text_read_again_is_split_and_classified_once(monkeypatch) -> None:
    text, lang = RU, "ru"
    reads: list[object] = []
    real = rescue.date_retellings

    def seen(article, extract, out, read):
        got = real(article, extract, out, read)
        reads.append(got is not out)
        return got

    monkeypatch.setattr(rescue, "date_retellings", seen)
    calls = _counted(monkeypatch)
    fast = events(text, lang, "2025-10-11")
    assert reads == [True]  # (the article was read again: its retelling dated the flight)
    assert calls == {"split": 1, "verdicts": 1}
    # the same events as a reading again that splits and classifies the text itself
    monkeypatch.setattr(rescue, "again_from", lambda read: {})
    slow = events(text, lang, "2025-10-11")
    assert calls == {"split": 3, "verdicts": 3}
    assert _shape(fast) == _shape(slow)


def test_an_anchored_pattern_that_reads_the_sentence_gets_a_filter() -> None:
    # (opens on a look-ahead, then a lazy run up to the reporting verb: the filter rules out a
    # sentence with no such verb before the pattern reads it)
    teller = r"^(?P<src>(?!(?:He|She|It)\b)[A-Z][^,;]{2,90}?)\s+(?:said|told)\b"
    f = folded_filter(teller)
    assert f is not None and set(f.literals) == {"said", "told"}
    assert not f.may_match("Border guards detained two men near the river")
    rx = filtered(re.compile(teller))
    assert rx.search("The regional police said on Monday")["src"] == "The regional police"
    assert rx.search("Border guards detained two men") is None
    # one that opens on a known first character fails there at once: no filter
    assert folded_filter(r"^(?:source|data):") is None
    assert folded_filter(r"^(?P<src>(?P<person>He|She))\s+(?:said|says)") is None
    # one that needs Cyrillic words is filtered by them in a Russian text (speed51: before, it
    # got no filter, as it would have let every Russian sentence through)
    f = folded_filter(r"^(?P<src>(?!Он\b)[А-Я][^,]{2,60}?)\s+(?:сообщил|заявил)")
    assert f is not None and f.literals == () and set(f.wide) == {"сообщил", "заявил"}
    assert not f.may_match("Пограничники задержали двоих") and f.may_match("Полиция сообщила")


def test_a_folded_filter_takes_up_to_32_literals() -> None:
    verbs = (
        "said told added noted stated claimed reported wrote confirmed announced explained "
        "stressed recalled insisted alleged argued warned remarked observed declared asserted "
        "replied answered admitted conceded suggested commented mentioned revealed estimated"
    ).split()
    f = folded_filter(r"(?i),\s*(?P<src>[^,]{2,40}?)\s+(?:" + "|".join(verbs) + r")\b")
    assert f is not None and len(f.literals) == 30
    more = [*verbs, "disclosed", "maintained", "specified"]
    assert folded_filter(r"(?i),\s*(?P<src>[^,]{2,40}?)\s+(?:" + "|".join(more) + r")\b") is None

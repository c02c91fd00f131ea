"""Round 44 (speed44): reading faster without changing what is read.

An article read again (:mod:`awol.extract.rescue`: a type recovered, an undated event's retelling)
takes its first reading's sentences, their topic and the classifier's verdicts
(:func:`awol.extract.rescue.again_from`): they do not depend on what the reading again takes as
said, so the events are those of a reading that splits and classifies the text again.
"""

from __future__ import annotations

from tests.extract.helpers import events
from tests.extract.test_retellings41 import RU

from awol.extract import document, rescue


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

"""Shared builders for the link tests: an extracted event whose evidence is a sentence of a text."""

from __future__ import annotations


def event_in(typ: str, text: str, sentence: str, *, region: str | None = None,
        names: list[str] | None = None, count: int | None = 1, who: str | None = None,
        date: str | None = None) -> dict:  # fmt: skip
    """An event of ``typ`` whose evidence is ``sentence`` at its offsets in ``text``."""
    at = text.index(sentence)
    return {"type": typ, "date": date, "date_text": None, "place_text": None,
            "country": "RU" if region else None, "region": region, "count": count,
            "count_qualifier": "exact" if count else None, "who": who, "names": names or [],
            "armed": None, "source": None,
            "evidence": {"text": sentence, "start": at, "end": at + len(sentence)}}  # fmt: skip


def story_groups(text: str, events: list[tuple], language: str, published: str) -> list[int]:
    """The story groups the linker gives one document of ``text`` (in ``language``, published on
    ``published``) whose events are ``events`` ((type, sentence, keyword fields) for
    :func:`event_in`), in the order given."""
    from awol.link import Linker

    evs = [event_in(t, text, s, **kw) for t, s, kw in events]
    lk = Linker()
    lk.add([{"id": "d", "published": published, "language": language, "text": text,
             "events": evs}])  # fmt: skip
    return [f.group for f in lk._doc_feats("d")]

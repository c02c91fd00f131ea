"""A long text's bare sentences are not sent (speed21): a worker sends None for a sentence whose
reading has nothing in it (no trigger, count, date, place or figure, its source not read:
``sentence_pool._bare``), and the reader makes the same reading itself (``sentence_pool.bare``).
Each such reading loaded is the reading the worker would have sent pickled, field for field,
and most of a text's sentences are bare."""

from __future__ import annotations

from functools import partial

import pytest
from tests.extract.helpers import dev_reading

from awol.extract import sentence_pool as pool
from awol.extract.attribution import SourceChain
from awol.extract.names import find_person_names


def _fields(an) -> dict:
    out = dict(vars(an))
    src = out.pop("read_source")
    out["read_source"] = (src.func, src.args) if isinstance(src, partial) else src
    return out


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_bare_reading_is_the_one_sent_pickled(monkeypatch, lang: str) -> None:
    r = dev_reading(lang, 20)
    lex, sentences, topic = r.lex, r.sentences, r.topic
    verdicts, triggers, keys = r.verdicts, r.triggers, r.keys

    def names_of(i: int) -> list:
        return find_person_names(sentences[i].text, lang)

    start, stop = 50, len(sentences)

    def part() -> list:
        out, _own = pool.analyse_part(
            sentences, lex, "2024-06-30", topic, 0, start, stop, verdicts.get, names_of
        )
        # (as a worker sends them: pickled as one, loaded back by the reader)
        return pool.load_part(pool.dump_part(out, keys), sentences, triggers)

    sent = part()
    monkeypatch.setattr(pool, "_bare", lambda an: False)  # every reading pickled
    pickled = part()
    assert [(i, k) for i, k, _b, _s in sent] == [(i, k) for i, k, _b, _s in pickled]
    bare = [n for n, (_i, _k, b, _s) in enumerate(sent) if b is None]
    assert len(bare) > len(sent) / 2  # (most sentences have nothing to read)
    assert len(bare) < len(sent)
    chain = SourceChain(sentences, lex)
    for n, ((i, _k, blob, _s), (_i, _k2, whole, _s2)) in enumerate(zip(sent, pickled, strict=True)):
        assert whole is not None
        if blob is not None:
            continue
        got, figs = pool.load(None, i, sentences, triggers, lex, "2024-06-30", chain, topic)
        ref, ref_figs = pool.load(whole, i, sentences, triggers, lex, "2024-06-30", chain)
        assert figs == ref_figs == []
        assert _fields(got) == _fields(ref), (n, sentences[i].text)


def _bare_generic(an) -> bool:
    """``sentence_pool._bare`` as it was written before round 24: every field but the source
    compared with :func:`sentence_pool.bare`'s reading of the sentence."""
    src = an.read_source
    if src is None or src.__class__ is pool.Source:
        return False
    mine = vars(an)
    made = vars(pool.bare(an.sentence, an.on_topic, None))
    return all(mine[k] == v for k, v in made.items() if k != "read_source")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_bare_test_is_the_field_by_field_one(monkeypatch, lang: str) -> None:
    """The one comparison ``_bare`` makes gives the answer of the field-by-field one on every
    reading of a part (bare or not, a field changed one at a time)."""
    r = dev_reading(lang, 20)
    readings = []
    real = pool._bare

    def spy(an) -> bool:
        readings.append(an)
        return real(an)

    monkeypatch.setattr(pool, "_bare", spy)
    pool.analyse_part(
        r.sentences, r.lex, "2024-06-30", r.topic, 0, 0, len(r.sentences), r.verdicts.get,
        lambda i: find_person_names(r.sentences[i].text, lang),
    )  # fmt: skip
    answers = [real(an) for an in readings]
    assert answers == [_bare_generic(an) for an in readings]
    assert 0 < sum(answers) < len(answers)
    one = next(an for an, b in zip(readings, answers, strict=True) if b)
    for field, value in (("read_counts", [1]), ("read_places", None), ("lang", "xx"),
                         ("pending", print), ("mentions", [1]), ("read_dates", [1])):  # fmt: skip
        kept = getattr(one, field)
        setattr(one, field, value)
        assert real(one) is _bare_generic(one) is False, field
        setattr(one, field, kept)
    assert real(one) is True

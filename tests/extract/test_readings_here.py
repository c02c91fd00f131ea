"""A long text's readings travel as one pickle per part (speed23: a worker's
``sentence_pool.dump_part``, the reader's ``load_part``), and the parts the reader reads itself
between its own (verdicts.Ahead._between) keep their readings as read, not pickled and loaded
back in the same process.  Each reading kept is the reading a worker's pickle gives, field for
field (what it leaves to read later read from the reader's chain the same way), with the same
state keys and stages; the sentences and the lexicon's triggers are the reader's own objects."""

from __future__ import annotations

import pytest
from tests.extract.helpers import dev_reading

from awol.extract import sentence_pool as pool
from awol.extract.attribution import SourceChain
from awol.extract.names import find_person_names

PUBLISHED = "2024-06-30"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_reading_kept_here_is_the_one_a_worker_pickles(lang: str) -> None:
    r = dev_reading(lang, 20)
    lex, sentences, topic = r.lex, r.sentences, r.topic
    verdicts, triggers, keys = r.verdicts, r.triggers, r.keys

    def names_of(i: int) -> list:
        return find_person_names(sentences[i].text, lang)

    def part() -> list:
        out, _own = pool.analyse_part(
            sentences, lex, PUBLISHED, topic, 0, 40, len(sentences), verdicts.get, names_of
        )
        return out

    kept = part()
    blob = pool.dump_part(part(), keys)
    assert isinstance(blob, bytes)
    sent = pool.load_part(blob, sentences, triggers)
    assert [(i, k, s) for i, k, _b, s in sent] == [(i, k, s) for i, k, _b, s in kept]
    assert any(b is not None for _i, _k, b, _s in sent)
    chain = SourceChain(sentences, lex)
    own = {id(t) for t in triggers}
    # (the lexicon's triggers come back as the reader's own objects, not copies)
    lexicon = [m.trigger for _i, _k, b, _s in sent if b is not None for m in b[0].mentions]
    assert lexicon and any(id(t) in own for t in lexicon)

    def value(i: int, reading) -> tuple:
        an, figs = pool.load(reading, i, sentences, triggers, lex, PUBLISHED, chain, topic)
        assert an.sentence is sentences[i]
        fields = dict(vars(an))
        pending, src = fields.pop("pending"), fields.pop("read_source")
        # (read now: what each leaves to read later, from the reader's chain)
        later = (an.counts, an.dates, an.source) if pending is not None else None
        return fields, figs, later, src.__class__.__name__

    for (i, _k, reading, _s), (_i, _k2, mine, _s2) in zip(sent, kept, strict=True):
        assert (reading is None) == (mine is None)
        assert value(i, reading) == value(i, mine), (i, sentences[i].text)

"""A long text's workers read, with each sentence's reading, what the reader's loop reads of it
for the article's later stages (speed23: ``sentence_pool.sentence_stages``: the armed statement,
the courts, when and where "it took place"), and the reader takes them with the reading.  What a
worker sends for a sentence is what the reader reads of the reading it loads (so the reader may
take it in place of reading it), and reading them leaves the reading sent as it was (the same
bytes as where they are not read)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import dev_reading

from awol.extract import sentence_pool as pool
from awol.extract.attribution import SourceChain
from awol.extract.names import find_person_names

PUBLISHED = "2024-06-30"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_stages_a_worker_sends_are_the_readers(monkeypatch, lang: str) -> None:
    r = dev_reading(lang, 24)
    lex, sentences, topic = r.lex, r.sentences, r.topic
    verdicts, triggers, keys = r.verdicts, r.triggers, r.keys
    head_end = sentences[3].start  # (the first sentences as a headline: no occurrence there)

    def names_of(i: int) -> list:
        return find_person_names(sentences[i].text, lang)

    def part() -> bytes:
        out, _own = pool.analyse_part(
            sentences, lex, PUBLISHED, topic, head_end, 0, len(sentences), verdicts.get, names_of
        )
        return pool.dump_part(out, keys)  # (as a worker sends them: pickled as one)

    def loaded(raw: bytes) -> list:  # (a fresh copy each time: loading one changes it)
        return pool.load_part(raw, sentences, triggers)

    raw = part()
    sent = loaded(raw)
    chain = SourceChain(sentences, lex)
    found = {"armed": 0, "courts": 0, "occurred": 0}
    for i, key, blob, stages in sent:
        an, figs = pool.load(blob, i, sentences, triggers, lex, PUBLISHED, chain, topic)
        mentions = an.mentions
        if figs:  # (as the reader leaves them: the figures' restatements out)
            values = {f.value for f in figs}
            mentions = [
                m
                for m in mentions
                if m.count is not None and m.count not in values and m.count < 40
            ]
        body = sentences[i].start >= head_end
        mine = pool.sentence_stages(an, mentions, lex, key[0], body, PUBLISHED)
        assert (stages or pool.NOTHING) == mine, (i, sentences[i].text)
        for k in found:
            found[k] += bool(getattr(mine, k))
    assert sum(map(bool, found.values())) >= 2, found  # (the text has some of them)
    # the readings sent are the same where the stages are not read (the same fields and
    # figures, what is left to read later left the same)

    def value(i: int, blob: bytes | None) -> tuple:
        an, figs = pool.load(blob, i, sentences, triggers, lex, PUBLISHED, chain, topic)
        fields = dict(vars(an))
        pending, src = fields.pop("pending"), fields.pop("read_source")
        return fields, figs, pending is None, src.__class__.__name__

    monkeypatch.setattr(pool, "_stages_unread", lambda *a: None)
    unread = loaded(part())
    sent = loaded(raw)
    assert [(i, k) for i, k, _b, _s in unread] == [(i, k) for i, k, _b, _s in sent]
    for (i, _k, blob, _s), (_i, _k2, plain, _s2) in zip(sent, unread, strict=True):
        assert (blob is None) == (plain is None)
        assert value(i, blob) == value(i, plain), (i, sentences[i].text)

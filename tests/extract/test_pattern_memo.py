"""A lexicon ``Pattern`` answers a search of the text object it searched last, over the same
span, with the match it found (kept by identity: the stages of one sentence ask a vocabulary of
it in turn); any other text, even one of the same words, or another span, is searched.  And the
sentence model's sums (``np.add.reduce``, what ``ndarray.sum`` calls) are the sums it made."""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
import pytest

from awol.clean.encoding import decode
from awol.extract.classifier import get_model
from awol.extract.lexicon import Pattern, get_lexicon
from awol.extract.sentences import split_sentences

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _span(m):
    return None if m is None else (m.span(), m.re.pattern)


def test_the_last_search_is_kept_by_identity_and_span() -> None:
    p = Pattern(r"\bfled\b")
    text = "He fled. They fled too."
    first = p.search(text)
    assert first is not None and first.span() == (3, 7)
    assert p.search(text) is first  # (the same object, the same span: the match kept)
    assert p.search(text, 5).span() == (14, 18)  # (another span: searched)
    assert p.search(text, 0, 6) is None
    assert p.search(text, 0, 7).span() == (3, 7)
    copy = "".join(["He fled.", " They fled too."])
    assert copy == text and copy is not text
    again = p.search(copy)
    assert again is not first and again.span() == (3, 7)
    assert p._last[0] is copy


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_kept_searches_find_what_a_fresh_pattern_finds(lang: str) -> None:
    """Every pattern of the lexicon searched over the dev sentences, each text in windows that
    repeat (as the stages ask), against a fresh copy of the pattern asked each window once."""
    lex = get_lexicon(lang)
    patterns = [lex.topic, lex.people, lex.additive, lex.block_before, lex.armed_false]
    rng = random.Random(7)
    texts = []
    for p in sorted(DEV.glob(f"{lang}-*.txt"))[:10]:
        texts += [s.text for s in split_sentences(decode(p.read_bytes(), str(p))[0], lang)]
    found = 0
    for pat in patterns:
        fresh = Pattern(pat.pattern)
        for text in texts:
            spans = [(0, None)] + [
                (a, b) for a, b in sorted((rng.randrange(len(text) + 1),) * 2 for _ in range(3))
            ]
            for pos, end in spans + spans[::-1] + spans:
                fresh._last = (None, 0, None, None)  # (asked afresh each time)
                want = fresh.search(text, pos, end)
                got = pat.search(text, pos, end)
                assert _span(got) == _span(want), (pat.pattern[:40], text, pos, end)
                found += got is not None
    assert found > 0


def test_the_model_sums_as_ndarray_sum() -> None:
    model = get_model()
    if model is None:
        pytest.skip("no shipped sentence model")
    rng = np.random.default_rng(3)
    nz = np.nonzero(np.any(model.weights != 0, axis=1))[0]
    for _ in range(200):
        idx = sorted(set(rng.choice(nz, size=int(rng.integers(1, 80))).tolist()))
        z = (model.weights.take(idx, axis=0).sum(axis=0) + model.bias).tolist()
        want = {t: 1.0 / (1.0 + math.exp(-v)) for t, v in zip(model.types, z, strict=True)}
        assert model.predict_index(idx) == want

"""Round 53 (recall53): the recovery threshold per language.

The sentence model recovers an event of a type no pattern proposed, at a cue word of it, where it
reads the type at the model's ``recover`` or more (:func:`awol.extract.mentions_words._recover`).
Until round 53 that was one value for both languages; now the model's meta may give one per
language (:data:`awol.extract.train.RECOVER`, chosen on held-out real train and dev by
``scripts/recover_calibration.py``), and each sentence is read with its own language's value.
"""

from __future__ import annotations

import math

import numpy as np
from tests.extract.helpers import types, use_model

from awol.extract.classifier import N_FEATURES, SentenceModel, _h, get_model
from awol.model import EVENT_TYPES

BIAS = -6.0
# a weight that puts the sentence's desertion at 0.65: between 0.6 and 0.7
WEIGHT = -BIAS + math.log(0.65 / 0.35)


def _model(feature: str, recover) -> SentenceModel:
    w = np.zeros((N_FEATURES, len(EVENT_TYPES)), dtype=np.float32)
    w[_h(feature), EVENT_TYPES.index("desertion")] = WEIGHT
    b = np.full(len(EVENT_TYPES), BIAS, dtype=np.float32)
    meta = {
        "types": list(EVENT_TYPES),
        "recover": recover,
        "confirm": 0.5,
        "veto": 0.1,
        "topic": 0.5,
    }
    return SentenceModel(w, b, meta)


EN = (
    "A Russian army pilot hijacked his helicopter to Ukraine in August, officials said. "
    "The weather was fine."
)


def test_a_model_gives_each_language_its_own_recovery_threshold() -> None:
    m = _model("en:w:hijack", {"en": 0.6, "ru": 0.8})
    assert (m.recover_for("en"), m.recover_for("ru")) == (0.6, 0.8)
    assert _model("en:w:hijack", 0.5).recover_for("ru") == 0.5  # one value: both languages


def test_an_english_sentence_is_recovered_at_the_english_threshold(monkeypatch) -> None:
    use_model(monkeypatch, _model("en:w:hijack", {"en": 0.6, "ru": 0.9}))
    assert types(EN, "en", "2024-05-20") == ["desertion"]
    use_model(monkeypatch, _model("en:w:hijack", {"en": 0.9, "ru": 0.6}))
    assert types(EN, "en", "2024-05-20") == []


def test_the_shipped_model_carries_the_thresholds_chosen_held_out() -> None:
    from awol.extract import train

    m = get_model()
    assert m is not None
    assert {lang: m.recover_for(lang) for lang in ("en", "ru")} == train.RECOVER

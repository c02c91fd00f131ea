"""Round 52 (recall52): the sentence model recovers an event at a cue word from probability 0.5
(``train.RECOVER``, 0.7 before), and the shipped model is built with it.

Counted before keeping (scripts/recover_counts.py): the firings between 0.5 and 0.7 are, on the
invented article and place splits, 15 sentences that are a gold event's evidence and 2 that are
not, and none on real train held out (--folds 5)."""

from __future__ import annotations

import math

import numpy as np
from tests.extract.helpers import types, use_model

from awol.extract import train
from awol.extract.classifier import N_FEATURES, SentenceModel, _h, get_model
from awol.model import EVENT_TYPES

TEXT = (
    "A Russian army pilot hijacked his helicopter to Ukraine in August, officials said. "
    "The weather was fine."
)


def _model(p: float) -> SentenceModel:
    """A model that reads "hijack" as a desertion with probability ``p`` and every other type
    as improbable; its thresholds are the trainer's (what ``awol train`` writes)."""
    w = np.zeros((N_FEATURES, len(EVENT_TYPES)), dtype=np.float32)
    bias = -6.0
    w[_h("en:w:hijack"), EVENT_TYPES.index("desertion")] = math.log(p / (1 - p)) - bias
    b = np.full(len(EVENT_TYPES), bias, dtype=np.float32)
    meta = {"types": list(EVENT_TYPES), "recover": train.RECOVER, "confirm": 0.5, "veto": 0.1}
    return SentenceModel(w, b, meta)


def test_a_cue_word_at_probability_six_tenths_yields_its_event(monkeypatch) -> None:
    use_model(monkeypatch, _model(0.6))
    assert types(TEXT, "en", "2024-05-20") == ["desertion"]


def test_a_cue_word_under_one_half_still_yields_nothing(monkeypatch) -> None:
    use_model(monkeypatch, _model(0.4))
    assert types(TEXT, "en", "2024-05-20") == []


def test_the_shipped_model_recovers_at_the_trainers_threshold() -> None:
    model = get_model()
    assert model is not None and model.recover == train.RECOVER == 0.5

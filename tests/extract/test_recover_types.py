"""Type-level recovery (awol.extract.rescue.recover_types): an article with events but none of a
type yields one from the sentence the classifier is surest tells that type, where that passes the
type's threshold, holds a cue word of the type and stands in the story's context.  Invented
articles and hand-set models only."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from tests.extract.helpers import events, use_model

from awol.extract.classifier import N_FEATURES, SentenceModel, _h
from awol.extract.mentions import Verdict
from awol.extract.rescue import type_sentences
from awol.extract.sentences import split_sentences
from awol.model import EVENT_TYPES, Event, Evidence

# a flight the rules read, and a capture told in a word no detention trigger knows
FLED = "A Russian conscript deserted from his unit in the Kursk region on August 9, officials said."
CAUGHT = "On August 20 border guards stopped the conscript near Bryansk."
FILLER = "The weather was fine that week."


def _model(weights: dict[tuple[str, str], float], recover_types: dict | None) -> SentenceModel:
    """A model whose probability of a type is the sum of ``weights[(type, feature)]`` on its
    features (bias -3: about 0.05 with none): a desertion trigger makes a desertion sure."""
    w = np.zeros((N_FEATURES, len(EVENT_TYPES)), dtype=np.float32)
    w[_h("t:desertion"), EVENT_TYPES.index("desertion")] = 9.0
    for (etype, feat), v in weights.items():
        w[_h(feat), EVENT_TYPES.index(etype)] = v
    b = np.full(len(EVENT_TYPES), -3.0, dtype=np.float32)
    meta = {"types": list(EVENT_TYPES), "recover": 0.7, "confirm": 0.5, "veto": 0.01}
    if recover_types is not None:
        meta["recover_types"] = recover_types
    return SentenceModel(w, b, meta)


def _events(text: str, model: SentenceModel | None, monkeypatch) -> list[Event]:
    use_model(monkeypatch, model)
    return events(text, "en", "2024-09-20")


SURE = {("detention", "en:w:stop"): 2.0}  # p(detention) ~0.27 where "stopped" is said


def test_a_type_the_classifier_is_sure_of_is_read_from_its_sentence(monkeypatch):
    text = f"{FLED} {CAUGHT}"
    # without a threshold for detentions, only the flight (0.27 < recover 0.7: no sentence-level
    # recovery either)
    assert [e.type for e in _events(text, _model(SURE, None), monkeypatch)] == ["desertion"]
    events = _events(text, _model(SURE, {"en": {"detention": 0.2}}), monkeypatch)
    assert [e.type for e in events] == ["desertion", "detention"]
    caught = events[1]
    # the fields the sentence gives, read by the argument readers
    assert caught.evidence.text == CAUGHT and caught.date == "2024-08-20"
    assert caught.region == "RU-BRY"
    # below the threshold, or with another language's threshold, nothing is added
    for thresholds in ({"en": {"detention": 0.3}}, {"ru": {"detention": 0.2}}):
        assert len(_events(text, _model(SURE, thresholds), monkeypatch)) == 1


def test_a_sentence_out_of_the_story_yields_nothing(monkeypatch):
    # the same sentence seven quiet sentences after the story's last event, naming no desertion
    text = " ".join([FLED] + [FILLER] * 7 + [CAUGHT])
    assert len(_events(text, _model(SURE, {"en": {"detention": 0.2}}), monkeypatch)) == 1


def test_the_sentence_gates_still_apply(monkeypatch):
    # a plan is no happening: the recovery takes away the classifier's doubt, not the rules' gates
    text = f"{FLED} Border guards plan to stop the conscript near Bryansk."
    assert len(_events(text, _model(SURE, {"en": {"detention": 0.2}}), monkeypatch)) == 1


def _verdict(probs: dict[str, float], cues: tuple[str, ...]) -> Verdict:
    return Verdict(probs, dict.fromkeys(cues, object()), [], 0.7, 0.3, 0.1)


def test_the_surest_sentence_of_each_absent_type_is_chosen():
    sentences = split_sentences("One. Two. Three. Four. Five.", "en")
    read = {
        "sentences": sentences,
        "context": [True, True, True, True, False],
        "verdicts": {
            0: _verdict({"detention": 0.3, "wanted": 0.9}, ("detention", "wanted")),
            1: _verdict({"detention": 0.5}, ("detention",)),
            2: _verdict({"detention": 0.9}, ()),  # no cue word, no trigger: never
            3: _verdict({"prosecution": 0.4, "detention": 0.1}, ("prosecution", "detention")),
            4: _verdict({"prosecution": 0.9}, ("prosecution",)),  # out of the story
        },
    }
    fled = Event(type="wanted", evidence=Evidence("One.", 0, 4))
    thresholds = {"detention": 0.2, "prosecution": 0.2, "wanted": 0.2}
    # wanted is told already; the detention of sentence 1 (the surest with a cue); the
    # prosecution of sentence 3 (sentence 4 is out of the story)
    assert type_sentences([fled], read, thresholds) == {1: "detention", 3: "prosecution"}
    assert type_sentences([fled], read, {"detention": 0.6, "prosecution": 0.2}) == {
        3: "prosecution"
    }
    # a type the sentence tells less surely than another is not read from it (sentence 0 reads
    # as a search above all: with sentence 1 gone, no detention)
    del read["verdicts"][1]
    assert type_sentences([fled], read, {"detention": 0.2}) == {}
    assert type_sentences([fled], read, None) == {}
    assert type_sentences([fled], read, {}) == {}


def test_recover_types_survive_save_and_load(tmp_path: Path):
    _model({}, {"en": {"detention": 0.25}}).save(tmp_path / "m.npz")
    assert SentenceModel.load(tmp_path / "m.npz").recover_types == {"en": {"detention": 0.25}}
    _model({}, None).save(tmp_path / "m.npz")
    assert SentenceModel.load(tmp_path / "m.npz").recover_types == {}


def test_the_shipped_model_has_thresholds_only_for_types_held_out_train_chose():
    from awol.extract.classifier import shipped_model
    from awol.extract.train import RECOVER_TYPES

    model = shipped_model()
    if model is None:
        pytest.skip("no shipped sentence model (src/awol/extract/models/sentences.npz)")
    assert model.recover_types == RECOVER_TYPES

"""Document-level rescue (awol.extract.rescue): an article the models read as a desertion story,
from which nothing was extracted, yields its desertion from its surest sentence.  Invented
articles and hand-set models only."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from tests.extract.helpers import events, use_model

from awol.extract.classifier import N_FEATURES, SentenceModel, _h
from awol.extract.mentions import Verdict
from awol.extract.rescue import rescue_sentences, rescued
from awol.model import EVENT_TYPES

# a flight told in words no trigger knows: "hijacked", "flew ... across the front line"
TEXT = (
    "Pilot crosses the line\n\n"
    "A Russian army pilot hijacked a transport helicopter near Kursk on August 9 and flew it "
    "across the front line, officials said. "
    "The weather was fine that day."
)


def _model(sentence: dict[str, float], relevance: float, rescue) -> SentenceModel:
    """A model whose desertion probability of a sentence is the sum of ``sentence`` weights on
    its lemmas (bias -1.4: about 0.2 with none), and whose relevance is ``relevance`` for
    every article."""
    w = np.zeros((N_FEATURES, len(EVENT_TYPES)), dtype=np.float32)
    for feat, v in sentence.items():
        w[_h(feat), EVENT_TYPES.index("desertion")] = v
    b = np.full(len(EVENT_TYPES), -6.0, dtype=np.float32)
    b[EVENT_TYPES.index("desertion")] = -1.4
    meta = {"types": list(EVENT_TYPES), "recover": 0.7, "confirm": 0.5, "veto": 0.1}
    meta.update({"relevance": 0.2, "rescue": rescue})
    dw = np.zeros(N_FEATURES, dtype=np.float32)
    z = float(np.log(relevance / (1 - relevance)))
    return SentenceModel(w, b, meta, (dw, z))


def _events(text: str, model: SentenceModel | None, monkeypatch, lang: str = "en"):
    use_model(monkeypatch, model)
    return events(text, lang, "2024-09-20")


def test_an_empty_desertion_story_yields_its_event_from_its_surest_sentence(monkeypatch):
    # the sentence classifier doubts the flight (p ~0.35 < recover 0.7): nothing is extracted
    model = _model({"en:w:hijack": 0.8}, 0.9, None)
    assert _events(TEXT, model, monkeypatch) == []
    # read as a story (relevance 0.9 >= 0.6, its surest sentence 0.35 >= 0.2): the event is
    # that sentence's, with its date and place
    model = _model({"en:w:hijack": 0.8}, 0.9, [0.6, 0.2])
    (ev,) = _events(TEXT, model, monkeypatch)
    assert ev.type == "desertion" and "hijacked a transport helicopter" in ev.evidence.text
    assert ev.date == "2024-08-09" and ev.region == "RU-KRS"


def test_no_rescue_below_either_threshold(monkeypatch):
    # an article the relevance model doubts
    assert _events(TEXT, _model({"en:w:hijack": 0.8}, 0.5, [0.6, 0.2]), monkeypatch) == []
    # a sentence the classifier reads as no desertion (p ~0.1)
    assert _events(TEXT, _model({"en:w:hijack": -0.8}, 0.9, [0.6, 0.2]), monkeypatch) == []
    # and without a model, the rules alone
    assert _events(TEXT, None, monkeypatch) == []


def test_a_rescued_sentence_still_passes_the_sentence_gates(monkeypatch):
    # a plan is no happening: the rescue takes the classifier's doubt away, not the rules' gates
    text = "Pilot may defect\n\nA Russian army pilot plans to defect to Ukraine next month."
    model = _model({"en:w:defect": 0.8}, 0.9, [0.6, 0.2])
    assert _events(text, model, monkeypatch) == []


def test_an_article_with_an_event_is_not_read_again(monkeypatch):
    text = TEXT + " Police detained two deserters in Kursk on August 12."
    model = _model({"en:w:hijack": 0.8, "en:w:detain": 9.0}, 0.9, [0.6, 0.2])
    events = _events(text, model, monkeypatch)
    # the article told an event the sentence level found: the doubted flight stays unread
    assert events and all("hijacked" not in e.evidence.text for e in events)


def test_the_sentences_sure_enough_with_a_desertion_cue_are_chosen():
    def v(p: float, cue: bool) -> Verdict:
        return Verdict({"desertion": p}, {"desertion": object()} if cue else {}, [], 0.7, 0.3, 0.1)

    verdicts = {0: v(0.1, True), 2: v(0.9, False), 4: v(0.5, True), 7: v(0.25, True)}
    assert rescue_sentences(verdicts, 0.8, (0.6, 0.2)) == [4, 7]  # with a cue, p >= 0.2
    assert rescue_sentences(verdicts, 0.5, (0.6, 0.2)) == []  # relevance too low
    assert rescue_sentences(verdicts, 0.8, (0.6, 0.6)) == []  # no sentence sure enough
    assert rescue_sentences(verdicts, None, (0.6, 0.2)) == []  # no relevance model
    assert rescue_sentences(verdicts, 0.8, None) == []  # a model without the thresholds
    r = rescued(verdicts[7])
    assert r.says("desertion") and r.accepts_lemma("desertion") and not r.denies("desertion")
    assert not verdicts[7].says("desertion")


def test_a_rescued_desertion_needs_a_time_or_a_place(monkeypatch):
    # the same flight told with neither: the coders code no desertion without a told leaving
    text = (
        "Pilot crosses the line\n\n"
        "A Russian army pilot hijacked a transport helicopter and flew it away, officials said. "
        "The weather was fine that day."
    )
    model = _model({"en:w:hijack": 0.8}, 0.9, [0.6, 0.2])
    assert _events(text, model, monkeypatch) == []


def test_rescue_thresholds_survive_save_and_load(tmp_path: Path):
    m = _model({}, 0.9, [0.6, 0.2])
    m.save(tmp_path / "m.npz")
    assert SentenceModel.load(tmp_path / "m.npz").rescue == (0.6, 0.2)
    m = _model({}, 0.9, None)
    m.save(tmp_path / "m.npz")
    assert SentenceModel.load(tmp_path / "m.npz").rescue is None


def test_an_article_that_tells_draft_evasion_is_not_read_again(monkeypatch):
    # the same flight in an article about fleeing mobilisation: draft evasion is no desertion
    text = TEXT + " He had left Russia to avoid being mobilised."
    model = _model({"en:w:hijack": 0.8}, 0.9, [0.6, 0.2])
    assert _events(text, model, monkeypatch) == []
    assert _events(TEXT + " He had left Russia in May.", model, monkeypatch) != []

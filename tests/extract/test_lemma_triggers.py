"""Lemma triggers (``lemma_triggers`` in lang/*/events.yaml): one entry covers every form of a
word, and the sentence classifier must agree before one makes an event."""

from __future__ import annotations

import numpy as np

import awol.extract.document as document
from awol.extract.classifier import N_FEATURES, SentenceModel
from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import _find_triggers
from awol.model import EVENT_TYPES, Article


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(t.type, text[a:b]) for t, a, b in _find_triggers(text, get_lexicon(lang)) if t.lemma]


def test_every_form_of_a_listed_lemma() -> None:
    assert ("detention", "detain") in _found("Police went on to detain seven of them.", "en")
    assert ("prosecution", "standing trial") in _found("They are standing trial in Tver.", "en")
    assert ("prosecution", "stand trial") in _found("The soldiers stand trial next week.", "en")
    assert ("detention", "задержавшее") in _found("Подразделение, задержавшее солдат, ушло.", "ru")
    assert ("detention", "задержания") in _found("После задержания солдата вернули в часть.", "ru")
    assert ("wanted", "розыск") in _found("Сейчас ведется розыск троих человек.", "ru")
    # where a pattern matches the same words, the pattern wins (`general:` "to stand trial")
    assert _found("He is expected to stand trial.", "en") == []
    assert _found("Возбуждено уголовное дело, сообщили в прокуратуре.", "ru") == []
    assert ("prosecution", "возбуждении уголовного дела") in _found(
        "Он узнал о возбуждении уголовного дела.", "ru"
    )


def test_a_following_word_matches_as_written_or_by_its_lemma() -> None:
    # the lemmatiser reads "him" as "he" and leaves "hunting" as it is: a rule listing the
    # word as written still matches it
    assert ("wanted", "searching for him") in _found("Officers were out searching for him.", "en")
    assert ("wanted", "hunting the two soldiers") in _found(
        "Police spent a week hunting the two soldiers.", "en"
    )


def test_present_tense_of_headlines() -> None:
    # "Court jails deserter": a pattern now (a verb of the present before its people), which wins
    text = "Court jails deserter for five years"
    found = [(t.type, text[a:b]) for t, a, b in _find_triggers(text, get_lexicon("en"))]
    assert any(ty == "sentence" and words.startswith("jails") for ty, words in found)
    assert ("sentence", "imprisons") in _found("Court imprisons two for desertion", "en")
    assert ("death", "executes deserters") in _found("Russian army executes deserters", "en")
    assert ("prosecution", "opens criminal case") in _found(
        "Russia opens criminal case against deserter", "en"
    )
    assert _found("He executed the order and opened the door.", "en") == []


def test_neighbours_that_change_the_meaning() -> None:
    assert _found("Сотрудники уголовного розыска пришли в часть.", "ru") == []
    assert _found("He was held in a detention centre.", "en") == []
    assert _found("The officer in charge of the unit said so.", "en") == []


def _model(bias: float) -> SentenceModel:
    w = np.zeros((N_FEATURES, len(EVENT_TYPES)), dtype=np.float32)
    b = np.full(len(EVENT_TYPES), bias, dtype=np.float32)
    meta = {"types": list(EVENT_TYPES), "recover": 0.99, "confirm": 0.99, "veto": 0.0, "lemma": 0.4}
    return SentenceModel(w, b, meta)


def test_the_classifier_must_agree(monkeypatch) -> None:
    text = "A soldier deserted from his unit in May. Police went on to detain him in Kursk."

    def types(model):
        monkeypatch.setattr(document, "get_model", lambda: model)
        art = Article(id="t", language="en", text=text, published="2024-05-20")
        return sorted(e.type for e in document.extract_article(art).events)

    assert types(_model(2.0)) == ["desertion", "detention"]  # p = 0.88 >= 0.4
    assert types(_model(-2.0)) == ["desertion"]  # p = 0.12: the lemma trigger is not enough

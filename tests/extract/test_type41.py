"""Round 41 (type41): event recall through any form of a word (invented text).

- A Russian flight told by a verb of leaving in any form (a participle or a finite past the
  patterns' lists lack) with a military place as its object, adjectives between («покинул
  российскую военную базу», «покинувших учебный полигон»): a desertion lemma trigger of
  ``general:`` (story context).  Twins: going *to* the positions («ушёл на позиции») and leaving
  part of something («оставил часть вещей») are no flight.
- An English topic word in any form of its verb ("accused of failing to return from a hospital",
  "charged with leaving his unit"): the sentence names desertion itself, so the classifier's
  doubt no longer vetoes its prosecution trigger ("began hearing the case").
"""

from __future__ import annotations

from awol.extract.lexicon import get_lexicon
from awol.extract.trigger_find import lemma_triggers
from awol.model import Document
from awol.pipeline import Pipeline


def _events(text: str, lang: str, published: str = "2026-05-20") -> list[dict]:
    doc = Document(
        origin="type41",
        content=text.encode("utf-8"),
        id="type41",
        published=published,
        language=lang,
        media_type="text",
    )
    (out,) = Pipeline().process([doc])
    return [e.to_dict() for e in out.events]


def _desertion_words(text: str, lang: str) -> list[str]:
    lex = get_lexicon(lang)
    return [text[s:e] for t, s, e in lemma_triggers(text, lex, None) if t.type == "desertion"]


def test_a_russian_verb_of_leaving_in_any_form_with_a_military_place() -> None:
    assert _desertion_words("Он покинул российскую военную базу под Ереваном.", "ru") == [
        "покинул российскую военную базу"
    ]
    assert "покинувших учебный полигон" in _desertion_words(
        "Трое солдат, покинувших учебный полигон в мае, задержаны.", "ru"
    )


def test_going_to_the_positions_or_leaving_part_of_something_is_no_flight() -> None:
    assert _desertion_words("Он ушёл на позиции в составе штурмовой группы.", "ru") == []
    assert _desertion_words("Он оставил часть вещей у матери.", "ru") == []


def test_a_flight_from_a_base_told_by_a_participle_is_found() -> None:
    text = (
        "В Ленинградской области задержан контрактник, дезертир.\n\n"
        "По словам адвоката, в апреле 2025 года мужчина покинул российскую военную базу в "
        "Кировске и уехал к родственникам в Тверь."
    )
    assert "desertion" in [e["type"] for e in _events(text, "ru")]


def test_an_english_topic_word_in_any_form_of_its_verb() -> None:
    topic = get_lexicon("en").topic
    assert topic.search("a private who is accused of failing to return from a hospital")
    assert topic.search("he was charged with leaving his unit")


def test_a_trial_of_a_man_accused_of_failing_to_return_is_a_prosecution() -> None:
    text = (
        "Military court hears two desertion cases\n\n"
        "A garrison court in Omsk on Tuesday sentenced a sergeant to five years for desertion.\n\n"
        "On the same day the judge began hearing the case of a corporal from Tara who is accused "
        "of failing to return from a hospital in Novosibirsk in the spring."
    )
    assert "prosecution" in [e["type"] for e in _events(text, "en")]

"""Round 43 (prop43): event proposal on wording the lexicon does not list (invented text).

- English: a flight told by its frame whatever the verb: a past verb of motion (any "-ed" form but
  a transfer's, a discharge's, a return's or fire's) or a phrasal one ("took off", "got away"),
  then "from" / "out of" a military place.  It is a trigger and a topic word, so a short report
  that never says "desert" or "AWOL" is read at all (before it, such a document gave nothing).
- Russian: the search in any form of its verb or noun («продолжают искать», «начала поиски»)
  and «числиться / значиться / находиться в розыске» in any form, by lemma.
"""

from __future__ import annotations

import pytest

from awol.extract.lexicon import get_lexicon
from awol.extract.trigger_find import find_triggers
from awol.model import Document
from awol.pipeline import Pipeline


def _events(text: str, lang: str = "en", published: str = "2026-05-20") -> list[dict]:
    doc = Document(
        origin="prop43",
        content=text.encode("utf-8"),
        id="prop43",
        published=published,
        language=lang,
        media_type="text",
    )
    (out,) = Pipeline().process([doc])
    return [e.to_dict() for e in out.events]


def _types(text: str, lang: str) -> list[str]:
    return [t.type for t, _s, _e in find_triggers(text, get_lexicon(lang))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven recruits bolted from a military unit outside Omsk on Sunday.",
        "The conscripts took off from the training area near Kirovsk at night.",
        "Four of them got away from the training ground where they were held.",
        "A corporal vanished from his battalion in March.",
        "Two sailors snuck out of their barracks after roll call.",
        "The officer dropped out of the service without a word.",
    ],
)
def test_a_verb_of_leaving_from_a_military_place_is_a_flight_and_a_topic(sentence: str) -> None:
    assert "desertion" in _types(sentence, "en")
    assert get_lexicon("en").topic.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He was transferred from his unit to a hospital in Kursk.",
        "Soldiers who returned from the front were given medals.",
        "Artillery fired from their positions all night.",
        "The soldiers from the unit were praised by the governor.",
        "Drones launched from a base in Crimea hit the port.",
        "He was discharged from the army in May.",
        "Columns of tanks rolled out of the base at dawn.",
    ],
)
def test_a_transfer_a_return_or_fire_from_a_military_place_is_no_flight(sentence: str) -> None:
    assert "desertion" not in _types(sentence, "en")
    assert not get_lexicon("en").topic.search(sentence)


def test_a_report_without_a_topic_word_is_read_for_its_flight() -> None:
    events = _events(
        "Seven recruits missing near Tomsk\n\n"
        "Seven contract soldiers got away from the training ground near Tomsk on Saturday night, "
        "the regional news site Sibir Today reported.\n\n"
        "Their commanders have not commented."
    )
    flights = [e for e in events if e["type"] == "desertion"]
    assert flights and flights[0]["count"] == 7


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Седьмого продолжают искать, в том числе в Ростовской области.", "wanted"),
        ("Полиция начала поиски рядового с автоматом.", "wanted"),
        ("Оба беглеца значились в розыске с весны.", "wanted"),
        ("Двое контрактников числились в розыске и прятались у родных.", "wanted"),
    ],
)
def test_a_russian_search_in_any_form_is_a_search(sentence: str, expected: str) -> None:
    assert expected in _types(sentence, "ru")


@pytest.mark.parametrize(
    "sentence",
    [
        "Он уехал в Казахстан в поисках работы.",
        "Он долго искал работу в Астане.",
    ],
)
def test_a_russian_search_for_work_or_a_body_is_no_search(sentence: str) -> None:
    assert "wanted" not in _types(sentence, "ru")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("At a checkpoint near Narva, border guards held him.", "en", "detention"),
        ("He went to the police himself and was held for about 48 hours.", "en", "detention"),
        ("Police spent a third day combing roads and farms for the two men.", "en", "wanted"),
        ("Officers are scouring the border districts for the runaway.", "en", "wanted"),
        ("В марте власти Киргизии отдали его российским военным.", "ru", "detention"),
        ("Передача Смирнова российской стороне состоялась в пятницу.", "ru", "detention"),
    ],
)
def test_a_catch_or_a_search_in_other_words_is_proposed(
    sentence: str, lang: str, expected: str
) -> None:
    assert expected in _types(sentence, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters combed through court records for the cases.",
        "The court held him responsible for the losses.",
    ],
)
def test_combing_records_or_held_responsible_is_nothing(sentence: str) -> None:
    assert not _types(sentence, "en")

"""Round 43 (prop43): event proposal on wording the lexicon does not list (invented text).

- English: a catch told as "border guards held him" or "was held for ... hours", a search by
  "comb" / "scour" with an area (rec42's general rule; not combing through records).
- Russian: the search in any form of its noun («начала поиски»; the verb «искать» was dropped
  at landing: it cost link split t) and «числиться / значиться / находиться в розыске» in any form, by lemma.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import pipeline_events

from awol.extract.lexicon import get_lexicon
from awol.extract.trigger_find import find_triggers


def _events(text: str, lang: str = "en", published: str = "2026-05-20") -> list[dict]:
    return pipeline_events(text, lang, published, origin="prop43")


def _types(text: str, lang: str) -> list[str]:
    return [t.type for t, _s, _e in find_triggers(text, get_lexicon(lang))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
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

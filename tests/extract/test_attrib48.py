"""Round 48 (attrib48): who said so and who it happened to.

* "The ruling, reported by the court's press service, ...": the body's press service whole (the
  ``told`` line of ``lang/en/text.yaml`` cut it to "the court", read as an anaphora of its own
  sentence only), so the story told in the next paragraphs takes it.
* «сообщил в явке с повинной»: the accused's confession is a paper of the case, not a source
  (``reject`` of ``lang/ru/text.yaml``).
* A police body named in another sentence is not the source of a verdict or a charge, nor of a
  flight told in the verdict's sentence (``police_body`` of ``lang/<lang>/attribution.yaml``,
  ``article_sources.source_of_story``).

All sentences are invented.
"""

from __future__ import annotations

from helpers import pipeline_events


def _events(text: str, lang: str = "en") -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "attrib48")


def _of(events: list[dict], etype: str) -> dict:
    got = [e for e in events if e["type"] == etype]
    assert got, events
    return got[0]


def test_a_press_service_in_a_participial_aside_covers_the_story_after_it() -> None:
    text = (
        "The Tiksi garrison court has convicted a mobilised soldier of leaving his unit again "
        "and again. The verdict, reported by the garrison court's press service, shows how common such "
        "absences are.\n\nThe soldier left his unit four times between May and October, staying "
        "at his flat. For this, the court sentenced him to five years in a colony."
    )
    events = _events(text)
    for t in ("desertion", "sentence"):
        assert "press service" in (_of(events, t)["source"] or ""), events


def test_a_confession_is_no_source() -> None:
    text = (
        "Как сообщила пресс-служба Тындинского гарнизонного военного суда, мобилизованный "
        "рядовой в мае самовольно оставил часть и две недели провёл дома. "
        "Об этом подсудимый сам написал в явке с повинной. "
        "Суд приговорил его к трём годам колонии."
    )
    for e in _events(text, "ru"):
        assert "повинн" not in (e["source"] or ""), e


def test_a_police_source_told_before_is_not_a_verdicts() -> None:
    text = (
        "Two servicemen left their unit in the Tver region, the regional police reported. "
        "One of them was sentenced to three years by the Tver garrison court in October."
    )
    events = _events(text)
    assert "police" in (_of(events, "desertion")["source"] or ""), events
    assert "police" not in (_of(events, "sentence")["source"] or ""), events


def test_a_police_source_told_before_is_not_a_verdicts_ru() -> None:
    text = (
        "Из воинской части под Омском сбежали трое контрактников, сообщили в ОМВД по "
        "Кировскому району. Двоих из них уже задержали.\n\nВ августе Омский гарнизонный "
        "военный суд приговорил рядового другой части к пяти годам колонии за самовольное "
        "оставление части."
    )
    events = _events(text, "ru")
    for e in events:
        if e["type"] == "sentence" or "приговорил" in e["evidence"]["text"]:
            assert "ОМВД" not in (e["source"] or ""), events

"""Round 50 (source50): who said so, for two groups of tellers the extractor dropped.

1. An unnamed informant with the named outlet it told ("a source in the police told Interfax",
   «рассказал ТАСС собеседник в силовых структурах»): the outlet's report, carried to the events
   of its own paragraph (the sentence before it and the ones after), not to another paragraph's;
   it was generic (its informant's words) and given to its own sentence only.
2. A Russian court's or investigation's finding («Суд установил, что ...», «Судом установлено,
   что ...», «Следствие установило, что ...»): its own sentence's source where nothing else tells
   it, as the English "The court established that ..." already was.

Invented sentences only.
"""

from __future__ import annotations

from tests.extract.helpers import pipeline_events


def _source(text: str, lang: str, etype: str) -> str | None:
    got = [e for e in pipeline_events(text, lang, "2026-12-07", "source50") if e["type"] == etype]
    assert got, pipeline_events(text, lang, "2026-12-07", "source50")
    return got[0].get("source")


def test_informant_chain_carries_to_the_next_sentence() -> None:
    text = (
        "Three conscripts fled a garrison near Omsk on Sunday, a source in the regional police "
        "told Interfax. Two of them were caught a day later in Tara."
    )
    assert "Interfax" in (_source(text, "en", "detention") or "")


def test_informant_chain_speaks_for_the_sentence_before_it() -> None:
    text = (
        "Five servicemen left their base near Yasynuvata on Monday night. A source in the "
        "security services told RIA Novosti that the men had taken their rifles with them."
    )
    assert "RIA Novosti" in (_source(text, "en", "desertion") or "")


def test_informant_chain_stays_in_its_paragraph() -> None:
    text = (
        "Five servicemen left their base near Yasynuvata on Monday night. A source in the "
        "security services told RIA Novosti that the men had taken their rifles with them.\n\n"
        "Later, police officers detained two of the fugitives at a petrol station near Alchevsk."
    )
    assert _source(text, "en", "detention") is None


def test_russian_informant_chain_carries() -> None:
    text = (
        "Четверо контрактников самовольно ушли из части под Луганском, рассказал ТАСС "
        "собеседник в силовых структурах. Троих из них позднее задержали в Ровеньках."
    )
    assert "ТАСС" in (_source(text, "ru", "detention") or "")


def test_russian_court_finding_is_the_source() -> None:
    text = (
        "Гарнизонный военный суд Улан-Удэ приговорил ефрейтора к четырём годам колонии. "
        "Суд установил, что в июне 2025 года он самовольно покинул часть и уехал к брату."
    )
    assert _source(text, "ru", "desertion") == "Суд"


def test_russian_finding_by_the_court_and_the_investigation() -> None:
    court = "Судом установлено, что летом 2025 года рядовой Лыков не вернулся в часть из отпуска."
    assert _source(court, "ru", "desertion") == "Судом"
    inquiry = "Следствие установило, что осенью сержант Панков покинул позиции под Купянском."
    assert _source(inquiry, "ru", "desertion") == "Следствие"


def test_russian_finding_yields_to_the_story_teller() -> None:
    text = (
        "Рядового приговорили к пяти годам колонии, сообщила пресс-служба Читинского "
        "гарнизонного военного суда. Судом установлено, что в мае 2025 года он самовольно "
        "покинул часть."
    )
    assert "пресс-служба" in (_source(text, "ru", "desertion") or "")

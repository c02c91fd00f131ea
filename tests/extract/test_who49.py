"""Round 49 (who49): who it happened to and whether armed.

* A question whether the men are armed ("did not say whether the men had been armed", «Вооружены
  ли беглецы, в ориентировке не сказано», «Есть ли у них оружие, не уточняется») says nothing of
  their arms: ``armed_expected`` of ``lang/<lang>/arguments.yaml`` (the cue inside it is no cue,
  and a sentence with no event that says it is no statement).

All sentences are invented.
"""

from __future__ import annotations

from helpers import pipeline_events


def _events(text: str, lang: str = "en") -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "who49")


def _of(events: list[dict], etype: str) -> dict:
    got = [e for e in events if e["type"] == etype]
    assert got, events
    return got[0]


def test_ru_whether_armed_in_a_search_notice_is_no_arms() -> None:
    text = (
        "Шестеро бывших заключённых, подписавших контракт, ушли с полигона под Курском. "
        "Полиция разыскивает беглецов. Вооружены ли беглецы, в ориентировке не сказано."
    )
    events = _events(text, "ru")
    assert _of(events, "desertion")["armed"] is None
    assert _of(events, "wanted")["armed"] is None


def test_ru_whether_they_have_weapons_is_no_arms() -> None:
    text = (
        "Трое контрактников сбежали из части под Ельней. Есть ли у них при себе оружие, "
        "полицейские не уточнили."
    )
    assert _of(_events(text, "ru"), "desertion")["armed"] is None


def test_en_whether_the_men_were_armed_is_no_arms() -> None:
    text = (
        "Four contract soldiers fled their unit near Yelnya on Sunday. Police did not say "
        "whether the men had been armed."
    )
    assert _of(_events(text), "desertion")["armed"] is None


def test_ru_armed_runaways_stay_armed() -> None:
    text = "Трое контрактников сбежали из части под Ельней с автоматами."
    assert _of(_events(text, "ru"), "desertion")["armed"] is True

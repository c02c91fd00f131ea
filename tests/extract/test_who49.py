"""Round 49 (who49): who it happened to and whether armed.

* A question whether the men are armed ("did not say whether the men had been armed", «Вооружены
  ли беглецы, в ориентировке не сказано», «Были ли беглецы вооружены, не уточнили») says nothing of
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


def test_ru_whether_they_were_armed_is_no_arms() -> None:
    text = (
        "Трое контрактников сбежали из части под Ельней. Были ли беглецы вооружены, "
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


def test_ru_comrades_gone_with_him_are_no_descriptor() -> None:
    # «вместе с ещё четырьмя сослуживцами»: the comrades' tie to him, not who the people were
    text = (
        "По словам источника, мужчины ушли из части под Бийском 3 марта вместе с ещё "
        "четырьмя сослуживцами."
    )
    e = _of(_events(text, "ru"), "desertion")
    assert e["who"] is None or "сослужив" not in e["who"], e


def test_en_comrades_gone_with_him_are_no_descriptor() -> None:
    text = (
        "The sapper said that in May he and two friends climbed into a supply truck and left "
        "the front near Avdiivka."
    )
    e = _of(_events(text), "desertion")
    assert e["who"] is None or "friend" not in e["who"], e
    assert e["count"] == 3, e


def test_ru_the_commander_he_did_not_ask_is_not_his_descriptor() -> None:
    text = (
        "Мобилизованный из Тулы сбежал с полигона. По данным полиции, он уехал с полигона "
        "без ведома командира, прихватив автомат."
    )
    for e in _events(text, "ru"):
        assert e["who"] is None or "командир" not in e["who"], e


def test_ru_the_title_before_his_own_name_is_his() -> None:
    text = (
        "Рядовой Павел Ежов в марте не вернулся из отпуска в часть, а ефрейтор Глеб Сомов "
        "в июне ушёл с позиций под Купянском."
    )
    flights = [e for e in _events(text, "ru") if e["type"] == "desertion"]
    by_name = {n: e["who"] for e in flights for n in e["names"]}
    got = next(w for n, w in by_name.items() if "Сомов" in n)
    assert got is not None and "ефрейтор" in got.lower(), flights


def test_ru_the_title_before_the_third_convicts_name_is_his() -> None:
    text = (
        "Гарнизонный суд вынес приговоры по делам о самовольном оставлении части. Третьим "
        "осуждённым по той же статье стал контрактник Тимур Валиев: ему дали два года условно."
    )
    verdicts = [e for e in _events(text, "ru") if e["type"] == "sentence"]
    named = [e for e in verdicts if any("Валиев" in n for n in e["names"])]
    assert named and "контрактник" in (named[0]["who"] or ""), verdicts

"""Round 45 (near45): English cites a body telling of an event over the headline's (the
``body`` evidence criterion, lang/en/events.yaml ``evidence:``); an additive adjective («другой», "another") tells another happening of its
type only of people: a flight retold in the body by a man who "got into another car and did not
return" is the lead's flight, dated by the body (extract/mentions.py _additive_before;
``additive_of_people`` in lang/ru/events.yaml).  Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import _additive_before

RU = (
    "Мобилизованного водителя из Ровенской области приговорили к четырём годам\n\n"
    "Суд признал, что он самовольно оставил часть.\n\n"
    "Ровенский городской суд вынес приговор мобилизованному военнослужащему, который, "
    "получив должность водителя, ушёл со службы и больше двух месяцев отсутствовал в части.\n\n"
    "Как установил суд, в марте 2025 года его назначили водителем роты обеспечения.\n\n"
    "3 апреля 2025 года военнослужащий поехал на склад, по дороге вышел из служебной машины, "
    "пересел в другой автомобиль и в часть не вернулся.\n\n"
    "В июне он сам пришёл в полицию."
)


@pytest.mark.parametrize(
    ("clause", "additive"),
    [
        ("пересел в другой автомобиль и в часть не ", False),
        ("уехал на другой машине и больше не ", False),
        ("другой военнослужащий ", True),
        ("другие двое ", True),
        ("ещё один солдат ", True),
    ],
)
def test_an_additive_adjective_tells_another_happening_of_people_only(
    clause: str, additive: bool
) -> None:
    text = clause + "сбежал"
    assert _additive_before(text, 0, len(clause), get_lexicon("ru")) is additive


def test_the_body_retelling_by_another_car_dates_the_leads_flight() -> None:
    fled = of_type(events(RU, "ru", "2025-07-01"), "desertion")
    assert len(fled) == 1, [(e.date, e.evidence.text) for e in fled]
    assert fled[0].date == "2025-04-03", fled[0]


def _told(text: str, start: int, index: int, prob: float):
    from awol.extract.lexicon import Pattern, Trigger
    from awol.extract.mentions import Mention
    from awol.extract.sentences import Sentence

    trigger = Trigger("desertion", Pattern("slipped away"), 0.9, "none")
    return Mention(
        "desertion",
        trigger,
        0,
        5,
        Sentence(text, start, start + len(text), index, index),
        prob=prob,
    )


def test_the_body_criterion_passes_over_the_headline() -> None:
    from awol.extract.evidence_pick import evidence_order, evidence_rank

    head = "Troops slipped away from the front"
    body = "The men slipped away while stationed near Kupiansk."
    told = [_told(head, 0, 0, 0.8), _told(body, len(head) + 2, 1, 0.3)]
    best = max(told, key=lambda m: evidence_rank(m, evidence_order("en"), len(head)))
    assert best.sentence.text == body

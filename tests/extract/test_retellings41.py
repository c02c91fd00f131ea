"""Round 41 (evid41): a flight the lead tells with no date, told again in the body with its date
by a negated return ("он не вернулся в часть", "did not return to his unit"), is one desertion,
dated and cited from the body (extract/rescue.py date_retellings, mentions.negated_cue).
Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.mentions import negated_cue
from awol.extract.tokens import Token

RU = (
    "В Тверской области задержали военнослужащего, сбежавшего из части\n\n"
    "Полицейские задержали в Ржеве контрактника, который самовольно покинул воинскую часть, "
    "сообщили в региональном управлении МВД.\n\n"
    "Как уточнили в ведомстве, 31-летнего ефрейтора задержали 9 октября у дома его сестры.\n\n"
    "По данным полиции, в середине июля он не вернулся в свою часть в Белгородской области "
    "после отпуска.\n\n"
    "Задержанного передали в военную комендатуру."
)

EN = (
    "Soldier who deserted caught in Vologda\n\n"
    "Police in the Vologda region have detained a contract soldier who deserted from his unit, "
    "the regional Interior Ministry said.\n\n"
    "Officers detained the 27-year-old on Oct. 9 at a friend's flat in Cherepovets.\n\n"
    "According to the police, in mid-July he did not return to his unit in the Belgorod region "
    "after his leave.\n\n"
    "He was handed over to the military commandant's office."
)


@pytest.mark.parametrize(
    ("text", "lang", "body"), [(RU, "ru", "в середине июля"), (EN, "en", "in mid-July")]
)
def test_the_body_retelling_dates_the_leads_flight(text: str, lang: str, body: str) -> None:
    fled = of_type(events(text, lang, "2025-10-11"), "desertion")
    assert len(fled) == 1, [(e.date, e.evidence.text) for e in fled]
    assert fled[0].date == "2025-07", fled[0]
    assert body in fled[0].evidence.text, fled[0].evidence.text


def test_a_dated_return_of_another_telling_makes_no_new_flight() -> None:
    # (the man came back on his own: «вернулся» without the negation is no flight)
    text = RU.replace(
        "в середине июля он не вернулся в свою часть", "в середине июля он вернулся в свою часть"
    )
    fled = of_type(events(text, "ru", "2025-10-11"), "desertion")
    assert len(fled) <= 1 and all(e.date != "2025-07" for e in fled), [
        (e.date, e.evidence.text) for e in fled
    ]


@pytest.mark.parametrize(
    ("text", "word", "lang", "negated"),
    [
        ("он так и не вернулся в часть", "вернулся", "ru", "так и не вернулся"),
        ("он не прибыл в часть", "прибыл", "ru", "не прибыл"),
        ("he did not return to his unit", "return", "en", "not return"),
        ("he failed to return to base", "return", "en", "failed to return"),
        ("он вернулся в часть", "вернулся", "ru", "вернулся"),
        ("он не ушёл из части", "ушёл", "ru", "ушёл"),
    ],
)
def test_a_return_cue_starts_at_its_negation(text: str, word: str, lang: str, negated: str) -> None:
    s = text.index(word)
    lemma = {"вернулся": "вернуться", "прибыл": "прибыть", "ушёл": "уйти"}.get(word, word)
    start = negated_cue(text, Token(word, lemma, s, s + len(word)), lang)
    assert text[start : s + len(word)] == negated


def test_an_arrival_abroad_does_not_date_the_flight() -> None:
    # («прибыл» without its negation: he reached another country, not the flight's telling)
    text = RU.replace(
        "в середине июля он не вернулся в свою часть в Белгородской области после отпуска",
        "в середине июля он прибыл в Ереван",
    )
    fled = of_type(events(text, "ru", "2025-10-11"), "desertion")
    assert all(e.date != "2025-07" for e in fled), [(e.date, e.evidence.text) for e in fled]

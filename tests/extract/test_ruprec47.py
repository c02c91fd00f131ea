"""Round 47 (ruprec47): Russian flights named only as the statute's wording inside a charge or a
verdict, on invented articles.  Each has a twin that stays a flight (the flight dated in its own
sentence, a time ago rather than a duration, no legal step), so a rule that drops every flight
of a court story fails.

- «Сержанта обвиняют в том, что в период мобилизации он больше месяца отсутствовал в части»:
  the charge is the happening, the flight its content told by the duration that qualifies the
  crime (``statute_flight`` in ``lang/ru/events.yaml``; awol/extract/statute_flight.py).
- a denial by the whole paradigm of «никакой» before the trigger («никакого дезертирства не
  было»; only «никаких» was read): ``block: before`` in ``lang/ru/events.yaml``;
- a label, not a flight: a noun of the trigger in the instrumental after a verb of naming or
  status («которого в пабликах называют дезертиром»): ``status_predicate`` in
  ``lang/ru/relevance.yaml``, scope_more.status_predicate;
- a death told on after an attack on a civilian («ударил водителя ножом. Мужчина скончался на
  месте»): ``victim: kill`` in ``lang/ru/relevance.yaml``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

from awol.extract.lexicon import get_lexicon
from awol.extract.scope import not_a_happening
from awol.extract.trigger_blocks import blocked

_CHARGE = (
    "В Тверской гарнизонный военный суд поступило уголовное дело о самовольном оставлении части. {}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ефрейтора Олега Марченкова обвиняют в том, что в период мобилизации он больше месяца "
        "отсутствовал в своей части.",
        "По версии следствия, сержант Глеб Утешев отсутствовал на службе свыше одного месяца.",
        "Обвинение в том, что он дольше месяца не являлся в часть, предъявлено рядовому Петру "
        "Сажину.",
        "Рядовому Ильдару Хасанову вменяют то, что он оставил часть более чем на месяц во время "
        "мобилизации.",
    ],
)
def test_statute_duration_in_a_charge_is_no_flight(sentence: str) -> None:
    got = types(_CHARGE.format(sentence), "ru", "2025-03-14")
    assert "prosecution" in got
    assert "desertion" not in got


@pytest.mark.parametrize(
    "sentence",
    [
        # the flight dated in its own sentence: a flight, with its charge
        "По версии следствия, в июне сержант Глеб Утешев самовольно покинул часть и больше "
        "месяца жил у родственников в Ржеве.",
        # a time ago, not a duration
        "Сержанта Глеба Утешева задержали в Ржеве: больше месяца назад он сбежал из части.",
    ],
)
def test_a_flight_told_beside_stays(sentence: str) -> None:
    got = types(_CHARGE.format(sentence), "ru", "2025-03-14")
    assert "desertion" in got


def test_a_verdicts_flight_dated_by_the_next_sentence_stays() -> None:
    text = (
        "Тверской гарнизонный военный суд приговорил к четырём годам колонии контрактника, "
        "который самовольно оставил часть в Ржеве и больше двух месяцев скрывался. "
        "Как установил суд, военнослужащий ушёл из части 3 марта 2025 года."
    )
    assert "desertion" in types(text, "ru", "2025-09-14")


def test_a_duration_without_a_legal_step_stays() -> None:
    text = (
        "В Тверской области ищут мобилизованного Глеба Утешева. "
        "Сержант самовольно покинул часть и больше месяца скрывается у родственников."
    )
    assert "desertion" in types(text, "ru", "2025-03-14")


def _read(sentence: str, trigger: str) -> tuple[str | None, bool]:
    """(not_a_happening's reading, the clause blocks) of ``trigger`` read as a desertion."""
    s = sentence.index(trigger)
    lex = get_lexicon("ru")
    e = s + len(trigger)
    return not_a_happening(sentence, "desertion", s, e, lex), blocked(
        sentence, "desertion", s, e, lex
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "reading"),
    [
        (
            "Обвиняемый — бывший военнослужащий, которого в местных пабликах называют дезертиром.",
            "дезертиром",
            ("label", False),
        ),
        ("Соседи называют Зырянова дезертиром.", "дезертиром", ("label", False)),
        (
            "Защитник утверждает, что Зырянова уволили по ранению и никакого дезертирства не было.",
            "дезертирства",
            (None, True),
        ),
        ("Никакого побега из части не было, говорит мать.", "побега", (None, True)),
        # twins: the flight told, the label beside it
        (
            "В мае Зырянов самовольно покинул часть, и с тех пор его называют дезертиром.",
            "покинул",
            (None, False),
        ),
        ("Дезертиром его назвали после того, как он сбежал из части.", "сбежал", (None, False)),
    ],
)
def test_a_label_or_a_denial_is_no_flight(
    sentence: str, trigger: str, reading: tuple[str | None, bool]
) -> None:
    assert _read(sentence, trigger) == reading


def test_a_death_after_an_attack_on_a_civilian_is_the_victims() -> None:
    text = (
        "В Твери начался суд над бывшим военным, которого обвиняют в убийстве продавца\n\n"
        "В Заволжском районном суде Твери во вторник начался процесс по делу об убийстве "
        "продавца. Обвиняемый — 24-летний бывший военнослужащий Антон Зырянов, сбежавший из "
        "части.\n\nПо версии следствия, в марте после ссоры он ударил продавца ножом. "
        "Мужчина скончался на месте."
    )
    assert "death" not in types(text, "ru", "2025-11-20")


def test_a_deserter_shot_keeps_his_death() -> None:
    text = (
        "В мае контрактник Антон Зырянов самовольно покинул часть под Тверью. "
        "При задержании пограничники открыли огонь по беглецу. Мужчина скончался на месте."
    )
    assert "death" in types(text, "ru", "2025-06-20")

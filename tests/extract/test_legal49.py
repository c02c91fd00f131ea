"""Round 49 (legal49): verdicts and charges by mechanism (invented sentences).

- A first court's suspended term and the appeal court's term behind bars are two verdicts
  (``kinds`` of ``penalty`` in lang/{en,ru}/events.yaml; terms.term_kind), and an appeal court's
  term told by what the man must serve or what replaced the suspended one is a verdict.
- A penalty asked for by the defence is no verdict ("His lawyer asked for a suspended sentence").
- "Art. 332" does not end a sentence: the next sentence's other crime reaches its verdict.
- A charge told as the ground of a search: "searching for him on a desertion charge", "put his
  name on a wanted list, accusing him of desertion", «в розыске у властей, которые обвиняют его
  в дезертирстве» (charge_ground).
- A verdict for violence against a comrade («избил сослуживца») or an insult is for another crime.
- A verdict told as "sent a soldier to a penal colony for six years" (with its term, so two such
  verdicts do not merge), a Russian term before its verb («пять лет получил рядовой X»).
- A charge beside a detention: "named him a suspect", "is due to be tried in September", «будут
  судить в октябре».
"""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.extract.sentences import split_sentences
from awol.model import Article


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    art = Article(id="t", text=text, published="2025-06-30", language=lang)
    return [(e.type, e.evidence.text) for e in extract_article(art).events]


def _verdicts(text: str, lang: str) -> list[str]:
    return [ev for t, ev in _events(text, lang) if t == "sentence"]


def test_suspended_then_real_term_are_two_verdicts() -> None:
    text = (
        "A Ukrainian marine who was treated in hospital failed to return to his unit in time. "
        "A district court first gave him a suspended term. "
        "The appeal court replaced it with four years behind bars, and the Supreme Court has "
        "now upheld that ruling."
    )
    got = _verdicts(text, "en")
    assert len(got) == 2, got


def test_must_serve_is_a_verdict() -> None:
    text = (
        "A Ukrainian marine who was treated in hospital failed to return to his unit in time. "
        "The Supreme Court has ruled that the marine must serve four years in prison. "
        "A district court had first given him a suspended sentence."
    )
    got = _verdicts(text, "en")
    assert len(got) == 2, got


def test_ru_suspended_then_real_term_are_two_verdicts() -> None:
    text = (
        "Контрактник Олег Рябцев в марте самовольно покинул часть под Псковом. "
        "Гарнизонный суд назначил ему три года условно. "
        "Окружной военный суд по представлению прокурора отменил условный срок и отправил "
        "Рябцева в колонию на три года."
    )
    got = _verdicts(text, "ru")
    assert len(got) == 2, got


def test_defence_request_is_no_verdict() -> None:
    text = (
        "A soldier who deserted his unit in May was detained in June. "
        "A court in Tver sentenced him to five years in a penal colony on Monday. "
        "His lawyer, Denis Ulyanov, asked for a suspended sentence, citing his medals."
    )
    got = _verdicts(text, "en")
    assert got == ["A court in Tver sentenced him to five years in a penal colony on Monday."]


def test_statute_abbreviation_does_not_end_a_sentence() -> None:
    text = "The judge convicted the sergeant under Pt. 3 of Art. 332 of the code."
    assert len(split_sentences(text, "en")) == 1


def test_verdict_for_disobeying_orders_told_next() -> None:
    text = (
        "Contract soldier jailed for deserting\n\n"
        "The Kazan garrison court sentenced Private Ivan Lobov, who fled his unit in May, to five "
        "years in a penal colony.\n\n"
        "In the same week Oleg Mirsky, a contract soldier from Tomsk, was sentenced to two years "
        "and three months in a colony-settlement. The judge convicted him under Part 3 of Art. "
        "332 (failure to obey an order in wartime)."
    )
    got = _verdicts(text, "en")
    assert all("Mirsky" not in ev for ev in got), got


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Sergei Vlasov fled his unit in Bryansk in March and crossed into Georgia. Back home "
            "the police have been searching for him on a desertion charge.",
            "en",
        ),
        (
            "Sergei Vlasov fled his unit in Bryansk in March and crossed into Georgia. Russian "
            "investigators put his name on a federal wanted list, accusing him of desertion.",
            "en",
        ),
        (
            "Сергей Власов в марте сбежал из части в Брянске и уехал в Грузию. Власов числится в "
            "розыске у российских властей, которые обвиняют его в дезертирстве.",
            "ru",
        ),
    ],
)
def test_charge_as_ground_of_a_search(text: str, lang: str) -> None:
    types = [t for t, _ev in _events(text, lang)]
    assert "wanted" in types and "prosecution" not in types, types


def test_ru_verdict_for_beating_a_comrade() -> None:
    text = (
        "Рядовой Антон Зуев в мае самовольно покинул часть под Тулой. "
        "Гарнизонный суд приговорил рядового Дмитрия Котова к двум годам колонии за то, что он "
        "избил сослуживца."
    )
    got = _verdicts(text, "ru")
    assert got == [], got


def test_sent_to_a_penal_colony_is_a_verdict_with_its_term() -> None:
    text = (
        "A garrison court in Chita has sent a mobilised soldier to a general-regime penal colony "
        "for six years for leaving his unit again and again. "
        "In another case, a contract soldier from Ulan-Ude had left his unit three times, and the "
        "court gave him seven years in a general-regime colony."
    )
    got = _verdicts(text, "en")
    assert len(got) == 2, got


def test_ru_term_before_its_verb() -> None:
    text = (
        "Рядовой Глеб Сорокин в марте самовольно покинул часть. "
        "А в апреле 2023 года четыре с половиной года получил рядовой-контрактник Глеб Сорокин."
    )
    assert len(_verdicts(text, "ru")) == 1


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "The company commander left the service in December. On January 8 he was arrested in "
            "the Volyn region and taken to Kyiv, where investigators formally named him a suspect "
            "in unauthorised abandonment of his unit.",
            "en",
        ),
        (
            "The soldier deserted his unit in the Kursk region in June, his wife said. He was "
            "later detained and is due to be tried in September, his wife said.",
            "en",
        ),
        (
            "Рядовой Антон Рыбак в мае самовольно покинул часть под Арзамасом. Рядового Антона "
            "Рыбака, задержанного в июне на вокзале, будут судить в октябре в Нижнем Новгороде.",
            "ru",
        ),
    ],
)
def test_charge_beside_a_detention(text: str, lang: str) -> None:
    types = [t for t, _ev in _events(text, lang)]
    assert "detention" in types and "prosecution" in types, types

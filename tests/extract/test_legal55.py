"""Round 55 (legal55): charges and verdicts that are not a deserter's, and charges of two men
kept apart.  Invented sentences.

- a charge or a verdict whose own words name another crime after the one charged ("charged the
  driver who took them to Moscow with harbouring fugitives", «Беглецов обвиняют в убийстве
  полицейского»), or tell it as a clause after «за то, что» that tells no flight, is none; a
  charge that names desertion beside another crime, or tells the absence in its clause, stays;
- the one charged told by another act of his ("the officer who beat the recruits", «водителя,
  который помог беглецу») in a sentence that tells no flight is another man's case; the deserter
  who hid himself («который полгода прятался») stays;
- a past record told as a state («Оба беглеца раньше были осуждены и попали в армию из
  колонии») is no verdict; one with a desertion offence stays;
- a charge told of "him" (the man the sentence before named) is not the happening a later
  sentence tells of another named man.
"""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article

_EN_HEAD = (
    "Two privates who fled a unit in Bryansk caught in Moscow\n\n"
    "Privates Anton Sedov and Kirill Yashin left their unit in the Bryansk region on April 2 "
    "and were detained in Moscow on April 9, police said.\n"
)
_RU_HEAD = (
    "В Брянской области двое военных ушли из части, их задержали в Москве\n\n"
    "Рядовые Антон Седов и Кирилл Яшин 2 апреля самовольно покинули часть в Брянской области, "
    "9 апреля их задержали в Москве, сообщила полиция.\n"
)


def _events(text: str, lang: str) -> list:
    return extract_article(Article(id="t", text=text, language=lang)).events


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in _events(text, lang)]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        (
            "Police also charged the driver who took them to Moscow with harbouring fugitives.",
            "prosecution",
        ),
    ],
)
def test_en_charge_of_another_crime(sentence: str, etype: str) -> None:
    assert etype not in _types(_EN_HEAD + sentence + "\n", "en")


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Беглецов обвиняют в убийстве полицейского на блокпосту.", "prosecution"),
        ("Мать Седова оштрафовали за то, что она прятала сына от полиции.", "sentence"),
        ("Оба беглеца раньше были осуждены и попали в армию из колонии.", "sentence"),
    ],
)
def test_ru_charge_of_another_crime(sentence: str, etype: str) -> None:
    assert etype not in _types(_RU_HEAD + sentence + "\n", "ru")


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        (
            "Седова обвиняют в том, что в период мобилизации он больше месяца отсутствовал в части.",
            "prosecution",
        ),
        ("Яшина обвиняют в краже автомата и дезертирстве.", "prosecution"),
        ("Ранее Седов уже был осуждён за самовольное оставление части.", "sentence"),
    ],
)
def test_ru_charge_of_desertion_stays(sentence: str, etype: str) -> None:
    # (guards beside the new readings: they pass on the start code too)
    assert etype in _types(_RU_HEAD + sentence + "\n", "ru")


def test_en_charge_of_abuse_and_desertion_stays() -> None:
    text = _EN_HEAD + "Investigators charged their commander with abuse of office and desertion.\n"
    assert "prosecution" in _types(text, "en")


def test_en_charge_of_him_is_not_another_mans() -> None:
    text = (
        "Deserter from Pskov convicted after months on the run\n\n"
        "Private Andrei Golub left his regiment in Pskov in January 2024, investigators said.\n\n"
        "He was charged with desertion in May, and in October the Pskov garrison court "
        "sentenced him to six years.\n\n"
        "A court in Rostov also convicted Corporal Yuri Lenkov of desertion.\n\n"
        "Sergeant Maxim Bobrov, who fled to Georgia, was convicted in absentia.\n\n"
        "The case of Private Denis Ulyanov has been sent to court, prosecutors said.\n"
    )
    events = _events(text, "en")
    assert sum(e.type == "prosecution" for e in events) == 2
    assert sum(e.type == "sentence" for e in events) == 3


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A criminal case was opened against the officer who beat the recruits.", "en"),
        ("В отношении сержанта, избивавшего солдат, возбуждено уголовное дело.", "ru"),
        ("Водителя, который помог беглецу, оштрафовали.", "ru"),
    ],
)
def test_another_mans_act(sentence: str, lang: str) -> None:
    head = _EN_HEAD if lang == "en" else _RU_HEAD
    types = _types(head + sentence + "\n", lang)
    assert "prosecution" not in types and "sentence" not in types


def test_ru_deserter_who_hid_stays() -> None:
    # (a guard: «прятался» is the deserter hiding himself, not another man's act)
    text = (
        "Вологжанина, который полгода прятался в бане у тёщи, приговорили к шести годам\n\n"
        "Гарнизонный суд приговорил рядового Игоря Лаптева, который полгода прятался в бане у "
        "тёщи после самовольного оставления части, к шести годам колонии.\n"
    )
    assert "sentence" in _types(text, "ru")

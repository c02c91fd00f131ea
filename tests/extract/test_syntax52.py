"""Round 52 (syntax52): a Russian name's role in its sentence's dependency syntax (natasha's
news syntax parser, shipped in its wheel) decides whether it is the deserter's
(:mod:`awol.extract.syntax_roles`, read by :func:`awol.extract.people_roles.not_a_deserter`).

* The subject of a verb of telling, noticing or catching is someone else: a relative, a witness,
  the officer who caught him, even where the words right before the name say nothing of it.
* The object or indirect object of a verb of catching or punishing is the man himself, even
  where a role in apposition after his name («командиру отделения») made the window rules drop
  him.
* A serviceman who tells of his case, or a speaker whose own clause tells that he fled, is not
  marked as someone else.

All sentences are invented.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_events

from awol.extract import syntax_roles
from awol.extract.syntax_roles import name_role


@pytest.fixture(autouse=True)
def _syntax_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading is an option (:data:`awol.extract.syntax_roles.SYNTAX_ROLES`): on here."""
    monkeypatch.setattr(syntax_roles, "SYNTAX_ROLES", True)


def _events(text: str) -> list[dict]:
    return pipeline_events(text, "ru", "2025-12-01", "syntax52")


def _of(events: list[dict], etype: str) -> dict:
    got = [e for e in events if e["type"] == etype]
    assert got, events
    return got[0]


def _role(text: str, name: str) -> str | None:
    at = text.index(name)
    return name_role(text, at, at + len(name), "ru")


def test_ru_relative_who_tells_is_not_named_on_the_event() -> None:
    text = (
        "Отец мобилизованного, ушедшего из части под Брянском, Виктор Лапин заявил журналистам, "
        "что сына задержали в Орле."
    )
    e = _of(_events(text), "detention")
    assert not any("Лапин" in n for n in e["names"]), e


def test_ru_officer_who_caught_him_is_not_named_on_the_event() -> None:
    text = (
        "Рядового, сбежавшего из полка в Твери, через неделю нашёл на даче и задержал "
        "капитан Пётр Зотов, сообщила полиция."
    )
    e = _of(_events(text), "detention")
    assert not any("Зотов" in n for n in e["names"]), e


def test_ru_witness_is_not_named_on_the_event() -> None:
    text = (
        "Военная полиция задержала ефрейтора Илью Мохова, которого сослуживец Артём Гусев "
        "заметил на рынке в Брянске."
    )
    e = _of(_events(text), "detention")
    assert any("Мохов" in n for n in e["names"]), e
    assert not any("Гусев" in n for n in e["names"]), e


def test_ru_indirect_object_of_the_charge_is_the_man() -> None:
    text = (
        "Сержанту Олегу Фомину, командиру отделения мотострелкового батальона, предъявлено "
        "обвинение в дезертирстве, сообщили в военном следственном отделе."
    )
    e = _of(_events(text), "prosecution")
    assert any("Фомин" in n for n in e["names"]), e


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a serviceman telling of his own case stays undecided (the window rules decide)
        (
            "Контрактник Максим Орлов заявил, что командир роты не учёл его ранение.",
            "Максим Орлов",
            None,
        ),
        # a speaker whose own clause tells his flight is the man who fled
        (
            "Об этом рассказал Роман Седов, мобилизованный, который весной сбежал из части.",
            "Роман Седов",
            "deserter",
        ),
        # the victim of the fugitive's blows
        (
            "Рядовой, избивший сослуживца Петра Гаврилова, сбежал из части с автоматом.",
            "Петра Гаврилова",
            "other",
        ),
        # the subject of the flight
        (
            "Сапёр Тимур Асланов самовольно оставил часть в Курской области.",
            "Тимур Асланов",
            "deserter",
        ),
    ],
)
def test_ru_name_roles(text: str, name: str, role: str | None) -> None:
    assert _role(text, name) == role


def test_option_off_reads_no_syntax(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(syntax_roles, "SYNTAX_ROLES", False)
    text = "Рядового задержал капитан Пётр Зотов."
    assert _role(text, "Пётр Зотов") is None


def test_english_reads_no_syntax() -> None:
    text = "Captain Pyotr Zotov detained the private."
    assert name_role(text, 8, 19, "en") is None

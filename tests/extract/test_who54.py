"""Round 54 (who54): a trial role is the who of the trial alone.

A Russian story that calls its man «подсудимый» where it tells of his trial gives that word to
his prosecution; carried to his verdict or his flight it is wrong (the coders leave those without
one, or give them the story's description of him): who_roles.drop_trial_role,
``trial_role_who`` of ``lang/ru/arguments.yaml``.

All sentences are invented.
"""

from __future__ import annotations

from helpers import pipeline_events


def _events(text: str, lang: str = "ru") -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "who54")


def test_defendant_is_not_the_verdicts_who() -> None:
    text = (
        "Кировский гарнизонный военный суд приговорил Игната Сорокина к трём годам колонии "
        "за самовольное оставление части. "
        "Подсудимый вину признал и попросился обратно на фронт."
    )
    got = [e for e in _events(text) if e["type"] == "sentence"]
    assert got, _events(text)
    assert all(not (e["who"] or "").lower().startswith("подсудим") for e in got), got


def test_defendant_stays_the_trials_who() -> None:
    text = (
        "В Омском гарнизонном военном суде начался процесс по делу о самовольном оставлении "
        "части. Подсудимый обвиняется в том, что полгода не возвращался из отпуска."
    )
    got = [e for e in _events(text) if e["type"] == "prosecution"]
    assert got and got[0]["who"] and got[0]["who"].lower().startswith("подсудим"), _events(text)


def test_description_before_the_sentence_that_names_him() -> None:
    text = (
        "A 34-year-old gunner from the Altai region spent a winter in the trenches near Avdiivka. "
        "Oleg Pastukhov fled his unit in March and hid at a friend's house in Barnaul, "
        "his sister said."
    )
    got = [e for e in _events(text, "en") if e["type"] == "desertion"]
    assert got and got[0]["names"] == ["Oleg Pastukhov"], got
    assert got[0]["who"] == "A 34-year-old gunner from the Altai region", got


def test_description_apposed_to_he_after_the_naming_sentence() -> None:
    text = (
        "Kirill Bogomolov deserted his regiment after his second tour, his lawyer said. "
        "A 31-year-old from the Kurgan region, he had been called up in the autumn of 2022."
    )
    got = [e for e in _events(text, "en") if e["type"] == "desertion"]
    assert got and got[0]["names"] == ["Kirill Bogomolov"], got
    assert got[0]["who"] == "A 31-year-old from the Kurgan region", got


def test_no_description_from_a_sentence_naming_another() -> None:
    text = (
        "A 34-year-old gunner met Ivan Zorin in the trenches near Avdiivka. "
        "Oleg Pastukhov fled his unit in March, his sister said."
    )
    got = [e for e in _events(text, "en") if e["type"] == "desertion"]
    assert got and not (got[0]["who"] or "").startswith("A 34-year-old"), got


def test_the_military_man_as_a_noun_is_a_who() -> None:
    text = (
        "Суд в Омске заочно арестовал военного, сбежавшего из части в Бурятии и уехавшего "
        "в Монголию."
    )
    got = [e for e in _events(text) if e["type"] in ("wanted", "desertion")]
    assert got and all(e["who"] == "военного" for e in got), got


def test_the_military_adjective_is_not_a_who() -> None:
    text = "Военный суд приговорил Ивана Осипова к трём годам за самовольное оставление части."
    got = [e for e in _events(text) if e["type"] == "sentence"]
    assert got and not got[0]["who"], got

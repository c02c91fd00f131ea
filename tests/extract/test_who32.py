"""Round 32 (who32): names and who of a story's events, by mechanism (invented text).

- a Russian "он" (or "его", "ему") in an event's sentence is the man the sentences before name,
  as the English "he" is (``people.name_from_story`` through ``_he``), also in a roundup of
  several named men;
- a chain of such sentences stops at a sentence that told an event of an unnamed man ("суд
  арестовал контрактника ... Как сообщили в суде, он не вернулся"): that "он" is that man;
- a Russian descriptor with a relative clause after it ("выдали России контрактника, который
  бежал") brings in someone new, as the English indefinite article does: not the story's man;
- two triggers of one type whose clauses each name their man take each its own name;
- a rank set after a role of command ("His commander, Captain ...", "Его командир капитан ...",
  "генерал-майор ...") is no deserter's, and the commander's noun is not the man's who.
"""

from __future__ import annotations

from tests.extract.helpers import events

from awol.extract.names import find_person_names
from awol.extract.people import not_a_deserter


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def test_a_russian_he_is_the_man_named_before_in_a_roundup() -> None:
    text = (
        "Тульский гарнизонный военный суд во вторник приговорил рядового Максима Горелова к "
        "шести годам колонии. По данным суда, в ноябре 2023 года он покинул позиции своего "
        "подразделения в Херсонской области.\n\nМобилизованный Степан Урусов был приговорен в "
        "декабре к пяти годам колонии за самовольное оставление части."
    )
    (desertion,) = _of(events(text, "ru", "2025-04-10"), "desertion")
    assert desertion.names == ["Максим Горелов"]


def test_a_he_after_an_unnamed_mans_event_is_that_man() -> None:
    text = (
        "Тульский гарнизонный военный суд во вторник приговорил рядового Максима Горелова к "
        "шести годам колонии.\n\nВ среду Самарский гарнизонный военный суд арестовал на два "
        "месяца контрактника, задержанного накануне на вокзале Самары. Как сообщили в суде, он "
        "не вернулся в часть после отпуска в январе.\n\nМобилизованный Степан Урусов был "
        "приговорен в декабре к пяти годам колонии за самовольное оставление части."
    )
    evs = events(text, "ru", "2025-04-10")
    assert [e.names for e in _of(evs, "desertion")] == [[]]
    assert all(e.names == [] for e in _of(evs, "detention"))


def test_a_russian_relative_clause_brings_in_another_man() -> None:
    text = (
        "Ефрейтор Глеб Шатов сбежал из части в Крыму в апреле, сообщили его родные. В 2023 году "
        "власти Казахстана уже выдали России контрактника, который бежал из части в Самарской "
        "области."
    )
    evs = events(text, "ru", "2025-06-02")
    assert [e.names for e in _of(evs, "desertion")] == [["Глеб Шатов"], []]
    assert all(e.names == [] for e in _of(evs, "detention"))


def test_each_clause_names_its_own_man() -> None:
    text = (
        "Рядовой Игорь Шубин в январе 2024 года не вернулся из отпуска в часть, стоящую в "
        "Бердске, а младший сержант Олег Рябов в мае того же года ушёл с позиций под Угледаром."
    )
    evs = _of(events(text, "ru", "2025-06-02"), "desertion")
    assert [(e.names, e.count) for e in evs] == [(["Игорь Шубин"], 1), (["Олег Рябов"], 1)]


def test_a_rank_after_a_role_of_command_is_no_deserter() -> None:
    for text, lang, who in (
        ("His commander, Captain Pavel Ilyin, reported him missing.", "en", "Pavel Ilyin"),
        ("The commander of the battalion, Major Oleg Sitnikov, said so.", "en", "Oleg Sitnikov"),
        ("Его командир капитан Павел Ильин сообщил о пропаже.", "ru", "Павел Ильин"),
        ("Генерал-майор Виктор Лапин заявил, что сержант ушел.", "ru", "Виктор Лапин"),
    ):
        (m,) = [n for n in find_person_names(text, lang) if n.normalized == who]
        assert not_a_deserter(text, m, lang), text
    for text, lang in (
        ("Captain Ivan Petrov left his unit in May.", "en"),
        ("Капитан Иван Петров ушел из части в мае.", "ru"),
    ):
        (m,) = find_person_names(text, lang)
        assert not not_a_deserter(text, m, lang), text


def test_a_he_after_his_commander_is_named_is_still_the_deserter() -> None:
    for text, lang, name in (
        (
            "Anton Reshetov, 25, left his unit in the Donetsk region in June. His commander, "
            "Captain Pavel Ilyin, reported him missing the same day. He was detained in Saratov "
            "last week, the outlet said.",
            "en",
            "Anton Reshetov",
        ),
        (
            "Антон Решетов ушел из части в Донецкой области в июне. Его командир капитан Павел "
            "Ильин в тот же день сообщил о пропаже. На прошлой неделе он был задержан в Саратове.",
            "ru",
            "Антон Решетов",
        ),
    ):
        (detention,) = _of(events(text, lang, "2025-11-12"), "detention")
        assert detention.names == [name]
        assert detention.who is None  # (not "командир": his commander's noun)

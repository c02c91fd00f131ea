"""Round 40 (who40): the who and names fields.

- The title readers (the title set right before a name, the initials it stands before, the
  pronoun that opens a sentence about one man, whether a description names a serviceman) are a
  public module of their own, ``awol.extract.titles``, that both who readers import:
  ``who_story`` no longer imports private names of ``descriptors``.
- An event told by "him" after an opening clause of its own ("As a result, the police detained
  him") takes the descriptor told before, also back across sentences that go on speaking of him
  anywhere ("These absences from his unit ..."): ``titles.PRONOUN_LEAD``, ``SPEAKS_OF_HIM``.
- A named man's event takes the title the next sentence opens on for him ("The contract soldier
  had left ...", "A gunner in an artillery brigade, he had ...", «Контрактник не вернулся ...»):
  ``who_story.opening_title``.  Twin: a sentence that opens on someone else ("The court
  sentenced the soldier") gives none.
- A part of a group caught or sought («Большинство из них уже задержаны», "Most of them were
  caught") takes no who of the group (the coders leave it: train ren-032, rru-036, rru-037,
  rru-118).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers import pipeline_events, pipeline_one

import awol.extract.who_story as who_story
from awol.extract import titles

SRC = Path(who_story.__file__).resolve().parent


def _private_imports(module: str) -> list[str]:
    tree = ast.parse((SRC / f"{module}.py").read_text(encoding="utf-8"))
    return [
        f"{n.module}.{a.name}"
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and n.module == "awol.extract.descriptors"
        for a in n.names
        if a.name.startswith("_")
    ]


def test_who_story_imports_no_private_name_of_descriptors() -> None:
    assert _private_imports("who_story") == []


def test_the_title_readers_are_public_and_read_as_before() -> None:
    rx = titles.role_rx("en")
    assert rx is not None and rx.search("sentenced junior sergeant ") is not None
    assert titles.INITIALS_BEFORE.search("рядового Н. А. ") is not None
    assert titles.PRONOUN_LEAD["en"].match("On Friday he was detained")
    assert not titles.PRONOUN_LEAD["en"].match("He said that two soldiers fled")
    assert titles.names_service("a contract soldier", "en")
    assert not titles.names_service("a man of 40", "en")
    assert titles.WHO_CHAIN >= 1


def _events(text: str, lang: str) -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "who40")


def _one(text: str, lang: str, etype: str) -> dict:
    return pipeline_one(text, lang, etype, "2025-12-01")


@pytest.mark.parametrize(
    ("text", "lang", "etype", "who"),
    [
        (
            "A sapper from Kostroma fled his unit in the Kherson region in March. He spent two "
            "months at a friend's house. Neighbours recognised his car. As a result, the police "
            "detained him on Friday.",
            "en",
            "detention",
            "sapper",
        ),
        (
            "A tank driver from Omsk left his unit in the spring. On several occasions he was "
            "seen at his parents' house. These absences from his unit were reported by his "
            "commander. The garrison court sentenced him to five years.",
            "en",
            "sentence",
            "tank driver",
        ),
        (
            "Сапер из Костромы в марте сбежал из части в Херсонской области. Два месяца он жил "
            "у друга. Соседи узнали его машину. В итоге в пятницу его задержала полиция.",
            "ru",
            "detention",
            "Сапер",
        ),
    ],
)
def test_him_after_an_opening_clause_and_along_the_chain(
    text: str, lang: str, etype: str, who: str
) -> None:
    assert who.lower() in (_one(text, lang, etype)["who"] or "").lower()


@pytest.mark.parametrize(
    ("text", "lang", "etype", "who"),
    [
        (
            "Arseny Kolchin was sentenced on Friday to four years for desertion by the Perm garrison "
            "court. The contract soldier had served in a motor rifle brigade since 2023, the court "
            "said.",
            "en",
            "sentence",
            "contract soldier",
        ),
        (
            "Пермский гарнизонный суд в пятницу приговорил Арсения Колчина к четырем годам за "
            "самовольное оставление части. Контрактник служил в мотострелковой бригаде с 2023 "
            "года, сообщили в суде.",
            "ru",
            "sentence",
            "Контрактник",
        ),
        (
            "Gleb Usoltsev was sentenced on Friday to five years for desertion. A gunner in an "
            "artillery brigade, he had served since 2022.",
            "en",
            "sentence",
            "gunner",
        ),
    ],
)
def test_named_man_takes_the_title_the_next_sentence_opens_on(
    text: str, lang: str, etype: str, who: str
) -> None:
    assert who.lower() in (_one(text, lang, etype)["who"] or "").lower()


def test_opening_title_reads_only_an_opening_description() -> None:
    assert who_story.opening_title("A gunner in an artillery brigade, he had fled.", "en")
    assert who_story.opening_title("The contract soldier had left his battalion.", "en")
    assert who_story.opening_title("The court sentenced the soldier to five years.", "en") is None
    assert who_story.opening_title("Суд приговорил контрактника к пяти годам.", "ru") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Из части в Тверской области сбежали 12 контрактников. Большинство из них уже задержаны.",
            "ru",
        ),
        (
            "Twelve contract soldiers fled their unit in the Tver region. Most of them were detained on Friday.",
            "en",
        ),
    ],
)
def test_a_part_of_the_group_caught_takes_no_who(text: str, lang: str) -> None:
    assert _one(text, lang, "detention")["who"] is None


def test_a_part_caught_takes_no_who_from_a_merged_telling() -> None:
    text = (
        "Из воинской части в Донецкой области сбежали семеро бывших заключенных. Трое из них "
        "задержаны в районе Брянки. Этих дезертиров задержали в кафе."
    )
    assert _one(text, "ru", "detention")["who"] is None
    # (the flight of the whole group keeps its own)
    assert _one(text, "ru", "desertion")["who"] == "бывших заключенных"

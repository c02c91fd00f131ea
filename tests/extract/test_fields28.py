"""Round 28 (field28): ``armed`` said with a negation, a negated taking of weapons, weapons taken
along, arms of others than the men; ``who`` set beside "the man" after a comma; a headline's
capitalised title is no descriptor of a sentence's first words.

Invented texts (no real incidents): the cues alone, then a sentence through the whole extractor.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import armed_of, events


@pytest.mark.parametrize(
    ("text", "lang", "armed"),
    [
        ("Neither of the two privates was armed, the coast guard said.", "en", False),
        ("The corporal was not armed when he walked off the base.", "en", False),
        ("The sailors did not take any weapons with them.", "en", False),
        ("Armed officers led the two recruits out of the barn.", "en", None),
        ("The pair slipped away at night, taking their service rifles with them.", "en", True),
        ("He had taken a pistol when he left the depot.", "en", True),
        ("They were armed when the patrol found them.", "en", True),
        ("Оружия у беглеца при себе нет, уточнили в полиции.", "ru", False),
        ("Оружие ефрейтор сдал старшине перед уходом.", "ru", False),
        ("Оружие он оставил в казарме.", "ru", False),
        ("Рядовые ушли с поста, оставив автоматы и оружие в окопе.", "ru", False),
        ("Вооруженные росгвардейцы окружили дом, где прятался срочник.", "ru", None),
        ("Ни один из двоих срочников не был вооружен.", "ru", False),
        ("Матрос не вернулся из увольнения с автоматом, сообщили в части.", "ru", True),
    ],
)
def test_armed_cues(text: str, lang: str, armed: bool | None) -> None:
    assert armed_of(text, lang) is armed


def test_unarmed_said_with_neither_reaches_the_event() -> None:
    text = (
        "Police in the Pskov region on Tuesday detained two conscripts who had fled their unit, "
        "the regional police said. Neither man was armed."
    )
    evs = [e for e in events(text, "en", "2025-06-12") if e.type == "detention"]
    assert evs and evs[0].armed is False


def test_apposition_says_who_instead_of_the_man() -> None:
    text = (
        "The man, a corporal of a signals battalion, said he had deserted from his unit in the "
        "Bryansk region in April."
    )
    evs = [e for e in events(text, "en", "2025-06-12") if e.type == "desertion"]
    assert evs and evs[0].who == "a corporal of a signals battalion"


def test_a_speaker_before_a_rank_is_no_descriptor() -> None:
    text = (
        "Investigators said Corporal Denis Maltsev left his unit in the town of Kansk in "
        "October 2024 and hid at his brother's flat."
    )
    evs = [e for e in events(text, "en", "2025-06-12") if e.type == "desertion"]
    assert evs and "said" not in (evs[0].who or "")


def test_the_evidence_sentence_says_who() -> None:
    text = (
        "Serviceman who fled a training ground found in a forest\n\n"
        "A serviceman who fled a training ground in the Kaluga region in May has been detained, "
        "police said on Friday. The 23-year-old conscript had left the training ground on May 2, "
        "the police said."
    )
    evs = [e for e in events(text, "en", "2025-06-12") if e.type == "desertion"]
    assert evs and evs[0].who == "The 23-year-old conscript"


def test_a_vague_who_gives_way_to_another_mention() -> None:
    text = (
        "Двое контрактников сбежали из воинской части в Калужской области, сообщила полиция. "
        "По данным полиции, мужчины ушли из части 2 мая."
    )
    evs = [e for e in events(text, "ru", "2025-06-12") if e.type == "desertion"]
    assert evs and evs[0].who and not evs[0].who.lower().startswith("мужчин")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A military court has sentenced a conscript from the Omsk region to four years for "
            "desertion.",
            "en",
        ),
        (
            "Военный суд приговорил к четырем годам колонии срочника, который летом ушел с "
            "позиций под Купянском и уехал к родным, следует из материалов суда.",
            "ru",
        ),
    ],
)
def test_a_verdict_takes_no_home_and_no_place_past_a_clause_break(text: str, lang: str) -> None:
    evs = [e for e in events(text, lang, "2025-06-12") if e.type == "sentence"]
    assert evs and evs[0].region is None

"""Round 31 (who31): who, names and armed of a story's events, by mechanism (invented text).

- a who that says only that they were people ("a man", "the men", "мужчину") takes the
  description set beside it: an apposition after it in its own sentence, or the opening of the
  next sentence about the same man (``descriptors.who_described_after``); a description that
  names no serviceman ("a man of 40") does not replace it, nor does one of a descriptor that
  says more already ("a serviceman");
- the noun of the man's commander told apart from the trigger (in an "after ..." clause, or
  as the speaker of a sentence that tells of a man of its own) is not his who
  (``descriptors.own_who``); a commander who is the trigger's subject stays;
- an English "he" in a sentence that brings in a new man by an indefinite descriptor ("a
  contract soldier who had deserted, and he was detained") is that man, not the story's named
  man of the sentences before (``people.name_from_story``);
- a Russian official named after his role and an organisation in Russian words ("глава
  Следственного комитета ...") is no deserter (``role_of_organisation``).
"""

from __future__ import annotations

from tests.extract.helpers import events


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def test_a_vague_man_takes_the_next_sentences_description() -> None:
    text = (
        "Railway police in Kirov detained a man on the platform on Tuesday. The man, a "
        "contract soldier from the Mari El republic, had left his regiment in the spring."
    )
    (detention,) = _of(events(text, "en", "2025-06-02"), "detention")
    assert detention.who == "a contract soldier from the Mari El republic"


def test_a_vague_russian_man_takes_the_next_sentences_description() -> None:
    text = (
        "Полицейские задержали в среду в Кирове мужчину. Задержанный — контрактник из Марий "
        "Эл, весной он ушел из полка без разрешения."
    )
    (detention,) = _of(events(text, "ru", "2025-06-02"), "detention")
    assert detention.who == "контрактник из Марий Эл"


def test_a_vague_group_takes_its_apposition() -> None:
    text = (
        "Three deserters reached Armenia in May. One of the men we helped this spring, a gunner "
        "from Buryatia, was detained on Friday at the airport in Yerevan."
    )
    (detention,) = _of(events(text, "en", "2025-06-02"), "detention")
    assert detention.who == "a gunner from Buryatia"


def test_a_description_that_names_no_serviceman_leaves_the_who() -> None:
    text = (
        "Railway police in Kirov detained a man on the platform on Tuesday, saying he was a "
        "deserter. The man, a father of three, had been wanted since May."
    )
    (detention,) = _of(events(text, "en", "2025-06-02"), "detention")
    assert detention.who == "a man"


def test_a_group_of_men_takes_all_of_its_apposition() -> None:
    text = (
        "The four men, all mobilized in the autumn of 2023, deserted from their unit in the "
        "Kherson region in May."
    )
    (desertion,) = _of(events(text, "en", "2025-06-02"), "desertion")
    assert desertion.who == "mobilized in the autumn of 2023"


def test_a_commander_in_an_after_clause_is_not_the_deserter() -> None:
    text = (
        "В апреле, после того как командир роты отказал ему в отпуске, Гусев ушел из части "
        "под Кременной."
    )
    (desertion,) = _of(events(text, "ru", "2025-06-02"), "desertion")
    assert desertion.who is None


def test_a_speaking_commander_is_not_the_deserter() -> None:
    text = (
        "Colonel Pyotr Zimin, the commander of the brigade, told reporters that a corporal had "
        "left the base with his rifle on Sunday."
    )
    (desertion,) = _of(events(text, "en", "2025-06-02"), "desertion")
    assert desertion.who == "a corporal"


def test_a_commander_who_deserts_stays() -> None:
    text = "The company commander was detained in the Volyn region on suspicion of desertion."
    (detention,) = _of(events(text, "en", "2025-06-02"), "detention")
    assert detention.who == "The company commander"


def test_he_after_an_indefinite_newcomer_is_the_newcomer() -> None:
    text = (
        "Oleg Surkov, a contract soldier from Omsk, deserted in March and fled to Georgia. "
        "In May, Armenia handed over a Russian sailor who had left his ship, and he was "
        "detained on arrival in Moscow."
    )
    (detention,) = _of(events(text, "en", "2025-06-02"), "detention")
    assert detention.names == []


def test_an_official_named_after_a_russian_organisation_is_no_deserter() -> None:
    from awol.extract.people import story_people

    texts = [
        "Рядовой Артем Гусев ушел из части в Курской области.",
        "В марте глава Следственного комитета Игорь Сомов поручил ускорить розыск.",
    ]
    assert story_people(texts, "ru") == ["Артем Гусев"]


def test_a_speaking_commanders_rank_is_not_the_deserter() -> None:
    text = (
        "Командир бригады полковник Петр Зимин рассказал журналистам, что в воскресенье "
        "ефрейтор ушел с базы с автоматом."
    )
    (desertion,) = _of(events(text, "ru", "2025-06-02"), "desertion")
    assert desertion.who == "ефрейтор"

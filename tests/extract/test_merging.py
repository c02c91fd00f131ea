"""One happening told several times is one event; two happenings stay two (extract/merging.py).

Small invented texts (no real incidents).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events
from tests.extract.helpers import of_type as _of

from awol.extract.document import extract_article
from awol.model import Article


def _events(text: str, language: str = "ru") -> list:
    return events(text, language, "2025-03-20")


STORY = (
    "Из воинской части под Ростовом самовольно ушли пятеро военнослужащих. "
    "Трое из них задержаны в Таганроге. "
    "Позднее стало известно о поимке еще двоих беглецов. "
    "Еще двое беглецов задержаны полицией."
)


def test_further_group_told_again_right_after_is_one_event() -> None:
    held = _of(_events(STORY), "detention")
    assert sorted(e.count for e in held) == [2, 3]
    # the first telling stays the evidence, not the quote that retells it
    two = next(e for e in held if e.count == 2)
    assert two.evidence.text.startswith("Позднее стало известно")


def test_further_groups_on_different_days_stay_apart() -> None:
    text = (
        "Из воинской части под Ростовом самовольно ушли семеро военнослужащих. "
        "Трое из них задержаны в Таганроге 3 марта. "
        "Еще двое задержаны 10 марта. "
        "Еще двое задержаны 15 марта."
    )
    assert sorted(e.count for e in _of(_events(text), "detention")) == [2, 2, 3]


def test_participle_clause_counts_the_people_of_the_other_event() -> None:
    text = (
        "Военная прокуратура сообщила о задержании 14 солдат, оставивших воинские части в "
        "Бурятии. Солдаты самовольно оставили части в январе."
    )
    fled = _of(_events(text), "desertion")
    assert [e.count for e in fled] == [14]


def test_plural_verb_is_not_one_person() -> None:
    text = (
        "«С территории части в поселке самовольно покинули расположение части 8 человек», — "
        "сообщил он."
    )
    assert [e.count for e in _of(_events(text), "desertion")] == [8]


def test_the_charge_a_verdict_is_for_is_no_event_of_its_own() -> None:
    text = (
        "Гарнизонный военный суд приговорил рядового Ивана Котова к пяти годам колонии. "
        "Котов обвинялся в том, что дважды самовольно уходил из части."
    )
    types = [e.type for e in _events(text)]
    assert "sentence" in types and "prosecution" not in types


def test_a_charge_against_someone_else_stays() -> None:
    text = (
        "Гарнизонный военный суд приговорил рядового Ивана Котова к пяти годам колонии. "
        "Рядовому Петру Лосеву предъявлено обвинение в дезертирстве."
    )
    types = [e.type for e in _events(text)]
    assert "sentence" in types and "prosecution" in types


@pytest.mark.parametrize(
    ("text", "word", "anaphoric"),
    [
        ("Officials released a video of the defection of the pilot.", "defection", True),
        ("Presumably, the escape took place on Wednesday.", "escape", True),
        ("His lawyer said his arrest was a misunderstanding.", "arrest", True),
        ("The airman flew his jet to Ukraine in a bold defection.", "defection", False),
        ("He said that some 30 soldiers had managed to escape.", "escape", False),
    ],
)
def test_a_noun_after_the_refers_to_a_happening_told_elsewhere(
    text: str, word: str, anaphoric: bool
) -> None:
    from awol.extract.lexicon import get_lexicon
    from awol.extract.mentions import _anaphoric

    assert _anaphoric(text, text.index(word), get_lexicon("en")) is anaphoric


def test_a_noun_referring_back_makes_no_event_of_its_own() -> None:
    text = (
        "A Russian army pilot defected to Ukraine in August with his helicopter, officials said. "
        "On Monday, Kyiv released a video about the defection with an interview with the pilot, "
        "Pavel Orlov."
    )
    events = _events(text, "en")
    assert [e.type for e in events] == ["desertion"]
    assert events[0].evidence.text.startswith("A Russian army pilot defected")


def test_a_headline_is_one_more_telling_of_the_body_event() -> None:
    """The headline tells the detention the body tells: one event, with the headline's place and
    count (the body's sentence names neither)."""

    title = "В Омской области задержали троих дезертиров"
    body = (
        "Военная полиция задержала беглецов, которые самовольно оставили часть в мае. "
        "Сейчас они находятся в изоляторе."
    )
    art = Article(
        id="t", language="ru", text=f"{title}\n\n{body}", title=title, published="2025-06-02"
    )
    detentions = [e for e in extract_article(art).events if e.type == "detention"]
    assert len(detentions) == 1
    assert (detentions[0].region, detentions[0].count) == ("RU-OMS", 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A mobilized private did not return to his unit in the Kursk region after leave. "
            "In a separate case, a contract soldier left his unit without permission.",
            "en",
        ),
        (
            "A mobilized private did not return to his unit after leave. "
            "In the summer, Pavel Gromov, another mobilized soldier, deserted from a hospital.",
            "en",
        ),
        (
            "Мобилизованный не вернулся в часть из отпуска. "
            "В другом случае контрактник самовольно оставил часть.",
            "ru",
        ),
    ],
)
def test_someone_elses_happening_is_not_merged(text: str, language: str) -> None:
    # "another soldier", "in a separate case": a second desertion, not the first told again
    assert len(_of(_events(text, language), "desertion")) == 2


def test_he_is_the_person_just_named_not_the_one_told_before() -> None:
    # "he" after a sentence naming another person is that person's verdict, not Petrov's again
    text = (
        "Ivan Petrov, a mobilized soldier, was convicted of desertion in Murmansk in December. "
        "Oleg Sidorov was tried for the same offense in November. "
        "He received a four-year suspended sentence."
    )
    verdicts = _of(_events(text, "en"), "sentence")
    assert len(verdicts) == 2
    assert [e.names for e in verdicts].count(["Ivan Petrov"]) == 1


def test_he_right_after_the_person_is_the_same_happening() -> None:
    text = (
        "Ivan Petrov, a mobilized soldier, was convicted of desertion in Murmansk in December. "
        "He received a four-year suspended sentence."
    )
    verdicts = _of(_events(text, "en"), "sentence")
    assert len(verdicts) == 1 and verdicts[0].names == ["Ivan Petrov"]


def test_referent_is_the_one_person_the_sentence_before_names() -> None:
    from awol.extract.merging import referent

    before = "Олег Сидоров тоже самовольно оставил часть."
    assert referent("Его приговорили к трём годам условно.", 4, before, "ru") == "Олег Сидоров"
    # a pronoun after the trigger is its object, not its subject; two people named: unknown
    assert referent("Суд приговорил его к трём годам.", 5, before, "ru") is None
    two = "Олег Сидоров и Иван Петров оставили часть."
    assert referent("Его приговорили к трём годам условно.", 4, two, "ru") is None
    assert referent("He was sentenced.", 7, None, "en") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Мобилизованный Иван Петров самовольно покинул учебный центр в мае. Он говорит, что "
            "пока шла подготовка, дезертировали десятки его сослуживцев.",
            "ru",
        ),
        (
            "A mobilized soldier deserted from a training camp in May. He said that dozens of his "
            "fellow soldiers deserted during the training.",
            "en",
        ),
    ],
)
def test_a_group_of_untold_size_is_not_the_one_soldiers_flight(text: str, lang: str) -> None:
    fled = _of(_events(text, lang), "desertion")
    assert sorted(e.count or 0 for e in fled) == [0, 1]


def test_a_second_date_coordinated_with_the_first_is_a_second_happening() -> None:
    text = (
        "A contract soldier from Buryatia left his unit in May 2023 and again in October 2023, "
        "the court said."
    )
    fled = _of(_events(text, "en"), "desertion")
    assert sorted(e.date for e in fled) == ["2023-05", "2023-10"]


def test_a_second_date_of_a_clause_with_its_own_verb_is_not_an_elided_happening() -> None:
    text = (
        "A deserter from Buryatia was detained in March 2024 and in April 2024 he was charged "
        "with desertion."
    )
    assert [e.date for e in _of(_events(text, "en"), "detention")] == ["2024-03"]


def test_another_in_a_named_place_is_a_second_detention() -> None:
    text = "Two soldiers fled their unit in March. One was detained in Kursk, another in Belgorod."
    held = _of(_events(text, "en"), "detention")
    assert {"RU-KRS", "RU-BEL"} <= {e.region for e in held}


def test_the_month_may_is_not_a_modal() -> None:
    text = "A conscript who left his unit in May was detained in Kursk on June 3."
    held = _of(_events(text, "en"), "detention")
    assert [e.region for e in held] == ["RU-KRS"]
    assert not _of(_events("The soldier may have deserted, his mother said.", "en"), "desertion")


def test_earlier_paragraph_with_a_new_person_is_another_flight() -> None:
    # a news feed's closing "Ранее ..." paragraph with a new subject tells an earlier, other
    # story: its flight (told by a weak "сбежал оттуда") is not absorbed into the lede's
    text = (
        "В Тверской области полицейские задержали военнослужащего, самовольно покинувшего "
        "воинскую часть. По данным ведомства, 30-летний контрактник сбежал из части, угнав "
        "машину. Его доставили в отдел полиции.\n\n"
        "Ранее эстонский солдат, который был направлен на учения в латвийскую Ригу, рассказал, "
        "что сбежал оттуда и решил остаться в Латвии."
    )
    fled = _of(_events(text), "desertion")
    assert len(fled) == 2
    assert sum(e.evidence.text.startswith("Ранее") for e in fled) == 1
    # told as the same story ("Ранее сообщалось", "все четверо", "он") it stays one
    same = text.replace("Ранее эстонский солдат, который был", "Ранее сообщалось, что он был")
    same = same.replace(", рассказал, что сбежал", " и сбежал")
    assert len(_of(_events(same), "desertion")) == 1
    # a name after "Ранее" is the story's person told again, not a new story by itself
    named = text.replace(
        "Ранее эстонский солдат, который был направлен на учения в латвийскую Ригу, рассказал, "
        "что сбежал оттуда и решил остаться в Латвии.",
        "Ранее Петров самовольно оставил часть в Тверской области.",
    )
    assert len(_of(_events(named), "desertion")) == 1

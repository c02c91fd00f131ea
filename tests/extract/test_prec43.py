"""Round 43 (prec43): sentences that describe a kind of people, list a man by a status, or ask a
question, not a happening.

Invented text.  Each probe is a reading main's extractor (round 42's end) got wrong, beside a twin
that must stay as it was:

- a type defined by a copula ("The typical defendant is a contract soldier who went home after
  being wounded", «Типичный подсудимый — контрактник, который ушёл из части после ранения»), a
  quantified kind doing an act in the plain present ("Most deserters now get two to five years")
  and "such" people as the object of a present verb ("Russia puts such men on wanted lists") tell
  what is done to people of a kind (read articles am-02, am-10);
- a desertion participle in the instrumental after a verb of status («в части их числили
  пропавшими или самовольно ушедшими») is what a man was listed as (read article ap-06);
- a practice told in the imperfective present keeps its reading when a pronoun after its clause
  points back to the kind it names («Человека объявляют в розыск, а искать его приходят туда, где
  он прописан», read article am-01);
- a Russian yes/no question told by intonation alone («Я спросила: вы его объявили в розыск?»,
  read article am-08) asks, it does not report.
"""

from __future__ import annotations

import pytest
from helpers import events, of_type, scope_reason

from awol.extract.relevance_generic import kind_described

PUB = "2026-11-20"


@pytest.mark.parametrize(
    ("text", "etype", "lang"),
    [
        (
            "Courts in numbers. The typical defendant is a contract soldier in his thirties who "
            "left his unit after being wounded.",
            "desertion",
            "en",
        ),
        (
            "Courts in numbers. Most deserters now get between two and five years in a colony.",
            "sentence",
            "en",
        ),
        (
            "Lawyers explain the practice. Russia puts such men on federal wanted lists, and "
            "they can be held abroad.",
            "wanted",
            "en",
        ),
        (
            "Суды в цифрах. Типичный подсудимый — контрактник лет тридцати, который ушёл из "
            "части после ранения.",
            "desertion",
            "ru",
        ),
        (
            "Суды в цифрах. Обычный беглец — мобилизованный, не вернувшийся из отпуска.",
            "desertion",
            "ru",
        ),
    ],
)
def test_a_kind_described_is_no_event(text: str, etype: str, lang: str) -> None:
    assert not of_type(events(text, lang, PUB), etype)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The typical defendant is a contract soldier who left his unit.", "en", True),
        # an instance named: the type has a man
        ("The typical case is that of Private Ivan Sokolov, who fled in May.", "en", False),
        ("The two defendants are contract soldiers who left their unit in May.", "en", False),
        ("Most deserters now get five years.", "en", True),
        ("Most of the men fled on Tuesday.", "en", False),
        ("Police put such men on the wanted list.", "en", False),  # no present 3rd person
        ("Типичный подсудимый — контрактник, который ушёл из части.", "ru", True),
        ("Типичный случай — история рядового Соколова, который сбежал в мае.", "ru", False),
        ("Рядовой Соколов — контрактник, который ушёл из части.", "ru", False),
    ],
)
def test_kind_described_reads_the_type_not_an_instance(
    sentence: str, lang: str, expected: bool
) -> None:
    assert kind_described(sentence, lang) is expected


@pytest.mark.parametrize(
    "text",
    [
        "A contract soldier who left his unit after being wounded was detained in Tver on Monday.",
        "Two deserters now get five years each, the Tver garrison court ruled on Monday.",
    ],
)
def test_an_instance_told_so_stays(text: str) -> None:
    assert events(text, "en", PUB)


def test_a_status_participle_in_the_instrumental_is_a_label() -> None:
    sentence = (
        "Ранее жители нескольких регионов жаловались, что их раненых родственников в частях "
        "числили пропавшими или самовольно ушедшими."
    )
    assert scope_reason(sentence, "самовольно ушедшими", "desertion", "ru") == "label"
    assert not of_type(events("Новости региона. " + sentence, "ru", PUB), "desertion")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # an attribute of a noun in the instrumental: the people who left, not a status
        ("Его объявили в розыск вместе с самовольно ушедшими сослуживцами.", "самовольно ушедшими"),
        # no verb of status: a happening told by a participle
        ("В Туле задержали двоих военных, самовольно ушедших из части.", "самовольно ушедших"),
    ],
)
def test_no_status_without_its_verb_or_with_a_noun_after(sentence: str, trigger: str) -> None:
    assert scope_reason(sentence, trigger, "desertion", "ru") != "label"


def test_a_practice_keeps_its_reading_when_a_pronoun_after_points_back() -> None:
    sentence = "Человека объявляют в розыск, а искать его приходят туда, где он прописан."
    assert scope_reason(sentence, "объявляют в розыск", "wanted", "ru") == "habitual"
    # a pronoun before the act is the story's man: no practice read
    assert scope_reason("Его объявляют в розыск.", "объявляют в розыск", "wanted", "ru") is None


def test_a_yes_no_question_without_li_asks() -> None:
    sentence = "«Я спросила: вы его объявили в розыск?"
    assert scope_reason(sentence, "объявили в розыск", "wanted", "ru") == "question"
    # a question of how presupposes the happening (real train's gold codes one)
    assert scope_reason("Как лётчик смог угнать Ми-8?", "угнать", "desertion", "ru") != "question"

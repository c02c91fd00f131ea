"""Round 33 (prec33): two readings that propose no event, on invented sentences (my own wording),
each with a twin that is an event (a rule that blocks everything fails too).

- someone else's death: the dead of a death trigger, read from the grammar (the object of an
  active killing verb, the one whose body is found, the subject of a verb of dying), is a
  civilian, a guard, a policeman, a victim ("shot a taxi driver", "Her body was found",
  «застрелил водителя», «Тело женщины нашли соседи», «Пострадавший скончался») -
  ``awol.extract.victims.victim_death``, ``victim:`` in ``lang/*/relevance.yaml``;
- a retreat is no desertion: a unit or an army as the subject ("Russian units abandoned their
  positions", «подразделения ВСУ оставили позиции») - ``awol.extract.scope_more.retreat``,
  ``retreat:`` in ``lang/*/relevance.yaml``;
- a verdict for dodging the draft is for another crime ("fined a local man for ignoring a draft
  summons", «отправил в колонию мужчину, который уклонялся от мобилизации») -
  ``awol.extract.scope_more.draft_evasion``, ``draft_evasion:`` in ``lang/*/relevance.yaml``;
- an explainer's title asks how a thing is done («Как ищут беглецов», «Как задерживают
  дезертиров: объясняем»: a question word, a present-tense trigger) -
  ``awol.extract.scope_more.explainer``, ``explainer:`` in ``lang/ru/relevance.yaml``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import TRUE_LEAD, scope_reason, types


@pytest.mark.parametrize(
    ("sentence", "trigger", "lang"),
    [
        ("Investigators say he shot a taxi driver who refused to take him to the border.",
         "shot", "en"),
        ("Two conscripts escaped on Sunday, killing a sentry who tried to stop them.", "killing",
         "en"),
        ("In May he robbed a shop and stabbed its owner, who died in hospital.", "died", "en"),
        ("Her body was found by neighbours two days later.", "body", "en"),
        ("The driver died at the scene.", "died", "en"),
        ("По версии следствия, он застрелил водителя, который отказался его везти.", "застрелил",
         "ru"),
        ("Рядовой задушил 70-летнюю хозяйку дома, где прятался.", "задушил", "ru"),
        ("В пьяной ссоре он несколько раз ударил знакомую ножом и убил её.", "убил", "ru"),
        ("Тело женщины нашли соседи.", "Тело", "ru"),
        ("Пострадавший скончался в больнице.", "скончался", "ru"),
    ],
)  # fmt: skip
def test_a_victims_death_is_not_the_deserters(sentence: str, trigger: str, lang: str) -> None:
    assert scope_reason(sentence, trigger, "death", lang) == "victim"


@pytest.mark.parametrize(
    ("sentence", "trigger", "lang"),
    [
        # the deserter is the dead: a passive names the killer after the verb, the object is a
        # deserter or a soldier, the body is his, the one who died is the man
        ("The deserter was shot dead by a police officer during the arrest.", "shot dead", "en"),
        ("Border guards shot a deserter who tried to cross into Moldova.", "shot", "en"),
        ("His body was found in a forest near the base.", "body", "en"),
        ("The runaway died in hospital after the shootout.", "died", "en"),
        ("Пограничник застрелил военного-дезертира, который пытался бежать.", "застрелил", "ru"),
        ("Беглеца застрелил полицейский при задержании.", "застрелил", "ru"),
        ("Тело дезертира нашли в лесу под Псковом.", "Тело", "ru"),
        ("Мужчина скончался в больнице.", "скончался", "ru"),
    ],
)  # fmt: skip
def test_a_deserters_death_stands(sentence: str, trigger: str, lang: str) -> None:
    assert scope_reason(sentence, trigger, "death", lang) != "victim"


@pytest.mark.parametrize(
    ("sentence", "trigger", "lang", "reason"),
    [
        ("Meanwhile, Russian units abandoned their positions near Kupiansk, the General Staff "
         "said.", "abandoned their positions", "en", "retreat"),
        ("ISW said that Russian forces had abandoned several positions west of the river.",
         "abandoned several positions", "en", "retreat"),
        ("На Купянском направлении подразделения ВС РФ оставили позиции у села Петропавловка и "
         "отошли.", "оставили позиции", "ru", "retreat"),
        ("Напомним, на прошлой неделе подразделения полка, в котором служили беглецы, оставили "
         "позиции под Часовым Яром.", "оставили позиции", "ru", "retreat"),
        # the twins: people as the subject (before or after the verb), a word of leaving
        # without leave, a unit named after a preposition
        ("Soldiers of the 155th brigade abandoned their positions without permission.",
         "abandoned their positions", "en", None),
        ("Two men of the battalion abandoned their positions near Kupiansk.",
         "abandoned their positions", "en", None),
        ("Из роты ушли двое мобилизованных с автоматами.", "ушли", "ru", None),
        # a unit that is not the subject (read sets: articles EN b-02, c-03)
        ("All five had served in a naval infantry brigade and had left the front in the autumn.",
         "left the front", "en", None),
        ("Lebedev, a former prisoner who joined the army in 2023, left his assault unit in May.",
         "left his assault unit", "en", None),
        # a unit after "of" is not the subject (probes stories/en2 isw-report,
        # k-pretrial-investigation)
        ("Milbloggers claimed that elements of the 1st Slavic Brigade abandoned their positions "
         "near Toretsk.", "abandoned their positions", "en", None),
        ("A platoon commander of a territorial defence brigade left his position near Kupiansk.",
         "left his position", "en", None),
        ("Батальон самовольно оставил позиции у посёлка.", "оставил позиции", "ru", None),
    ],
)  # fmt: skip
def test_a_retreat_is_no_desertion(
    sentence: str, trigger: str, lang: str, reason: str | None
) -> None:
    assert scope_reason(sentence, trigger, "desertion", lang) == reason


@pytest.mark.parametrize(
    ("text", "lang", "etype", "n"),
    [
        ("Investigators say he strangled a pensioner who had let him stay. Her body was found "
         "by neighbours.", "en", "death", 0),
        ("A mobilized soldier who fled a training ground shot a taxi driver. The driver died at "
         "the scene.", "en", "death", 0),
        ("Russian units abandoned their positions near Kupiansk, the General Staff reported.",
         "en", "desertion", 1),
        ("По версии следствия, он задушил пенсионерку, у которой прятался. Тело женщины нашли "
         "соседи.", "ru", "death", 0),
        ("По данным Минобороны, подразделения ВСУ оставили позиции у Степногорска и отошли.",
         "ru", "desertion", 1),
        # the twin: the deserter is the one killed
        ("During the arrest the runaway opened fire and was shot dead by police.", "en", "death",
         1),
    ],
)  # fmt: skip
def test_what_an_article_holds(text: str, lang: str, etype: str, n: int) -> None:
    assert types(TRUE_LEAD[lang] + text, lang, "2026-03-02").count(etype) == n


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang", "reason"),
    [
        ("A court in Omsk fined a local man 30,000 rubles for ignoring a draft summons.", "fined",
         "sentence", "en", "other_crime"),
        ("A court fined an IT specialist 30,000 rubles for failing to appear at a military "
         "enlistment office.", "fined", "sentence", "en", "other_crime"),
        ("В Улан-Удэ суд отправил в колонию на три года мужчину, который уклонялся от "
         "мобилизации.", "отправил в колонию", "sentence", "ru", "other_crime"),
        ("В Омске гарнизонный суд назначил штраф 30 тысяч рублей жителю, который не пришёл в "
         "военкомат по повестке.", "назначил штраф", "sentence", "ru", "other_crime"),
        # the twins: the verdict names a leaving of the army too
        ("The court jailed a conscript who ignored his draft summons and later deserted from "
         "his unit.", "jailed", "sentence", "en", None),
        ("Суд приговорил к пяти годам мобилизованного, который после повестки ушёл из части.",
         "приговорил", "sentence", "ru", None),
    ],
)  # fmt: skip
def test_a_verdict_for_dodging_the_draft(
    sentence: str, trigger: str, etype: str, lang: str, reason: str | None
) -> None:
    assert scope_reason(sentence, trigger, etype, lang) == reason


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "reason"),
    [
        ("Как ищут беглецов", "ищут", "wanted", "question"),
        ("Как задерживают дезертиров: объясняем", "задерживают", "detention", "question"),
        ("Кого и как ищет военная полиция", "ищет", "wanted", "question"),
        # the question's own verb is the first (the relative clause's «ушёл» is past)
        ("Что ждёт солдата, который ушёл из части", "ушёл из части", "desertion", "question"),
        ("Почему солдаты уходят в СЗЧ", "уходят в СЗЧ", "desertion", "question"),
        # the twins: a past verb tells what happened; «Как сообщает» opens no question
        ("Как задержали дезертира из Бердска", "задержали", "detention", None),
        ("Как сообщает полиция, беглеца задержали в Искитиме.", "задержали", "detention", None),
        # (no question; round 36, prec36: a practice told in the imperfective present, a habit)
        ("Как известно, беглецов задерживают на вокзалах.", "задерживают", "detention",
         "habitual"),
        ("Что касается Ростова, то беглецов там задержали в марте.", "задержали", "detention",
         None),
        ("Где сейчас находится муж, она не знает: его объявили в розыск в мае.", "объявили",
         "wanted", None),
    ],
)  # fmt: skip
def test_an_explainers_title(sentence: str, trigger: str, etype: str, reason: str | None) -> None:
    assert scope_reason(sentence, trigger, etype, "ru") == reason


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the victims counted are no count of the detention once their death is no event
        # (who33's field probe, merged tree: detention count 2, who 'женщин')
        ("В Луганской области военная полиция задержала дезертира, который убил двух женщин в "
         "поселке, сообщили следователи.", "ru", [("detention", 1)]),
        ("Police detained a deserter who shot two guards at the checkpoint last week, "
         "investigators said.", "en", [("detention", 1)]),
        # the twins: the deserters are the ones counted
        ("Пограничник застрелил двух дезертиров, которые пытались бежать в Молдову.", "ru",
         [("death", 2)]),
        ("Военная полиция задержала двух дезертиров в Брянске, сообщили в ведомстве.", "ru",
         [("detention", 2)]),
    ],
)  # fmt: skip
def test_a_victims_count_is_no_ones(text: str, lang: str, want: list) -> None:
    from tests.extract.helpers import events

    assert [(e.type, e.count) for e in events(text, lang, "2025-06-02")] == want

"""Round 40 (prec40): triggers told inside a frame that reports no new happening.

Invented text.  Each probe is a reading main's extractor (round 39's end) got wrong, beside a twin
that must stay as it was:

- a verdict's term told without a verb after the verdict's verb in the same sentence is that
  verdict's term for some of its people (round 39's register lines made it a second verdict);
- the extreme term of a group's verdict ("The longest sentence ... went to") is no verdict;
- the people an appeal is addressed to ("urged soldiers who had left their units to come back",
  «призвал оставивших часть военных вернуться») are a kind, not a group that fled;
- a likelihood ("had probably deserted", «вероятно, сбежал») is no report;
- hundreds of cases («сотни дел») are a statistic, not one case.
"""

from __future__ import annotations

import pytest
from helpers import events, of_type

PUB = "2026-03-12"

GAPPED = {
    "en": (
        "Court news\n\nThree soldiers jailed for leaving their unit\n\n"
        "On Wednesday the Kurgan garrison military court sentenced Privates Pavel Lomov, Ivan "
        "Dubov and Oleg Kvasov, mobilised soldiers who had failed to return from leave in June, "
        "for unauthorised abandonment of their unit.\n\n"
        "The court gave Lomov five and a half years in a penal colony, Dubov and Kvasov - five "
        "years in a penal colony each.\n"
    ),
    "ru": (
        "Судебные новости\n\nТроих военных осудили за оставление части\n\n"
        "В среду Курганский гарнизонный военный суд вынес приговор рядовым Павлу Ломову, Ивану "
        "Дубову и Олегу Квасову, которые в июне не вернулись из отпуска в свою часть.\n\n"
        "Суд назначил Ломову 5 лет 6 месяцев лишения свободы, Дубову и Квасову — по 5 лет "
        "лишения свободы с отбыванием наказания в колонии общего режима.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_gapped_term_is_the_same_verdict(lang: str) -> None:
    found = events(GAPPED[lang], lang, PUB)
    assert len(of_type(found, "sentence")) == 1, [(e.type, e.evidence.text) for e in found]


REGISTER = {
    "en": (
        "Court register\n\nVerdicts of the week for leaving a unit\n\n"
        "Ruling of 3 March: Private Pavel Lomov, who left his unit in the Belgorod region, five "
        "years in a penal colony.\n"
    ),
    "ru": (
        "Судебный реестр\n\nПриговоры недели за самовольное оставление части\n\n"
        "Решение от 3 марта: рядовой Павел Ломов, оставивший часть в Белгородской области, — 5 "
        "лет колонии общего режима.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_register_line_alone_stays_a_verdict(lang: str) -> None:
    """The twin: a verbless register line with no verdict verb before it is a verdict."""
    found = events(REGISTER[lang], lang, PUB)
    assert len(of_type(found, "sentence")) == 1, [(e.type, e.evidence.text) for e in found]


LONGEST = {
    "en": (
        "Court news\n\nFive marines jailed for deserting\n\n"
        "A military court in Vladivostok on Tuesday sentenced five marines to between two and six "
        "years in prison for leaving their brigade in the Kursk region.\n\n"
        "The longest sentence, six years in a penal colony, went to a 35-year-old sergeant.\n"
    ),
    "ru": (
        "Судебные новости\n\nПятерых морпехов осудили за оставление части\n\n"
        "Военный суд во Владивостоке во вторник приговорил пятерых морпехов к срокам от двух до "
        "шести лет за самовольное оставление бригады в Курской области.\n\n"
        "Самый большой срок — шесть лет колонии — получил 35-летний сержант.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_longest_term_is_part_of_the_verdict(lang: str) -> None:
    found = events(LONGEST[lang], lang, PUB)
    assert len(of_type(found, "sentence")) == 1, [(e.type, e.evidence.text) for e in found]


APPEAL = {
    "en": (
        "Tver News\n\nGovernor urges runaways to come back\n\n"
        "The governor on Monday urged soldiers who had left their units to come back "
        "voluntarily, promising that the courts would take it into account.\n\n"
        "A lawmaker called on police to track down every soldier who has fled the front.\n"
    ),
    "ru": (
        "Тверские новости\n\nГубернатор призвал беглецов вернуться\n\n"
        "Губернатор в понедельник призвал оставивших часть военных вернуться добровольно, "
        "пообещав, что суд это учтёт.\n\n"
        "Депутат призвал всех, кто самовольно ушёл с фронта, явиться в комендатуру.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_an_appeal_names_no_flight(lang: str) -> None:
    found = events(APPEAL[lang], lang, PUB)
    assert not of_type(found, "desertion"), [(e.type, e.evidence.text) for e in found]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_an_appeal_to_a_counted_group_keeps_its_flight(lang: str) -> None:
    """The twin: the appeal is to two men whose flight the sentence dates."""
    text = {
        "en": "Tver News\n\nGovernor urges two runaways to come back\n\nThe governor on Monday "
        "urged the two soldiers who fled their unit in Rzhev last week to come back.\n",
        "ru": "Тверские новости\n\nГубернатор призвал беглецов вернуться\n\nВ понедельник "
        "губернатор обратился к двум контрактникам, которые на прошлой неделе самовольно "
        "оставили часть в Ржеве, с призывом вернуться.\n",
    }[lang]
    found = events(text, lang, PUB)
    assert len(of_type(found, "desertion")) == 1, [(e.type, e.evidence.text) for e in found]


LIKELY = {
    "en": (
        "Kirov News\n\nMother seeks answers about missing son\n\n"
        "The mother of a mobilised soldier from Kirov has been looking for him since January. "
        "His commander told her on the phone that her son had probably deserted.\n"
    ),
    "ru": (
        "Кировские новости\n\nМать ищет пропавшего сына\n\n"
        "Мать мобилизованного из Кирова ищет сына с января. Командир сказал ей по телефону, что "
        "её сын, вероятно, сбежал из части.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_likelihood_is_no_flight(lang: str) -> None:
    found = events(LIKELY[lang], lang, PUB)
    assert not of_type(found, "desertion"), [(e.type, e.evidence.text) for e in found]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_flight_told_without_likelihood_stays(lang: str) -> None:
    text = LIKELY[lang].replace(" probably", "").replace(", вероятно,", "")
    found = events(text, lang, PUB)
    assert len(of_type(found, "desertion")) == 1, [(e.type, e.evidence.text) for e in found]


HUNDREDS = {
    "en": (
        "History desk\n\nThe deserters of the Afghan war\n\n"
        "During the Afghan war thousands of Soviet conscripts fled their units, and many were "
        "caught. Military prosecutors opened cases against hundreds of them, a historian "
        "said.\n\n"
        "On Monday a court in Tver sentenced a contract soldier who left his unit in January to "
        "five years.\n"
    ),
    "ru": (
        "История\n\nДезертиры афганской войны\n\n"
        "Во время афганской войны из частей бежали тысячи советских срочников, многих поймали. "
        "По словам историка, военная прокуратура возбудила против них сотни "
        "дел.\n\n"
        "В понедельник суд в Твери приговорил контрактника, который в январе самовольно оставил "
        "часть, к пяти годам.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_hundreds_of_cases_are_a_statistic(lang: str) -> None:
    found = events(HUNDREDS[lang], lang, PUB)
    assert not of_type(found, "prosecution"), [(e.type, e.evidence.text) for e in found]
    # the verdict of our time stays
    assert len(of_type(found, "sentence")) == 1


COMBAT = (
    "Кировские новости\n\nВ Кирове простились с мобилизованным\n\n"
    "Мобилизованный из Кирова Андрей Лыткин погиб под Курском в октябре. По словам матери, в "
    "последнем письме он писал, что двое его сослуживцев сбежали с позиций.\n"
)


def test_a_combat_death_near_a_front_town_is_no_deserters_death() -> None:
    """A man killed near a front town, in a story that tells of others' flight, did not die
    fleeing: no death (SCHEMA.md: deserters killed or died while fleeing or during capture)."""
    found = events(COMBAT, "ru", PUB)
    assert not of_type(found, "death"), [(e.type, e.evidence.text) for e in found]


def test_a_deserter_shot_near_a_front_town_stays_a_death() -> None:
    """The twin: the sentence tells the flight and the shooting."""
    text = COMBAT.replace(
        "Андрей Лыткин погиб под Курском в октябре.",
        "Андрей Лыткин, сбежавший из части, погиб под Курском в октябре: его застрелил патруль.",
    )
    found = events(text, "ru", PUB)
    assert len(of_type(found, "death")) == 1, [(e.type, e.evidence.text) for e in found]


QUESTION = {
    "en": (
        "Legal desk\n\nWhat the courts do with runaways\n\n"
        "A lawyer explained what happens to soldiers who have left their units without leave. "
        "Readers also ask what awaits a soldier who did not return from leave on time.\n"
    ),
    "ru": (
        "Правовая помощь\n\nЧто ждёт беглецов\n\n"
        "Юрист рассказал, что грозит военным, которые самовольно оставили часть. Читатели "
        "спрашивают и о том, что будет с военнослужащим, который не вернулся из отпуска в срок.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_what_such_people_face_is_no_flight(lang: str) -> None:
    found = events(QUESTION[lang], lang, PUB)
    assert not of_type(found, "desertion"), [(e.type, e.evidence.text) for e in found]


def test_what_a_named_man_faces_keeps_his_flight() -> None:
    """The twin: the question is of a named man whose flight the relative clause dates."""
    text = (
        "Legal desk\n\nA runaway's trial\n\n"
        "His lawyer said that what awaits Ivanov, who fled his unit in May, is a trial in Rostov.\n"
    )
    found = events(text, "en", PUB)
    assert len(of_type(found, "desertion")) == 1, [(e.type, e.evidence.text) for e in found]


def test_the_caught_are_often_sent_back_is_a_practice() -> None:
    text = (
        "Правовая помощь\n\nЧто ждёт беглецов\n\n"
        "За оставление части грозит до десяти лет, а пойманных часто отправляют обратно на "
        "фронт, а не в суд.\n"
    )
    found = events(text, "ru", PUB)
    assert not of_type(found, "detention"), [(e.type, e.evidence.text) for e in found]

"""Round 38 (prec38): what real-looking text tells that is no event (invented sentences).

Each reading has a probe that main's extractor (round 37's end) reported as an event, and a twin
that must stay one: a year's tally of many units' flights (a figure), positions handed over to
another force, a leaving undone within the hour, a funeral of a man killed at the front, inmates
caught after a colony escape, a prisoner of war's escape.  Each probe follows a true one-man lead
(``TRUE_LEAD``) so that the document has an event and the probe's sentence is the one read.
"""

from __future__ import annotations

import pytest
from helpers import TRUE_LEAD, events, extract, of_type

PUB = "2026-05-12"


def _after_lead(sentence: str, lang: str) -> list:
    """The events of the lead + ``sentence`` told of anything but the lead's sentence."""
    lead = TRUE_LEAD[lang]
    return [e for e in events(lead + sentence, lang, PUB) if e.evidence.start >= len(lead)]


# --- a year's tally of flights from many units: a figure, not one happening -----------------

TALLIES = [
    (
        "ru",
        "В прошлом году из частей области, по данным военной прокуратуры, самовольно ушли "
        "23 военнослужащих, почти всех нашли.",
        23,
    ),
    ("ru", "В прошлом году двенадцать солдат сбежали из частей, расквартированных в регионе.", 12),
    (
        "en",
        "In 2025, 17 soldiers deserted from units stationed in the region, according to the "
        "military prosecutor's office.",
        17,
    ),
    (
        "en",
        "Last year officers in the region tracked down 23 servicemen who had left their units "
        "without permission, a spokeswoman said.",
        23,
    ),
]


TALLIES += [
    ("ru", "По данным прокуратуры, в 2025 году в регионе были задержаны 19 дезертиров.", 19),
    (
        "en",
        "In 2025, police in the region detained 19 deserters, according to the prosecutor's "
        "office.",
        19,
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "value"), TALLIES)
def test_year_tally_of_many_units_is_a_figure(lang: str, sentence: str, value: int) -> None:
    ex = extract(TRUE_LEAD[lang] + sentence, lang, PUB)
    lead = len(TRUE_LEAD[lang])
    assert [e.type for e in ex.events if e.evidence.start >= lead] == []
    assert value in {f.value for f in ex.figures}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "В прошлом году пятеро мобилизованных сбежали из части в Твери."),
        ("en", "Last year, five mobilised men fled a unit in Tver together."),
        # (one unit, a month: one happening)
        ("ru", "В марте из частей под Курском ушли трое контрактников, их ищет полиция."),
        # (a region's year, one unit named)
        ("ru", "В прошлом году в области четверо срочников сбежали из части в Клину."),
    ],
)
def test_one_units_flight_of_a_year_stays_an_event(lang: str, sentence: str) -> None:
    found = _after_lead(sentence, lang)
    assert [e.type for e in found if e.type == "desertion"] == ["desertion"]


# --- positions handed over to another force -----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Вагнеровцы покинули Бахмут и передали позиции армии."),
        (
            "ru",
            "Бойцы «Ахмата» оставили позиции под Суджей и передали их армейским подразделениям.",
        ),
        (
            "en",
            "Akhmat fighters abandoned their positions near Sudzha and handed them over to army "
            "units.",
        ),
    ],
)
def test_positions_handed_over_are_no_desertion(lang: str, sentence: str) -> None:
    assert of_type(_after_lead(sentence, lang), "desertion") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "Двое мобилизованных самовольно оставили позиции под Суджей и передали автоматы "
            "знакомому фермеру.",
        ),
        (
            "en",
            "Two mobilised men abandoned their positions near Sudzha without permission and "
            "handed their rifles to a farmer.",
        ),
    ],
)
def test_a_flight_with_something_handed_stays(lang: str, sentence: str) -> None:
    assert len(of_type(_after_lead(sentence, lang), "desertion")) == 1


# --- a leaving undone within the hour ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "Рядовой покинул часть, чтобы отвезти раненого товарища в госпиталь, и вернулся через "
            "час, сообщил командир.",
        ),
        (
            "en",
            "A private left the base to drive a wounded comrade to hospital and returned an hour "
            "later, his commander said.",
        ),
    ],
)
def test_back_within_the_hour_is_no_desertion(lang: str, sentence: str) -> None:
    assert of_type(_after_lead(sentence, lang), "desertion") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Рядовой Олег Пашков самовольно покинул часть в Клину и вернулся через месяц."),
        (
            "en",
            "Private Oleg Pashkov left his unit in Klin without permission and came back a "
            "month later.",
        ),
    ],
)
def test_back_after_a_month_stays_a_desertion(lang: str, sentence: str) -> None:
    assert len(of_type(_after_lead(sentence, lang), "desertion")) == 1


# --- a funeral of a man killed at the front ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "В Омске похоронили ефрейтора Олега Варина, который погиб под Бахмутом на прошлой "
            "неделе.",
        ),
        (
            "en",
            "In Omsk, the funeral of Sergeant Pavel Rudin, killed near Toretsk on April 2, was "
            "held on Tuesday.",
        ),
        (
            "en",
            "Corporal Oleg Varin, killed near Bakhmut last week, was buried in his home village "
            "on Saturday.",
        ),
    ],
)
def test_funeral_of_the_fallen_is_no_death_event(lang: str, sentence: str) -> None:
    assert of_type(_after_lead(sentence, lang), "death") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "В Омске похоронили рядового Олега Варина, которого застрелили при попытке побега "
            "из части.",
        ),
        (
            "en",
            "Private Oleg Varin, who was shot dead by military police while fleeing his unit, "
            "was buried in Omsk on Saturday.",
        ),
    ],
)
def test_funeral_of_a_deserter_shot_keeps_the_death(lang: str, sentence: str) -> None:
    assert len(of_type(_after_lead(sentence, lang), "death")) == 1


# --- inmates caught after a colony escape; a prisoner of war's escape -----------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Two inmates of penal colony No. 4 near Kotlas escaped on Sunday night through a "
            "fence, the regional prison service said. Both men, serving terms for theft, were "
            "caught on Tuesday in a forest near the town.",
        ),
        (
            "ru",
            "Двое заключённых колонии № 4 под Котласом сбежали в ночь на воскресенье. Оба, "
            "отбывающие срок за кражу, задержаны во вторник в лесу недалеко от города.",
        ),
    ],
)
def test_inmates_caught_after_a_colony_escape(lang: str, sentence: str) -> None:
    assert of_type(_after_lead(sentence, lang), "detention") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "In a separate case, a Ukrainian prisoner of war held at a detention centre in the "
            "neighbouring Yaroslavl region slipped away from a work detail on Thursday.",
        ),
        (
            "ru",
            "В другом случае украинский военнопленный, содержавшийся в изоляторе соседней "
            "Ярославской области, в четверг скрылся с места работ.",
        ),
    ],
)
def test_prisoner_of_war_escape_is_no_desertion(lang: str, sentence: str) -> None:
    assert of_type(_after_lead(sentence, lang), "desertion") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "A former convict recruited into Storm-Z, who had been serving a term for theft, "
            "was caught by military police in Kotlas after leaving his unit in March.",
        ),
        (
            "ru",
            "Бывший заключённый, отбывавший срок за кражу и завербованный в «Шторм Z», задержан "
            "военной полицией в Котласе после самовольного ухода из части.",
        ),
    ],
)
def test_a_recruited_convicts_detention_stays(lang: str, sentence: str) -> None:
    assert len(of_type(_after_lead(sentence, lang), "detention")) == 1


# --- one named man's flight told twice, once with where he hid ------------------------------


def test_named_mans_flight_told_twice_is_one_desertion() -> None:
    text = (
        "Военный суд в Чите приговорил к шести годам колонии рядового Алексея Бурова, который в "
        "2024 году сбежал из части в Забайкалье. По данным суда, Буров ушёл из части 14 марта "
        "2024 года и больше года прятался у знакомых в Улан-Удэ."
    )
    flights = of_type(events(text, "ru", PUB), "desertion")
    assert len(flights) == 1
    assert flights[0].date == "2024-03-14"


def test_two_named_men_stay_two_flights() -> None:
    text = (
        "Военный суд в Чите приговорил к шести годам колонии рядового Алексея Бурова, который в "
        "2024 году сбежал из части в Забайкалье. Тот же суд приговорил к пяти годам рядового "
        "Ивана Сорокина, который в марте 2024 года ушёл из части в Бурятии."
    )
    assert len(of_type(events(text, "ru", PUB), "desertion")) == 2


# --- a verdict whose crime the next sentence names: not desertion ---------------------------

OTHER_ARTICLE = {
    "en": (
        "The Khabarovsk garrison military court sentenced 26-year-old contract soldier Ilya "
        "Markov, who had left his unit in the Belgorod region in March, to five years in a penal "
        "colony. The same day the court sentenced a second contract soldier, Pavel Glebov, to two "
        "years in a colony-settlement. {next}"
    ),
    "ru": (
        "Хабаровский гарнизонный военный суд приговорил к пяти годам колонии 26-летнего "
        "контрактника Илью Маркова, который в марте самовольно оставил часть в Белгородской "
        "области. Тогда же к двум годам колонии-поселения приговорён другой контрактник, Павел "
        "Глебов. {next}"
    ),
}


@pytest.mark.parametrize(
    ("lang", "following"),
    [
        (
            "en",
            "The court ruled that Glebov had disobeyed a commander's order in wartime, an offence "
            "under Article 332.",
        ),
        (
            "ru",
            "Его признали виновным по ч. 2.1 ст. 332 УК (неисполнение приказа начальника в период "
            "военного положения).",
        ),
    ],
)
def test_verdict_for_another_article_told_next(lang: str, following: str) -> None:
    found = events(OTHER_ARTICLE[lang].format(next=following), lang, PUB)
    assert len(of_type(found, "sentence")) == 1  # (Markov's; Glebov's is for disobeying)


@pytest.mark.parametrize(
    ("lang", "following"),
    [
        ("en", "He was found guilty of leaving his unit without permission in wartime."),
        ("ru", "Его признали виновным в самовольном оставлении части в период мобилизации."),
        ("en", "He had failed to return from leave in April."),
    ],
)
def test_verdict_for_desertion_told_next_stays(lang: str, following: str) -> None:
    found = events(OTHER_ARTICLE[lang].format(next=following), lang, PUB)
    assert len(of_type(found, "sentence")) == 2


# --- a span of years of history opening the sentence -----------------------------------------


def test_span_of_history_years_is_no_event() -> None:
    sentence = (
        "Between 1979 and 1989, several hundred Soviet soldiers left their units in Afghanistan."
    )
    assert of_type(_after_lead(sentence, "en"), "desertion") == []


def test_span_of_our_years_stays_an_event() -> None:
    sentence = (
        "Between 2023 and 2024, Private Oleg Pashkov twice left his unit in Klin without leave."
    )
    assert len(of_type(_after_lead(sentence, "en"), "desertion")) == 1


# --- a resignation, a discharge from hospital, a way back to the unit ------------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The battalion commander left his post in February and resigned."),
        (
            "en",
            "Private Sergei Lapin left the hospital in May after being discharged and went back "
            "to his unit.",
        ),
        ("en", "Private Sergei Lapin left the hospital in May and returned to his unit."),
        ("ru", "Командир батальона в феврале покинул пост и ушёл в отставку."),
        (
            "ru",
            "Мобилизованный Сергей Лапин в мае покинул госпиталь после выписки и вернулся в часть.",
        ),
    ],
)
def test_resignation_or_way_back_to_the_unit_is_no_desertion(lang: str, sentence: str) -> None:
    assert of_type(_after_lead(sentence, lang), "desertion") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "Private Sergei Lapin left the hospital without permission and returned to his unit "
            "two weeks later.",
        ),
        ("en", "Private Sergei Lapin left his unit in March and returned to his unit in July."),
        (
            "ru",
            "Мобилизованный Сергей Лапин самовольно покинул госпиталь и вернулся в часть через две "
            "недели.",
        ),
        ("ru", "Мобилизованный Сергей Лапин ушёл из части, а в сентябре сам вернулся в часть."),
        # (a return denied: the flight)
        (
            "en",
            "The paratrooper Sergei Lapin never reported back to his brigade after a home leave "
            "in Pskov.",
        ),
        ("ru", "Мобилизованный Сергей Лапин после выписки из госпиталя так и не вернулся в часть."),
        # (a capture, then the way back)
        (
            "en",
            "A conscript from Khakassia who had vanished from a hospital in Samara was detained in "
            "Abakan and returned to his unit, a source said.",
        ),
        (
            "ru",
            "Срочника из Хакасии, который пропал из госпиталя в Самаре, задержали в Абакане и "
            "вернули в часть.",
        ),
    ],
)
def test_a_flight_before_a_return_stays(lang: str, sentence: str) -> None:
    assert len(of_type(_after_lead(sentence, lang), "desertion")) == 1

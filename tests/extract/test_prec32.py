"""Round 32 (prec32): readings that propose no event, on invented sentences, each with a twin
that is an event (a rule that blocks everything fails too).

- an indirect yes/no question asks about a happening, it does not report one ("Журналисты
  спросили, задержан ли второй беглец", "asked whether the runaway had been detained"; real
  train rru-120: no gold event) - ``awol.extract.scope._indirect_question``;
- a term still sought or hoped for is no verdict ("Prosecutors are seeking a five-year term",
  "His lawyer hopes for a suspended sentence") - ``block: clause`` in ``lang/en/events.yaml``;
- a norm told of a kind of people by a participle ("a soldier found guilty of desertion could
  lose his flat") - ``awol.extract.scope._norm_participle`` (English; Russian cuts the clause at
  its commas, ``_norm_relative``);
- millions are a multitude, as thousands are («миллионы украинцев бежали от войны»: merged
  into the story's flight, it took the flight's evidence) - ``generic_before``/``generic_after``
  in ``lang/ru/events.yaml``;
- a patient, a tourist, a student, a pensioner, a businessman, an official who fled is no
  deserter where the sentence names nothing military (as the English rule) - ``nonevent:
  sentence: desertion`` in ``lang/ru/events.yaml``;
- an office left is no flight («покинул пост командира роты», «Бывший губернатор покинул пост»)
  - ``nonevent: sentence: desertion`` in ``lang/ru/events.yaml``;
- men of draft age held by recruiters or border guards are draft evaders, not deserters
  (SCHEMA.md) - ``nonevent: sentence: detention`` in ``lang/*/events.yaml``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, types

from awol.extract.lexicon import get_lexicon
from awol.extract.scope import not_a_happening

LEAD = {
    "en": (
        "Military police in Kursk on Wednesday detained contract soldier Ivan Smirnov, who left "
        "his unit in the Belgorod region in March, a source said. "
    ),
    "ru": (
        "Сотрудники военной полиции в среду задержали в Курске контрактника Ивана Смирнова, "
        "который в марте самовольно покинул часть в Белгородской области, сообщил источник. "
    ),
}


def _reason(sentence: str, trigger: str, etype: str, lang: str) -> str | None:
    s = sentence.index(trigger)
    return not_a_happening(sentence, etype, s, s + len(trigger), get_lexicon(lang))


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang"),
    [
        ("Журналисты спросили в прокуратуре, задержан ли второй беглец, но ответа не получили.",
         "задержан", "detention", "ru"),
        ("Непонятно, объявлен ли он в розыск.", "объявлен ли он в розыск", "wanted", "ru"),
        ("Мать пытается выяснить, не объявили ли сына в розыск.", "объявили", "wanted", "ru"),
        ("Reporters asked the prosecutor's office whether the second runaway had been detained.",
         "detained", "detention", "en"),
        ("It is unclear whether he has been put on the wanted list.", "put on the wanted list",
         "wanted", "en"),
        ("Asked whether more soldiers had fled, the spokesman declined to comment.", "fled",
         "desertion", "en"),
        ("His mother wants to know if her son was detained.", "detained", "detention", "en"),
    ],
)  # fmt: skip
def test_an_indirect_question_reports_nothing(
    sentence: str, trigger: str, etype: str, lang: str
) -> None:
    assert _reason(sentence, trigger, etype, lang) == "question"


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang"),
    [
        # the question is another clause's; «Ли» is a surname; "if" of a condition elsewhere
        ("Сотрудники полиции задержали беглеца, но пока неизвестно, возбуждено ли дело.",
         "задержали", "detention", "ru"),
        ("Матроса Артема Ли задержали в Находке.", "задержали", "detention", "ru"),
        ("Чуть ли не половина роты в марте сбежала из части под Курском.", "сбежала из части",
         "desertion", "ru"),
        ("Police detained the runaway on Monday, but it is unclear whether he will be charged.",
         "detained", "detention", "en"),
        ("Police detained the runaway in Tver, a source said.", "detained", "detention", "en"),
    ],
)  # fmt: skip
def test_a_report_beside_a_question_stands(
    sentence: str, trigger: str, etype: str, lang: str
) -> None:
    assert _reason(sentence, trigger, etype, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "etype", "n"),
    [
        # whole articles: the lead's detention, then the question adds nothing
        ("Журналисты спросили в прокуратуре, задержан ли второй беглец.", "ru", "detention", 1),
        ("It is unclear whether a second runaway was put on the wanted list.", "en", "wanted", 0),
        # a term asked or hoped for; the twin: a term handed down
        ("Prosecutors are seeking a five-year term.", "en", "sentence", 0),
        ("His lawyer hopes for a suspended sentence.", "en", "sentence", 0),
        ("On Friday the court sentenced Smirnov to five years in a penal colony.", "en",
         "sentence", 1),
        # men of draft age are draft evaders; the twin: soldiers sought for going AWOL
        ("TCC officers detained a man of military age in Odesa on Thursday.", "en", "detention",
         1),
        ("Сотрудники ТЦК в четверг задержали в Одессе мужчину призывного возраста.", "ru",
         "detention", 1),
        ("Пограничники задержали у границы с Молдовой троих мужчин, пытавшихся незаконно выехать "
         "из Украины.", "ru", "detention", 1),
        ("В Киевской области ТЦК в июле задержал троих военных, находившихся в розыске за СЗЧ.",
         "ru", "detention", 2),
    ],
)  # fmt: skip
def test_what_an_article_holds(text: str, lang: str, etype: str, n: int) -> None:
    assert types(LEAD[lang] + text, lang, "2025-06-02").count(etype) == n


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "reason"),
    [
        ("Under the bill, a soldier found guilty of desertion during mobilization could lose "
         "property bought with his military pay.", "found guilty", "sentence", "law"),
        ("Under the proposal, servicemen convicted of leaving a unit would lose their veteran "
         "status.", "convicted", "sentence", "law"),
        # one of a kind with no law framing the sentence is someone in particular
        ("A soldier detained after fleeing his unit will be tried by a garrison court.",
         "detained", "detention", None),
        # the twins: a date or a place in the clause, a definite soldier, a past main verb
        ("A soldier detained in Kursk on Monday could face ten years in prison.", "detained",
         "detention", None),
        ("The soldier convicted last week will appeal.", "convicted", "sentence", None),
        ("A soldier convicted of desertion was sent to a penal colony.", "convicted", "sentence",
         None),
    ],
)  # fmt: skip
def test_a_norm_told_by_a_participle(
    sentence: str, trigger: str, etype: str, reason: str | None
) -> None:
    assert _reason(sentence, trigger, etype, "en") == reason


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("В 2022 году миллионы украинцев бежали от войны в Европу.", "Сотрудники"),
        # the twin: the man's own flight told again, with its date and place
        ("Смирнов сбежал из части под Белгородом 3 марта.", "Смирнов сбежал"),
    ],
)
def test_millions_are_a_multitude(text: str, evidence: str) -> None:
    flights = [e for e in events(LEAD["ru"] + text, "ru", "2025-06-02") if e.type == "desertion"]
    assert len(flights) == 1
    assert flights[0].evidence.text.startswith(evidence)


@pytest.mark.parametrize(
    ("sentence", "trigger", "flight"),
    [
        ("Пациент психоневрологического диспансера сбежал из больницы и до сих пор не найден.",
         "сбежал из больницы", False),
        ("Студент сбежал из общежития, не заплатив за проживание.", "сбежал из общежития", False),
        ("Чиновник мэрии бежал в Израиль, спасаясь от уголовного дела.", "бежал в Израиль",
         False),
        # the twins: a soldier named, or the unit
        ("Пациент военного госпиталя рядовой Петров сбежал из больницы 3 мая.",
         "сбежал из больницы", True),
        ("Студент-заочник, служивший по контракту, сбежал из части в мае.", "сбежал из части",
         True),
    ],
)  # fmt: skip
def test_a_civilian_who_fled_is_no_deserter(sentence: str, trigger: str, flight: bool) -> None:
    assert (_reason(sentence, trigger, "desertion", "ru") is None) == flight
    if not flight:
        found = events(LEAD["ru"] + sentence, "ru", "2025-06-02")
        assert not [e for e in found if e.evidence.text.startswith(sentence[:20])]


@pytest.mark.parametrize(
    ("sentence", "trigger", "lang", "held"),
    [
        ("Сотрудники ТЦК задержали мужчину на улице в Киеве и увезли его.", "задержали", "ru",
         False),
        ("В Днепре сотрудники военкомата задержали мужчину прямо у подъезда.", "задержали", "ru",
         False),
        ("Recruiters detained a man on the street in Lviv and forced him into a van.",
         "detained", "en", False),
        ("TCC officers and police detained three men in Kharkiv during a document check.",
         "detained", "en", False),
        # the twins: the man held is a deserter, or is sought
        ("В Одессе сотрудники ТЦК задержали мужчину, который в марте самовольно оставил часть.",
         "задержали", "ru", True),
        ("Сотрудники ТЦК задержали мужчину, находившегося в розыске.", "задержали", "ru", True),
        ("TCC officers detained a man who had deserted from his brigade in May.", "detained",
         "en", True),
        ("«Во второй раз его задержали прямо в военкомате, куда он пришел сдаваться».",
         "задержали", "ru", True),
        # a man handed to the military police (field probes ru.yaml, r23; lead, round 32)
        ("Мужчину доставили в военкомат Октябрьского района и передали военной полиции.",
         "доставили", "ru", True),
    ],
)  # fmt: skip
def test_men_held_by_recruiters_are_draftees(
    sentence: str, trigger: str, lang: str, held: bool
) -> None:
    assert (_reason(sentence, trigger, "detention", lang) is None) == held


@pytest.mark.parametrize(
    ("sentence", "trigger", "flight"),
    [
        ("Командир роты покинул пост командира после скандала.", "покинул пост", False),
        ("Бывший губернатор покинул пост после скандала.", "покинул пост", False),
        ("Мэр города ушел с поста и уехал за границу.", "уехал за границу", False),
        # the twins: a sentry's or a soldier's post
        ("Часовой покинул пост и ушел в самоволку.", "покинул пост", True),
        ("Рядовой самовольно оставил пост и скрылся.", "оставил пост", True),
    ],
)  # fmt: skip
def test_an_office_left_is_no_flight(sentence: str, trigger: str, flight: bool) -> None:
    assert (_reason(sentence, trigger, "desertion", "ru") is None) == flight

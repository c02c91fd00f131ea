"""Round 49 (ruprec49): a flight told only as background is no event.

Invented sentences.  Each group is read as the real train coders read it (SCHEMA.md; the count in
docs/extraction.md, round 49 ruprec49): a leaving the command knew of or allowed is the defence's
account, not an unauthorised leaving; an escape from the recruiters is draft evasion; flights
spoken of in the plural with no count are a topic; a case that may be opened is no case; a
citizen ("national") who crosses a border is no soldier; the bare ground of an opened case ("for
leaving his unit") names its offence, as a verdict's does; «и сейчас» ("still") tells a practice,
not a moment.  The twins keep the happening.
"""

from __future__ import annotations

from helpers import TRUE_LEAD, of_type, scope_reason, types

PUB = "2025-06-10"


# --- a leaving the command knew of or allowed (the defence's or a relative's account) ---------


def test_ru_leaving_the_commander_knew_of_is_no_flight() -> None:
    text = (
        "Мобилизованного Петра Лаврова обвиняют в дезертирстве. «Он уехал домой с выпиской из "
        "госпиталя, и командир знал, где он находится», — говорит его жена."
    )
    assert types(text, "ru", PUB) == ["prosecution"]


def test_ru_leaving_with_the_commands_knowledge_is_no_flight() -> None:
    text = (
        "Мобилизованного Петра Лаврова обвиняют в дезертирстве. Адвокат настаивает, что Лавров "
        "покинул часть с ведома командования, чтобы пройти лечение."
    )
    assert types(text, "ru", PUB) == ["prosecution"]


def test_ru_leaving_without_the_commanders_knowledge_stays_a_flight() -> None:
    text = "Рядовой Лавров уехал из части без ведома командира и две недели жил у матери."
    assert types(text, "ru", PUB) == ["desertion"]


def test_en_leaving_with_the_commanders_knowledge_is_no_flight() -> None:
    text = (
        "Mobilised soldier Pyotr Lavrov is accused of desertion. His lawyer says Lavrov left "
        "the unit with his commanders' knowledge to get treatment."
    )
    assert types(text, "en", PUB) == ["prosecution"]


def test_en_leaving_without_the_commanders_knowledge_stays_a_flight() -> None:
    text = (
        "Private Lavrov left his unit without his commander's knowledge and spent two weeks "
        "at his mother's."
    )
    assert types(text, "en", PUB) == ["desertion"]


# --- an escape from the recruiters is draft evasion ---------------------------------------------


def test_ru_escape_from_the_enlistment_office_is_no_flight() -> None:
    text = "Мобилизованный сбежал из военкомата в Саратове в день отправки и уехал в Казахстан."
    assert of_type(list_events(text), "desertion") == []


def test_ru_escape_from_the_enlistment_office_told_by_where_is_no_flight() -> None:
    text = "Сотрудники ТЦК доставили мужчину в военкомат, откуда он сбежал через окно туалета."
    assert of_type(list_events(text), "desertion") == []


def test_ru_flight_from_a_unit_then_the_enlistment_office_stays() -> None:
    text = "Солдат сбежал из части в Твери и через неделю сам пришёл в военкомат."
    assert types(text, "ru", PUB) == ["desertion"]


# --- flights spoken of in the plural with no count ----------------------------------------------


def test_ru_flights_as_the_topic_of_a_telling_are_no_event() -> None:
    text = "Правозащитники рассказали о побегах мобилизованных из частей в Белгородской области."
    assert types(text, "ru", PUB) == []


def test_ru_counted_flights_told_stay() -> None:
    text = "Военный прокурор рассказал о двух побегах из части в Еланском гарнизоне в октябре."
    assert types(text, "ru", PUB) == ["desertion"]


def test_ru_topic_then_a_flight_after_the_colon_stays() -> None:
    text = "Депутат рассказал о случаях дезертирства в Елани: в октябре из части ушли трое мобилизованных."
    assert types(text, "ru", PUB) == ["desertion"]


# --- «и сейчас» is "still", a habit's word, not a moment ------------------------------------------


def test_ru_practice_told_with_still_is_no_catch() -> None:
    text = "Пойманные дезертиры и сейчас получают кто колонию, кто условный срок."
    assert types(text, "ru", PUB) == []


def test_ru_catch_told_with_now_stays() -> None:
    text = "Сейчас задержанные в Твери дезертиры находятся в отделе полиции, их задержали утром."
    assert types(text, "ru", PUB) == ["detention"]


# --- a case that may be opened ------------------------------------------------------------------


def test_en_case_that_may_be_opened_is_no_case() -> None:
    text = (
        TRUE_LEAD["en"] + "He has not been charged yet. A criminal case under Article 337 may be "
        "opened against him."
    )
    assert types(text, "en", PUB).count("prosecution") == 0


def test_en_case_prosecutors_could_open_is_no_case_and_no_flight() -> None:
    text = "Prosecutors could open a case against the soldier for leaving his unit in the Kursk region."
    assert types(text, "en", PUB) == []


def test_en_case_opened_stays() -> None:
    text = "Investigators in Tver opened a criminal case against Private Ivan Dolgov for desertion."
    assert types(text, "en", PUB) == ["prosecution"]


# --- the bare ground of an opened case names the offence ------------------------------------------


def test_en_bare_ground_of_an_opened_case_is_no_flight() -> None:
    text = "Investigators opened a criminal case against Private Oleg Lunin for leaving his unit."
    assert types(text, "en", PUB) == ["prosecution"]


def test_en_anchored_ground_of_an_opened_case_stays_a_flight() -> None:
    text = (
        "Investigators opened a criminal case against Private Oleg Lunin for leaving his unit "
        "near Bakhmut in May."
    )
    assert sorted(types(text, "en", PUB)) == ["desertion", "prosecution"]


# --- a national is a citizen ---------------------------------------------------------------------


def test_en_national_crossing_a_border_is_no_flight() -> None:
    sentence = "A 31-year-old Ukrainian national flew a paraglider across the border into Romania on May 3."
    assert scope_reason(sentence, "flew", "desertion", "en") == "other_crime"


def test_en_national_guard_serviceman_stays_a_flight() -> None:
    sentence = "A National Guard serviceman flew across the border into Georgia on May 3."
    assert scope_reason(sentence, "flew", "desertion", "en") is None


def test_en_recruited_nationals_who_fled_a_camp_stay_a_flight() -> None:
    sentence = "Two Indian nationals recruited to fight for Russia fled their training camp in May."
    assert scope_reason(sentence, "fled", "desertion", "en") is None


def list_events(text: str, lang: str = "ru"):  # noqa: ANN201
    from helpers import events

    return events(text, lang, PUB)

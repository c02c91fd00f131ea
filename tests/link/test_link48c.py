"""Round 48 (link48c): a document's story groups, read in the article's order and by what
the sentences say of the story told before.

The tests give the linker whole documents with their text and the events' offsets (as the
extraction gives them), in the order an extraction may list them."""

from __future__ import annotations

from tests.link.helpers import story_groups


def groups(text: str, events: list[tuple], language: str = "ru") -> list[int]:
    """The story groups of one document (:func:`tests.link.helpers.story_groups`)."""
    return story_groups(text, events, language, "2026-03-10")


CAUGHT = "Псков. В воскресенье полицейские задержали 24-летнего срочника на вокзале."
CHARGED = "Омск. Следователи возбудили уголовное дело против рядового Олега Миронова."
HIS_FLIGHT = "По версии следствия, в ноябре он не вернулся в часть после отпуска."


def test_a_flight_listed_before_its_charge_reads_him_back_in_the_text_s_order():
    # the extraction lists the item's flight before its charge; in the text the charge names
    # the man first and "он" reads him back: the flight is his, not the item's before
    text = f"Дезертиры недели\n\n{CAUGHT}\n\n{CHARGED} {HIS_FLIGHT}"
    events = [("detention", CAUGHT, {}), ("desertion", HIS_FLIGHT, {}),
              ("prosecution", CHARGED, {"names": ["Олег Миронов"]})]  # fmt: skip
    g = groups(text, events)
    assert g[1] == g[2] != g[0]


def test_events_listed_in_the_text_s_order_group_as_before():
    text = f"Дезертиры недели\n\n{CAUGHT}\n\n{CHARGED} {HIS_FLIGHT}"
    events = [("detention", CAUGHT, {}), ("prosecution", CHARGED, {"names": ["Олег Миронов"]}),
              ("desertion", HIS_FLIGHT, {})]  # fmt: skip
    assert groups(text, events) == [0, 1, 1]


SAFIN = "Пенза. Суд приговорил мобилизованного Рината Сафина к четырём годам колонии."
NORTH = "Северодвинск. Полицейские задержали 30-летнего контрактника, который в декабре оставил часть."
CASE_OPENED = "Возбуждено уголовное дело."


def test_a_bare_sentence_given_a_carried_name_is_the_story_told_just_before_it():
    # «Возбуждено уголовное дело.» says nobody; the extraction gave it the name of the item
    # before the one it closes: it is the Severodvinsk man's charge, told just after his
    # detention, not the Penza man's
    text = f"Хроника недели\n\n{SAFIN}\n\n{NORTH} {CASE_OPENED}"
    events = [("sentence", SAFIN, {"names": ["Ринат Сафин"], "region": "RU-PNZ"}),
              ("detention", NORTH, {"region": "RU-ARK"}), ("desertion", NORTH, {}),
              ("prosecution", CASE_OPENED, {"names": ["Ринат Сафин"]})]  # fmt: skip
    g = groups(text, events)
    assert g[3] == g[1] != g[0]


def test_a_name_written_or_a_person_said_keeps_the_carried_story():
    # the charge that writes the name is the named man's (the rule reads only bare sentences)
    named = "В отношении Сафина возбуждено уголовное дело."
    text = f"Хроника недели\n\n{SAFIN}\n\n{NORTH} {named}"
    events = [("sentence", SAFIN, {"names": ["Ринат Сафин"], "region": "RU-PNZ"}),
              ("detention", NORTH, {"region": "RU-ARK"}), ("desertion", NORTH, {}),
              ("prosecution", named, {"names": ["Ринат Сафин"]})]  # fmt: skip
    g = groups(text, events)
    assert g[3] == g[0] != g[1]


KURSK = "Курск. Гарнизонный суд приговорил мобилизованного к пяти годам колонии."
MIRONOV = "Омск. Следователи возбудили уголовное дело против рядового Олега Миронова."
HE_LEFT = "В ноябре он не вернулся в часть."


def test_a_pronoun_reads_the_man_told_just_before_not_an_earlier_story_of_its_region():
    # the extraction carried the first item's region into «он не вернулся»: the pronoun still
    # reads the man named just before it
    text = f"Хроника недели\n\n{KURSK}\n\n{MIRONOV} {HE_LEFT}"
    events = [("sentence", KURSK, {"region": "RU-KRS"}),
              ("prosecution", MIRONOV, {"names": ["Олег Миронов"]}),
              ("desertion", HE_LEFT, {"region": "RU-KRS"})]  # fmt: skip
    g = groups(text, events)
    assert g[2] == g[1] != g[0]


RULING = ("13 мая Казанский гарнизонный военный суд вынес приговор мобилизованному рядовому "
          "Карпову С.В. за самовольное оставление части.")  # fmt: skip
ACCOUNT = ("Судом установлено, что в июле Карпов самовольно покинул часть в Белгородской "
           "области и жил у матери в Елабуге, где был задержан полицией.")  # fmt: skip
SAME_DAY = ("В тот же день суд рассмотрел дело военнослужащего по контракту, опоздавшего из "
            "отпуска, и назначил ему три года условно.")  # fmt: skip


def test_a_court_s_account_of_the_flight_and_detention_is_the_sentenced_man_s():
    # a verdict told first, then the court's account: the flight (in another region than the
    # court's) and the detention its sentence tells are the sentenced man's, so the same day's
    # second verdict cannot join them
    text = f"{RULING} {ACCOUNT}\n\n{SAME_DAY}"
    events = [("sentence", RULING, {"region": "RU-TA"}),
              ("desertion", ACCOUNT, {"region": "RU-BEL"}),
              ("detention", ACCOUNT, {"region": "RU-TA"}), ("sentence", SAME_DAY, {})]  # fmt: skip
    assert groups(text, events) == [0, 0, 0, 1]


def test_the_court_s_account_in_a_paragraph_of_its_own_is_still_his():
    text = f"{RULING}\n\n{ACCOUNT}"
    events = [("sentence", RULING, {"region": "RU-TA"}),
              ("desertion", ACCOUNT, {"region": "RU-BEL"})]  # fmt: skip
    assert groups(text, events) == [0, 0]


def test_a_manhunt_told_without_its_flight_still_parts_another_man_s_detention():
    # (not a verdict: a search notice, then a detention whose own sentence tells another flight)
    hunt = "Полиция Казани разыскивает военнослужащего Сергея Карпова."
    other = ("В среду в Елабуге задержали военнослужащего, который в марте покинул часть в "
             "Белгородской области.")  # fmt: skip
    text = f"{hunt} {other}"
    events = [("wanted", hunt, {"region": "RU-TA", "names": ["Сергей Карпов"]}),
              ("detention", other, {"region": "RU-TA"}),
              ("desertion", other, {"region": "RU-BEL"})]  # fmt: skip
    g = groups(text, events)
    assert g[1] == g[2] != g[0]


STAT = "По одному из таких дел в Курске задержали солдата, сбежавшего с полигона."


def test_one_of_such_cases_is_a_statistic_s_example_not_one_of_the_story_s_people():
    # «одному из таких дел» is one of the cases, not one of the people told before
    verdict = "Тверской гарнизонный суд приговорил 25-летнего Ивана Петрова к пяти годам колонии."
    told = "В марте Петров ушёл из части под Ржевом, в мае его задержали у матери."
    count = "С начала года суды рассмотрели более тысячи дел о самовольном оставлении части."
    text = f"{verdict} {told} {count} {STAT}"
    events = [("sentence", verdict, {"names": ["Иван Петров"], "region": "RU-TVE"}),
              ("desertion", told, {"names": ["Иван Петров"]}),
              ("detention", told, {"names": ["Иван Петров"]}),
              ("detention", STAT, {"region": "RU-KRS"})]  # fmt: skip
    assert groups(text, events) == [0, 0, 0, 1]


def test_one_of_the_fugitives_still_reads_the_story_s_people():
    fled = "Трое срочников ушли из части под Ржевом."
    caught = "Одного из беглецов задержали в Твери."
    text = f"{fled} {caught}"
    events = [("desertion", fled, {"count": 3}), ("detention", caught, {"region": "RU-TVE"})]
    assert groups(text, events) == [0, 0]

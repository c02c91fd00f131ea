"""A story whose body never makes anyone a soldier holds no event (round 54, quiet54:
``awol.extract.quiet_story.drop_unsoldierly``).  Invented texts: a headline that names
deserters above a civilian held at a border; the same catch of a soldier is kept."""

from __future__ import annotations

from tests.extract.helpers import types

CIVILIAN_EN = (
    "Deserters find ever stranger routes out\n\n"
    "On May 3, a 28-year-old Moldovan citizen paddled a rubber dinghy across the Prut river and "
    "climbed ashore near the village of Zelenau.\n\n"
    "Fishermen who saw him land alerted the authorities, and he was detained by border police "
    "within an hour.\n\n"
    "He has asked for asylum and faces a fine for crossing the frontier at an unofficial point."
)

SOLDIER_EN = CIVILIAN_EN.replace("a 28-year-old Moldovan citizen", "a 28-year-old soldier")

CIVILIAN_RU = (
    "Дезертиры придумывают всё новые способы побега\n\n"
    "Третьего мая 28-летний гражданин соседней страны переплыл на надувной лодке реку и вышел "
    "на берег у деревни Заречное.\n\n"
    "Рыбаки, видевшие его, позвонили в полицию, и вскоре его задержали пограничники.\n\n"
    "Он попросил убежища и теперь ждёт решения суда по делу о незаконном пересечении границы."
)

SOLDIER_RU = CIVILIAN_RU.replace("28-летний гражданин соседней страны", "28-летний военнослужащий")


def test_a_civilian_held_at_a_border_is_no_event_en() -> None:
    assert types(CIVILIAN_EN, "en", "2025-05-05") == []


def test_a_soldier_held_at_a_border_is_kept_en() -> None:
    assert "detention" in types(SOLDIER_EN, "en", "2025-05-05")


def test_a_civilian_held_at_a_border_is_no_event_ru() -> None:
    assert types(CIVILIAN_RU, "ru", "2025-05-05") == []


def test_a_soldier_held_at_a_border_is_kept_ru() -> None:
    assert "detention" in types(SOLDIER_RU, "ru", "2025-05-05")


# The lead's review (round 54): the rule emptied short texts whose event is told in a headline
# that itself names the deserter, above a line that names no soldier (the sentence probe suites'
# headline rows); such an event is the story's own and stays.
HEADLINE_EN = (
    "Deserter detained in Kursk\n\nThe regional newspaper covered the story in its evening edition."
)
HEADLINE_RU = (
    "В Курске задержали дезертира\n\nРегиональная газета рассказала об этом в вечернем выпуске."
)


def test_an_event_told_by_a_headline_naming_the_deserter_is_kept_en() -> None:
    assert "detention" in types(HEADLINE_EN, "en", "2025-05-05")


def test_an_event_told_by_a_headline_naming_the_deserter_is_kept_ru() -> None:
    assert "detention" in types(HEADLINE_RU, "ru", "2025-05-05")

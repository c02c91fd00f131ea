"""Round 43 (count43): counts, arms and figure dates of paraphrased reports.

- one man named by his place in a group ("a fourth man", "a seventh man", «седьмого
  дезертира») is one person, not the group a plural anaphor of his clause names ("Their
  companions shot a fourth man dead");
- an age told in words after a noun of a person ("a man of about thirty", «мобилизованный лет
  тридцати») is no count;
- a deserter who shoots at the police or guards who stop him is armed (not a commander who
  shoots soldiers);
- a figure's month ("by the end of September", «к концу сентября») is not undone by "this year" /
  «в этом году» of the same sentence (a count of the year up to publication); «в первой половине
  года», «по данным за июль», «за весь прошлый год» date a Russian figure.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import armed_of, events, figures_by_value

from awol.extract.counts import find_counts

PUB = "2026-11-25"


def _of(text: str, lang: str, etype: str) -> list:
    return [e for e in events(text, lang, PUB) if e.type == etype]


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        (
            "Five convicts fled a camp near Stakhanov on Monday. Two were caught at a roadblock; "
            "the others shot a fifth man dead because he wanted to surrender.",
            "en",
            "death",
        ),
        (
            "Eight contract soldiers left their unit near Horlivka last week. Six are back in "
            "custody. An eighth soldier is still being sought in the Rostov region, police said.",
            "en",
            "wanted",
        ),
        (
            "Шестеро контрактников ушли с позиций под Горловкой на прошлой неделе. Пятерых уже "
            "задержали, поиски шестого беглеца продолжаются, сообщили в полиции.",
            "ru",
            "wanted",
        ),
    ],
)
def test_an_ordinal_man_is_one(text: str, lang: str, etype: str) -> None:
    found = _of(text, lang, etype)
    assert found and found[0].count == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A reservist of about forty walked away from a camp near Kursk.", "en"),
        ("A conscript aged twenty fled his barracks in Pskov.", "en"),
        ("Контрактник лет сорока ушел из части под Курском.", "ru"),
    ],
)
def test_an_age_in_words_is_no_count(text: str, lang: str) -> None:
    assert [c.value for c in find_counts(text, lang)] == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("A group of about forty soldiers walked away from a camp near Kursk.", "en", 40),
        ("В течение трех лет пятеро дезертиров скрывались в лесу.", "ru", 5),
        ("За пять лет тридцати военнослужащим вынесли приговоры.", "ru", 30),
    ],
)
def test_counts_near_age_words_stay(text: str, lang: str, value: int) -> None:
    assert value in [c.value for c in find_counts(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "The deserter shot a traffic police officer at a checkpoint and ran into the woods.",
            "en",
            True,
        ),
        ("He fired at the guards before he was caught near the depot.", "en", True),
        ("A commander shot two soldiers who tried to flee.", "en", None),
        ("Беглец выстрелил в сотрудника ДПС и скрылся в лесу.", "ru", True),
        ("Задержали военного, стрелявшего в полицейских на посту.", "ru", True),
    ],
)
def test_shooting_at_the_police_is_armed(text: str, lang: str, want: bool | None) -> None:
    assert armed_of(text, lang) is want


@pytest.mark.parametrize(
    ("text", "lang", "value", "as_of"),
    [
        (
            "By the end of August, prosecutors had opened more than 18,000 AWOL cases this year.",
            "en",
            18000,
            "2026-08",
        ),
        (
            "К концу августа прокуроры возбудили в этом году более 18 000 дел о самоволке.",
            "ru",
            18000,
            "2026-08",
        ),
        ("В первой половине года суды получили около 8100 дел о самоволке.", "ru", 8100, "2026-06"),
        ("По данным за март, в суды поступило около 1700 дел о СОЧ.", "ru", 1700, "2026-03"),
        ("За весь прошлый год суды вынесли 7400 приговоров за самоволку.", "ru", 7400, "2025"),
        ("За июнь — август суды получили 2100 дел о самоволке.", "ru", 2100, "2026-08"),
    ],
)
def test_figure_dates_of_a_period(text: str, lang: str, value: int, as_of: str) -> None:
    got = figures_by_value(text, lang, PUB)
    assert value in got and got[value].as_of == as_of

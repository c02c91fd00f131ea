"""Round 46 (fields46): counts told beside one man or after the act, and figures of a range or a
part of a total.

- one man and one comrade named with no number ("fled together with a fellow soldier",
  «ушёл вместе с сослуживцем»): two people, and still one flight with a later "he left" (one);
- the size of a group told in the next sentence, which tells no event ("There were five of
  them.", «Всего их четверо.», «Беглецов пятеро»);
- a singular noun joined by «и» to a number of servicemen («Сержант и двое рядовых»): the
  number and him;
- a range in digits with thousands separators ("between 50,000 and 100,000 soldiers"): its
  lower bound, "at least";
- a part of a total told after "of whom" ("..., of whom 4,300 received prison terms"): a figure.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, extract

PUB = "2026-12-02"


def _counts(text: str, lang: str) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for e in events(text, lang, PUB):
        out.setdefault(e.type, []).append(e.count)
    return out


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Private Artem Selivanov fled his unit in the Belgorod region together with a fellow "
            "soldier, a regional news site reported.",
            "en",
        ),
        ("A conscript deserted from a base near Pskov with another serviceman on Sunday.", "en"),
        (
            "Ефрейтор Николай Сомов вместе с сослуживцем самовольно оставил воинскую часть в Пскове.",
            "ru",
        ),
        ("Мобилизованный вместе с другом сбежал с полигона в Брянской области.", "ru"),
    ],
)
def test_one_man_and_one_comrade_are_two(text: str, lang: str) -> None:
    assert _counts(text, lang)["desertion"] == [2]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A conscript deserted from a base near Pskov after a fight with another serviceman.", "en"),
        ("После ссоры с сослуживцем рядовой самовольно покинул часть в Твери.", "ru"),
    ],
)
def test_a_comrade_he_quarrelled_with_is_not_counted(text: str, lang: str) -> None:
    assert _counts(text, lang)["desertion"] == [1]


def test_the_pair_and_his_own_flight_are_one_flight() -> None:
    text = (
        "A district court in Kremenchuk has jailed a 29-year-old rifleman for five years for "
        "abandoning his position near Kupiansk, prosecutors said on Tuesday. According to the "
        "prosecutors, the soldier left his dugout on the night of 4 February together with "
        "another serviceman and hid at a relative's flat in Poltava."
    )
    assert _counts(text, "en")["desertion"] == [2]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Contract soldiers fled a base in the Kemerovo region. There were five of them. "
            "Police later detained them in Tomsk.",
            "en",
            {"desertion": [5], "detention": [5]},
        ),
        (
            "Из части в Кемерове сбежали контрактники. Всего их четверо, сообщили в полиции.",
            "ru",
            {"desertion": [4]},
        ),
        (
            "В Самарской области ищут военных, которые самовольно покинули часть. Как сообщили в "
            "полиции, беглецов пятеро.",
            "ru",
            {"wanted": [5]},
        ),
    ],
)
def test_a_group_size_told_in_the_next_sentence(
    text: str, lang: str, want: dict[str, list[int]]
) -> None:
    got = _counts(text, lang)
    for kind, counts in want.items():
        assert got[kind] == counts


def test_a_number_of_cases_after_a_flight_is_no_group_size() -> None:
    text = "Из части в Кемерове сбежали контрактники. Всего в суды региона поступило 40 дел."
    assert _counts(text, "ru")["desertion"] == [None]


def test_a_rank_and_a_number_of_privates_count_him_too() -> None:
    text = "Сержант и двое рядовых самовольно оставили часть в Омске."
    assert _counts(text, "ru")["desertion"] == [3]


def _figures(text: str, lang: str) -> list[tuple[object, object]]:
    return [(f.value, f.qualifier) for f in extract(text, lang, PUB).figures]


def test_a_range_in_thousands_gives_its_lower_bound() -> None:
    text = (
        "Desertion is growing. Between 50,000 and 100,000 Ukrainian soldiers have gone AWOL "
        "since 2022, lawmakers estimate."
    )
    assert _figures(text, "en") == [(50000, "at_least")]


def test_a_part_of_a_total_after_of_whom_is_a_figure() -> None:
    text = (
        "Desertion is growing. Court data show that military courts convicted 6,000 servicemen "
        "of going AWOL in 2024, of whom 4,300 received real prison terms."
    )
    assert [v for v, _q in _figures(text, "en")] == [6000, 4300]

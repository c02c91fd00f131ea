"""Where a detention happened, told in the clause after it (invented sentences, EN and RU): the
place the man had been hiding ("detained a serviceman who had been hiding at a friend's house in
the village of X", "задержали военнослужащего, который скрывался у знакомых в селе X") or the
place he came to when he was taken ("detained when he showed up at the enlistment office in X");
and a charge with no place of its own, which the story's court does not place."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events
from tests.extract.helpers import one as _one

_HEAD = {
    "en": "Deserter who fled his unit detained",
    "ru": "Задержан дезертир, самовольно оставивший часть",
}


def _detention(sentence: str, lang: str):
    found = events(f"{_HEAD[lang]}\n\n{sentence}\n", lang, "2025-05-20")
    return _one([e for e in found if e.evidence.text.startswith(sentence[:30])], "detention")


@pytest.mark.parametrize(
    ("sentence", "lang", "region"),
    [
        (
            "Police have detained a 29-year-old serviceman who had been hiding at an "
            "acquaintance's house in the village of Krupets in the Rylsky district.",
            "en",
            "RU-KRS",
        ),
        (
            "Police detained a mobilised man who had hidden in his grandmother's house in the "
            "Kurgan region for five months.",
            "en",
            "RU-KGN",
        ),
        (
            "He was detained in September when he showed up at the military enlistment office in "
            "Biysk for a certificate.",
            "en",
            "RU-ALT",
        ),
        (
            "Сотрудники полиции задержали военнослужащего, который два месяца скрывался у "
            "знакомых в селе Ивановка Тамбовской области.",
            "ru",
            "RU-TAM",
        ),
        (
            "Полицейские задержали 30-летнего контрактника, прятавшегося в доме родственников в "
            "деревне Кулгунино Ишимбайского района.",
            "ru",
            "RU-BA",
        ),
        (
            "В сентябре его задержали сотрудники военной полиции, когда он пришел за справкой в "
            "военкомат Бийска.",
            "ru",
            "RU-ALT",
        ),
    ],
)
def test_a_detention_takes_the_place_he_hid_or_came_to(sentence, lang, region):
    assert _detention(sentence, lang).region == region


@pytest.mark.parametrize(
    ("sentence", "lang", "region"),
    [
        # the place after the hiding is the unit he fled: not where he was taken
        (
            "Police detained a soldier who had been hiding for months after fleeing his unit in "
            "the Kursk region.",
            "en",
            None,
        ),
        (
            "Полицейские задержали военнослужащего, который скрывался после побега из части в "
            "Курской области.",
            "ru",
            None,
        ),
        # the detention's own place wins
        (
            "Police in Tver detained a deserter who had been hiding in the Pskov region.",
            "en",
            "RU-TVE",
        ),
        ("В Твери задержали дезертира, который скрывался в Псковской области.", "ru", "RU-TVE"),
        # no hiding: the unit's place is the flight's
        (
            "Police detained a contract soldier who fled his unit in the Belgorod region in March.",
            "en",
            None,
        ),
    ],
)
def test_a_detention_does_not_take_the_unit_or_another_place(sentence, lang, region):
    assert _detention(sentence, lang).region == region


def test_a_charge_does_not_take_the_court_of_the_story():
    text = (
        "Дело рассматривал Курганский гарнизонный военный суд. "
        "Военнослужащий самовольно оставил часть и два месяца жил у родственников. "
        "Против него возбуждено уголовное дело о самовольном оставлении части. "
        "Суд приговорил его к трём годам колонии."
    )
    found = events(text, "ru", "2024-05-28")
    assert _one(found, "sentence").region == "RU-KGN"
    assert _one(found, "prosecution").region is None

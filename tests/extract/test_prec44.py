"""Round 44 (prec44): a relative's own search for a missing man is no wanted notice.

Invented text.  SCHEMA.md's "wanted" is a search notice, a wanted list or a manhunt for deserters;
a mother, a wife or the relatives looking for a son or husband who went missing is the family's
own search, and no gold wanted sentence of real train, dev or the invented articles is told so.
Read articles where main (round 43's end) read one as a search: EN z-03 and ad-02 ("a mother's
search for her son"), EN am-08 ("a mother searches for her missing son"), EN af-07 ("relatives
have been searching hospitals"), RU am-08 (a mother's search for her son told by its noun).
Each has a twin, a search by the police or the command, that must stay.
"""

from __future__ import annotations

import pytest
from helpers import events, of_type, scope_reason

PUB = "2026-11-20"


@pytest.mark.parametrize(
    ("sentence", "trigger", "lang"),
    [
        ("'Nobody answers me': a Tula mother's search for her son", "search", "en"),
        ("A widow's long search for her husband goes on", "search", "en"),
        ("'He just vanished': a mother searches for her missing son", "searches", "en"),
        ("His comrades are listed as missing, and relatives have been searching hospitals.", "searching", "en"),
        ("The family is still looking for their son, who stopped calling in May.", "looking", "en"),
        ("Мать третий месяц продолжает поиски сына.", "поиски", "ru"),
        ("Жена ведёт поиск мужа через волонтёров.", "поиск", "ru"),
        ("Родные уже полгода разыскивают своего сына.", "разыскивают", "ru"),
    ],
)
def test_a_relatives_search_is_no_wanted_notice(sentence: str, trigger: str, lang: str) -> None:
    assert scope_reason(sentence, trigger, "wanted", lang) is not None


@pytest.mark.parametrize(
    ("sentence", "trigger", "lang"),
    [
        ("Police have launched a search for the deserter in the Tula region.", "search", "en"),
        ("Military police are searching for the two soldiers who fled.", "searching", "en"),
        ("Полиция продолжает поиски беглеца в Тульской области.", "поиски", "ru"),
        ("Командование организовало поиск дезертира силами военной полиции.", "поиск", "ru"),
    ],
)
def test_a_search_by_the_state_stays(sentence: str, trigger: str, lang: str) -> None:
    assert scope_reason(sentence, trigger, "wanted", lang) is None


def test_a_mothers_search_headline_makes_no_event() -> None:
    text = (
        "'They told me he might have run': a Kursk mother's search for her son\n\n"
        "Anna has not heard from her son, a contract soldier, since March. His commander first "
        "said he had gone missing during an assault."
    )
    assert not of_type(events(text, "en", PUB), "wanted")


def test_a_mothers_search_by_its_noun_makes_no_event() -> None:
    text = (
        "Жительница Тулы не знает, где её сын-контрактник. Связь с ним пропала в марте. "
        "Мать продолжает поиски сына и просит откликнуться всех, кто его видел."
    )
    assert not of_type(events(text, "ru", PUB), "wanted")


# --- a death in combat told by the war, its cause before the verb, or after a return ---------
# Read articles j06, v06 and u06 (RU): a soldier who died at the war is no deserter's death
# (SCHEMA.md: killed or died while fleeing or during capture).


@pytest.mark.parametrize(
    "sentence",
    [
        "На стене сельского клуба висит список: девять местных мужчин погибли на войне.",
        "Курская область: в результате удара беспилотника погиб военнослужащий, двое ранены.",
        "Игорь погиб под Суджей в марте, уже после возвращения на фронт.",
    ],
)
def test_a_death_in_combat_is_no_deserters_death(sentence: str) -> None:
    assert scope_reason(sentence, "погиб", "death", "ru") == "victim"


@pytest.mark.parametrize(
    "sentence",
    [
        "При попытке уйти с позиций боец погиб в результате удара дрона.",
        "Беглец погиб при задержании в Курской области.",
        "Дезертир погиб в результате обстрела, когда пытался перейти границу.",
    ],
)
def test_a_death_while_fleeing_stays(sentence: str) -> None:
    assert scope_reason(sentence, "погиб", "death", "ru") is None

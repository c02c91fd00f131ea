"""Round 36 (who36): names and armed told where the earlier rules misread them (invented text
only).

- a man an event brings in unnamed ("another contract soldier was sentenced") whom the very next
  sentence names, first there, in an event of another type of him or in an identification frame
  ("The officer, Capt. X, ..."), is named (``people_next.name_told_next``); not where the event's
  sentence speaks of "he" (a man told before), the next sentence says "also"/"another", or tells
  an event of the same type (another man's);
- "armed" is not carried backward from a group told later to one man told before it
  (``carry.carry_armed``); a group's arms still carry forward to "one of them";
- a weapon supplied to others ("supplied the troops with ammunition") or taken to be passed on
  ("took ammunition ... and distributed it") is not the men's arms (``armed_supplied``,
  ``armed_supplied_after`` of ``lang/en/arguments.yaml``).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

PUB = "2025-11-12"


def _by(evs, type_):
    return of_type(evs, type_)


# ---- a name told in the next sentence ----------------------------------------------------------
ROUNDUP = {
    "en": (
        "The garrison court in Kostroma sentenced Corporal Ilya Fedunov to four years for "
        "desertion. Another contract soldier from the region was sentenced to two years under the "
        "same article. Timur Zakirov failed to return to his unit from leave in March and came "
        "back only in June."
    ),
    "ru": (
        "Костромской гарнизонный суд приговорил ефрейтора Илью Федунова к четырём годам за "
        "дезертирство. Ещё одного контрактника из региона приговорили к двум годам по той же "
        "статье. Тимур Закиров в марте не вернулся в часть из отпуска и приехал только в июне."
    ),
}
ZAKIROV = {"en": "Timur Zakirov", "ru": "Тимур Закиров"}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_man_named_in_the_next_sentence(lang: str) -> None:
    verdicts = _by(events(ROUNDUP[lang], lang, PUB), "sentence")
    assert [e.names for e in verdicts] == [
        ["Ilya Fedunov" if lang == "en" else "Илья Федунов"],
        [ZAKIROV[lang]],
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the event's sentence speaks of "he": the man told before, not the one named next
        (
            "A court in Barnaul sentenced two mobilised soldiers, Oleg Sinitsyn and Ruslan "
            "Kozhemyakin, to five and six years for desertion. In February he learned that he was "
            "on the wanted list and came to the prosecutor's office. Also convicted was contract "
            "soldier Marat Ildarov, who failed to report for service.",
            "en",
        ),
        (
            "Суд в Барнауле приговорил двоих мобилизованных Олега Синицына и Руслана Кожемякина к "
            "пяти и шести годам колонии. В марте он выяснил, что объявлен в розыск, и сам пришёл "
            "в прокуратуру. Также за самовольное оставление части был осуждён контрактник Марат "
            "Ильдаров, который не явился на службу.",
            "ru",
        ),
    ],
)
def test_he_and_also_keep_the_next_name_off(text: str, lang: str) -> None:
    wanted = _by(events(text, lang, PUB), "wanted")
    assert wanted and all(not e.names for e in wanted)


def test_the_next_sentence_of_the_same_type_is_another_man() -> None:
    text = (
        "The garrison court in Kostroma sentenced Corporal Ilya Fedunov to four years for "
        "desertion. A contract soldier from the region was sentenced to two years under the same "
        "article. Timur Zakirov was sentenced to three years for failing to return from leave."
    )
    verdicts = _by(events(text, "en", PUB), "sentence")
    unnamed = [e for e in verdicts if e.who and "contract soldier" in e.who]
    assert unnamed and unnamed[0].names == []


def test_an_apposition_of_the_story_descriptor_names_him() -> None:
    text = (
        "A Russian officer deserted from his unit in the Pskov region in March and crossed into "
        "Latvia, the outlet said. The officer, Capt. Yegor Lamkin, hid in a forest for two days "
        "before he reached the border."
    )
    assert _by(events(text, "en", PUB), "desertion")[0].names == ["Yegor Lamkin"]


def test_a_role_apposition_next_is_not_his_name() -> None:
    text = (
        "A soldier left his unit in the Kursk region, the regional site said. Dmitry Ozerov, his "
        "commander, said the man had not been paid."
    )
    assert _by(events(text, "en", PUB), "desertion")[0].names == []


# ---- armed: not backward from a later group ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A contract soldier deserted from his unit near Kupiansk in May, his wife said. In "
            "August, 12 soldiers of the same regiment fled their positions with their rifles and "
            "were detained by military police.",
            "en",
        ),
        (
            "Контрактник в мае ушёл из части под Купянском, рассказала его жена. В августе 12 "
            "бойцов того же полка ушли с позиций с автоматами, их задержала военная полиция.",
            "ru",
        ),
    ],
)
def test_a_later_groups_arms_are_not_one_mans_before(text: str, lang: str) -> None:
    flights = _by(events(text, lang, PUB), "desertion")
    assert [(e.count, e.armed) for e in flights] == [(1, None), (12, True)]


def test_a_groups_arms_still_carry_forward_to_one_of_them() -> None:
    text = (
        "Twelve soldiers fled their positions near Avdiivka with their rifles in August. One of "
        "them was detained in Rostov in September."
    )
    assert _by(events(text, "en", PUB), "detention")[0].armed is True


# ---- armed: a weapon supplied or passed on is not theirs --------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "We supplied the brigades with ammunition from all over Russia,\u201d he said.",
        "We took ammunition from the arsenals and distributed it to the brigades,\u201d he said.",
    ],
)
def test_a_supplied_weapon_is_not_his(said: str) -> None:
    text = (
        "A Russian lieutenant who fled to Lithuania was detained by border guards in Vilnius on "
        "Thursday. He said he had served in a supply battalion in the Bryansk region. \u201c" + said
    )
    assert _by(events(text, "en", PUB), "detention")[0].armed is None


def test_a_rifle_taken_along_is_still_his() -> None:
    text = (
        "A Russian lieutenant who fled to Lithuania was detained by border guards in Vilnius on "
        "Thursday. He had fled his unit with his service rifle, the border guard service said."
    )
    assert _by(events(text, "en", PUB), "detention")[0].armed is True


# ---- the man who caught him, a relative: not the deserter --------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Military police officer Lt. Pavel Grishko detained Corporal Semyon Taratuta at a bus "
            "station in Bryansk on Sunday, a month after Taratuta left his unit near Kreminna.",
            "en",
            ["Semyon Taratuta"],
        ),
        (
            "A deserter who fled his unit in Kostroma was caught nine days later by Senior "
            "Lieutenant Ivan Dolgikh, the commissar said.",
            "en",
            [],
        ),
        (
            "Старший лейтенант Павел Гришко в воскресенье задержал на автовокзале в Брянске "
            "ефрейтора Семёна Таратуту, который месяц назад ушёл из части.",
            "ru",
            [],
        ),
        (
            "Tamara Yelkina, whose son fled his unit near Vuhledar in June, said he was detained "
            "in Saratov last week.",
            "en",
            [],
        ),
        (
            "Тамара Елкина, чей сын в июне ушёл из части под Угледаром, рассказала, что его "
            "задержали в Саратове.",
            "ru",
            [],
        ),
    ],
)
def test_the_catcher_and_the_relative_are_not_named(text: str, lang: str, names: list) -> None:
    assert _by(events(text, lang, PUB), "detention")[0].names == names


def test_a_name_before_a_passive_capture_is_his() -> None:
    # (the accusative name before "задержал" is its object; a passive «задержан» is his own)
    for text in (
        "Ивана Долгих задержал участковый в Костроме через месяц после того, как он сбежал из "
        "части.",
        "Иван Долгих был задержан в Костроме через месяц после того, как сбежал из части.",
    ):
        assert _by(events(text, "ru", PUB), "detention")[0].names == ["Иван Долгих"]


def test_the_catchers_rank_is_not_the_who() -> None:
    text = (
        "Участковый уполномоченный лейтенант полиции Антон Дробышев задержал в Кинешме "
        "мобилизованного, который сбежал из части."
    )
    found = _by(events(text, "ru", PUB), "detention")[0]
    assert found.who is None or "лейтенант" not in found.who
    # (the man's own title before his name stays his: who_before_name)
    text = (
        "Рядовой Иван Долгих был задержан в Костроме через месяц после того, как сбежал из части."
    )
    assert _by(events(text, "ru", PUB), "detention")[0].who == "Рядовой"


def test_a_units_name_after_the_who_leaves_it() -> None:
    from types import SimpleNamespace

    from awol.extract.names import find_person_names
    from awol.extract.people_who import who_of_another
    from awol.model import Event, Evidence

    def drop(text: str, who: str, lang: str) -> str | None:
        e = Event(type="desertion", evidence=Evidence(text, 0, len(text)), who=who)
        sentence = SimpleNamespace(text=text)
        who_of_another([e], [0], [sentence], lambda i: find_person_names(text, lang), lang)
        return e.who

    text = "The commander of the Anna Kievskaya company escaped from the military unit himself."
    assert drop(text, "The commander of the", "en") == "The commander of the"
    text = "Старший лейтенант Павел Гришко задержал ефрейтора, который ушёл из части."
    assert drop(text, "лейтенант", "ru") is None


def test_a_headlines_passive_is_the_mans_own_capture() -> None:
    text = "Deserter Alexei Sokolov arrested in Tver after weeks on the run\n\nPolice said he fled."
    assert _by(events(text, "en", PUB), "detention")[0].names == ["Alexei Sokolov"]

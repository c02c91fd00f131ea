"""Round 33 (who33): someone else's name or weapon read as the deserter's (invented text).

- a name that is the object of a verb of harm in its clause is the victim's ("A deserter who
  stabbed a shop assistant, Pavel Yermakov", «застрелил пенсионера Николая Зуева»), unless the
  words between call him a deserter or an authority does the harm ("Border guards shot Ivan X,
  who had fled": he may be the deserter): ``harm_before`` of ``lang/people.yaml``;
- an "armed" cue right after the men who catch them is theirs ("border guards armed with machine
  guns", «пограничники, вооруженные автоматами»): ``armed_others_before``;
- English "leaving his assault rifle behind", "handed in his weapon" says unarmed, as Russian
  «оставив автомат» does.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.arguments import armed_cues
from awol.extract.lexicon import get_lexicon
from awol.extract.names import find_person_names
from awol.extract.people_roles import not_a_deserter


def _marked(text: str, lang: str) -> dict[str, bool]:
    return {m.normalized: not_a_deserter(text, m, lang) for m in find_person_names(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "name", "other"),
    [
        (
            "A deserter who stabbed a shop assistant, Pavel Yermakov, in a village near Tver "
            "was detained on Thursday.",
            "en",
            "Pavel Yermakov",
            True,
        ),
        (
            "Контрактник, сбежавший из части, застрелил в селе Белгородской области пенсионера "
            "Николая Зуева.",
            "ru",
            "Николай Зуев",
            True,
        ),
        (
            "В Тверской области задержан дезертир, который ранил ножом продавщицу магазина Анну "
            "Белову.",
            "ru",
            "Анна Белова",
            True,
        ),
        # the words between call him a deserter: the deserter himself
        (
            "Military police shot and wounded the deserter Ivan Petrov near Kursk.",
            "en",
            "Ivan Petrov",
            False,
        ),
        # an authority does the harm: he may be the deserter
        (
            "Border guards wounded Ivan Petrov, who had fled his unit, near the Finnish border.",
            "en",
            "Ivan Petrov",
            False,
        ),
        ("Пограничники ранили Ивана Петрова, который бежал из части.", "ru", "Иван Петров", False),
        # no harm: a detention's object is the man held
        (
            "Military police detained Kirill Vasin, a mobilized soldier from Perm.",
            "en",
            "Kirill Vasin",
            False,
        ),
    ],
)
def test_a_harmed_name_is_a_victim(text: str, lang: str, name: str, other: bool) -> None:
    assert _marked(text, lang)[name] is other


def test_the_victim_is_not_named_on_the_deserters_events() -> None:
    text = (
        "Контрактник, сбежавший из части, застрелил в селе Белгородской области пенсионера "
        "Николая Зуева. На следующий день его задержали, сообщил СК."
    )
    evs = events(text, "ru", "2025-11-20")
    assert evs and all(e.names == [] for e in evs)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A deserter was detained near Bryansk by border guards armed with machine guns.", "en"),
        ("Police officers, armed with rifles, detained a deserter in Lipetsk.", "en"),
        ("Пограничники, вооруженные автоматами, задержали дезертира под Брянском.", "ru"),
    ],
)
def test_the_catchers_arms_are_not_the_mens(text: str, lang: str) -> None:
    t, _ = armed_cues(text, get_lexicon(lang))
    assert t is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The deserter surrendered to police with his rifle on Monday.", "en"),
        ("Two soldiers armed with rifles fled their unit near Belgorod.", "en"),
    ],
)
def test_the_mens_own_arms_still_count(text: str, lang: str) -> None:
    t, _ = armed_cues(text, get_lexicon(lang))
    assert t is not None


def test_the_mens_own_arms_count_in_russian() -> None:
    t, _ = armed_cues("Дезертир сдался полицейским с автоматом в руках.", get_lexicon("ru"))
    assert t is not None


@pytest.mark.parametrize(
    "text",
    [
        "A marine slipped away from his base, leaving his assault rifle behind.",
        "He left his rifle in the barracks and walked out of the gate.",
        "The conscript handed in his weapon and did not come back from leave.",
    ],
)
def test_a_weapon_left_behind_is_unarmed(text: str) -> None:
    t, f = armed_cues(text, get_lexicon("en"))
    assert f is not None and t is None


def test_an_armed_group_does_not_arm_another_kind_of_man() -> None:
    """An armed group's arms carry to its own later events, not to a man of another service
    status told in the same story (``carry.other_kind``: "conscripts", "a contract soldier")."""
    text = (
        "Two conscripts fled their unit near Chita with their assault rifles on Sunday. "
        "A contract soldier who had left his regiment was detained in Chita on Monday. "
        "Both conscripts were detained in a village near Chita on Tuesday."
    )
    evs = events(text, "en", "2025-03-13")
    other = [e for e in evs if e.type == "detention" and e.who and "contract" in e.who]
    conscripts = [e for e in evs if e.type == "detention" and e.count == 2]
    assert other and all(e.armed is None for e in other)
    assert conscripts and all(e.armed is True for e in conscripts)


def test_markers_do_not_tell_another_man() -> None:
    from awol.extract.carry import other_kind

    assert other_kind("conscripts", "a contract soldier")
    assert not other_kind("former convicts", "Wagner fighters")  # (a Wagner convict is both)
    assert not other_kind("conscripts", "a Baltic Fleet sailor")
    assert not other_kind("conscripts", None)

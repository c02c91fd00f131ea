"""Round 36 (prec36): spurious events on unseen text, on invented sentences (my own wording),
each with a twin that is an event (a rule that blocks everything fails too).

- a tally over a bare count of months or a season ("Over six months, 45 men left the brigade",
  "In three months, 60 mobilised men went AWOL", "over that winter alone", "Since January,
  police have detained more than 150 deserters", «За ту зиму из роты ушли человек тридцать"):
  a figure, not a group's flight - ``figure_cues``, ``figure_period``, ``figure_about`` in
  ``lang/{en,ru}/figures.yaml``;
- an escape from prison, a remand centre or captivity, a prisoner of war's escape, and the
  search or capture told in the same sentence ("Two inmates escaped from a penal colony",
  «Заключённый сбежал из СИЗО, его ищет полиция»): no deserter's - ``nonevent: sentence:`` in
  ``lang/{en,ru}/events.yaml``;
- the plot of a film or a novel ("In the film, the hero deserts his unit"): ``nonevent:
  sentence:``;
- a draft evader sought or held ("A conscript who ignored his summons was put on the wanted
  list"): ``awol.extract.scope_more.draft_evasion``, now of searches and detentions too;
- a practice told in the imperfective present («Военнослужащих, самовольно оставивших часть,
  объявляют в розыск»): ``kind_present: practice`` in ``lang/ru/relevance.yaml`` -
  ``awol.extract.scope_more.practice_present``;
- a happening of history in the trigger's clause ("His grandfather deserted from the Red Army in
  1941"): ``nonevent: historical`` in ``lang/en/events.yaml``;
- a kind of people told by a present relative clause, then a present passive ("Soldiers who
  leave their units are put on the wanted list"): ``nonevent: generic_before`` in
  ``lang/en/events.yaml``.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import TRUE_LEAD, events, figures_by_value, scope_reason

PUB = "2026-05-20"


def _added(sentence: str, lang: str) -> list[tuple[str, int | None]]:
    """The events a sentence adds after a one-event lead (type, count)."""
    lead = TRUE_LEAD[lang]
    found = events(lead + sentence, lang, PUB)
    return [(e.type, e.count) for e in found if e.evidence.start >= len(lead)]


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("Over six months, 45 men left the brigade.", "en", 45),
        ("In three months, 60 mobilised men from Buryatia went AWOL.", "en", 60),
        ("Over that winter alone, about thirty men walked away from the battalion.", "en", 30),
        ("Since January, police in the region have detained more than 150 deserters.", "en", 150),
        ("За ту зиму из роты ушли человек тридцать.", "ru", 30),
    ],
)  # fmt: skip
def test_a_tally_over_a_period_is_a_figure(sentence: str, lang: str, value: int) -> None:
    assert _added(sentence, lang) == []
    assert value in figures_by_value(TRUE_LEAD[lang] + sentence, lang, PUB)


@pytest.mark.parametrize(
    ("sentence", "lang", "etype", "count"),
    [
        # one group at one time and place stays a flight
        ("In March, 45 men left the brigade near Belgorod without permission.", "en",
         "desertion", 45),
        ("Last winter, three soldiers walked away from their base near Luga.", "en",
         "desertion", 3),
        ("В мае из части под Белгородом ушли 45 человек.", "ru", "desertion", 45),
    ],
)  # fmt: skip
def test_one_group_stays_an_event(sentence: str, lang: str, etype: str, count: int) -> None:
    assert (etype, count) in _added(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A Ukrainian prisoner of war escaped from a camp in the Bryansk region.", "en"),
        ("Two inmates escaped from a penal colony in Mordovia.", "en"),
        ("An inmate escaped from a pretrial detention centre during a transfer and is being "
         "sought by police.", "en"),
        ("Two convicts broke out of a prison colony and were caught a day later.", "en"),
        ("A Russian soldier held by Ukraine escaped from a detention facility in Lviv last week.",
         "en"),
        ("Украинский военнопленный сбежал из лагеря в Брянской области.", "ru"),
        ("Заключённый сбежал из СИЗО во время этапирования, его ищет полиция.", "ru"),
        ("Двое осуждённых совершили побег из исправительной колонии, их задержали через сутки.",
         "ru"),
        ("In the film, the hero deserts his unit and hides in the taiga.", "en"),
        ("The series' main character deserts from the army in the first episode.", "en"),
    ],
)  # fmt: skip
def test_a_prisoners_escape_or_a_plot_is_no_desertion_story(sentence: str, lang: str) -> None:
    assert _added(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "etype"),
    [
        # recruits from a colony, a deserter who escaped custody, a flight from a hospital
        ("Six former inmates recruited to Storm-Z escaped from a training ground in the "
         "Belgorod region.", "en", "desertion"),
        ("A deserter who escaped from custody was caught again in Tula on Friday.", "en",
         "detention"),
        ("Police are searching for a soldier who escaped from a military hospital in Tver.",
         "en", "wanted"),
        ("Бывшие заключённые, завербованные в «Шторм Z», сбежали из части под Луганском.", "ru",
         "desertion"),
        ("Дезертира, сбежавшего из СИЗО, задержали в Туле.", "ru", "detention"),
        ("В Романовке задержали дезертира из части под Курском.", "ru", "detention"),
    ],
)  # fmt: skip
def test_their_twins_stay(sentence: str, lang: str, etype: str) -> None:
    assert etype in [t for t, _ in _added(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang", "reason"),
    [
        ("A conscript who ignored his summons was put on the wanted list.",
         "put on the wanted list", "wanted", "en", "other_crime"),
        ("Призывника, не явившегося в военкомат, объявили в розыск.", "объявили в розыск",
         "wanted", "ru", "other_crime"),
        ("Военнослужащих, самовольно оставивших часть, объявляют в розыск.",
         "объявляют в розыск", "wanted", "ru", "habitual"),
        ("Беглецов задерживают на вокзалах и отправляют обратно на фронт.", "задерживают",
         "detention", "ru", "habitual"),
        ("His grandfather deserted from the Red Army in 1941 and hid in the forest.",
         "deserted", "desertion", "en", "historical"),
        ("Soldiers who leave their units are put on the wanted list.",
         "put on the wanted list", "wanted", "en", "generic"),
    ],
)  # fmt: skip
def test_no_happening(sentence: str, trigger: str, etype: str, lang: str, reason: str) -> None:
    assert scope_reason(sentence, trigger, etype, lang) == reason


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang"),
    [
        # a soldier sought; a perfective past; a place named; "now"; a year of our time
        ("A conscript who fled his unit near Pskov was put on the wanted list.",
         "put on the wanted list", "wanted", "en"),
        ("Военнослужащего, самовольно оставившего часть, объявили в розыск.",
         "объявили в розыск", "wanted", "ru"),
        ("В Туле задерживают дезертира, сбежавшего из части.", "задерживают", "detention", "ru"),
        ("Сейчас беглецов задерживают на границе с Казахстаном.", "задерживают", "detention",
         "ru"),
        ("He served in the army in 1988 and deserted from his unit in 2023.", "deserted",
         "desertion", "en"),
        ("Two soldiers who left their unit near Kursk were put on the wanted list.",
         "put on the wanted list", "wanted", "en"),
    ],
)  # fmt: skip
def test_their_twins_are_happenings(sentence: str, trigger: str, etype: str, lang: str) -> None:
    assert scope_reason(sentence, trigger, etype, lang) is None

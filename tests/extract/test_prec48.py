"""Round 48 (prec48): false events that the schema does not code, stopped by group, on invented
articles.  Each has a twin that stays an event, so a rule that drops every such sentence fails.

- an English explainer's question: a sentence opened by a question word that tells nothing in the
  past ("How Russia hunts for its deserters, and what happens when it finds them") asks how a
  thing is done (``explainer:`` in ``lang/en/relevance.yaml``, scope_more.explainer); a past keeps
  the report ("How a soldier fled his unit and was caught in Tver");
- a victim's death: a reduced passive of killing with its result ("after farmer shot dead"), a
  person killed as he tried to stop the deserters (``victim: patterns`` in
  ``lang/en/relevance.yaml``, ``nonevent: death`` in ``lang/en/events.yaml``); a deserter shot
  dead as he ran keeps his death;
- a Russian killing verb whose object pronoun reads back to a victim named before it in an
  oblique case («напал на таксиста, убил его»: ``victim: back_pronouns`` in
  ``lang/ru/relevance.yaml``, victims._back_to_victim); «пограничники заметили беглеца и
  застрелили его» keeps the deserter's death.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

_EN_BODY = (
    "Police in the Tver region detained a contract soldier on Monday who had left his unit near "
    "Belgorod in January, the regional interior ministry said. The 24-year-old was handed over to "
    "the military commandant's office."
)


def test_an_explainers_question_is_no_search() -> None:
    got = types(
        "How Russia hunts for its deserters, and what happens when it finds them\n\n" + _EN_BODY,
        "en",
        "2025-03-14",
    )
    assert "wanted" not in got
    assert "detention" in got


@pytest.mark.parametrize(
    "title",
    [
        "Why military police search for runaway soldiers at railway stations",
        "What awaits a soldier who leaves his unit without leave",
    ],
)
def test_explainer_titles_without_a_past(title: str) -> None:
    from awol.extract.scope_more import explainer

    assert explainer(title, 0, len(title), "en")


@pytest.mark.parametrize(
    "title",
    [
        "How a Russian soldier fled his unit and was caught in Tver",
        "Why police put a runaway private on the wanted list",
        "When police stopped the car, they found a deserter",
    ],
)
def test_a_past_keeps_the_report(title: str) -> None:
    from awol.extract.scope_more import explainer

    assert not explainer(title, 0, len(title), "en")


_EN_FLIGHT = (
    "Convicts walk out of assault unit in Lysychansk\n\n"
    "Seven former convicts serving in an assault unit walked out of their detachment in occupied "
    "Lysychansk on Sunday, a Telegram channel reported. {}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "An officer of the republic's security ministry was killed as he tried to stop them, the "
        "channel said.",
        "A security ministry officer was killed while trying to stop them, the channel said.",
    ],
)
def test_killed_trying_to_stop_them_is_no_deserters_death(sentence: str) -> None:
    assert "death" not in types(_EN_FLIGHT.format(sentence), "en", "2025-03-14")


def test_a_deserter_shot_as_he_ran_keeps_his_death() -> None:
    sentence = (
        "One of the runaways was shot dead as he tried to cross a checkpoint, the channel said."
    )
    assert "death" in types(_EN_FLIGHT.format(sentence), "en", "2025-03-14")


def test_a_headlines_victim_shot_dead_is_no_deserters_death() -> None:
    text = (
        "Two Russian deserters detained after farmer shot dead in Belgorod region\n\n"
        "Police in the Tver region detained two contract soldiers on Monday who had left their "
        "unit near Belgorod in January, the regional interior ministry said."
    )
    got = types(text, "en", "2025-03-14")
    assert "death" not in got
    assert "detention" in got


_RU_FLIGHT = "Военный из Белгородской области сбежал из части в декабре, сообщили в полиции.\n\n{}"


def test_a_pronoun_back_to_the_victim_is_no_deserters_death() -> None:
    sentence = (
        "По данным следствия, после побега военный добрался до Курска, где 5 января напал на "
        "таксиста, убил его и забрал машину."
    )
    got = types(_RU_FLIGHT.format(sentence), "ru", "2025-03-14")
    assert "death" not in got
    assert "desertion" in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Пограничники заметили беглеца у границы и застрелили его.",
        "При задержании полицейский застрелил его.",
    ],
)
def test_the_deserter_killed_keeps_his_death(sentence: str) -> None:
    assert "death" in types(_RU_FLIGHT.format(sentence), "ru", "2025-03-14")


def test_killed_after_opening_fire_on_officers_keeps_the_deserters_death() -> None:
    text = (
        "Russian soldier who fled the front is killed in shootout with police\n\n"
        "A Russian soldier who deserted from the front in Ukraine was killed in a shootout with "
        "police in the Bryansk region after he opened fire on officers trying to detain him, "
        "regional authorities said on Tuesday."
    )
    assert "death" in types(text, "en", "2025-06-17")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Many of them were caught at train stations or during routine document checks.", "caught"),
        ("Many of the men her group has helped left their units more than once, she said.", "left"),
    ],
)
def test_a_part_of_a_kind_is_no_group_of_the_story(sentence: str, trigger: str) -> None:
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    s = sentence.index(trigger)
    assert (
        not_a_happening(sentence, "detention", s, s + len(trigger), get_lexicon("en")) == "generic"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Some of them were caught on Tuesday in Tver.",
        "Some of the seven were caught in Kursk.",
        "Most of the 12 men were caught within a week.",
        "Most of them were caught at train stations.",
    ],
)
def test_a_part_of_a_counted_or_dated_group_stays(sentence: str) -> None:
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    s = sentence.index("caught")
    assert not_a_happening(sentence, "detention", s, s + len("caught"), get_lexicon("en")) is None


def test_a_year_count_then_many_of_them_caught_is_no_detention() -> None:
    text = (
        "How Russia's regions deal with runaway soldiers\n\n"
        "More than 300 deserters were detained in 2025 in the Moscow region alone, the regional "
        "military prosecutor's office said in December. Many of them were caught at train "
        "stations or during routine document checks."
    )
    assert "detention" not in types(text, "en", "2026-01-20")


_FILM = (
    "A runaway private's long walk home\n\n"
    "Director Anna Lisitsyna's second feature, which opened a regional film festival on Friday, "
    "follows Private Gleb Sorokin, a shy 20-year-old who walks out of his barracks one winter "
    "night and spends the rest of the film trying to reach his mother's village.\n\n"
    "Military police appear only twice, and the manhunt that drives the second half of the film "
    "is shown through radio chatter and roadblocks glimpsed from a bus window."
)


def test_a_features_plot_is_no_happening() -> None:
    assert types(_FILM, "en", "2025-10-11") == []


def test_a_real_flight_told_beside_a_film_stays() -> None:
    text = (
        "Deserter detained in Orsk\n\n"
        "Police in Orsk detained a contract soldier on Monday who had walked out of his unit in "
        "the Orenburg region in May, the regional interior ministry said. His story resembles the "
        "plot of a recent film, his lawyer said."
    )
    assert "detention" in types(text, "en", "2025-10-11")


def test_most_of_the_storys_group_caught_stays_a_detention() -> None:
    text = (
        "Ten soldiers deserted from their unit in the Kursk region on Tuesday, police said. Most "
        "of them have been caught."
    )
    assert "detention" in types(text, "en", "2025-10-11")

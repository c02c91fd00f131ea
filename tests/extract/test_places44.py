"""Round 44 (place44).

A search is the act of the state that seeks: where the search's own clause names that state
right before its trigger (an authority with its state's adjective, "after Russian police put him
on the wanted list"; the man's home, "а дома его разыскивали", "на родине его искали"), the search
takes that state's country, not the place the rest of the sentence goes to (the country he fled
to, the war he refused).  Read sets: articles ar-05, au-08 (EN), ar-06, as-02 (RU), all coded RU.

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.story_authority import seeker_country

EN_ABROAD = (
    "Deserter seeks asylum in Georgia\n\n"
    "A former tank driver, Oleg Varnin, left his regiment in the spring. He reached Georgia after "
    "Russian authorities put him on their wanted list for refusing to fight."
)
EN_WAR = (
    "Wanted for desertion\n\n"
    "A mobilised man from Kirov slipped away from his unit in May. He went into hiding after "
    "Russian police put his name on the wanted list for refusing to serve in Ukraine."
)
RU_HOME = (
    "Дезертир попросил убежища в Грузии\n\n"
    "Бывший механик-водитель Олег Варнин ушёл из полка весной. Документов у него не было, а дома "
    "его разыскивали за дезертирство, поэтому он сам пришёл в грузинскую полицию."
)


@pytest.mark.parametrize(("text", "lang"), [(EN_ABROAD, "en"), (EN_WAR, "en"), (RU_HOME, "ru")])
def test_a_search_is_the_seeking_states_act(text: str, lang: str) -> None:
    sought = of_type(events(text, lang, "2025-03-02"), "wanted")
    assert sought, events(text, lang, "2025-03-02")
    assert all(e.country == "RU" and e.region is None for e in sought), sought


EN_HELD = (
    "Manhunt in occupied Melitopol\n\n"
    "Russian military police in occupied Melitopol are searching for two soldiers who left their "
    "positions on Sunday night, a partisan group said."
)


EN_HELD_FLED = (
    "Manhunt in the south\n\n"
    "Russian military police have launched a search for two soldiers who abandoned their posts "
    "in occupied Melitopol, a partisan group said on Monday."
)


@pytest.mark.parametrize("text", [EN_HELD, EN_HELD_FLED])
def test_a_search_in_a_place_the_seekers_forces_hold_stays_there(text: str) -> None:
    sought = of_type(events(text, "en", "2025-03-02"), "wanted")
    assert sought and all(e.region == "UA-23" for e in sought), sought


@pytest.mark.parametrize(
    ("text", "trigger", "lang", "country"),
    [
        ("He fled to Georgia after Russian police put him on the wanted list.", "put", "en", "RU"),
        (
            "Kazakh police detained him, and Russia had put him on the wanted list.",
            "put",
            "en",
            None,
        ),
        ("Дома его разыскивали за дезертирство.", "разыскивали", "ru", "RU"),
        ("Он уехал в Армению, где его разыскивали.", "разыскивали", "ru", None),
    ],
)
def test_the_seeker_is_read_in_the_searchs_own_clause(
    text: str, trigger: str, lang: str, country: str | None
) -> None:
    assert seeker_country(text, text.index(trigger), lang, None) == country

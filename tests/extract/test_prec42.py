"""Round 42 (prec42): sentences that tell what is done to a kind of people, not a happening.

Invented text.  Each probe is a reading main's extractor (round 41's end) got wrong, beside a twin
that must stay as it was:

- a step of a routine told in the simple present passive ("and the soldier is put on a wanted
  list", "then a case is opened") in a sentence that names no one and no time is no search and
  no case (real and invented gold code no such unanchored passive as an event);
- the people a rule, a procedure or an amnesty speaks of ("a rule that lets servicemen who left
  their units come back", «процедура возвращения ... бойцов, которые впервые самовольно оставили
  часть») are no group that fled, as those of a law already were.
"""

from __future__ import annotations

import pytest
from helpers import events, of_type

PUB = "2026-11-20"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "What usually follows is simple. His commander reports him to the garrison "
            "prosecutor, and the soldier is put on a wanted list.",
            "wanted",
        ),
        (
            "Lawyers describe a routine. Within weeks a criminal case is opened, and the runaway "
            "is usually placed on the federal wanted list.",
            "wanted",
        ),
        (
            "Lawyers describe a routine. The man is reported missing, and then a criminal case "
            "is opened against him for desertion.",
            "prosecution",
        ),
    ],
)
def test_a_step_of_a_routine_in_the_simple_present_passive_is_no_event(
    text: str, etype: str
) -> None:
    assert not of_type(events(text, "en", PUB), etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a date and a place anchor it: the notice of one man
        (
            "Police in Tver said on Monday that a soldier who fled his unit in May is put on the "
            "wanted list.",
            "wanted",
        ),
        # a past passive tells a happening
        (
            "A contract soldier who fled his unit near Kursk was put on the wanted list, police "
            "said.",
            "wanted",
        ),
        # a state in the present is news ("is wanted")
        ("A soldier who deserted from a unit in Pskov is wanted by the military police.", "wanted"),
    ],
)
def test_an_anchored_or_past_or_state_search_stays(text: str, etype: str) -> None:
    assert of_type(events(text, "en", PUB), etype)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Parliament prolonged a procedure that allows troops who deserted for the first time "
            "to come back. Deserters are a growing problem for the army.",
            "en",
        ),
        (
            "On Wednesday the parliament extended a rule that lets servicemen who abandoned their "
            "units without leave rejoin the army. Deserters are a growing problem.",
            "en",
        ),
        (
            "Рада продлила упрощённую процедуру возвращения на службу бойцов, которые впервые "
            "самовольно оставили подразделение. Дезертирство остаётся проблемой.",
            "ru",
        ),
        (
            "Новые правила касаются бойцов, которые ушли в СЗЧ, но добровольно вернулись в "
            "подразделение. Дезертиров будут судить по-прежнему.",
            "ru",
        ),
    ],
)
def test_the_people_a_rule_speaks_of_did_not_flee(text: str, lang: str) -> None:
    assert not of_type(events(text, lang, PUB), "desertion")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Two soldiers who deserted from a unit near Belgorod were detained on Friday, police "
            "said. Both are now in custody.",
            "en",
        ),
        (
            "В Самаре задержали двух бойцов, которые в октябре самовольно оставили подразделение. "
            "Их передали военной полиции.",
            "ru",
        ),
    ],
)
def test_a_group_that_fled_without_a_rule_stays(text: str, lang: str) -> None:
    assert of_type(events(text, lang, PUB), "desertion")

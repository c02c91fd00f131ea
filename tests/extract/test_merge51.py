"""Round 51 (merge51): a flight told in a relative clause of a person the sentence introduces
with an indefinite article ("a conscript who fled", "a sailor who did not come back") is a new
person's flight once the body has told the article's man's: it does not join that flight's event
(merging.new_person, ``introduced_before`` in lang/en/events.yaml), and where it is told as the
background of another type (a catch, a verdict) it makes an event of its own.  The lead's first
telling after a headline, a flight of a kind (no count, no name) and a flight of the man named
still join.  Small invented texts (no real incidents)."""

from __future__ import annotations

from tests.extract.helpers import events, of_type

from awol.extract.merge_words import introduced_anew

TWO_MEN = (
    "Contract soldier on the run after leaving a camp near Kamyshin\n\n"
    "Police in the Volgograd region have put a contract soldier on the federal wanted list after "
    "he left his unit with his rifle.\n\n"
    "Artyom Belousov, 31, vanished from a field camp near Kamyshin on the night of May 3, taking "
    "his rifle with him, the regional police said.\n\n"
    "Residents were asked to call the police if they saw him.\n\n"
    "In March, a conscript who fled a unit in Uryupinsk with a rifle was found and detained two "
    "days later."
)


def test_a_flight_of_a_man_introduced_anew_is_another_flight() -> None:
    got = of_type(events(TWO_MEN, "en", "2025-05-06"), "desertion")
    assert len(got) == 2
    assert any("Uryupinsk" in e.evidence.text for e in got)


VERDICT_OF_ANOTHER = (
    "Court jails mobilised soldier who left his unit near Svatove\n\n"
    "A garrison court in Penza has sentenced Denis Fomichev, a mobilised soldier, to six years in "
    "a penal colony for leaving his unit near Svatove in 2024.\n\n"
    "Fomichev walked away from his unit's positions in March 2024 and went home to Kuznetsk, the "
    "court said.\n\n"
    "In a neighbouring region, Kazakhstan handed over a Russian contract soldier who had "
    "deserted from his unit, and he was detained on arrival at a Samara airport."
)


def test_a_flight_in_a_later_act_of_a_man_introduced_anew_stays_apart() -> None:
    got = of_type(events(VERDICT_OF_ANOTHER, "en", "2025-06-02"), "desertion")
    assert len(got) == 2


LEAD = (
    "Soldier who fled his unit caught in Orenburg\n\n"
    "Police in Orenburg have detained a contract soldier who had fled his unit in the Belgorod "
    "region, the regional police said.\n\n"
    "He had left his unit in April."
)


def test_the_lead_after_a_headline_still_tells_the_headline_flight() -> None:
    got = of_type(events(LEAD, "en", "2025-06-02"), "desertion")
    assert len(got) == 1


def test_introduced_anew_reads_a_relative_clause_of_an_indefinite() -> None:
    s = "In March, a conscript who fled a unit"
    assert introduced_anew(s, s.index("fled"), "en")
    s = "Kazakhstan handed over a Russian contract soldier who had deserted"
    assert introduced_anew(s, s.index("deserted"), "en")
    s = "The soldier, who fled a unit"
    assert not introduced_anew(s, s.index("fled"), "en")
    s = "He said a lot of soldiers had fled"
    assert not introduced_anew(s, s.index("fled"), "en")

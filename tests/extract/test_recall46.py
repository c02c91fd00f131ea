"""Round 46 (recall46): the state's search and charges proposed by lemma and clause
(awol.extract.proposals, lang/en/proposals.yaml), on invented text.

- a search told in the forms the patterns list in a few shapes only: a warrant for someone's
  arrest in any word order ("Warrants for the arrest of ... have been put out"), "wanted by" the
  police, "is being sought", a hunt by officers or units, a reward for a tip; a charge, a case or
  proceedings begun, a notice of suspicion, a case sent to court;
- the telling of a state begins at its auxiliary ("are wanted", "is now being sought"), so the
  gates do not read a bare present as a habit;
- not asylum sought, a wish, a threat, a hypothetical, a practice ("a case is opened within
  weeks"), a case not opened ("without opening a case"), a lawyer's appeal, a command post;
- a sentence that tells the flight itself reads the proposals, in a document not yet a story.
"""

from __future__ import annotations

import pytest

from awol.extract.proposals import propose


def _proposed(sentence: str, story: bool = True) -> list[str]:
    return [t.type for t, _s, _e in propose(sentence, "en", set(), story)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Warrants for the arrest of Sukharev have been put out by the garrison court.", "wanted"),
        ("Both gunners are wanted by the commandant's office and the FSB.", "wanted"),
        ("Moscow has declared him internationally wanted for desertion.", "wanted"),
        ("The remaining two are still being sought by investigators.", "wanted"),
        ("The military police have been out hunting for Sukharev since Saturday.", "wanted"),
        ("A bounty was promised for any tip leading to his capture.", "wanted"),
        ("Investigators started proceedings against the private on Monday.", "prosecution"),
        ("Sukharev now faces two charges: desertion and theft of a weapon.", "prosecution"),
        ("On Monday the corporal was served a notice of suspicion.", "prosecution"),
        ("His case will go to the garrison court next month.", "prosecution"),
    ],
)
def test_a_search_or_a_charge_in_unlisted_shapes_is_proposed(sentence: str, kind: str) -> None:
    assert _proposed(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sukharev sought asylum in Georgia.",
        "Sukharev wanted to go home to his mother.",
        "If caught, Sukharev could face charges of desertion.",
        "Police are looking for evidence of who helped him.",
        "Sukharev was in charge of a mortar crew.",
        "A case is opened within a couple of weeks and a court hands down five years.",
        "He was returned to his regiment without opening a case.",
        "They told him: go to the front, or we open a case against you.",
        "His lawyer said he would take the case to the cassation court.",
        "Would the police start proceedings against a man who came back on his own?",
    ],
)
def test_asylum_a_wish_a_threat_a_practice_or_an_appeal_propose_nothing(sentence: str) -> None:
    assert _proposed(sentence) == []


def test_a_state_is_told_from_its_auxiliary() -> None:
    text = "Two others are wanted by the border police."
    ((_t, start, end),) = propose(text, "en", set(), True)
    assert text[start:end] == "are wanted"
    text = "He is now being sought for desertion."
    ((_t, start, end),) = propose(text, "en", set(), True)
    assert text[start:end] == "is now being sought"


def test_outside_a_story_no_search_is_proposed() -> None:
    assert _proposed("Warrants for the arrest of two men have been put out.", story=False) == []


ESCAPE = """Nine convict recruits escape from Belgorod training range

Warrants for the arrest of nine convicts who escaped from a military training ground near Belgorod have been put out, local media reported on Sunday.

The men had signed army contracts in exchange for release from prison.
"""


def test_the_sentence_that_tells_the_flight_reads_the_proposals() -> None:
    from tests.extract.helpers import pipeline_events

    got = {e["type"]: e for e in pipeline_events(ESCAPE, "en", "2024-07-29", origin="recall46")}
    assert set(got) == {"desertion", "wanted"}, got
    assert got["wanted"]["count"] == 9, got


def test_a_claim_told_then_its_teller_names_the_teller() -> None:
    from awol.extract.attribution import find_source
    from awol.extract.lexicon import get_lexicon

    src = find_source("The claim comes from the Kherson partisans' movement.", get_lexicon("en"))
    assert src is not None and src.text == "Kherson partisans' movement"

"""Round 44 (prop44): events told in words no trigger lists, proposed after the classifier by
lemma and clause (awol.extract.proposals, lang/en/proposals.yaml), on invented text.

- a search told by its means: police circulate, post or receive photos, posters or descriptions;
- custody as a state ("will spend two months in custody"): a detention, a step of one told before;
- confinement against one's will ("kept there against their will");
- a case about the absence itself, handled or heard ("the case over his absence is being heard");
- a summary killing of men who tried to get away ("commanders executed three soldiers who tried
  to retreat"), read outside a story too.
The classifier's features do not see these rules (the shipped model is unchanged).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import pipeline_events

from awol.extract.proposals import propose


def _proposed(sentence: str, story: bool = True) -> list[str]:
    return [t.type for t, _s, _e in propose(sentence, "en", set(), story)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The commandant's patrols have sent his photograph to every checkpoint.", "wanted"),
        ("Police in the district received descriptions of both runaways on Friday.", "wanted"),
        ("Police pasted posters of the two men at bus stops across the town.", "wanted"),
        ("The sergeant will spend the next two months in custody.", "detention"),
        ("The court extended his custody until the trial.", "detention"),
        ("About 60 refuseniks were kept in a hangar against their will.", "detention"),
        (
            "The case over his absence from the regiment is being heard by the garrison court.",
            "prosecution",
        ),
        (
            "A criminal case over their flight is being handled by military investigators.",
            "prosecution",
        ),
        ("Officers executed two privates who tried to retreat from the trench.", "death"),
    ],
)
def test_a_happening_in_unlisted_words_is_proposed(sentence: str, expected: str) -> None:
    assert expected in _proposed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Photo: a regional news site / Telegram.",
        "The police station was decorated with old photographs.",
        "He was released from custody last week.",
        "The family kept his letters in a drawer.",
        "The case over the missing money is being heard in a civil court.",
        "Commanders threatened to shoot anyone who tried to retreat.",
    ],
)
def test_captions_releases_and_other_cases_propose_nothing(sentence: str) -> None:
    assert not _proposed(sentence)


def test_story_rules_wait_for_a_story_but_a_killing_of_men_who_fled_does_not() -> None:
    assert _proposed("Police received descriptions of the men.", story=False) == []
    assert _proposed(
        "Officers executed two privates who tried to retreat from the trench.", story=False
    ) == ["death"]


ARTICLE = """Two marines from Baltiysk missing since Sunday

Two contract marines deserted from their unit near Baltiysk on Sunday night, the regional news site Vestnik-39 reported.

The commandant's office has sent photographs of both men to every police checkpoint in the Kaliningrad region.

One of them, Private Lev Gorshkov, was found on Tuesday at a friend's flat in Sovetsk.

Private Gorshkov will spend the next two months in custody.

The case over his absence from the unit is being handled by military investigators.
"""


def test_an_article_gains_the_search_and_the_case_and_keeps_one_detention() -> None:
    got = pipeline_events(ARTICLE, "en", "2026-03-04", origin="prop44")
    kinds = [e["type"] for e in got]
    assert "wanted" in kinds, got
    assert "prosecution" in kinds, got
    # the custody is a step of the catch told before it, no second detention
    assert kinds.count("detention") <= 1, got

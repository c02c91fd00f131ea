"""Round 53 (source53): the press of a country, a region or a kind as a lead's teller.

"Ukrainian media", "local media", «местные СМИ» name no one ("media" is generic), so the
article's carry never takes them; but the coders name such a teller for the event an article's
lead tells when the lead names none and the next sentences say the press reported it
(``media_teller`` of lang/*/attribution.yaml, ``article_sources._media_ahead``).  Carried to the
story's later events it was wrong (the invented gold gives them none), so only the lead's.

Invented sentences only.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import pipeline_events

from awol.extract.attribution_story import a_media_teller


def _sources(text: str, lang: str) -> list[tuple[str, str | None]]:
    got = pipeline_events(text, lang, "2026-12-07", "media53")
    assert got
    return [(e["type"], e.get("source")) for e in got]


def test_a_lead_takes_the_press_named_after_it() -> None:
    text = (
        "A Russian corporal drove his tank across the front line and surrendered to Ukrainian "
        "troops.\n\nUkrainian media reported on Thursday that he had planned the crossing with "
        "military intelligence for a month."
    )
    assert ("desertion", "Ukrainian media") in _sources(text, "en")


def test_not_over_a_teller_named_before() -> None:
    text = (
        "The regional police said a private had left his unit near Kursk in May. Local media "
        "reported on Friday that he was hiding at his brother's flat."
    )
    assert all(src != "Local media" for _t, src in _sources(text, "en"))


@pytest.mark.parametrize(
    ("name", "lang", "want"),
    [
        ("Ukrainian media", "en", True),
        ("local media in the region", "en", True),
        ("Russian state media", "en", True),
        ("the media", "en", False),
        ("media reports", "en", False),
        ("местных СМИ", "ru", True),
        ("СМИ", "ru", False),
    ],
)
def test_media_teller_words(name: str, lang: str, want: bool) -> None:
    assert a_media_teller(name, lang) is want

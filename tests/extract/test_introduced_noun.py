"""A lemma trigger that is a noun after "the" refers back to a happening told elsewhere ("the
defection", ``anaphoric_before``) unless the words after it introduce its people with an
indefinite or a number ("the defection of a Russian pilot", "the capture of three soldiers":
``introduced_after`` in lang/en/events.yaml, round 21).  Invented sentences."""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import _anaphoric


def _types(text: str) -> list[str]:
    return types(text, "en", "2025-05-14")


@pytest.mark.parametrize(
    ("text", "noun", "anaphoric"),
    [
        ("Kyiv released video of the defection of a Russian pilot on May 9.", "defection", False),
        ("Officials reported the capture of three soldiers near Bryanka.", "capture", False),
        ("Police confirmed the arrest of 12 deserters on Friday.", "arrest", False),
        ("The defection was filmed by Ukrainian intelligence.", "defection", True),
        ("Kyiv released video of the defection of the pilot.", "defection", True),
        ("His capture came two weeks later.", "capture", True),
    ],
)
def test_introduced_or_referred_back(text: str, noun: str, anaphoric: bool) -> None:
    s = text.index(noun)
    assert _anaphoric(text, s, get_lexicon("en"), s + len(noun)) is anaphoric


def test_introduced_noun_tells_the_happening() -> None:
    text = (
        "The Ukrainian military intelligence agency on Friday released video of the defection "
        "of a Russian pilot who flew his Mi-8 helicopter to an airfield in the Kharkiv region "
        "on May 9."
    )
    assert _types(text) == ["desertion"]

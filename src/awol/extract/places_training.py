"""Where a unit was training, as the place of a flight told beside it with no place of its own.

A brigade sent abroad for training loses men there: "as the regiment travelled to Germany for
training, 30 more men ran off" (the shape of train ren-112, coded with the training's country),
"while the battalion was training in Poland", «когда батальон проходил подготовку в Германии».  The place is the
destination of the unit's journey or stands in a clause of the training, not of the flight, so
the flight's own place reading leaves it out (a destination is where a flight went, not where it
left from).  The coders give such a flight the place of the training.

The words are data: ``training_before`` (right before the place) and ``training_after`` (right
after it) in ``lang/<lang>/story.yaml``.  Only one such place per sentence (country and
region), and none where the sentence tells a leave not come back from (``leave_not_unit``).
Round 54 (places54).
"""

from __future__ import annotations

import re

from awol.extract.places import PlaceMention
from awol.extract.story import one_place_near
from awol.extract.story_lex import story_words

_HINT = re.compile(r"(?i)train|exercis|drill|обучен|подготов|учеб|трениров|учени")
_AFTER = 40  # characters after a place read for "for training"
_BEFORE = 80  # characters before a place read for "training in"


def training_place(text: str, lang: str) -> PlaceMention | None:
    """The one place ``text`` names as where a unit trained ("training in Poland", "travelled
    to Germany for training"), or None."""
    if not _HINT.search(text):
        return None
    before = story_words(lang, "training_before", re.IGNORECASE)
    after = story_words(lang, "training_after", re.IGNORECASE)
    if before is None or after is None:
        return None
    return one_place_near(
        text,
        lang,
        lambda p: (
            before.search(text[max(0, p.start - _BEFORE) : p.start])
            or after.search(text[p.end : p.end + _AFTER])
        ),
    )

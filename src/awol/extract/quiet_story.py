"""A story that never makes anyone a soldier holds no desertion event (round 54, quiet54).

Real coders code nothing in a document whose headline names desertion but whose body tells of
someone the text never calls a soldier: a civilian who flew or walked over a border and was held
there (a headline about runaways' new tricks above a foreign man who landed a small plane in a
village garden and was taken by the border police), a relative's own search.  The extractor
reads such a document as on the topic by its headline alone and keeps the catch.

:func:`drop_unsoldierly` drops every event of a document with no desertion event whose body's
full sentences (after the headline; lines with no final stop, such as a repeated headline, a
standfirst or a "Read also" line, are left out) never name a soldier, an army, a unit or the act
of leaving one (``quiet_military`` in ``lang/<lang>/story.yaml``; a language without it has no
such rule).  The lead's review narrowed it: only a document whose headline (a line the body
leaves out) names desertion, and none of whose events is told in a sentence that names a soldier
or desertion itself ("Deserter detained in Kursk" above a line that names no soldier); without
those limits the rule emptied short texts and broke the sentence probe suites' pins.  A
document-level decision: what the story is about, not how one sentence is worded.
"""

from __future__ import annotations

import re

from awol.extract.lexicon import Lexicon
from awol.extract.sentences import Sentence
from awol.extract.story_lex import story_words
from awol.model import Event

_STOPS = (".", "!", "?", '"', "»", "”", "’", "…")


def drop_unsoldierly(
    events: list[Event], sentences: list[Sentence], head_end: int, lex: Lexicon
) -> list[Event]:
    """``events``, or none where no desertion is among them and the body never makes anyone a
    soldier (module doc)."""
    if not events or any(e.type == "desertion" for e in events):
        return events
    pattern = story_words(lex.lang, "quiet_military", re.IGNORECASE)
    if pattern is None:
        return events
    # an event told in a sentence that itself names a soldier or desertion ("Deserter detained
    # in Kursk") is the story's own: the rule is for a body that never does
    if any(pattern.search(e.evidence.text) or lex.topic.search(e.evidence.text) for e in events):
        return events
    body = [s.text for s in sentences if s.start >= head_end and s.text.rstrip().endswith(_STOPS)]
    # only a story that reaches the topic through its headline (a line the body leaves out names
    # desertion): a short text with no such line, a search notice or a court line that names no
    # soldier, is not judged by its body's words alone
    head = [s.text for s in sentences if s.start < head_end or not s.text.rstrip().endswith(_STOPS)]
    if not any(lex.topic.search(t) for t in head):
        return events
    if not body:
        return events
    if any(pattern.search(t) or lex.topic.search(t) for t in body):
        return events
    return []

"""Document-level rescue: an article the models read as a desertion story, from which the
sentence level extracted nothing, yields its desertion from the sentences surest of it.

The rules and the sentence classifier read one sentence at a time, and an article that tells a
flight in words neither knows ("refused to fight and walked home", "flew his helicopter to
Ukraine") loses its event whole: on held-out real train these were the "document-empty" misses.
Where nothing was extracted, the relevance model (over the whole article) reads it as reporting
a happening with probability >= ``rescue[0]`` and one of its candidate sentences holds a
desertion cue word with a desertion probability >= ``rescue[1]``, the article is read again with
the desertion of each such sentence taken as said (:attr:`awol.extract.mentions.Verdict.rescue`):
a trigger there counts, and with none the event is placed at the cue word; the sentence-level
gates (negation, law, habit, generic people) still apply, mentions of one happening merge and
the evidence is chosen as for any event, and its fields come from that sentence and the story.
Only desertions that tell a time or a place are kept from that reading (:func:`told`), and an
article that tells draft evasion anywhere is not read again.  Both thresholds are the
model's (``rescue`` in its meta, chosen on held-out real train: :data:`awol.extract.train.RESCUE`).
"""

from __future__ import annotations

from dataclasses import replace

from awol.extract.mentions import Verdict
from awol.extract.merging import extra_pattern
from awol.model import Event

RESCUED = "desertion"  # the type an article's story is read as


def rescue_sentences(
    verdicts: dict[int, Verdict],
    relevance: float | None,
    thresholds: tuple[float, float] | None,
    text: str = "",
    lang: str = "en",
) -> list[int]:
    """The sentences to read the article's desertion from (see the module): none in an article
    ``text`` that tells draft evasion (``draft_evasion`` in ``lang/*/events.yaml``)."""
    if thresholds is None or relevance is None or relevance < thresholds[0]:
        return []
    evasion = extra_pattern(lang, "draft_evasion")
    if evasion is not None and evasion.search(text) is not None:
        return []
    return [
        i
        for i, v in sorted(verdicts.items())
        if RESCUED in v.cues and v.probs.get(RESCUED, 0.0) >= thresholds[1]
    ]


def told(events: list[Event]) -> list[Event]:
    """The events a rescued reading yields: its desertions that tell a time or a place (the
    coders' "a reported leaving": ../shared/corpus/dev/README.md).  Other types are left out:
    the reading takes away the gates that keep an article off the topic, not only the doubt of
    one sentence."""
    return [e for e in events if e.type == RESCUED and (e.date_text or e.place_text)]


def rescued(verdict: Verdict) -> Verdict:
    """``verdict`` with its desertion taken as said."""
    return replace(verdict, rescue=RESCUED)

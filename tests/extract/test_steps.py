"""A step after a happening told before joins it (``Trigger.step``, merging.Drafts.merge_steps).

A hand-over ("handed over to the military commandant's office", "escorted back to his unit") is
a detention's next step: after a detention told before it adds to that detention (no place of
its own, never its evidence); told alone it is the detention.  Invented texts (round 27,
recall27).
"""

from __future__ import annotations

from tests.extract.helpers import events
from tests.extract.helpers import of_type as _of

from awol.extract.lexicon import get_lexicon


def _held(text: str) -> list:
    return _of(events(text, "en", "2025-11-20"), "detention")


def test_hand_over_patterns_are_steps() -> None:
    assert any(t.step and t.type == "detention" for t in get_lexicon("en").triggers)


def test_hand_over_after_a_detention_joins_it() -> None:
    held = _held(
        "A soldier who left his unit in the Kursk region without permission was detained by "
        "traffic police in a village near Pskov on Wednesday. "
        "On Thursday he was handed over to the military commandant's office in Smolensk."
    )
    assert len(held) == 1
    (d,) = held
    assert d.evidence.text.startswith("A soldier who left his unit")
    assert d.region == "RU-PSK"  # the stop's place, not the office's


def test_hand_over_alone_is_the_detention() -> None:
    held = _held(
        "Traffic police in the Tver region stopped a car on Monday night and found a private "
        "who had walked off his base in September. "
        "He was handed over to the military commandant's office."
    )
    assert len(held) == 1


def test_escort_back_alone_is_the_detention_and_a_hotel_is_no_unit() -> None:
    assert (
        len(
            _held(
                "The runaway private was escorted back to his regiment by military police on Friday, a week after he deserted."
            )
        )
        == 1
    )
    assert _held("The journalists were escorted back to their hotel after the briefing.") == []


def test_a_thing_found_is_no_detention() -> None:
    text = (
        "A conscript walked off his base in the Tver region with his rifle on Monday. "
        "His rifle was found in a field near the village on Tuesday."
    )
    assert _held(text) == []


def test_found_in_a_forest_is_the_detention_or_joins_it() -> None:
    alone = (
        "A conscript who went missing from his base in the Tver region on Monday was found in "
        "a forest on Wednesday, police said."
    )
    assert len(_held(alone)) == 1
    after = (
        "Police detained a conscript who had walked off his base in the Tver region, the "
        "regional police said on Thursday. The man was found in a dacha near Rzhev."
    )
    (d,) = _held(after)
    assert d.evidence.text.startswith("Police detained")


class _CountedMentions(list):
    """A draft's mentions that count how often they are read through."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self.reads = 0

    def __iter__(self):
        self.reads += 1
        return super().__iter__()


def test_merge_steps_reads_only_the_drafts_near_each_step(monkeypatch) -> None:
    # a long text's steps look up the drafts within MERGE_WINDOW sentences, not every draft of
    # the text for each step (round 27: 2.9 s of a 10 MB text's reader, growing with its square)
    from types import SimpleNamespace

    from awol.extract import merging

    monkeypatch.setattr(merging, "compatible", lambda d, m, retelling=False: True)
    gap = 10 * merging.MERGE_WINDOW

    def mention(i: int) -> SimpleNamespace:
        return SimpleNamespace(
            type="detention",
            sentence=SimpleNamespace(index=i, text="was handed over"),
            start=0,
            end=15,
            places=["x"],
        )

    drafts = merging.Drafts()
    held = [merging.Draft(_CountedMentions([mention(k * gap)])) for k in range(200)]
    drafts.all = list(held)
    drafts.steps = [mention(k * gap + 1) for k in range(200)]
    drafts.merge_steps()
    # every step joined the detention told right before it, and took no place of its own
    assert [len(d.mentions) for d in drafts.all] == [2] * 200
    assert all(d.mentions[1].places == [] and d.mentions[1].retold for d in drafts.all)
    # the last draft is read to be indexed and by its own step, not by the 199 steps far from it
    assert held[-1].mentions.reads <= 5

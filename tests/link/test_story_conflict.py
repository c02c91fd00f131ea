"""Reports of different stories that share a generic sentence (outlet boilerplate, wire phrasing)
are not linked through it: a story's place and time stated once count for its vague events
(``score.stories_conflict``, the ``story_conflict`` feature)."""

from __future__ import annotations

import datetime as dt
import random

from awol.link import Linker
from awol.link import score as _score
from awol.link.features import document_features

GENERIC = "Local residents described the search operation in the village."
_WORDS = (
    "commander unit border relatives court lawyer mother village checkpoint train station "
    "road forest morning evening letter video statement channel prosecutor garrison"
).split()


def _ev(typ: str, evidence: str, *, date: str | None = None, region: str | None = None,
        count: int | None = None) -> dict:  # fmt: skip
    return {"type": typ, "date": date, "date_text": None, "place_text": None, "country": "RU",
            "region": region, "count": count, "count_qualifier": "exact" if count else None,
            "who": "soldiers" if count else None, "names": [], "armed": None, "source": None,
            "evidence": {"text": evidence, "start": 0, "end": len(evidence)}}  # fmt: skip


def _report(i: int, region: str, day: dt.date, *, count: int = 2, generic: bool = True) -> dict:
    """A desertion report (placed, dated) whose story also says the generic sentence, read as
    an unplaced, undated ``wanted`` event."""
    events = [_ev("desertion", f"{count} soldiers fled their unit in {region} on {day}.",
                  date=day.isoformat(), region=region, count=count)]  # fmt: skip
    if generic:
        events.append(_ev("wanted", GENERIC, count=count))
    # each report in its own words around the two sentences (not near-duplicates)
    rng = random.Random(i)
    words = " ".join(rng.choice(_WORDS) for _ in range(60))
    text = " ".join(e["evidence"]["text"] for e in events) + " " + words
    return {"id": f"r{i:04d}", "url": f"https://x.example/{i}", "outlet": f"Outlet {i % 7}",
            "published": (day + dt.timedelta(days=2)).isoformat(), "language": "en",
            "title": f"Report {i}", "text": text, "events": events, "figures": []}  # fmt: skip


def _wanted_links(lk: Linker) -> list:
    return [p for p in lk.links if lk.events[p[0]]["type"] == "wanted"]


def test_different_stories_sharing_a_generic_sentence_are_not_linked():
    day = dt.date(2024, 3, 4)
    a = _report(1, "RU-ROS", day)
    b = _report(2, "RU-KRS", day + dt.timedelta(days=3))  # another region, another day
    lk = Linker()
    lk.record = []
    lk.add([a, b])
    assert _wanted_links(lk) == []
    # the pair was a candidate, and what keeps it apart is the stories' contradiction
    x = next(x for k1, k2, x in lk.record if lk.events[k1]["type"] == "wanted")
    assert "story_conflict" in x and "words" in x


def test_the_same_story_sharing_the_sentence_is_linked():
    """The control: two reports of one desertion (same region and day) link their vague events
    too (so the test above fails if the generic sentence alone stopped linking)."""
    day = dt.date(2024, 3, 4)
    lk = Linker()
    lk.add([_report(1, "RU-ROS", day), _report(2, "RU-ROS", day)])
    assert len(_wanted_links(lk)) == 1


def test_stories_conflict_needs_every_pair_of_a_type_to_contradict():
    day = dt.date(2024, 3, 4)
    a = document_features([dict(e, doc="a", idx=i, published="2024-03-06")
                           for i, e in enumerate(_report(1, "RU-ROS", day)["events"])])  # fmt: skip
    b_evs = _report(2, "RU-KRS", day)["events"]
    b_evs.append(_ev("desertion", "Two fled in Rostov.", date=day.isoformat(), region="RU-ROS"))
    b = document_features([dict(e, doc="b", idx=i, published="2024-03-06")
                           for i, e in enumerate(b_evs)])  # fmt: skip
    assert _score.stories_conflict(a, b[:2]) == {"desertion"}
    # one desertion of b agrees with a's (same region and day): no conflict
    assert _score.stories_conflict(a, b) == frozenset()


def test_events_rebuilt_per_chunk_stay_bounded_as_a_shared_sentence_archive_grows():
    """An archive where every report of a different story repeats the generic sentence: the
    vague events do not chain the stories into one component, so what a chunk rebuilds (events
    whose incidents are rebuilt) does not grow with the archive."""
    regions = ["RU-ROS", "RU-KRS", "RU-BEL", "RU-VOR", "RU-SAR", "RU-BRY", "RU-MOS", "RU-TVE"]

    def archive(n: int) -> list[dict]:
        start = dt.date(2023, 1, 1)
        # one report a day, each region every eighth day (its desertions never a day apart)
        return [_report(i, regions[i % len(regions)], start + dt.timedelta(days=i),
                        count=1 + i % 3) for i in range(n)]  # fmt: skip

    per_chunk = []
    for n in (300, 1200):
        docs = archive(n + 60)
        lk = Linker()
        lk.add(docs[:n])
        lk.changes()
        before = lk._comp.built
        lk.add(docs[n:])
        lk.changes()
        per_chunk.append(lk._comp.built - before)
        biggest = max((len(v) for v in lk._comp.imembers.values()), default=1)
        assert biggest < 20, biggest
    assert per_chunk[1] <= 1.5 * per_chunk[0] + 10, per_chunk


def test_reports_of_different_happenings_sharing_boilerplate_are_not_copies():
    """Two reports whose text is mostly an outlet's standard paragraphs look like near-duplicates
    to the MinHash index; when their events contradict (another region, another day) they are
    not copies of one report (no ``copies`` evidence, no copy group); the same text telling the
    same happening is."""
    boiler = " ".join(f"standard paragraph word{j} of the outlet" for j in range(40))
    day = dt.date(2024, 3, 4)
    a = dict(_report(1, "RU-ROS", day), text=boiler + " Two fled in Rostov.")
    b = dict(_report(2, "RU-KRS", day + dt.timedelta(days=9)), text=boiler + " Two fled in Kursk.")
    lk = Linker()
    lk.add([a, b])
    assert lk.duplicates() == [] and lk.dups.pairs == {}
    assert lk.state_rows()["copies"] == []
    c = dict(_report(3, "RU-ROS", day), text=boiler + " Two fled in Rostov!")
    lk.add([c])
    assert [g["documents"] for g in lk.duplicates()] == [["r0001", "r0003"]]

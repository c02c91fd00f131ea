"""What an update costs follows what the new documents touch (counters, not timings): the
incidents rebuilt and the incidents given out after a chunk do not grow with the archive."""

from __future__ import annotations

import datetime as dt

from awol.link import Linker


def _doc(i: int, name: str, day: dt.date, *, text: str | None = None, typ: str = "desertion",
         published: dt.date | None = None) -> dict:  # fmt: skip
    doc = {
        "id": f"d{i:05d}",
        "published": (published or day + dt.timedelta(days=2)).isoformat(),
        "language": "en",
        "title": f"Report {i}",
        "events": [{"type": typ, "date": day.isoformat(), "country": "RU", "region": "RU-ROS",
                    "count": 1, "count_qualifier": "exact", "names": [name],
                    "who": "a soldier", "evidence": {"text": f"{name} fled on {day}."}}],
    }  # fmt: skip
    if text is not None:
        doc["text"] = text
    return doc


def _person_archive(n: int) -> list[dict]:
    """One man's story told n times about n different days: one case (same person), no
    incident links between the reports (days far apart)."""
    start = dt.date(2023, 1, 1)
    return [_doc(i, "Ivan Petrov", start + dt.timedelta(days=9 * i)) for i in range(n)]


def test_incidents_rebuilt_per_update_do_not_grow_with_the_story():
    """A report restating one happening of a long story rebuilds the incidents of what its
    links reach (the restated happening), not every event of the story's cluster."""
    rebuilt = []
    for n in (20, 120):
        docs = _person_archive(n)
        lk = Linker()
        lk.add(docs)
        lk.changes()
        assert len(lk.cases()) == 1  # the archive is one story (one cluster)
        before = lk._comp.built
        day = dt.date.fromisoformat(docs[n // 2]["events"][0]["date"])
        lk.add([_doc(n, "Ivan Petrov", day)])  # the same happening as report n/2
        ch = lk.changes()
        rebuilt.append(lk._comp.built - before)
        assert any(len(i["events"]) == 2 for i in ch["incidents"])  # linked to its restatement
    assert rebuilt[0] == rebuilt[1] <= 3, rebuilt


def test_a_later_copy_gives_out_only_what_its_original_changes():
    """A syndicated copy published after its group's original changes no other document's
    original: only its own incident is given out, however large the group of copies."""
    given = []
    for n in (10, 60):
        text = "Word " * 5 + " ".join(f"common{j}" for j in range(40))
        start = dt.date(2023, 1, 1)
        # n copies of one text telling one man's flight (copies whose events contradict
        # are not copies: tests/link/test_story_conflict.py)
        docs = [_doc(i, "Ivan Petrov", start, text=text,
                     published=dt.date(2024, 1, 1) + dt.timedelta(days=i))
                for i in range(n)]  # fmt: skip
        lk = Linker()
        lk.add(docs)
        lk.changes()
        assert len(lk.duplicates()) == 1 and len(lk.duplicates()[0]["documents"]) == n
        late = _doc(n, "Oleg Sidorov", start - dt.timedelta(days=400), text=text,
                    typ="detention", published=dt.date(2025, 1, 1))  # fmt: skip
        lk.add([late])
        ch = lk.changes()
        given.append(len(ch["incidents"]))
        assert [e for i in ch["incidents"] for e in i["events"]] == [[late["id"], 0]]
        assert lk.duplicate_of() == lk._duplicate_of()
    assert given == [1, 1]

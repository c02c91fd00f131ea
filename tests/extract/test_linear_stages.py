"""The document-level stages that read every event or figure of a long text read only the few near
each one, with the same answers as reading them all (the quadratic versions are kept here as the
reference): a 3 MB text's figure dedupe and occurrence look-up grew 4x per MB from 0.5 to 3 MB."""

from __future__ import annotations

import math
import random
from dataclasses import replace

import awol.extract.story_dates as story_dates
from awol.extract.figures import _ROUNDED_SHARE, _round, dedupe_figures
from awol.extract.story_dates import OCCURRED_REACH, Occurrence, occurrences_near
from awol.model import Evidence, Figure


def _dedupe_all(figures: list[Figure]) -> list[Figure]:
    """dedupe_figures as it was: every rounded value against every precise one, every figure
    against every kept one."""
    precise = [f.value for f in figures if not _round(f.value)]
    out: list[Figure] = []
    for f in figures:
        if _round(f.value) and any(
            abs(p - f.value) <= _ROUNDED_SHARE * f.value and p != f.value for p in precise
        ):
            continue
        same = next((i for i, k in enumerate(out) if k.value == f.value), None)
        if same is None:
            out.append(f)
            continue
        kept = out[same]
        out[same] = replace(kept, source=kept.source or f.source, as_of=kept.as_of or f.as_of)
    return out


def _figures(rng: random.Random, n: int) -> list[Figure]:
    values = [1000, 2000, 3000, 200_000, 1_500_000, 4000]
    out = []
    for i in range(n):
        kind = rng.random()
        if kind < 0.3:
            v: float | int = rng.choice(values)  # rounded
        elif kind < 0.6:
            base = rng.choice(values)
            # precise values near a rounded one, some just inside the share, some just outside
            v = base + rng.choice([-1, 1]) * rng.choice(
                [1, 7, int(base * _ROUNDED_SHARE), int(base * _ROUNDED_SHARE) + 1, base // 10]
            )
        elif kind < 0.7:
            v = rng.choice(values) + 0.5  # a float
        else:
            v = rng.randint(1, 3000)
        ev = Evidence(f"s{i}", i, i + 1)
        source = rng.choice([None, "A", "B"])
        as_of = rng.choice([None, "2024-01"])
        out.append(Figure("m", v, ev, as_of=as_of, source=source))
    return out


def test_dedupe_figures_same_as_reading_all() -> None:
    rng = random.Random(11)
    for n in (0, 1, 2, 5, 20, 200):
        for _ in range(30):
            figs = _figures(rng, n)
            assert dedupe_figures(figs) == _dedupe_all(figs)
    # exactly at the share's edge: 1000 * 0.035 = 35
    edge = [Figure("m", v, Evidence("x", 0, 1)) for v in (1035, 965, 1036, 1000, 964)]
    assert dedupe_figures(edge) == _dedupe_all(edge)


def test_occurrences_near_same_as_reading_all() -> None:
    rng = random.Random(5)
    types = ("desertion", "detention", "death")
    for _ in range(200):
        idx = sorted(rng.sample(range(60), rng.randint(0, 25)))
        occurred = [
            Occurrence(i, None, (), tuple(t for t in types if rng.random() < 0.5)) for i in idx
        ]
        for i in range(-3, 65):
            for etype in types:
                every = [
                    o for o in occurred if abs(o.index - i) <= OCCURRED_REACH and etype in o.types
                ]
                assert occurrences_near(occurred, i, etype) == every


def test_occurrences_near_reads_only_its_window(monkeypatch) -> None:
    """Each look-up reads the statements of its window (and a few steps of bisection), not all."""
    reads = {"n": 0}
    at = story_dates._at

    def counting(o: Occurrence) -> int:
        reads["n"] += 1
        return at(o)

    monkeypatch.setattr(story_dates, "_at", counting)

    def work(n: int) -> int:
        reads["n"] = 0
        occurred = [Occurrence(i, None, (), ("desertion",)) for i in range(0, 3 * n, 3)]
        for i in range(0, 3 * n, 3):
            occurrences_near(occurred, i, "desertion")
        return reads["n"]

    small, large = work(1000), work(4000)
    # (two bisections of log2(n) steps each per look-up: 4x the statements, ~4.9x the reads;
    # reading them all would be 16x)
    assert large < 6 * small
    assert large <= 4000 * 2 * (math.log2(4000) + 2)


def _charges_all(drafts: list) -> list:
    """charges_of_verdicts as it was: every charge against every verdict."""
    verdicts = [d for d in drafts if d.type == "sentence" and d.names]
    if not verdicts:
        return drafts
    dropped: set[int] = set()
    for d in drafts:
        if d.type != "prosecution" or not d.names:
            continue
        for v in verdicts:
            if not d.names <= v.names:
                continue
            dd, vd = d.date, v.date
            if dd is not None and vd is not None and dd.value != vd.value:
                continue
            dropped.add(id(d))
            break
    return [d for d in drafts if id(d) not in dropped]


def test_charges_of_verdicts_same_as_reading_all() -> None:
    from types import SimpleNamespace

    from awol.extract.merging import charges_of_verdicts

    rng = random.Random(3)
    people = ["A", "B", "C", "D", "E"]
    for _ in range(500):
        drafts = []
        for _k in range(rng.randint(0, 12)):
            names = set(rng.sample(people, rng.choice([0, 0, 1, 1, 2, 3])))
            date = rng.choice([None, SimpleNamespace(value="2024-05"), SimpleNamespace(value="")])
            etype = rng.choice(["sentence", "prosecution", "desertion"])
            drafts.append(SimpleNamespace(type=etype, names=names, date=date))
        assert list(map(id, charges_of_verdicts(drafts))) == list(map(id, _charges_all(drafts)))


def test_courts_near_same_as_reading_all() -> None:
    from types import SimpleNamespace

    from awol.extract.story_courts import courts_near

    rng = random.Random(9)
    for _ in range(300):
        court_at = sorted(rng.choice(range(30)) for _k in range(rng.randint(0, 12)))
        courts = [SimpleNamespace(region=rng.choice("ABC"), n=k) for k in range(len(court_at))]
        for i in range(-2, 33):
            every = {
                p.region: p for p, at in zip(courts, court_at, strict=True) if i - 1 <= at <= i
            }
            assert courts_near(courts, court_at, i) == every


def test_date_in_the_story_same_as_reading_all(monkeypatch) -> None:
    """The event told before an undated one ("six months later") found by bisection: the same
    as the last of every dated event that starts before it or in its sentence (round 45)."""
    import awol.extract.dates as dates
    from awol.extract.story_dates import date_in_the_story

    def every(events: list) -> None:  # the old reading, for the reference
        todo = [e for e in events if e.date is None and e.date_text]
        order = sorted((e for e in events if e.date), key=lambda e: e.evidence.start)
        for e in todo:
            found = [
                d
                for d in dates.find_dates(e.date_text, "en", "2024-06-30")
                if d.text == e.date_text
            ]
            if not found or not found[0].anchor or not found[0].offset:
                continue
            # (or in its own sentence: link45, "who slipped out ... last Saturday ... was
            # tracked down the following evening")
            before = [x for x in order if x.evidence.start <= e.evidence.start]
            value = dates.resolve_offset(before[-1].date, found[0].offset) if before else None
            if value:
                e.date = value

    from types import SimpleNamespace

    rng = random.Random(4)
    resolved = 0
    for _ in range(100):
        made = []
        for _k in range(rng.randint(0, 10)):
            start = rng.randint(0, 40)
            dated = rng.random() < 0.5
            made.append(
                (
                    rng.choice(["2023-03", "2023-05-02", "2022"]) if dated else None,
                    None if dated else rng.choice(["six months later", "two days later", None]),
                    start,
                )
            )

        a, b = (
            [
                SimpleNamespace(date=d, date_text=t, evidence=Evidence("x", s, s + 1))
                for d, t, s in made
            ]
            for _n in range(2)
        )
        date_in_the_story(a, "en", "2024-06-30")
        every(b)
        assert [e.date for e in a] == [e.date for e in b]
        resolved += sum(
            e.date is not None and t is not None for e, (_d, t, _s) in zip(a, made, strict=True)
        )
    assert resolved > 20  # (the cases reach the offsets)

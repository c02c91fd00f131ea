"""What linking costs where coverage is dense: bounded per event, whatever the archive holds."""

from __future__ import annotations

import random
from datetime import date, timedelta

from awol.link import Linker
from awol.link.linker import COPY_CAP

from .test_link import doc, ev


def _dense(n: int, seed: int = 2) -> list[dict]:
    """``n`` one-event reports of unnamed desertions in one region within a few days: every
    pair shares the blocks of region, type and time."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        day = f"2024-05-{10 + rng.randrange(3):02d}"
        e = ev("desertion", day, "RU-ROS", count=rng.choice([1, 2, 3]), who="soldier")
        out.append(
            doc(f"d{i:04d}", "2024-05-14", [e], text=f"report {i} " + "x " * rng.randrange(9))
        )
    return out


def test_a_dense_bucket_costs_at_most_cap_candidates_per_event():
    docs = _dense(400)
    free = Linker(cap=None)
    free.add(docs)
    capped = Linker(cap=40)
    capped.add(docs)
    assert free.comparisons > 400 * 150  # every earlier report of the bucket
    assert capped.comparisons <= 400 * 40
    assert capped.links  # still links what it compares


def test_the_cap_changes_nothing_below_it():
    docs = _dense(60)
    free, capped = Linker(cap=None), Linker(cap=100)
    free.add(docs)
    capped.add(docs)
    assert capped.links == free.links and capped.comparisons == free.comparisons


def test_a_large_group_of_copies_is_compared_with_its_first_copies_only():
    text = ("The regional court sentenced a contract soldier who left his unit in the Rostov "
            "region in May to five years in a penal colony, the court's press service said. ")  # fmt: skip
    # published a month apart, undated, placeless: they meet through their copies only
    docs = [doc(f"c{i:03d}", (date(2020, 1, 1) + timedelta(days=30 * i)).isoformat(),
                [ev("sentence", None, None, None, 1)], text=text * 3 + f" Outlet {i}.")
            for i in range(60)]  # fmt: skip
    lk = Linker()
    lk.add(docs)
    assert len(lk.dups.pairs) > 60  # they are all copies of each other
    assert 0 < lk.comparisons <= 60 * COPY_CAP
    assert len(lk.duplicates()) == 1


def test_a_month_dated_event_of_an_undated_page_meets_its_candidates():
    """Blocking must not drop a plausible pair: an event dated only to a month, on a page with
    no publication date and no region, still meets the country's events of that month (and the
    one after), whichever of the two is added first; other months stay apart."""
    undated = doc("ru-u", None, [ev("desertion", "2025-08", country="NO", count=1)],
                  language="ru")  # fmt: skip
    dated = doc("ru-d", "2025-08-23", [ev("desertion", "2025-08-21", country="NO", count=1)],
                language="ru")  # fmt: skip
    later = doc("ru-l", "2025-12-02", [ev("desertion", "2025-12-01", country="NO", count=1)],
                language="ru")  # fmt: skip
    for order in ([undated, dated], [dated, undated]):
        linker = Linker()
        linker.add(order)
        assert linker.comparisons == 1, order
    linker = Linker()
    linker.add([undated, later])
    assert linker.comparisons == 0

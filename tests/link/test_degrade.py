"""The degraded reading (link/degrade.py): gold events left out and fields nulled at the rates
a held-out extraction loses them; deterministic, and it never invents a value."""

from __future__ import annotations

from awol.link.degrade import FIELDS, degrade, loss_rates


def _ev(**kw: object) -> dict:
    e = {"type": "desertion", "date": "2024-03-04", "date_text": "March 4", "region": "RU-ROS",
         "country": "RU", "count": 2, "count_qualifier": "exact", "names": ["Ivan Petrov"],
         "place_text": "Rostov", "who": "two soldiers", "armed": True,
         "evidence": "Two soldiers fled."}  # fmt: skip
    e.update(kw)
    return e


def test_loss_rates_count_what_the_extraction_lacks_of_the_gold():
    gold = [{"id": "a", "events": [_ev(), _ev(region=None)]}, {"id": "b", "events": [_ev()]}]
    preds = [{"id": "a", "events": [_ev(region=None), _ev(names=[])]}, {"id": "b", "events": []}]
    r = loss_rates(gold, preds, [("a", 0, 0), ("a", 1, 1)])
    assert r["region"] == 1.0  # the one aligned gold region is lost (the other gold has none)
    assert r["names"] == 0.5 and r["date"] == 0.0
    assert r["event"] == round(1 - 2 / 3, 3)  # b's event has no extracted event


def test_degrade_only_removes_and_is_reproducible():
    docs = [{"id": f"d{i}", "events": [_ev() for _ in range(4)]} for i in range(30)]
    rates = dict.fromkeys(FIELDS, 0.3) | {"event": 0.2}
    out, to_gold = degrade(docs, rates, seed=0)
    assert (out, to_gold) == degrade(docs, rates, seed=0)
    assert degrade(docs, rates, seed=1)[0] != out
    n = sum(len(d["events"]) for d in out)
    assert 0.6 * 120 < n < 0.95 * 120
    nulled = 0
    for d in out:
        for i, e in enumerate(d["events"]):
            g = docs[0]["events"][to_gold[(d["id"], i)]]
            for f in FIELDS:
                assert e[f] in (g[f], None, [])  # kept or removed, never changed
                nulled += e[f] != g[f]
            if e["date"] is None:
                assert e["date_text"] is None
    assert 0.2 * n * len(FIELDS) < nulled < 0.4 * n * len(FIELDS)
    # no loss: the gold itself
    assert degrade(docs, {}, seed=0)[0] == docs

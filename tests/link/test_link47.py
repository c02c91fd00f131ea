"""Round 47 (link47i): the link model judged -- and, as a measure, fitted -- on what it will see.
The gold events of train degraded the way an extraction degrades them -- a field lost for every
event of an article together, at a multiple of the rates the held-out extraction of train loses
it (``python -m awol.link.fit --degrade-scale S --degrade-by-document``) -- and with
``--fit-degraded`` the weights fitted on those pairs beside the gold ones (``fit.FIT_MAIN``)."""

from __future__ import annotations

import numpy as np

from awol.link import fit
from awol.link import fit_readings as readings
from awol.link.degrade import FIELDS, degrade
from awol.link.fit import _fit_weights


def _ev(**kw: object) -> dict:
    e = {"type": "desertion", "date": "2025-01-08", "date_text": "on Wednesday",
         "region": "RU-KRS", "country": "RU", "count": 1, "count_qualifier": "exact",
         "names": ["Pavel Korzun"], "place_text": "Kursk", "who": "a contract soldier",
         "armed": None, "evidence": "A contract soldier left his unit."}  # fmt: skip
    e.update(kw)
    return e


def test_a_field_is_lost_for_every_event_of_an_article_together():
    docs = [{"id": f"d{i}", "events": [_ev() for _ in range(4)]} for i in range(40)]
    rates = dict.fromkeys(FIELDS, 0.5)
    out, to_gold = degrade(docs, rates, seed=0, by_document=True)
    assert (out, to_gold) == degrade(docs, rates, seed=0, by_document=True)
    kinds = set()
    for d in out:
        named = {bool(e["names"]) for e in d["events"]}
        regions = {e["region"] for e in d["events"]}
        assert len(named) <= 1 and len(regions) <= 1, d  # all or none of the article's events
        kinds |= named
        for e in d["events"]:
            assert e["date_text"] is None or e["date"] is not None  # the date's words go with it
    assert kinds == {True, False}  # some articles keep the name, some lose it
    # per event (the default), the events of one article lose their fields apart
    apart, _ = degrade(docs, rates, seed=0)
    assert any(len({bool(e["names"]) for e in d["events"]}) == 2 for d in apart)


def test_the_fit_options_set_the_degraded_readings_and_restore_the_shipped_fit():
    try:
        fit._configure(2.0, True, 2, True)
        assert readings.DEGRADE_SCALE == 2.0 and readings.DEGRADE_BY_DOCUMENT
        assert readings.TRAIN_ON == ("gold", "extracted", "degraded", "degraded1")
        assert fit.FIT_MAIN == ("gold", "degraded", "degraded1")
    finally:
        fit._configure(1.0, False, 1, False)
    # the shipped model: fitted on the gold pairs, judged on one degraded reading per event
    assert readings.TRAIN_ON == ("gold", "extracted") and fit.FIT_MAIN == ("gold",)
    assert readings.DEGRADED_SEEDS == 1 and not readings.DEGRADE_BY_DOCUMENT


def test_pairs_that_lost_the_name_teach_the_weaker_evidence():
    """Gold pairs link by the name; their degraded copies lost it and link by the distinctive
    words the two reports share: fitted on both (``--fit-degraded``), ``tokens`` weighs more
    than on the gold alone (pairs fitted as extracted ones only teach what no gold positive
    shows)."""
    pairs, y = [], []
    for i in range(30):  # gold: 10 links with the name and a word in common, 20 non-links
        pos = i < 10
        x = {"bias": 1.0, "name": 1.0, "tokens": 1.0} if pos else {"bias": 1.0}
        if not pos and i % 4 == 0:
            x["tokens"] = 1.0
        pairs.append((("a", i), ("b", i), x))
        y.append(1.0 if pos else 0.0)
    n_gold = len(pairs)
    for i in range(30):  # degraded: the same pairs, the name lost
        (_, _, x), lab = pairs[i], y[i]
        pairs.append((("a", i), ("b", i), {k: v for k, v in x.items() if k != "name"}))
        y.append(lab)
    labels = np.array(y)
    try:
        fit._configure(1.0, True, 1, True)  # --fit-degraded
        with_degraded = _fit_weights(pairs, labels, src=["gold"] * n_gold + ["degraded"] * n_gold)
    finally:
        fit._configure(1.0, False, 1, False)
    as_extracted = _fit_weights(pairs, labels, src=["gold"] * n_gold + ["extracted"] * n_gold)
    assert with_degraded["tokens"] > as_extracted["tokens"] + 0.2, (with_degraded, as_extracted)

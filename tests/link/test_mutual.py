"""A pair under the link threshold by at most ``Linker.margin`` links only as a mutual best
match (each event's best candidate in the other's document); the fit's threshold sweep counts
any threshold and margin from one linking (``fit.Linked``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.link import Linker
from awol.link import score as _score

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"
needs_dev = pytest.mark.skipif(not (DEV / "gold.jsonl").exists(), reason=f"no dev corpus at {DEV}")


def _docs() -> list[dict]:
    from awol.evaluate.linking import oracle_input

    gold = [json.loads(x) for x in (DEV / "gold.jsonl").read_text("utf-8").splitlines() if x]
    return oracle_input(gold)


def _linked(docs: list[dict], t: float, margin: float, batches: int = 1) -> Linker:
    lk = Linker(threshold=t, margin=margin)
    lk.record = []
    lk.mutual = set()
    for i in range(batches):
        lk.add(docs[i::batches])
    return lk


@needs_dev
def test_links_under_the_threshold_are_mutual_best_matches():
    docs = _docs()
    w, _ = _score.model()
    t = 1.5  # high: some pairs of the dev corpus score under it
    plain = _linked(docs, t, 0.0)
    wide = _linked(docs, t, 2.0)
    scores = {}
    for a, b, x in wide.record:
        scores[(a, b)] = scores[(b, a)] = _score.weigh(x, w)
    assert set(plain.links) <= set(wide.links)
    extra = [(a, b) for a, b in wide.links if (a, b) not in plain.links]
    assert extra, "the margin adds no link on dev: the test proves nothing"
    for a, b in extra:
        s = wide.links[(a, b)]
        assert t - 2.0 <= s < t
        # no pair of the two documents holding a or b scores higher
        for (p, q), v in scores.items():
            if p in (a, b) and q[0] in (a[0], b[0]) and {p, q} != {a, b}:
                assert v <= s + 1e-9, (a, b, s, p, q, v)
    # one decision per pair of documents: the order of add() calls does not matter
    assert dict(_linked(docs, t, 2.0, batches=3).links) == dict(wide.links)


@needs_dev
def test_sweep_counts_each_margin_as_a_linking_at_it():
    from awol.evaluate.linking import load_gold_links
    from awol.link.fit_counts import Linked
    from awol.link.fit_readings import Reading

    docs = _docs()
    gold = [json.loads(x) for x in (DEV / "gold.jsonl").read_text("utf-8").splitlines() if x]
    incidents, cases = load_gold_links(DEV)
    reading = Reading(docs, gold, incidents or [], cases or [])
    w, _ = _score.model()
    once = Linked(reading, w, 0.0, 2.0)
    for t, m in ((0.0, 0.0), (1.5, 0.0), (1.5, 1.0), (1.5, 2.0), (2.5, 0.5)):
        assert once.counts(t, m) == Linked(reading, w, t, m).counts(t, m), (t, m)


@needs_dev
def test_the_unseen_and_degraded_readings_are_judged_never_fitted_on():
    from awol.evaluate.linking import oracle_input
    from awol.link.fit_readings import readings, training_pairs

    gold = [json.loads(x) for x in (DEV / "gold.jsonl").read_text("utf-8").splitlines() if x]
    preds = oracle_input(gold)
    reads = readings(DEV, None, True, preds, True, preds)
    assert set(reads) == {"gold", "extracted", "degraded", "unseen"}
    # the extraction given is the gold itself: nothing lost, every event aligned
    assert reads["extracted"].rates["event"] == 0.0
    assert reads["unseen"].to_gold == {(d["id"], i): i for d in preds
                                       for i in range(len(d["events"]))}  # fmt: skip
    _, _, src = training_pairs(reads)
    assert set(src) == {"gold", "extracted"}

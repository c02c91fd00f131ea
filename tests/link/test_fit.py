"""The fit of the pair-scoring model: folds by story, a logistic fit that stays finite."""

from __future__ import annotations

import numpy as np

from awol.link.fit import fit_logistic, story_folds


def test_story_folds_keep_each_story_in_one_fold():
    gold = [{"id": f"d{i}", "events": [{}] * (1 + i % 3)} for i in range(12)]
    groups = [
        {"incident": "a", "events": [["d0", 0], ["d1", 0]]},
        {"case": "b", "events": [["d1", 0], ["d5", 0], ["d7", 1]]},  # joins a's documents too
        {"incident": "c", "events": [["d2", 0], ["d3", 0], ["missing", 0]]},
    ]
    fold = story_folds(gold, groups, 3)
    assert set(fold) == {g["id"] for g in gold}
    assert fold["d0"] == fold["d1"] == fold["d5"] == fold["d7"]
    assert fold["d2"] == fold["d3"]
    assert set(fold.values()) == {0, 1, 2}
    assert story_folds(gold, groups, 3) == fold  # deterministic


def test_logistic_fit_stays_finite_on_separable_pairs():
    # one feature separates the classes perfectly: plain Newton steps overshoot, the damped fit
    # keeps the weights finite and ordered
    X = np.array([[1.0, 1.0, 0.0]] * 5 + [[1.0, 0.0, 0.0]] * 40 + [[1.0, 0.0, 1.0]] * 3)
    y = np.array([1.0] * 5 + [0.0] * 40 + [1.0, 0.0, 0.0])
    w = fit_logistic(X, y, np.array([-4.0, 1.0, 0.5]))
    assert np.all(np.isfinite(w)) and np.max(np.abs(w)) < 50
    assert w[1] > w[2] > 0 > w[0]


def test_signed_fit_keeps_agreements_non_negative():
    # column 2 is an agreement that, on these pairs, co-occurs with negatives: unconstrained it
    # would weigh against a link; with its sign fixed it stays at 0 and column 1 is refitted
    X = np.array([[1.0, 1.0, 0.0]] * 8 + [[1.0, 0.0, 1.0]] * 6 + [[1.0, 0.0, 0.0]] * 10)
    y = np.array([1.0] * 8 + [0.0] * 6 + [0.0] * 5 + [1.0] * 5)
    free = fit_logistic(X, y, np.zeros(3), l2=0.1)
    assert free[2] < 0
    w = fit_logistic(X, y, np.zeros(3), l2=0.1, signs=np.array([0, 1, 1]))
    assert w[2] == 0.0 and w[1] > 0


def test_threshold_is_the_middle_of_the_best_plateau():
    from awol.link.fit_counts import plateau_middle

    def row(t, fb, p=0.9):
        return {"threshold": t, "fbeta": fb, "precision": p}

    curve = [row(-1.0, 0.5), row(-0.5, 0.8), row(0.0, 0.8), row(0.5, 0.8), row(1.0, 0.7),
             row(1.5, 0.8)]  # fmt: skip
    t, best = plateau_middle(curve)
    assert t == 0.0 and best["fbeta"] == 0.8  # the widest run of the best, its middle
    t, _ = plateau_middle([row(-1.0, 0.8), row(-0.5, 0.8), row(0.0, 0.7)])
    assert t == -0.75  # an even run: halfway between its edges
    t, _ = plateau_middle([row(-1.0, 0.8, 0.9), row(-0.5, 0.8, 0.95), row(0.0, 0.8, 0.95)])
    assert t == -0.25  # equal F-beta: the higher precision first


def test_other_deals_shuffle_the_stories_but_keep_each_in_one_fold():
    gold = [{"id": f"d{i}", "events": [{}] * (1 + i % 3)} for i in range(30)]
    groups = [{"incident": "a", "events": [["d0", 0], ["d1", 0], ["d9", 0]]},
              {"incident": "b", "events": [["d2", 0], ["d3", 0]]}]  # fmt: skip
    first = story_folds(gold, groups, 5)
    assert story_folds(gold, groups, 5, seed=0) == first
    deals = [story_folds(gold, groups, 5, seed=s) for s in range(1, 4)]
    for fold in deals:
        assert fold["d0"] == fold["d1"] == fold["d9"] and fold["d2"] == fold["d3"]
        assert set(fold.values()) == set(range(5))
    assert any(fold != first for fold in deals)  # other deals, other folds
    assert story_folds(gold, groups, 5, seed=2) == deals[1]  # deterministic


def test_margin_keeps_the_threshold_off_the_edge_of_a_cliff():
    from awol.link.fit_counts import margin_curve, plateau_middle

    def row(t, fb):
        return {"threshold": t, "fbeta": fb, "precision": 0.9}

    # the best single point (-1.0) sits beside a fall (-1.1); the flat stretch from -0.9 to
    # -0.7 is a hair lower but its neighbours hold
    curve = [row(-1.2, 0.70), row(-1.1, 0.75), row(-1.0, 0.882), row(-0.9, 0.881),
             row(-0.8, 0.881), row(-0.7, 0.881), row(-0.6, 0.86)]  # fmt: skip
    assert plateau_middle(curve)[0] == -1.0
    t, best = plateau_middle(margin_curve(curve, 1))
    assert t == -0.9 and best["threshold"] == -0.9  # its worst neighbour holds, its mean is best
    assert plateau_middle(margin_curve(curve, 0))[0] == -1.0  # no margin: as before


def test_thin_pairs_are_held_back_by_a_fixed_weight():
    """A pair with only type, time and counts in common gets the fixed ``thin`` weight, which the
    fit does not move; a place, a word or a name in common makes it no longer thin."""
    from awol.link.features import features
    from awol.link.fit import _fit_weights
    from awol.link.score import FIXED, pair_features

    def ev(doc, **kw):
        return features({"doc": doc, "idx": 0, "type": "desertion", "count": 1,
                         "date": "2024-05", "published": "2024-05-20", **kw})  # fmt: skip

    x = pair_features(ev("a"), ev("b"))
    assert x is not None and x.get("thin") == 1.0
    x = pair_features(ev("a", region="RU-ROS"), ev("b", region="RU-ROS"))
    assert x is not None and "thin" not in x
    pairs = [(("a", 0), ("b", 0), {"bias": 1.0, "thin": 1.0})] * 5
    pairs += [(("a", 0), ("c", 0), {"bias": 1.0, "region_same": 1.0})] * 5
    w = _fit_weights(pairs, np.array([1.0] * 5 + [0.0] * 5))
    assert w["thin"] == FIXED["thin"]


def test_evidence_words_leave_out_common_words_and_names():
    from awol.link.text import evidence_words

    a = evidence_words(
        "The soldier drove off in an armoured vehicle near Kupyansk", ("Ivan Petrov",)
    )
    b = evidence_words("Petrov, a soldier, fled in an armoured vehicle", ("Ivan Petrov",))
    common = a & b
    assert any(w.startswith("rmrd") for w in common)  # "armoured"
    assert not any(w.startswith("sldr") for w in common)  # "soldier": every report says it
    assert "ptrv" not in b  # the name is compared as a name


def _doc(did, events, published="2024-05-20"):
    return {"id": did, "language": "en", "outlet": did, "published": published,
            "title": did, "url": f"https://example.org/{did}", "events": events}  # fmt: skip


def _desertion(**kw):
    return {"type": "desertion", "date": "2024-05-10", "country": "RU", "region": "RU-ROS",
            "count": 1, "names": ["Ivan Petrov"], "evidence": {"text": "Ivan Petrov fled."},
            **kw}  # fmt: skip


def test_extracted_reading_labels_pairs_by_the_gold_events_they_align_with():
    """The fit learns from extracted events too: a pair of extracted events is labelled by the
    gold events they are aligned with; a pair with an event aligned with nothing has no label
    and is left out."""
    from awol.link.fit_readings import Reading

    gold = [_doc("a", [_desertion()]), _doc("b", [_desertion()]),
            _doc("c", [_desertion(names=["Oleg Sidorov"], region="RU-BEL")])]  # fmt: skip
    incidents = [{"incident": "i1", "events": [["a", 0], ["b", 0]]}]
    preds = [_doc("a", [{"type": "detention", "evidence": {"text": "He was detained."}},
                        _desertion(names=[])]),  # the name lost, the event second
             _doc("b", [_desertion()]),
             _doc("c", [_desertion(names=[], region=None)])]  # fmt: skip
    to_gold = {("a", 1): 0, ("b", 0): 0}  # c's desertion is aligned with nothing
    r = Reading(preds, gold, incidents, incidents, to_gold)
    pairs, y = r.pairs()
    got = {(a, b): lab for (a, b, _), lab in zip(pairs, y, strict=True)}
    assert got == {(("a", 0), ("b", 0)): 1.0}
    assert r.gold_key(("a", 1)) == ("a", 0) and r.gold_key(("c", 0)) is None


def test_sweep_counts_an_event_not_extracted_as_a_missed_gold_pair():
    """Linking from extracted events is scored on the gold pairs: a gold event nobody
    extracted stays a singleton and costs recall, as ``awol evaluate`` scores it."""
    from awol.link.fit_counts import _sweep
    from awol.link.fit_readings import Reading
    from awol.link.score import PRIOR

    gold = [_doc("a", [_desertion()]), _doc("b", [_desertion()]), _doc("c", [_desertion()])]
    incidents = [{"incident": "i1", "events": [["a", 0], ["b", 0], ["c", 0]]}]
    full = Reading(gold, gold, incidents, incidents)
    assert _sweep(full, dict(PRIOR), (0.0,))[0.0] == (3, 3, 3, 3, 3, 3)
    preds = [_doc("a", [_desertion()]), _doc("b", [_desertion()]), _doc("c", [])]
    part = Reading(preds, gold, incidents, incidents, {("a", 0): 0, ("b", 0): 0})
    assert _sweep(part, dict(PRIOR), (0.0,))[0.0] == (1, 1, 3, 1, 1, 3)
    # pairs with a document of the held-out fold {"c"}: both of c's gold pairs, none found
    assert _sweep(part, dict(PRIOR), (0.0,), {"c"})[0.0] == (0, 0, 2, 0, 0, 2)


def test_evidence_only_extraction_shows_is_learned_from_extracted_pairs():
    """Weights come from the gold pairs; an agreement no positive gold pair shows (name_text:
    the extraction lost the name the article writes) is fitted on the extracted pairs, and a
    weak agreement the extracted pairs would inflate keeps its gold weight."""
    from awol.link.fit import _fit_weights
    from awol.link.score import PRIOR

    gold = [(("a", 0), ("b", 0), {"bias": 1.0, "name": 1.0, "ctx_region": 1.0})] * 20
    gold += [(("a", 0), ("c", 0), {"bias": 1.0, "ctx_region": 1.0})] * 20
    gold += [(("a", 0), ("d", 0), {"bias": 1.0})] * 40
    yg = [1.0] * 20 + [0.0] * 60
    ext = [(("a", 0), ("b", 0), {"bias": 1.0, "name_text": 1.0, "ctx_region": 1.0})] * 18
    ext += [(("a", 0), ("e", 0), {"bias": 1.0, "name_text": 1.0})] * 2
    ext += [(("a", 0), ("b", 0), {"bias": 1.0, "ctx_region": 1.0})] * 10  # name lost, no text
    ye = [1.0] * 18 + [0.0] * 2 + [1.0] * 10
    pairs, y = gold + ext, np.array(yg + ye)
    src = ["gold"] * len(gold) + ["extracted"] * len(ext)
    alone = _fit_weights(gold, np.array(yg))
    both = _fit_weights(pairs, y, src=src)
    assert alone["name_text"] == PRIOR["name_text"]  # never seen: the prior
    assert both["name_text"] > alone["name_text"] + 0.5
    assert both["ctx_region"] == alone["ctx_region"] and both["name"] == alone["name"]
    pooled = _fit_weights(pairs, y)  # without src: every pair is fitted alike
    assert pooled["ctx_region"] > alone["ctx_region"]

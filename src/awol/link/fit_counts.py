"""The held-out counts of the linker's choices (:mod:`awol.link.fit`): a reading's documents
linked once with a set of weights (:class:`Linked`) and counted at every threshold and
mutual-best margin, the F-beta that judges them, and the choice of the threshold (the middle of
the best plateau of the curve) and of the margin."""

from __future__ import annotations

from awol.link import score as _score
from awol.link.fit_readings import Reading

BETA = 0.5  # the threshold maximises the held-out F-beta: precision weighs 1/BETA times recall
# how far under the threshold a mutual best match may still link (``Linker.margin``): the
# grid the fit chooses from held out (``choose_margin``)
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)


def _sweep(reading: Reading, weights: dict[str, float], thresholds: tuple[float, ...],
           held: set[str] | None = None, margin: float = 0.0) -> dict[float, tuple[int, ...]]:  # fmt: skip
    """threshold -> (true, predicted, gold) cross-document incident pairs of the linker on the
    reading's documents with these weights, then the same for case pairs (:class:`Linked`),
    at one mutual-best ``margin``."""
    lk = Linked(reading, weights, min(thresholds), margin, held)
    return {t: lk.counts(t, margin) for t in thresholds}


class Linked:
    """A reading's documents linked once with these weights, at the lowest threshold ``low``
    (and mutual-best ``margin``), and counted at any higher threshold and smaller margin:
    the links of a higher threshold are those of at least its score (one-to-one matching is
    greedy strongest first, so weaker pairs never change it), plus, with a margin, those under
    it by at most the margin that are mutual best matches (``Linker.mutual``: one at a cut is
    one at any); its incidents are rebuilt from them (``Linker.from_state``)."""

    def __init__(self, reading: Reading, weights: dict[str, float], low: float,
                 margin: float = 0.0, held: set[str] | None = None) -> None:  # fmt: skip
        from awol.link import Linker
        from awol.link.outputs import _ekey

        old = _score.model
        _score.model = lambda: (weights, low)  # type: ignore[assignment]
        try:
            lk = Linker(threshold=low, margin=margin)
            lk.mutual = set()
            lk.add(reading.docs)
            self.state = lk.state()
            keys = lk._ids.keys
            self.mutual = {(_ekey(keys[a]), _ekey(keys[b])) for a, b in lk.mutual}
        finally:
            _score.model = old
        self.reading = reading
        self.held = held
        self.rest = {k for k in reading.universe if held is not None and k[0] not in held}
        self.features: dict = {}  # the same events at every threshold: their features once
        self.memo: dict = {}  # the links kept -> their counts (thresholds of a plateau)

    def counts(self, t: float, m: float = 0.0) -> tuple[int, ...]:
        """(true, predicted, gold) cross-document incident pairs at threshold ``t`` and margin
        ``m``, then the same for case pairs: pairs of GOLD events (an extracted event counts as
        the gold event it is aligned with; a gold event nobody extracted stays a singleton, so
        it costs recall); with ``held``, only the pairs with a document of ``held`` (the other
        documents are linked too, as distractors)."""
        from awol.evaluate.linking import pairwise
        from awol.link import Linker

        mutual, reading = self.mutual, self.reading
        links = [x for x in self.state["links"]
                 if x[2] >= t or (x[2] >= t - m and (x[0], x[1]) in mutual)]  # fmt: skip
        key = frozenset((a, b) for a, b, _ in links)
        if key in self.memo:
            return self.memo[key]
        incs = Linker.from_state({**self.state, "links": links}, self.features).incidents()
        out: list[int] = []
        for label, gold_of in (("incident_id", reading.gold_inc), ("case_id", reading.gold_case)):
            pred: dict = {}
            for p in incs:
                for d, i in p["events"]:
                    g = reading.gold_key((d, int(i)))
                    if g is not None:
                        pred[g] = p[label]
            c = pairwise(pred, gold_of, reading.universe)
            tp, n_pred, n_gold = c["tp"], c["predicted_pairs"], c["gold_pairs"]
            if self.held is not None:  # pairs with a held-out document: all minus those without
                r = pairwise(pred, gold_of, self.rest)
                tp, n_pred, n_gold = (tp - r["tp"], n_pred - r["predicted_pairs"],
                                      n_gold - r["gold_pairs"])  # fmt: skip
            out += [tp, n_pred, n_gold]
        self.memo[key] = tuple(out)
        return self.memo[key]


def _pre(name: str) -> str:
    """The prefix of a reading's columns in the curve rows."""
    return {"gold": "", "extracted": "e_", "unseen": "u_"}.get(
        name, "d" + name[len("degraded") :] + "_"
    )


def choose_margin(halves: dict, t: float, names: list[str]) -> tuple[float, list[dict]]:
    """(the mutual-best margin, a row per margin): at the threshold ``t``, each margin is
    judged on each half of the folds (even, odd) by the mean over the readings of the mean
    incident and case F-beta, against no margin.  The margin with the largest gain over both
    halves is kept only when it gains on both halves and loses on none (a rule that gains on one
    half only is fitted to it); ties: the smallest."""
    rows = []
    for m in MARGINS:
        row: dict = {"margin": m}
        for h in (0, 1):
            fb = []
            for n in names:
                c = halves[(n, t, m, h)]
                _, p, r = _prf(*c[:3])
                _, cp, cr = _prf(*c[3:])
                fb.append((_fbeta(p, r) + _fbeta(cp, cr)) / 2)
            row[f"half{h}"] = round(sum(fb) / len(fb), 4)
        for n in names:
            c = [a + b for a, b in zip(halves[(n, t, m, 0)], halves[(n, t, m, 1)], strict=True)]
            row[n] = (_prf(*c[:3]), tuple(c[:3]), _prf(*c[3:]))
        rows.append(row)
    base = rows[0]
    best, gain = 0.0, 0.0
    for row in rows[1:]:
        g0, g1 = row["half0"] - base["half0"], row["half1"] - base["half1"]
        if g0 > 0 and g1 > 0 and g0 + g1 > gain + 1e-9:
            best, gain = row["margin"], g0 + g1
    return best, rows


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(f, 4), round(p, 4), round(r, 4)


def _fbeta(p: float, r: float) -> float:
    return (1 + BETA**2) * p * r / (BETA**2 * p + r) if p + r else 0.0


def plateau_middle(curve: list[dict]) -> tuple[float, dict]:
    """(threshold, its curve row): the middle of the best plateau of the held-out curve.  The
    best result is the highest mean F-beta, then the highest incident precision; the thresholds
    giving it form runs of consecutive grid points (plateaus: no held-out pair scores between
    them).  The widest run is kept (ties: the lowest), and its middle is the threshold: the
    held-out pairs at its two edges are the nearest to either side of the boundary, so the
    middle is the choice least tied to where those few pairs happened to fall."""
    keys = [(row["fbeta"], row["precision"]) for row in curve]
    top = max(keys)
    runs: list[list[int]] = []
    for i, k in enumerate(keys):
        if k != top:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    run = max(runs, key=lambda r: (len(r), -r[0]))
    lo, hi = curve[run[0]]["threshold"], curve[run[-1]]["threshold"]
    return round((lo + hi) / 2, 3), curve[run[len(run) // 2]]


def margin_curve(curve: list[dict], margin: int = 1) -> list[dict]:
    """The curve with each row's ``fbeta`` replaced by (the worst, the mean) F-beta of the grid
    points within ``margin`` of it, for :func:`plateau_middle`: a threshold is judged by its
    neighbourhood, so the choice does not sit at the edge of a cliff."""
    out = []
    for i, row in enumerate(curve):
        near = [r["fbeta"] for r in curve[max(0, i - margin) : i + margin + 1]]
        out.append({**row, "fbeta": (min(near), round(sum(near) / len(near), 4))})
    return out

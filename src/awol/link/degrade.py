"""A degraded reading of annotated documents: the gold events as unseen text gives them.

The link model is fitted on train, where the extraction rules were written: extracted on train
(even held out: only the learned parts are held out) the events keep most of their gold fields,
and on unseen text fewer events are found and more fields are missing.  A reading that the
held-out fit can score the linker on the way unseen text will feed it: each gold event is left
out, and each of its fields nulled, at the rates the held-out extraction of the split loses
them against the gold (:func:`loss_rates`: how often an extracted event lacks a field its gold
event has; how often a gold event has no extracted event at all), independently, with a
generator seeded by the document, the event and ``seed`` (the same corpus gives the same
reading).  Nothing is invented: a field is only ever removed.

What an extraction loses is correlated within an article (round 47): a report whose sentences
do not give the name the rules read loses it from every event of the story, one whose region
is a district the gazetteer does not place loses it from all of them.  With ``by_document``
(:data:`awol.link.fit_readings.DEGRADE_BY_DOCUMENT`), each field is lost for all the events of a
document together (one draw per document and field, at the same rate), events still one by one.
"""

from __future__ import annotations

import random

# the event fields the linker reads that an extraction can miss (docs/linking.md, "Degraded")
FIELDS = ("date", "region", "country", "count", "names", "place_text", "who", "armed")
# a field nulled together with another (the date's words go with the date)
WITH = {"date": ("date_text",), "count": ("count_qualifier",)}


def _empty(v: object) -> bool:
    return v is None or v == [] or v == ""


def loss_rates(gold: list[dict], preds: list[dict], alignment: list) -> dict[str, float]:
    """field -> the share of aligned events whose gold event has the field and whose extracted
    event lacks it; ``event`` -> the share of gold events no extracted event is aligned with."""
    gold_of = {g["id"]: g.get("events") or [] for g in gold}
    pred_of = {p["id"]: p.get("events") or [] for p in preds}
    has = dict.fromkeys(FIELDS, 0)
    lost = dict.fromkeys(FIELDS, 0)
    for d, i, j in alignment:
        e, ge = pred_of[d][int(i)], gold_of[d][int(j)]
        for f in FIELDS:
            if not _empty(ge.get(f)):
                has[f] += 1
                lost[f] += _empty(e.get(f))
    n = sum(len(v) for v in gold_of.values())
    out = {f: round(lost[f] / has[f], 3) if has[f] else 0.0 for f in FIELDS}
    out["event"] = round(1 - len(alignment) / n, 3) if n else 0.0
    return out


def degrade(docs: list[dict], rates: dict[str, float], seed: int = 0,
            scale: float = 1.0, by_document: bool = False) -> tuple[list[dict], dict]:  # fmt: skip
    """(the documents with their events degraded, (document, index) -> the gold index): each
    event left out with probability ``rates["event"]``, each field nulled with its rate (times
    ``scale``, at most 1): per event, or with ``by_document`` for all the events of a document
    at once."""

    def rate(key: str) -> float:
        return min(1.0, rates.get(key, 0.0) * scale)

    out = []
    to_gold: dict = {}
    for d in docs:
        events = []
        lost: set[str] = set()
        if by_document:
            drng = random.Random(f"doc{seed}:{d['id']}")
            lost = {f for f in FIELDS if drng.random() < rate(f)}
        for j, ev in enumerate(d.get("events") or []):
            rng = random.Random(f"{seed}:{d['id']}:{j}")
            if rng.random() < rate("event"):
                continue
            e = dict(ev)
            for f in FIELDS:
                gone = f in lost if by_document else rng.random() < rate(f)
                if gone and not _empty(e.get(f)):
                    e[f] = [] if isinstance(e[f], list) else None
                    for g in WITH.get(f, ()):
                        e[g] = None
            to_gold[(d["id"], len(events))] = j
            events.append(e)
        out.append({**d, "events": events})
    return out, to_gold

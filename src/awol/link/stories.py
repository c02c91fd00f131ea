"""Does an event continue a story its article told before?  The features the story grouping
(:func:`awol.link.cases.document_groups`) reads, and the small logistic model over them that is
fitted on labelled train articles (``corpus/labels/real_train_stories.jsonl``: the story of each
gold event of every train article with two or more; ``python -m awol.link.story_fit`` fits it
and compares it held out with the rules alone).

Given to :func:`awol.link.cases.document_groups`, the model is asked only where the rules of
``_join_score`` leave a choice: a story whose people the event names is joined (rule), one it
cannot belong to (other people, a second flight, out of order, more people than fled) is not
(rule); between them, the event joins the story the model finds most likely continued if that
reaches the model's threshold, else it begins a story of its own.  Measured in round 18 and NOT
adopted (docs/linking.md, "Story labels"): held out it joins no better than the rules' order.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from awol.link.feat import Feat
from awol.link.text import names_match, places_match

LABELS_PATH = Path(__file__).resolve().parents[3] / "corpus" / "labels" / "real_train_stories.jsonl"

# what the grouping reads of an event and a candidate story told before it (all in [0, 1])
FEATURES = (
    "previous",  # the event told just before it is of this story
    "gap",  # events told between the story's last one and it: min(n, 4) / 4
    "same_sentence",  # told in the sentence of one of the story's events
    "names_other",  # it names people, the story names others
    "unnamed_named",  # it names nobody, the story names someone
    "named_unnamed",  # it names people, the story nobody
    "status_same",  # a descriptor class (convicts, mobilised, conscripts...) in common
    "status_other",  # both say a class, none in common
    "region_same",
    "region_other",  # both say a region, another one
    "place_same",
    "count_same",  # the same number of people as one of the story's events
    "count_more",  # more people than any event of the story
    "flight_after",  # a desertion told after the state's answer (no desertion in the story yet)
    "after_flight",  # an answer (wanted, detention...) to a story that has its flight
    "crowd",  # a crowd (50 or more people) on either side: a figure-like background event
    "date_far",  # both dated, more than half a year apart
)


def load_labels(path: Path | None = None) -> dict[str, list[int]]:
    """document id -> the story number of each of its gold events (labelled articles only)."""
    p = path or LABELS_PATH
    out: dict[str, list[int]] = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = [int(x) for x in rec["stories"]]
    return out


def continue_features(f: Feat, story: list[Feat], previous: bool, gap: int) -> list[float]:
    """The :data:`FEATURES` of event ``f`` against the earlier events ``story`` of a candidate
    story (``previous``: the event told just before ``f`` is one of them; ``gap``: events told
    between the story's last one and ``f``)."""
    names = [n for g in story for n in g.names]
    nm = names_match(f.names, names)
    classes = frozenset().union(*(g.classes for g in story))
    regions = {g.region for g in story if g.region}
    counts = [g.count for g in story if g.count]
    types = {g.type for g in story}
    dates = [g.date for g in story if g.date]
    far = False
    if f.date and dates:
        far = all(abs(f.date[0] - d[0]) > 183 and abs(f.date[1] - d[1]) > 183 for d in dates)
    crowd = (f.count or 0) >= 50 or any(c >= 50 for c in counts)
    return [
        1.0 if previous else 0.0,
        min(gap, 4) / 4,
        1.0 if f.evidence and any(g.evidence == f.evidence for g in story) else 0.0,
        1.0 if nm is False else 0.0,
        1.0 if not f.names and names else 0.0,
        1.0 if f.names and not names else 0.0,
        1.0 if f.classes & classes else 0.0,
        1.0 if f.classes and classes and not f.classes & classes else 0.0,
        1.0 if f.region and f.region in regions else 0.0,
        1.0 if f.region and regions and f.region not in regions else 0.0,
        1.0 if f.places and any(places_match(f.places, g.places) for g in story) else 0.0,
        1.0 if f.count and f.count in counts else 0.0,
        1.0 if f.count and counts and f.count > max(counts) else 0.0,
        1.0 if f.type == "desertion" and "desertion" not in types else 0.0,
        1.0 if f.type != "desertion" and "desertion" in types else 0.0,
        1.0 if crowd else 0.0,
        1.0 if far else 0.0,
    ]


class StoryModel:
    """Logistic weights over :data:`FEATURES` (``bias`` first) and the threshold a story must
    reach to be continued."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.5) -> None:
        self.bias = float(weights.get("bias", 0.0))
        self.w = [float(weights.get(k, 0.0)) for k in FEATURES]
        self.threshold = threshold

    def probability(self, x: list[float]) -> float:
        z = self.bias + sum(a * b for a, b in zip(self.w, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

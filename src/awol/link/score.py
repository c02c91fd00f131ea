"""Pair scoring: how likely two mentions (events of different documents) tell one happening.

Each candidate pair gets a vector of evidence features (:func:`pair_features`): what both sides
say and agree on counts for, what both say and contradict counts against, and what one side does
not say counts for nothing.  The score is a logistic model over these features whose weights and
link threshold are **fitted** on the ``train`` split of the real corpus (``python -m
awol.link.fit``) and stored in ``model.yaml`` beside this file.  Hard contradictions are vetoes
(no score): different types, the same document, two sets of named people with nobody in common,
incompatible dates, a happening dated after the publication of a report that tells it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import yaml

from awol.link.features import Feat
from awol.link.story_rules import other_status
from awol.link.text import (
    evidence_words,
    exclusive_classes,
    full_name_match,
    marker_classes,
    name_keys,
    name_strength,
    names_match,
    places_match,
    wide_or_region_word,
    wide_place_words,
)

VETO = float("-inf")
MODEL_PATH = Path(__file__).with_name("model.yaml")

FEATURES = (
    "bias",
    "name",  # the events name a common person
    "name_full",  # ... and by first name too ("Semyon Chetvergin" ~ "Семен Четвергин")
    "first_name",  # only a one-word name equals the other's first name ("Pavel")
    "ctx_name",  # their stories (same article) name a common person, the events do not decide
    "ctx_name_conflict",  # their stories name people, nobody in common
    "name_text",  # one side names a person, the other nobody, and its article writes the surname
    "day_same",  # exact days, equal
    "day_near",  # exact days, 1-2 days apart
    "month_in",  # one date lies within the other's month (or year)
    "month_overlap",  # month-level dates compatible within a week
    "time_close",  # time anchors (date, else publication) within 31 days
    "time_week",  # ... within 7 days
    "time_far",  # time anchors more than a year apart
    "time_apart",  # time anchors 32 days to a year apart
    "region_same",
    "region_diff",
    "country_diff",
    "ctx_region",  # a region of one story is the other's region
    "ctx_region_diff",  # a side lacks the region; their stories' regions have none in common
    "region_text",  # one side's region; the other, its story, say none, its article writes it
    "place",  # place words in common (not only a big city's name)
    "place_city",  # only a big city's name in common (Rostov, Kyiv: many happenings)
    "ctx_place",  # place words in common through the story context only
    "place_seen",  # a side's place finer than a region is written in the other's article only
    "tokens",  # distinctive words in common (capped at 2)
    "ctx_tokens",  # ... through the story context only (capped at 3)
    "numbers",  # distinctive numbers in common (capped at 2)
    "words",  # other words of the evidence sentences in common, not common ones: 2 -> 1, 3+ -> 2
    "distinct_diff",  # both (or their stories) say distinctive things, none in common
    "count_same_many",  # equal counts >= 2
    "count_same_one",  # both 1
    "count_same_big",  # equal counts >= 10 (1,700 and 1,700): rarely a coincidence
    "count_near",  # different counts within a factor 1.5 (10 and 12: reports of a count evolve)
    "count_compat",  # compatible by qualifier (at least 12 vs 14)
    "count_conflict",
    "count_conflict_small",  # different small counts (both <= 3): rarely misreported
    "age_same",  # an age stated on both sides, equal
    "age_diff",  # ages stated on both sides, none in common
    "class_agree",  # service status (contract, conscript, ...) agrees
    "marker_agree",  # a marker class (pilot, Wagner, prisoner, ...) is said on both sides
    "class_disagree",
    "armed_agree",
    "armed_disagree",
    "copies",  # the documents are near-duplicates
    "thin",  # nothing in common about who or where: only type, time, counts (weight not fitted)
    "story_link",  # another pair of the two stories (same articles) is a strong link
    "story_support",  # other pairs of the two stories with some evidence each (capped at 2)
    "story_conflict",  # the two stories' events of one type disagree on time, place or people
    # a distinctive word of one side (or its story) is written in the other's article, though
    # not in the other's events: the extraction kept a sentence without it (round 53, link53)
    "word_seen",
)


# Prior weights (log-odds; the fit starts from them and is pulled towards them): the evidence a
# careful reader would weigh, on the scale where a link needs a total above about 0.
PRIOR = {
    "bias": -4.0, "name": 4.0, "name_full": 1.0, "first_name": 1.0, "ctx_name": 2.0, "ctx_name_conflict": -2.0, "name_text": 1.5, "day_same": 3.0,
    "day_near": 1.0, "month_in": 1.5, "month_overlap": 0.5, "time_close": 0.5, "time_week": 0.5, "time_far": -1.0, "time_apart": -0.5,
    "region_same": 2.0, "region_diff": -2.5, "country_diff": -3.0, "ctx_region": 0.5, "ctx_region_diff": -1.0, "region_text": 0.5,
    "place": 1.5, "place_city": 0.5, "ctx_place": 0.5, "place_seen": 0.5, "tokens": 1.0, "ctx_tokens": 0.5, "numbers": 1.0, "words": 0.5, "distinct_diff": -1.0,
    "count_same_many": 1.5, "count_same_one": 0.5, "count_same_big": 1.0, "count_near": -0.5, "count_compat": 0.5, "count_conflict": -2.0, "count_conflict_small": -3.0,
    "age_same": 1.5, "age_diff": -4.0, "class_agree": 1.0, "marker_agree": 1.0, "class_disagree": -1.0, "armed_agree": 0.5, "armed_disagree": -1.0,
    "copies": 3.0, "thin": -1.0, "story_link": 2.0, "story_support": 0.5,
    "story_conflict": -3.0, "word_seen": 0.5,
}  # fmt: skip


# Evidence against a link: contradictions.  The fit keeps their weights <= 0, and the weights of
# every other feature but the bias and ``count_near`` (a count that evolves or disagrees) >= 0:
# an agreement is never evidence against, a contradiction never evidence for (on a few hundred
# training pairs, a feature correlated with another can otherwise take the wrong sign and
# decide held-out pairs: "count_same_one" or "ctx_tokens" below zero).
AGAINST = frozenset({
    "ctx_name_conflict", "time_far", "time_apart", "region_diff", "country_diff", "ctx_region_diff",
    "count_conflict", "count_conflict_small", "age_diff", "class_disagree", "armed_disagree",
    "distinct_diff", "story_conflict",
})  # fmt: skip
FREE = frozenset({"bias", "count_near"})

# Agreements about who or where (or a count too large to be a coincidence).  A pair with none
# of them ("thin": only its type, time, counts or arms in common) is held back by a fixed weight
# (FIXED, not fitted): many happenings share those, the more so the denser the archive
# (bench_link: ~99.7% of thin candidate pairs tell different happenings), while the few hundred
# training pairs of real/ see a sparse archive (2 of ~1,300 thin candidates are links there).
# The fit leaves the feature out, so the other weights are those of the pairs' evidence alone.
SUBSTANCE = frozenset({
    "name", "first_name", "ctx_name", "name_text", "region_same", "ctx_region", "place", "place_city",
    "ctx_place", "place_seen", "tokens", "ctx_tokens", "numbers", "words", "age_same", "class_agree",
    "marker_agree", "count_same_big", "word_seen",
})  # fmt: skip
FIXED = {"thin": -1.0}


def sign(feature: str) -> int:
    """-1: the fitted weight is <= 0; 1: >= 0; 0: either."""
    return 0 if feature in FREE else -1 if feature in AGAINST else 1


@lru_cache(maxsize=1)
def model_data() -> dict:
    """model.yaml as read, once (:func:`model`, :func:`mutual_margin`; the fit clears it after
    writing the file)."""
    return yaml.safe_load(MODEL_PATH.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, float], float]:
    """(weights, threshold) from model.yaml."""
    data = model_data()
    w = {k: float(v) for k, v in (data.get("weights") or {}).items()}
    return w, float(data.get("threshold", 0.0))


def _count_compatible(a: Feat, b: Feat) -> bool:
    if a.count is None or b.count is None:
        return True
    x, y = a.count, b.count
    if x == y:
        return True
    for (n, q), m in (((x, a.qualifier), y), ((y, b.qualifier), x)):
        if q == "at_least" and m >= n:
            return True
        if q == "up_to" and m <= n:
            return True
        if q == "approx" and abs(m - n) <= max(2, 0.25 * n):
            return True
    return False


def dates_compatible(a: Feat, b: Feat) -> bool:
    """False when the dates exclude one happening (or one is after the other's publication)."""
    ad, bd = a.date, b.date
    if ad is not None and b.pub is not None and ad[0] > b.pub + 2:
        return False
    if bd is not None and a.pub is not None and bd[0] > a.pub + 2:
        return False
    if ad is None or bd is None:
        return True
    (alo, ahi, ap), (blo, bhi, bp) = ad, bd
    tol = 2 if ap == 3 and bp == 3 else 7
    return not (alo > bhi + tol or blo > ahi + tol)


def _anchor(f: Feat) -> int | None:
    if f.date is not None and f.date[2] >= 2:
        return (f.date[0] + f.date[1]) // 2
    return f.pub


def _distinct(f: Feat) -> bool:
    return bool(f.ctx_places or f.tokens or f.ctx_tokens or f.numbers or f.ctx_numbers
                or (f.places and not f.places <= f.coarse))  # fmt: skip


def _fine(f: Feat) -> frozenset[str]:
    return (f.places | f.ctx_places) - f.coarse - wide_place_words()


def _place_seen(a: Feat, b: Feat) -> bool:
    """A place finer than a region that one side (or its story) says, written in the other's
    article though the other's events (nor its story) say it: the extraction kept a coarser
    place ("Новосибирской области") than its article writes ("в поселке Коченево")."""
    for s, o in ((a, b), (b, a)):
        if o.seen and not _fine(o):
            fs = _fine(s)
            if fs and places_match(fs, o.seen):
                return True
    return False


# ``word_seen`` (round 53, link53; a switch for measuring it: the model is fitted with it on)
WORD_SEEN = True


def _word_seen(a: Feat, b: Feat) -> bool:
    """A distinctive word (a proper noun, a unit's name) one side or its story says, written
    in the other's article though not in the other's events nor its story: the extraction of
    the other report kept a sentence without it, or left the man's name out of its events and
    his surname stands in its sentence ("Zhuravin reached Vilnius" with no ``names``).  Not
    the name of a region, a country or a big city: many reports of other happenings write it;
    and only an article that tells one story (``one_story``): a roundup writes the words of
    every item's happening."""
    for s, o in ((a, b), (b, a)):
        if o.seen and o.one_story:
            ws = s.tokens | s.ctx_tokens
            if ws and not ws.isdisjoint(o.seen):
                if any(not wide_or_region_word(w) for w in ws & o.seen):
                    return True
    return False


def _words_shared(a: Feat, b: Feat) -> bool:
    """A distinctive word or place word of one side (or its story) is one of the other's, of
    whatever kind each side holds it as: a village the detention's story places (its name in
    ``ctx_places``) that the other report writes in its manhunt's sentence (``ctx_tokens``)."""
    wa = a.tokens | a.ctx_tokens | a.places | a.ctx_places
    wb = b.tokens | b.ctx_tokens | b.places | b.ctx_places
    return bool(wa and wb and places_match(wa, wb))


# two dates of one named man's flight further apart than this (days between the nearer ends)
# are two flights, not two steps of one
FLIGHT_STEPS = 366


def _one_flight(a: Feat, b: Feat) -> bool:
    """Two flights that name one man in full (first name and surname: ``full_name_match``),
    dated by different steps of one flight -- when he left his positions, when he crossed a
    border, when he was first missed or reached another country: months apart in the reports
    of one flight (train: a mercenary's flight dated by the end of his contract in July, his
    desertion in November and his border crossing in January) -- and neither dated after the
    other report was published.  Not a year apart: a man who fled twice."""
    if a.type != "desertion" or a.date is None or b.date is None:
        return False
    (alo, ahi, _), (blo, bhi, _) = a.date, b.date
    if (b.pub is not None and alo > b.pub + 2) or (a.pub is not None and blo > a.pub + 2):
        return False
    if max(alo, blo) - min(ahi, bhi) > FLIGHT_STEPS:
        return False
    if not full_name_match(list(a.names), list(b.names)):
        return False
    # a full name is shared by namesakes ("Ivan Ivanov"): what else both say must agree
    return not _fields_differ(a, b)


def _fields_differ(a: Feat, b: Feat) -> bool:
    """Both reports say a field of the man and say it differently: two regions of one country,
    the service status (exclusive classes: a conscript is not a contract soldier) or his age
    (more than a year apart).  Two countries are no contradiction: the steps of one flight
    happen in different countries (left his positions in Ukraine, crossed into Norway)."""
    if a.region and b.region and a.region != b.region and a.region[:2] == b.region[:2]:
        return True
    ex = exclusive_classes()
    sa, sb = a.classes & ex, b.classes & ex
    if sa and sb and sa.isdisjoint(sb):
        return True
    return bool(a.ages and b.ages and all(abs(x - y) > 1 for x in a.ages for y in b.ages))


def pair_features(a: Feat, b: Feat, copies: bool = False) -> dict[str, float] | None:
    """Evidence features of a pair; None for a veto.  (Called for millions of candidate pairs:
    tests on empty sets and missing values come first, so that a pair saying little costs
    little.)"""
    if a.type != b.type or a.doc == b.doc:
        return None
    an, bn = a.names, b.names
    nm = name_strength(an, bn) if an and bn else 0
    if nm < 0:
        return None
    ad, bd = a.date, b.date
    if not dates_compatible(a, b):
        # one person named by both: a date one side holds weakly (carried from another clause,
        # or "the day before" resolved against another story's date) gives way to the name
        if nm == 2 and _one_flight(a, b):
            # one man's flight, named in full by both, dated by another step of it
            ad = bd = None
        elif nm != 2 or not (a.weak_date or b.weak_date):
            return None
        else:
            ad = None if a.weak_date else ad
            bd = None if b.weak_date else bd
    x: dict[str, float] = {"bias": 1.0}
    if nm == 2:
        x["name"] = 1.0
        if full_name_match(an, bn):
            x["name_full"] = 1.0
    elif nm == 1:
        x["first_name"] = 1.0
    elif a.ctx_names or b.ctx_names:
        an = an or a.ctx_names
        bn = bn or b.ctx_names
        if an and bn:
            if names_match(an, bn):
                x["ctx_name"] = 1.0
            else:
                x["ctx_name_conflict"] = 1.0
    if nm == 0 and (a.apart or b.apart) and not ("ctx_name" in x or "ctx_name_conflict" in x):
        # one side names people, the other names nobody, nor its story, and its article tells
        # them in another story group: the article parted that event from them (a detention
        # of "another contract soldier" after the named man's manhunt), whatever type the
        # extraction gave either event
        if b.apart:
            named, other = a.names or a.ctx_names, b.apart
        else:
            named, other = b.names or b.ctx_names, a.apart
        if named and other and not other.isdisjoint(name_keys(named)):
            x["ctx_name_conflict"] = 1.0
    if nm == 0 and (b.seen or a.seen) and "ctx_name_conflict" not in x:
        # one side (or its story) names people, the other names nobody, nor its story, but its
        # article writes a surname of theirs: the extraction left the name out of its events
        # ("Hrabilov wrote that he had left the unit": the desertion without a name)
        named, other = (an, b.seen) if an else (bn, a.seen)
        if named and other and not other.isdisjoint(name_keys(named)):
            x["name_text"] = 1.0
    if ad is not None and bd is not None:
        if ad[2] == 3 and bd[2] == 3:
            x["day_same" if ad[0] == bd[0] else "day_near"] = 1.0
        elif min(ad[2], bd[2]) >= 2 or max(ad[2], bd[2]) >= 2:
            inside = (ad[0] >= bd[0] and ad[1] <= bd[1]) or (bd[0] >= ad[0] and bd[1] <= ad[1])
            x["month_in" if inside else "month_overlap"] = 1.0
    # time anchors (as _anchor: a month- or day-precise date, else the publication)
    ta = (ad[0] + ad[1]) // 2 if ad is not None and ad[2] >= 2 else a.pub
    tb = (bd[0] + bd[1]) // 2 if bd is not None and bd[2] >= 2 else b.pub
    if ta is not None and tb is not None:
        gap = abs(ta - tb)
        if gap <= 31:
            x["time_close"] = 1.0
            if gap <= 7:
                x["time_week"] = 1.0
        elif gap > 365:
            x["time_far"] = 1.0
        else:
            x["time_apart"] = 1.0
    # a place word in common that is not a country's or a wide area's (a town, a base, a river, a region's or a
    # city's name) puts both in one region: when a side does not say its region, that is a
    # region in common ("Гренсе-Якобсэльв" and "Grense Jakobselv", no region coded)
    ap, bp = a.places, b.places
    shared = bool(ap and bp and places_match(ap, bp))
    ar, br = a.region, b.region
    if shared and not (ar and br):
        cw = wide_place_words()
        if places_match(ap - cw, bp - cw):
            x["region_same"] = 1.0
    if ar and br:
        x["region_same" if ar == br else "region_diff"] = 1.0
    elif "region_same" not in x and (ar or a.ctx_regions) and (br or b.ctx_regions):
        ra = a.ctx_regions | {ar} if ar else a.ctx_regions
        rb = b.ctx_regions | {br} if br else b.ctx_regions
        x["ctx_region" if ra & rb else "ctx_region_diff"] = 1.0
    elif "region_same" not in x and (a.text_regions or b.text_regions):
        # one side says its region, the other (nor its story) none, but its article writes
        # that region's name: the extraction kept a sentence without it
        if (ar and ar in b.text_regions) or (br and br in a.text_regions):
            x["region_text"] = 1.0
    if a.country and b.country and a.country != b.country:
        x["country_diff"] = 1.0
    if shared:
        fine = places_match(ap - a.coarse, bp - b.coarse)
        x["place" if fine else "place_city"] = 1.0
    elif (
        (ap or a.ctx_places)
        and (bp or b.ctx_places)
        and places_match(ap | a.ctx_places, bp | b.ctx_places)
    ):
        x["ctx_place"] = 1.0
    elif (a.seen or b.seen) and _place_seen(a, b):
        x["place_seen"] = 1.0
    at, bt = a.tokens, b.tokens
    own = len(at & bt) if at and bt else 0
    cross = 0
    if (at and bp) or (bt and ap):
        # a place one side codes (place_text) that the other's evidence only writes ("when the
        # brigade went to France" ~ place "France"): a word in common, whatever its role
        cross = len(((at & bp) | (bt & ap)) - (at & bt) - (ap & bp))
    if own + cross:
        x["tokens"] = float(min(own + cross, 2))
    if (at or a.ctx_tokens) and (bt or b.ctx_tokens):
        allt = len((at | a.ctx_tokens) & (bt | b.ctx_tokens)) - own
        if allt > 0:
            x["ctx_tokens"] = float(min(allt, 3))
    else:
        allt = 0
    if (a.numbers or a.ctx_numbers) and (b.numbers or b.ctx_numbers):
        nums = len((a.numbers | a.ctx_numbers) & (b.numbers | b.ctx_numbers))
        if nums:
            x["numbers"] = float(min(nums, 2))
    else:
        nums = 0
    if a.evidence and b.evidence:
        said = evidence_words(a.evidence, a.names) & evidence_words(b.evidence, b.names)
        if said:
            said = said - a.tokens - b.tokens - a.places - b.places
            if len(said) >= 2:  # one word in common is often a coincidence
                x["words"] = float(min(len(said) - 1, 2))
    if WORD_SEEN and not (own or cross or allt > 0) and (a.seen or b.seen) and _word_seen(a, b):
        x["word_seen"] = 1.0
    if not ("place" in x or "ctx_place" in x or own or cross or allt > 0 or nums or "words" in x
            or "word_seen" in x):
        # each side (or its story) singles its happening out by a place, a word or a number,
        # and none of them is the other's
        if _distinct(a) and _distinct(b) and not _words_shared(a, b):
            x["distinct_diff"] = 1.0
    ac, bc = a.count, b.count
    if ac is not None and bc is not None:
        if ac == bc:
            x["count_same_many" if ac >= 2 else "count_same_one"] = 1.0
            if ac >= 10:
                x["count_same_big"] = 1.0
        elif _count_compatible(a, b):
            x["count_compat"] = 1.0
        elif max(ac, bc) <= 3:
            x["count_conflict_small"] = 1.0
        elif 2 * max(ac, bc) <= 3 * min(ac, bc):
            x["count_near"] = 1.0
        else:
            x["count_conflict"] = 1.0
    if a.ages and b.ages and len(a.ages) == len(b.ages) == 1:
        x["age_same" if a.ages == b.ages else "age_diff"] = 1.0
    if (a.classes or a.markers) and (b.classes or b.markers):
        # a marker (Wagner, prisoner, pilot ...) said by the descriptor or the sentence: the
        # extraction often keeps only the descriptor's head ("servicemen")
        if (a.classes | a.markers) & (b.classes | b.markers) & marker_classes():
            x["marker_agree"] = 1.0
    if a.classes and b.classes:
        common = a.classes & b.classes
        ex = exclusive_classes()
        if common & ex:
            x["class_agree"] = 1.0
        elif a.classes & ex and b.classes & ex and not common:
            x["class_disagree"] = 1.0
    if a.armed is not None and b.armed is not None:
        if a.armed and b.armed:
            x["armed_agree"] = 1.0
        elif a.armed != b.armed:
            x["armed_disagree"] = 1.0
    if copies:
        x["copies"] = 1.0
    elif SUBSTANCE.isdisjoint(x):
        x["thin"] = 1.0
    return x


def weigh(x: dict[str, float], w: dict[str, float]) -> float:
    return sum(w.get(k, 0.0) * v for k, v in x.items())


STRONG = 2.0  # prior log-odds of a link strong enough to support its stories' other pairs


def strong(x: dict[str, float]) -> bool:
    """A link strong by the prior weights alone (fixed, so that fitting does not move it)."""
    return weigh(x, PRIOR) >= STRONG


# evidence (prior weights, bias left out) of a pair that supports the other pairs of its two
# stories: about one agreement beyond the type (a region, a shared place, a marker with a count)
SUPPORT_EVIDENCE = 2.0


def _contradict(a: Feat, b: Feat, statuses: bool = False) -> bool:
    """Two events of one type that cannot be one happening: incompatible dates, disjoint named
    people, two regions or two countries; with ``statuses``, also service statuses that exclude
    each other (:func:`other_statuses`)."""
    if a.names and b.names and name_strength(a.names, b.names) < 0:
        return True
    if statuses and other_statuses(a, b):
        return True
    if not dates_compatible(a, b):
        return True
    if a.region and b.region and a.region != b.region:
        return True
    return bool(a.country and b.country and a.country != b.country)


def other_statuses(a: Feat, b: Feat) -> bool:
    """Both events say the service status of their people, and the statuses exclude each other
    (contract / mobilised / conscript, said by the descriptor), with no status in common: "36
    contract soldiers" and "39 mobilised" left units of one region in one month are two groups
    (the story grouping parts one article's events on the same reading,
    ``story_rules.other_status``)."""
    return bool(a.classes and b.classes) and other_status(a.classes, b.classes)


def vague(f: Feat) -> bool:
    """An event that says neither where (no region, no place word) nor when (no month or day)
    nor who (no name): what it is depends on its story (``story_conflict``)."""
    return not (f.region or f.places or f.names or (f.date is not None and f.date[2] >= 2))


def unsingled(f: Feat) -> bool:
    """:func:`vague`, or an event other than a flight that singles out no happening by itself:
    no place word, no month or day, no name -- at most a region, which a report of any other
    happening of the region shares (a manhunt "in the Orenburg region", undated, dated only by
    its report).  What it is depends on its story as for a vague one (``story_conflict``): two
    stories whose flights contradict (days apart, people of statuses that exclude each other)
    are two happenings' however their manhunts agree on the region and the month of the
    reports.  (A flight is what the stories are compared by: one that says its region is
    weighed on its own.)"""
    if f.places or f.names or (f.date is not None and f.date[2] >= 2):
        return False
    return f.type != "desertion" or not f.region


# two flights whose dates are further apart than this (days between the nearer ends) are two
# flights: a report's date misread or resolved against the wrong day ("last week", "on
# Saturday") is off by days, two men's flights by months
FLIGHTS_APART = 31


def _months_apart(a: Feat, b: Feat) -> bool:
    if a.date is None or b.date is None:
        return False
    (alo, ahi, _), (blo, bhi, _) = a.date, b.date
    return alo > bhi + FLIGHTS_APART or blo > ahi + FLIGHTS_APART


def other_flights(s: Sequence[Feat], t: Sequence[Feat]) -> bool:
    """Two stories (story groups of two articles) each tell a flight, and every pair of their
    flights is two happenings by what the reports say of the men and the time -- disjoint named
    people, or dates more than a month apart (not a date a few days off, which a relative day
    resolved against the wrong day gives; not two regions: reports place one flight
    differently, where the unit was and where the men went): the stories are two men's, and no
    pair of their events is one happening, not even a verdict the extraction read as a
    detention beside another man's arrest of the same day and region."""
    mine = [f for f in s if f.type == "desertion"]
    if not mine:
        return False
    theirs = [f for f in t if f.type == "desertion"]
    return bool(theirs) and all(
        (a.names and b.names and name_strength(a.names, b.names) < 0) or _months_apart(a, b)
        for a in mine
        for b in theirs
    )


def stories_conflict(
    s: Sequence[Feat], t: Sequence[Feat], statuses: bool = False
) -> frozenset[str]:
    """The types on which two stories (the events of a story group of one article each) tell
    different happenings: both tell the type, and every pair of their events of that type
    contradicts (``_contradict``).  A pair of the two stories of another type is then not one
    happening either, however little it says ("the search went on in the village", unplaced
    and undated, in reports of two desertions of other regions and months): a story's place and
    time stated once count for its vague events (``story_conflict``).  With ``statuses``
    (the linker's story pairs; not the near-duplicate test), service statuses that exclude each
    other contradict too (:func:`other_statuses`)."""
    by_type: dict[str, list[Feat]] = {}
    for f in t:
        by_type.setdefault(f.type, []).append(f)
    out: set[str] = set()
    seen: set[str] = set()
    for f in s:
        if f.type in seen or f.type not in by_type:
            continue
        seen.add(f.type)
        mine = [e for e in s if e.type == f.type]
        if all(_contradict(a, b, statuses) for a in mine for b in by_type[f.type]):
            out.add(f.type)
    return frozenset(out)


def score(a: Feat, b: Feat, copies: bool = False) -> float:
    """Symmetric log-odds that two mentions tell one happening (VETO for a contradiction), from
    the pair alone (the linker adds the story support of ``story_link``)."""
    x = pair_features(a, b, copies)
    if x is None:
        return VETO
    return weigh(x, model()[0])


def threshold() -> float:
    return model()[1]


def mutual_margin() -> float:
    """How far below the threshold a mutual best match still links (``mutual_margin`` of
    model.yaml, chosen held out by the fit; 0: none)."""
    return float(model_data().get("mutual_margin", 0.0))

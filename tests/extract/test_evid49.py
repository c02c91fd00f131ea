"""Round 49 (evid49): which of the sentences telling one happening a Russian event cites.

Russian coders cite the telling that gives the happening's date, then the one that names its
people, then the one that places it in a region, before the sentence that reports the type as
its news (``evidence: [date, names, region, main, ...]`` in ``lang/ru/events.yaml``): of the
events told by several sentences, held-out real train RU 26 -> 27 of 31 chosen as the coders
chose, the invented RU articles 226 -> 254 of 310 (scripts/evidence_choice.py, fit_evidence.py).

Invented mentions (no real incidents or people).
"""

from __future__ import annotations

from awol.extract.dates import DateMention
from awol.extract.evidence_pick import EVIDENCE_CRITERIA, evidence_order, evidence_rank
from awol.extract.lexicon import Pattern, Trigger
from awol.extract.mentions import Mention
from awol.extract.places import PlaceMention
from awol.extract.sentences import Sentence


def _mention(index: int, text: str, kind: str = "detention", **kw) -> Mention:
    trig = Trigger(kind, Pattern("задержали"), 0.85, "none")
    start = sum(len(f"s{k}. ") for k in range(index))
    sent = Sentence(text, start, start + len(text), index, 0)
    return Mention(kind, trig, 0, 5, sent, prob=0.6, **kw)


def _best(*ms: Mention) -> Mention:
    order = evidence_order("ru")
    return max(ms, key=lambda m: evidence_rank(m, order))


def _omsk() -> list[PlaceMention]:
    return [PlaceMention("Омской области", 2, 16, "region", "RU", "RU-OMS", "Omsk")]


def test_date_and_names_are_criteria_a_language_may_list() -> None:
    assert {"date", "names"} <= set(EVIDENCE_CRITERIA)
    assert evidence_order("ru")[:3] == ("date", "names", "region")


def test_russian_coders_cite_the_dated_telling_over_the_lead() -> None:
    # the lead tells the catch as its news, with a place, a count and a source; a later
    # sentence gives the day it happened: the coders cite the dated one
    lead = _mention(1, "В Омской области полиция задержала двух беглых солдат.", count=2)
    lead.main, lead.sole, lead.places, lead.source = True, True, _omsk(), "полиция"
    dated = _mention(3, "Их задержали 4 марта на вокзале.", count=2)
    dated.main, dated.sole = True, True
    dated.date = DateMention("4 марта", 13, 20, "2025-03-04", "day")
    assert _best(lead, dated) is dated
    # an unresolved date is no date
    dated.date = DateMention("4 марта", 13, 20, None, None)
    assert _best(lead, dated) is lead


def test_russian_coders_cite_the_named_telling_over_the_placed_one() -> None:
    placed = _mention(1, "В Омской области задержали беглого контрактника.", count=1)
    placed.main, placed.places = True, _omsk()
    named = _mention(2, "Рядового Олега Пескова задержали у родственников.", count=1)
    named.main, named.names = True, ["Олег Песков"]
    assert _best(placed, named) is named


def test_a_region_outranks_the_news_criterion() -> None:
    # a catch told beside another type (not its news) but placed in a region wins over a lone
    # later detail with nothing of its own (before round 49, "main" came first)
    placed = _mention(1, "В Омской области задержали рядового, который сбежал.", count=1)
    placed.main, placed.sole, placed.places = False, False, _omsk()
    lone = _mention(4, "Его передали военной комендатуре.", count=1)
    lone.main, lone.sole = True, True
    assert _best(placed, lone) is placed

"""What says an event is of the same people as a story its article told before it: the
POSITIVE evidence the story grouping (:func:`awol.link.cases.document_groups`) asks for before
an event that names none of the story's people joins it (round 50, cases50).

Until round 49 an event joined the story told before it unless a rule said the two differ
(:mod:`awol.link.story_rules`: another name, status, age, region, heading, a second flight or
verdict, ...).  Unseen text kept finding new ways two people's cases differ, so a story group
joined two men's cases wherever no rule knew the way.  Here the default turns: order alone
joins nothing.  An event joins a story only where one of :data:`KINDS` holds (the caller has
already asked the rules that part):

- ``sentence``: it is told in the sentence of one of the story's events;
- ``refers``: its sentence reads a person told before ("he", "the soldier", «его», «беглеца»,
  "one of the two": :func:`awol.link.references.refers_back`), or is given a name its sentence
  does not write (the extraction resolved a reference: "He was detained" given the name), and
  the story is the one told just before it (no other person between);
- ``age`` / ``place``: an age or a place in common with the story;
- ``count``: the same number of people (two or more) as one of the story's events;
- ``single``: its article tells one person's story at most (:func:`single_story`): no type told
  once per story (flight, charge, verdict) is told in two sentences, no group's count beside
  one person's, at most one person named;
- ``part``: some of a group the story told fleeing or sought (fewer than fled or are sought:
  "two more fugitives were detained", «Седьмого ищут до сих пор», "Four others had been
  detained"), or a group's flight after a story told as one of more ("one of the fugitives");
- ``recap``: its sentence recalls the story told ("As a reminder", «Напомним»);
- ``court``: a court's or the investigators' account of the case (``court_account`` of
  references.yaml: «Как установил суд, в августе военнослужащий ...») after a story with a
  verdict or a charge;
- ``definite``: an English noun phrase of a person told before ("the senior lieutenant", "the
  paratrooper": ``definite`` of descriptors.yaml), told just after the story or saying a status
  of its people;
- ``rank``: a rank or class of few people (an officer, a former convict; not the service
  statuses said of many men) in common with the story told just before;
- ``sequence``: the next stage of the story told just before, of as many people, in a sentence
  that introduces nobody; or the flight behind its verdict or charge where it has told none.

``single`` and ``sequence`` alone (:data:`WEAK`) do not count for a sentence that says another
case or a person of its own (:func:`says_other`, round 51).

Counted on gold events (real train and every link probe split): ``scripts/story_evidence.py``;
the table is in docs/extraction.md, "Round 50 (cases50)".
"""

from __future__ import annotations

from awol.link.case_markers import PART_OF, case_words
from awol.link.feat import Feat, written_name
from awol.link.own_flight import clause_flight
from awol.link.references import not_back, refers_back
from awol.link.text import (
    case_pattern,
    exclusive_classes,
    is_cyrillic,
    name_parts,
    places_match,
)

KINDS = ("sentence", "refers", "age", "place", "count", "single", "part", "recap", "court",
         "definite", "rank", "sequence")  # fmt: skip
_STAGE = {"desertion": 0, "wanted": 1, "prosecution": 1, "detention": 1, "death": 1, "sentence": 2}
_RECAP = case_pattern("recap")
_DEFINITE = case_pattern("definite")
# a type a person's story tells once (its flight, its charge, its verdict)
_ONCE = ("desertion", "prosecution", "sentence")


def single_story(feats: list[Feat]) -> bool:
    """Does the article (its events ``feats``) tell one person's or one group's story at most:
    no type of :data:`_ONCE` in two sentences, no two counts (a group's and one man's), and at
    most one person named (by surname)?"""
    seen: dict[str, str] = {}
    for f in feats:
        if f.type in _ONCE and f.evidence:
            if seen.setdefault(f.type, f.evidence) != f.evidence:
                return False
    if len({f.count or 1 for f in feats}) > 1:
        return False
    people = {name_parts(n)[1] for f in feats for n in f.names} - {""}
    return len(people) <= 1


# (round 51, cases51) the kinds read off the extracted events alone -- one story at most in the
# article, the next stage of the story told just before -- which an extraction that lost the
# second man's name, flight or verdict fakes: no evidence for an event whose own sentence says
# another case or a person of its own (:func:`says_other`); False: as until round 50 (counts)
SINGLE_GUARD = True
WEAK = frozenset({"single", "sequence"})
_FURTHER_ITEM = case_pattern("further_item")


def says_other(f: Feat) -> bool:
    """Does the sentence of ``f`` say, in its own words, another case or a person of its own
    (round 51, cases51)?  Another case ("In a separate case"; not "another deserter" alone: of a
    group's story, one more of the group), an earlier time opening it ("Last year", «Ранее»), a person
    introduced with the indefinite article, reading nobody back
    (:func:`awol.link.case_markers.case_words`); or a move to a further item (``further_item``
    of descriptors.yaml: "Also on Monday", "On the same day", «Также», «Кроме того», «Тем
    временем», «Это уже второй за месяц случай») that reads nobody back and introduces a person
    by an age or by a flight told in a clause («задержали 35-летнего военного, который в мае не
    вернулся в часть»: :func:`awol.link.own_flight.clause_flight`).  Neither the opener alone
    («Тем временем поиски беглецов продолжаются») nor the clause alone (a report's lede retells
    the flight its next sentence tells: «задержали срочника, ушедшего из части под Псковом»)
    says so.  That the extraction found one story at most in the article, or that the
    event is the next stage of the story told before it, is then no evidence the event is of
    that story (:data:`WEAK`): the second man's name, flight or verdict is what unseen text
    loses."""
    text = f.evidence or ""
    if not text:
        return False
    separate, earlier, introduces, _another = case_words(text, f.at is not None)
    if separate or earlier or introduces:
        return True
    return (
        bool(_FURTHER_ITEM.search(text))
        and not refers_back(text)
        and (bool(f.ages) or clause_flight(text))
    )


def evidence_kinds(f: Feat, group: list[Feat], single: bool = False,
                   latest: bool = True) -> set[str]:  # fmt: skip
    """The :data:`KINDS` of positive evidence that ``f`` is of the people of ``group`` (the
    story's events told before it); ``single``: its article tells one story at most;
    ``latest``: the event told just before ``f`` is of this story (a pronoun or "the soldier"
    reads the person told last: with another person told between, it is no evidence of an
    earlier story)."""
    out: set[str] = set()
    if f.evidence and any(g.evidence == f.evidence for g in group):
        out.add("sentence")
    if latest and (refers_back(f.evidence) or (f.names and not written_name(f))):
        out.add("refers")
    if f.ages & frozenset().union(*(g.ages for g in group)):
        out.add("age")
    if f.places and any(places_match(f.places, g.places) for g in group):
        out.add("place")
    if (f.count or 0) >= 2 and any(g.count == f.count for g in group):
        out.add("count")
    if single:
        out.add("single")
    text = f.evidence or ""
    fled = [g.count for g in group if g.type in ("desertion", "wanted") and (g.count or 0) >= 2]
    # (some of them: no status the group is not told with -- "the commander of one of the
    # brigade's companies" is not one of the soldiers who fled it)
    classes = frozenset().union(*(g.classes for g in group))
    if (
        fled
        and f.type != "desertion"
        and (f.count or 1) < max(fled)  # type: ignore[type-var]
        and f.classes <= classes
    ):
        out.add("part")
    # (the story's man told as one of more -- "one of the fugitives was shot" -- and the
    # group's flight told after him)
    if (
        f.type == "desertion"
        and (f.count or 1) >= 2
        and any(PART_OF.search(g.evidence or "") for g in group)
    ):
        out.add("part")
    if text and _RECAP.search(text):
        out.add("recap")
    if (
        text
        and any(g.type in ("sentence", "prosecution") for g in group)
        and not_back()["court_account"].search(text)
    ):
        out.add("court")
    # (a definite noun reads the person told last, or the one told before whose status it
    # says: "the contract soldier" after a contract soldier's and a mobilised man's stories)
    if (
        text
        and (latest or f.classes & classes)
        and not is_cyrillic(text)
        and _DEFINITE.search(text)
    ):
        out.add("definite")
    # a rank or class of few people (an officer, a former convict; not a service status --
    # contract, mobilised, conscript -- said of many men) in common with the story told just
    # before: "The senior lieutenant was charged" after the company commander's detention
    if latest and (f.classes & classes) - exclusive_classes():
        out.add("rank")
    # the next stage of the story told just before, of as many people (a flight, then its
    # search, catch, charge or verdict: "The local court imposed a suspended sentence" after
    # the flight), told in a sentence that introduces nobody (no indefinite "a soldier",
    # «ещё одного», no count of its own)
    if (
        latest
        and text
        and f.type not in {g.type for g in group}
        and all(_STAGE.get(f.type, 1) >= _STAGE.get(g.type, 1) for g in group)
        and all((g.count or 1) == (f.count or 1) for g in group)
        and not not_back()["antecedent"].search(text)
    ):
        out.add("sequence")
    # the flight behind a verdict or charge of the story told just before, which has told none
    # (a court's report opens on the ruling and tells the flight after it)
    if (
        latest
        and f.type == "desertion"
        and not any(g.type == "desertion" for g in group)
        and any(g.type in ("sentence", "prosecution") for g in group)
        and all((g.count or 1) == (f.count or 1) for g in group)
    ):
        out.add("sequence")
    if SINGLE_GUARD and out & WEAK and not out - WEAK and says_other(f):
        return set()
    return out

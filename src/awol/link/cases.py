"""Cases: the incidents of one story, and the story's status timeline.

Within one document, events are grouped into stories: an event joins the best-fitting earlier
group unless it names other people, would be a second desertion / prosecution / sentence of the
same people, is out of order (a sentence dated before the detention), concerns more people than
fled, or its sentence says another person (a service status that excludes the story's, another
age in one person's story; a name the extraction carried does not outweigh it).  Across documents, a case is the union of incidents that share a story group in some
document, or share named people (see :func:`awol.link.incidents.people_link`).
"""

from __future__ import annotations

import re

from awol.link.case_markers import BACK, appeal, case_words, second_case
from awol.link.feat import Feat, written_name
from awol.link.references import not_back, own_antecedent, refers_back
from awol.link.stories import StoryModel, continue_features
from awol.link.story_evidence import evidence_kinds, single_story
from awol.link.story_rules import (
    AFTER_DEATH,
    BOUNDED,
    ONCE_PER_STORY,
    STAGE,
    clause_flight_of_its_own,
    elsewhere,
    flight_of_its_own,
    group_after_one,
    named_after_unnamed,
    new_item,
    nobody_left,
    not_the_hunted,
    other_flight,
    other_rank_or_unit,
    other_status,
    other_verdict,
    relative_of,
    sought_after_caught,
    under_new_heading,
    unmarked_after_manhunt,
    unnamed_after_named,
    unwritten_other,
)
from awol.link.text import names_match, places_match


def _join_score(f: Feat, group: list[Feat], rank: int,
                flights: list[Feat] | None = None) -> float | None:  # fmt: skip
    names = [n for g in group for n in g.names]
    nm = names_match(f.names, names)
    # told under another place heading, or of a relative of the story's man: only a name its
    # own sentence writes holds it to the story (a carried one is the extraction's)
    if (under_new_heading(f, group) or relative_of(f, group)) and not (
        nm is True and written_name(f)
    ):
        return None
    if nm is True:
        if unwritten_other(f, group):
            return None
        # a name the sentence does not write does not take a verdict or a detention from the
        # flight its own sentence tells to a story whose flight is told elsewhere
        # (:func:`other_flight`: «А в Омске суд дал два года условно срочнику, который ...»
        # given the names of the men of the item before)
        if flights and not written_name(f) and other_flight(f, group, flights, names):
            return None
        return 100.0 + rank
    if second_case(f, group) or other_verdict(f, group) or group_after_one(f, group):
        return None
    if sought_after_caught(f, group) or other_rank_or_unit(f, group):
        return None
    if flights and other_flight(f, group, flights, names):
        return None
    if flights and nm is not True and flight_of_its_own(f, group, flights, names):
        return None
    if not flights and nm is not True and clause_flight_of_its_own(f, group):
        return None
    if nm is not True and (not_the_hunted(f, group) or nobody_left(f, group)):
        return None
    if nm is not True and unmarked_after_manhunt(f, group):
        return None
    if nm is False:
        fled = max((g.count or 0 for g in group), default=0)
        if fled <= len({n for n in names}):
            return None
    for g in group:
        if f.type == g.type and f.type in ONCE_PER_STORY and not appeal(f, g):
            return None
        # stages out of order: a later stage dated entirely before an earlier one
        sf, sg = STAGE.get(f.type, 1), STAGE.get(g.type, 1)
        # (a date told relative to another happening -- "a week later" -- orders nothing: the
        # extraction reckoned it from some date of the article, often another stage's; round 40)
        if f.date and g.date and not (f.relative_date or g.relative_date):
            if sf > sg and f.date[1] < g.date[0]:
                return None
            if sg > sf and g.date[1] < f.date[0]:
                return None
        # a death ends one person's story: nobody flees, is sought or caught after it
        for d, e in ((g, f), (f, g)):
            if (d.type == "death" and e.type in AFTER_DEATH and d.date and e.date
                    and e.date[0] > d.date[1] and (d.count or 1) == 1 and (e.count or 1) == 1):  # fmt: skip
                return None
        if f.type in BOUNDED and g.type == "desertion" and f.count and g.count:
            if f.count > g.count:
                return None
        if g.type in BOUNDED and f.type == "desertion" and f.count and g.count:
            if g.count > f.count:
                return None
    # an age the story never states, of one person: another person (in a story of one
    # person's events; in a group's story whose ages it states -- "двух 19-летних срочников", then
    # "30-летнего мобилизованного Сергея Кадочникова" -- unless the sentence refers back to the
    # group: "one of the fugitives, a 22-year-old", «одного из беглецов, 22-летнего»)
    if f.ages and (f.count or 1) == 1:
        ga = frozenset().union(*(g.ages for g in group))
        of_one = all((g.count or 1) == 1 for g in group)
        if ga and not f.ages & ga and (of_one or not refers_back(f.evidence)):
            return None
    s = 0.1 * rank
    fc = frozenset().union(*(g.classes for g in group))
    if nm is None and names and not f.names and unnamed_after_named(f, group):
        return None
    if nm is None and not names and named_after_unnamed(f, group):
        return None
    if elsewhere(f, group, fc):
        return None
    if nm is not True and new_item(f, group, fc):
        return None
    if f.classes and fc:
        if not f.classes & fc and other_status(f.classes, fc):
            return None
        s += 1.0 if f.classes & fc else -0.5
    if f.region and any(g.region == f.region for g in group):
        s += 0.5
    if f.places and any(places_match(f.places, g.places) for g in group):
        s += 0.5
    return s


def _names(group: list[Feat]) -> list[str]:
    return [n for g in group for n in g.names]


def _pronoun_of_latest(f: Feat, latest: list[Feat]) -> bool:
    """Does ``f``, given a name its sentence does not write (the extraction carried it), refer
    back by a pronoun ("against him", «в отношении него») to the man of the story told just
    before it (``latest``), who is unnamed?  "Also in the Voronezh region, a 29-year-old
    mobilised soldier ... was detained there in mid-March.  Military investigators have opened a
    criminal case against him" is that man's charge, whatever earlier named story the
    extraction carried the name from: the pronoun reads the nearest person told, and the
    carried name is the extraction's skip over a man it had no name for."""
    if not f.names or written_name(f) or not f.evidence or not BACK.search(f.evidence):
        return False
    if any(g.names for g in latest):
        return False
    return _join_score(f, latest, 0) is not None


def _reads_the_latest(f: Feat) -> bool:
    """Does the sentence of ``f``, which writes no name, read the person told just before it:
    a pronoun that stands for someone told before ("he", «он», «его»; not one after a person
    its own sentence introduces: :func:`~awol.link.references.own_antecedent`), with nothing
    else in it that says who (no status, age or count of several), or, given a name its
    sentence does not write (the extraction's), no word of a person at all («Возбуждено
    уголовное дело.»)?  Either is told on of the story just before it in the text, whatever
    status, region or carried name ties it to an earlier one."""
    if (f.names and written_name(f)) or f.classes or f.ages or (f.count or 1) > 1:
        return False
    text = f.evidence or ""
    pat = not_back()
    if pat["antecedent"].search(text):
        return False
    if not f.names:
        return bool(pat["pronoun"].search(own_antecedent(text)))
    return not BACK.search(text) and not pat["pronoun"].search(text)


def _pronoun_moves(feats: list[Feat], groups: list[list[int]]) -> list[list[int]]:
    """``groups`` with each event that :func:`_pronoun_of_latest` reads as the unnamed man's
    of the story told just before it moved to that story.  "Just before": the event whose
    evidence sentence starts nearest before its own in the text (``Feat.at``, where every
    event gives it), else the event before it in the given order.  The extraction gives a merged event at its first mention:
    «В отношении него возбуждено уголовное дело», an article's last sentence, came before the
    paragraph of the other man it is of, so the grouping had only the earlier, named story to
    give it to.  Groups left empty are dropped; the others keep their order."""
    of = {i: gi for gi, g in enumerate(groups) for i in g}
    out = [list(g) for g in groups]
    placed = all(f.at is not None for f in feats)
    moved = False
    for i, f in enumerate(feats):
        carried = bool(f.names) and not written_name(f) and BACK.search(f.evidence or "")
        if not f.evidence or not (carried or _reads_the_latest(f)):
            continue
        if not placed:
            j = i - 1
        else:
            before = [k for k, g in enumerate(feats) if g.at < f.at]  # type: ignore[operator]
            j = max(before, key=lambda k: (feats[k].at, k), default=-1)
        if j < 0 or of[j] == of[i]:
            continue
        if any(feats[k].evidence == f.evidence for k in out[of[i]] if k != i):
            continue  # (held where it is by its own sentence's events)
        latest = [feats[k] for k in out[of[j]]]
        if _pronoun_of_latest(f, latest) or (
            not carried and _join_score(f, latest, 0) is not None
        ):
            out[of[i]].remove(i)
            out[of[j]] = sorted([*out[of[j]], i])
            of[i] = of[j]
            moved = True
    return [g for g in out if g] if moved else groups


def _told_with(feats: list[Feat], i: int) -> list[Feat]:
    """The events other than flights told later in the sentence of the flight ``feats[i]``
    (none for another type).  A roundup tells a case in a sentence: "In Kazan, mobilized
    soldier Rustem Gainullin received five years in a penal colony for abandoning his
    positions", after an unnamed conscript's verdict whose flight the extraction did not give.
    The flight comes first in the reading and, naming nobody of the story, would continue it on
    its order alone (the story has no flight yet); its verdict may not (a second verdict), and
    the name then carries the verdict after its flight into the wrong story.  The flight is
    the verdict's: it joins only a story the verdict could join too."""
    f = feats[i]
    if f.type != "desertion" or not f.evidence:
        return []
    return [h for h in feats[i + 1 :] if h.evidence == f.evidence and h.type != "desertion"]


def document_groups(feats: list[Feat], model: StoryModel | None = None) -> list[list[int]]:
    """Story groups (lists of event positions) of one document's events, in order.

    A story whose people the event names is joined; among the others its rules allow, the
    best-fitting by the rules' score (an earlier story than the latest only on some evidence),
    or with a story ``model`` (:mod:`awol.link.stories`, measured, not adopted) the one it finds
    most likely continued, when that reaches its threshold.

    The events are read in the article's order (their sentences' offsets, ``Feat.at``, where
    every event gives one; events of one sentence in the given order), not in the extraction's:
    a merged event stands at its first mention, and one sentence's events after another
    sentence's ("5. Оренбург. ... против рядового Тимура Садыкова. По версии следствия, в
    декабре он не вернулся в часть": the flight, listed before its charge, read "он" as the
    man of the item before).  "The latest story" is the one told last before the event."""
    order = _text_order(feats)
    if order is None:
        return _document_groups(feats, model)
    groups = _document_groups([feats[k] for k in order], model)
    return [sorted(order[j] for j in g) for g in groups]


def _text_order(feats: list[Feat]) -> list[int] | None:
    """The events' positions in the order their sentences start in the text (ties in the
    given order), or None where an event has no offset or the order is the given one."""
    if any(f.at is None for f in feats):
        return None
    order = sorted(range(len(feats)), key=lambda k: (feats[k].at, k))
    return None if order == list(range(len(feats))) else order


# ask for positive evidence before an unnamed event joins a story (round 50); False: the rules
# that part alone (as until round 49), for the counts of ``scripts/story_evidence.py``
POSITIVE_ONLY = True


def _document_groups(feats: list[Feat], model: StoryModel | None = None) -> list[list[int]]:
    groups: list[list[int]] = []
    told: dict[str, list[Feat]] = {}  # a sentence -> the flights it tells
    single = single_story(feats)
    for f in feats:
        if f.type == "desertion" and f.evidence:
            told.setdefault(f.evidence, []).append(f)
    for i, f in enumerate(feats):
        best, best_s = None, None
        flights = told.get(f.evidence or "") if f.type != "desertion" else None
        mates = _told_with(feats, i)
        for gi, g in enumerate(groups):
            members = [feats[j] for j in g]
            s = _join_score(f, members, gi, flights)
            # a flight goes with the events its own sentence tells: where one of them may not
            # join a story, neither may the flight, unless it names the story's people
            if (
                s is not None
                and s < 100.0
                and any(
                    _join_score(h, members, gi, told.get(h.evidence or "")) is None for h in mates
                )
            ):
                s = None
            # order alone joins nothing: an event that names none of the story's people joins
            # it only on positive evidence it is of them (:mod:`awol.link.story_evidence`)
            # (an event with no sentence to read -- an annotation -- is not asked)
            if s is not None and s < 100.0 and POSITIVE_ONLY and f.evidence and not evidence_kinds(
                f, members, single, latest=(i - 1) in g
            ):
                s = None
            if s is not None and s < 100.0 and model is not None:
                x = continue_features(f, members, previous=(i - 1) in g, gap=i - 1 - g[-1])
                p = model.probability(x)
                s = p if p >= model.threshold else None
            # an unnamed mention continues the latest story; an earlier one only on some
            # evidence (a status, region or place in common), not on its order alone -- nor
            # does a mention of other people than the story names (a group's unnamed one:
            # "5. Оренбург. ... против рядового Тимура Садыкова" does not go back to the
            # story of Nikita Voronin "вместе с братом" two items before)
            elif (
                s is not None
                and gi < len(groups) - 1
                and s - 0.1 * gi <= 0
                and (not f.names or names_match(f.names, _names(members)) is False)
            ):
                s = None
            if s is not None and (best_s is None or s > best_s):
                best, best_s = gi, s
        if best is None:
            groups.append([i])
        else:
            groups[best].append(i)
    _one_sentence_one_story(feats, groups)
    return _pronoun_moves(feats, groups) if len(groups) > 1 else groups


# words by which an article tells a further group's flight as a part of the story it tells:
# "another 7 deserters fled", "50 more", "ещё семь", "как сообщалось ранее, ... 39"
_FURTHER = re.compile(
    r"\banother\b|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozen)\s+more\b"
    r"|(?<!\w)ещ[её](?!\w)|сообщалось\s+ранее|ранее\s+сообщалось"
    r"|\bas\s+(?:was\s+)?(?:previously\s+|earlier\s+)?reported\b|\breported\s+earlier\b",
    re.IGNORECASE,
)


def _classes(f: Feat) -> frozenset[str]:
    """Descriptor classes of the people, from the descriptor and the sentence (an extracted
    ``who`` is often cut to its head word: "deserters" of "deserters from among the prisoners")."""
    from awol.link.text import descriptor_classes

    return f.classes | descriptor_classes(f.evidence)


def _group_flight(f: Feat) -> bool:
    return f.type == "desertion" and not f.names and (f.count or 0) >= 2


# days between two flights told to the day, beyond which a further group's flight is another
# happening of its own (round 39: «6 октября ... ушли из части в Камышине» and «Во вторник, 14
# октября, из части в Урюпинске ушли ещё семеро»)
WAVE_DAYS = 2


def _two_waves(a: Feat, b: Feat) -> bool:
    """Two group flights an article tells are two happenings, whatever "another" / «ещё» says
    of the later one: each names its own place and the two do not match (two units: a unit in
    Kamyshin, another in Uryupinsk), or each is told to the day, on its own words, and the days
    are more than :data:`WAVE_DAYS` apart (the 4th and the 12th of one month).  «ещё» then
    says a further case of the region, not a further part of the story: the two groups' stories
    are two cases, each with its own answer (four of the seven caught, three of the five)."""
    if a.places and b.places and not places_match(a.places, b.places):
        return True
    if not (a.date and b.date) or a.date[2] < 3 or b.date[2] < 3:
        return False
    if a.weak_date or b.weak_date:
        return False
    return abs(a.date[0] - b.date[0]) > WAVE_DAYS


def story_ties(feats: list[Feat], groups: list[list[int]]) -> list[tuple[int, int]]:
    """Pairs of events (positions) of two story groups of one document that are one CASE though
    two flights: the article tells a further group's flight as part of the story ("A further 5
    runaways, all ex-convicts, escaped", after 39 convicts' flight; "another 50
    soldiers deserted" after a brigade's 1,700).  Both are flights of unnamed groups (two or
    more people, different counts) in stories that name nobody, the later one's sentence says
    it is a further one (:data:`_FURTHER`) and does not say it tells another case ("In a
    separate case, seven more ...": ``case_markers.case_words``), and they share a descriptor class (convicts,
    mobilised ..., said by the descriptor or the sentence) or neither says a region or place
    the other contradicts.  The groups stay apart for the story context the incidents are scored with (two flights, two happenings);
    the linker joins them into one case (a case link), as the gold cases do."""
    of = {j: gi for gi, g in enumerate(groups) for j in g}
    named = {gi for gi, g in enumerate(groups) if any(feats[j].names for j in g)}
    ties: list[tuple[int, int]] = []
    for b, fb in enumerate(feats):
        if not _group_flight(fb) or of[b] in named or not _FURTHER.search(fb.evidence or ""):
            continue
        # "In a separate case, seven more ex-convicts fled": "more" counts a further group,
        # the sentence says it is another case (round 52, cases52)
        if case_words(fb.evidence or "")[0]:
            continue
        for a in range(b - 1, -1, -1):
            fa = feats[a]
            if of[a] == of[b] or of[a] in named or not _group_flight(fa) or fa.count == fb.count:
                continue
            if _two_waves(fa, fb):
                break
            if not (_classes(fa) & _classes(fb)):
                if fa.region and fb.region and fa.region != fb.region:
                    continue
                if fa.places and fb.places and not places_match(fa.places, fb.places):
                    continue
            ties.append((a, b))
            break
    return ties


def _sentence_only(f: Feat, group: list[Feat]) -> bool:
    """Nothing holds ``f`` in ``group`` that its sentence's tie to another story's first event
    does not outweigh: no name its sentence writes (a name it does not write is the
    extraction's, carried by the order of the sentences), no status and no place in common with
    the group; a region in common does not hold it ("В среду в Казани задержали
    военнослужащего, который в марте покинул часть в Белгородской области" after a Tatarstan
    manhunt: the detention is of the flight its own sentence tells)."""
    if f.names and written_name(f):
        return False
    fc = frozenset().union(*(g.classes for g in group)) if group else frozenset()
    if f.classes & fc:
        return False
    return not (f.places and any(places_match(f.places, g.places) for g in group))


def _one_sentence_one_story(feats: list[Feat], groups: list[list[int]]) -> None:
    """An event told in the same sentence as the first event of a later story belongs to that
    story when only its order had put it in an earlier one ('В Тверской области задержаны
    четверо, ушедшие со службы' after a Novosibirsk story: the detention came
    first in the reading and continued the Novosibirsk story, the flight of its sentence then
    began another).  Moved in place; a story's first event stays."""
    first = {g[0]: gi for gi, g in enumerate(groups)}
    for start, gi in sorted(first.items()):
        f = feats[start]
        if not f.evidence:
            continue
        for hi, h in enumerate(groups):
            if hi == gi:
                continue
            for j in [j for j in h[1:] if j < start and feats[j].evidence == f.evidence]:
                rest = [feats[k] for k in h if k != j]
                if _sentence_only(feats[j], rest) and _join_score(feats[j], [f], 0) is not None:
                    h.remove(j)
                    groups[gi].append(j)
                    groups[gi].sort()


def implied_people(group: list[dict]) -> dict[int, list[str]]:
    """People an unnamed event of a story group stands for: for each position in ``group`` (one
    document's story group, event dicts with ``names`` and ``count``) of an event without names,
    everybody the group names (one spelling per person), when the event's count (1 if unknown)
    is at least their number ("he was detained" in a story about one named deserter).  Events
    whose count is smaller than the number of named people are ambiguous and get nothing."""
    from awol.link.text import name_parts

    people: dict[str, str] = {}
    for ev in group:
        for n in ev.get("names") or []:
            k = name_parts(n)[1]
            if k:
                people.setdefault(k, n)
    out: dict[int, list[str]] = {}
    if not people:
        return out
    for i, ev in enumerate(group):
        if ev.get("names"):
            continue
        cnt = ev.get("count") if isinstance(ev.get("count"), int) else None
        if (cnt or 1) >= len(people):
            out[i] = list(people.values())
    return out


def story_people(inc: dict, implied: list[list[str]]) -> list[str]:
    """``story_people`` of an incident: the people its unnamed member events stand for
    (``implied``: their :func:`implied_people` lists) that it does not name itself, when
    together with its own names they do not exceed its count (1 if unknown)."""
    from awol.link.text import name_parts

    names = (inc.get("fields") or {}).get("names") or []
    own = {name_parts(x)[1] for x in names} - {""}
    extra: dict[str, str] = {}
    for lst in implied:
        for n in lst:
            k = name_parts(n)[1]
            if k and k not in own:
                extra.setdefault(k, n)
    cnt = (inc.get("fields") or {}).get("count")
    limit = max(cnt if isinstance(cnt, int) else 1, len(own))
    if not extra or len(own) + len(extra) > limit:
        return []
    return sorted(extra.values())

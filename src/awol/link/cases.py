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
from functools import lru_cache

from awol.link.features import Feat, written_name
from awol.link.references import blank, not_back, own_antecedent, refers_back
from awol.link.stories import StoryModel, continue_features
from awol.link.text import (
    case_pattern,
    descriptor_classes,
    exclusive_classes,
    names_match,
    places_match,
)
from awol.link.timeline import STATUS_TYPES, person_keys, status_summary, timeline  # noqa: F401

ONCE_PER_STORY = {"desertion", "prosecution", "sentence"}
# stages of a story: the desertion comes first and the sentence last; manhunt, charges, detention
# and death come in any order in between (a case is often opened in absentia before the
# detention, or the charges follow it; one of two deserters may be caught before the other is
# declared wanted)
STAGE = {"desertion": 0, "wanted": 1, "prosecution": 1, "detention": 1, "death": 1, "sentence": 2}
OUTCOME = {"detention", "death", "sentence"}
AFTER_DEATH = {"desertion", "wanted", "detention"}  # cannot be dated after the person's death
# about no more people than fled: a detention, death or verdict, and a manhunt or charges ("the
# two men were put on the wanted list" is not of a story whose flight is one man's)
BOUNDED = OUTCOME | {"wanted", "prosecution"}


# a higher court's ruling on a sentence: the same person's case, not a second story
_APPEAL = re.compile(
    r"\bappeal|\bappellate\b|\bcassation\b|\bsupreme court\b|\boverturn|\bupheld\b"
    r"|апелляц|кассац|верховн\w*\s+суд",
    re.IGNORECASE,
)


def _appeal(f: Feat, g: Feat) -> bool:
    """Two sentences of one story: either is a higher court's ruling (an appeal, a cassation,
    the Supreme Court), and neither names other people than the other (their names are
    compared before)."""
    return f.type == "sentence" and bool(
        _APPEAL.search(f.evidence or "") or _APPEAL.search(g.evidence or "")
    )


# how a sentence says it tells another case than the story before it ("In a separate case",
# "Earlier,", "Ранее", "ещё один военнослужащий"): `second_case` in descriptors.yaml
_SEPARATE = case_pattern("separate")
_EARLIER = case_pattern("earlier")
_BACK = case_pattern("back")
_PART_OF = case_pattern("part_of")  # "one of the two soldiers", "один из двух военнослужащих"
_INTRODUCES = case_pattern("introduces")
_ANOTHER_ONE = case_pattern("another_one")


def _one_person(group: list[Feat]) -> bool:
    """A story of one person, as its flight says: a desertion of one (by its count, or its one
    name when it has no count; an unknown count is no evidence) and no event of more people."""
    flights = [g for g in group if g.type == "desertion"]
    return (
        bool(flights)
        and all(
            len(g.names) <= 1 and (g.count == 1 or (g.count is None and len(g.names) == 1))
            for g in flights
        )
        and all((g.count or 1) == 1 for g in group)
    )


def second_case(f: Feat, group: list[Feat], named: bool | None = None) -> bool:
    """Does the sentence of ``f`` (which names nobody of ``group``, told in another sentence)
    say it tells another case than the story ``group``?  It says so (:data:`_SEPARATE`: "In a
    separate case", "аналогичный случай"); or it opens on an earlier time (:data:`_EARLIER`:
    "Earlier,", "Last year", "Ранее", "В прошлом году") or, naming nobody, introduces a person
    with the indefinite article (:data:`_INTRODUCES`: "detained a contract soldier who"), refers
    back to nobody (:data:`_BACK`), is no higher court's ruling on a sentence of the story
    (:func:`_appeal`) and has no group's count or place in common with the story ("Earlier,
    media reported that 18 North Korean soldiers had deserted" after the 18's detention); or it
    tells of a further person ("another deserter", "ещё один военнослужащий") when the story's
    flight is one person's."""
    text = f.evidence or ""
    if not text or _told_before_all(f, group):
        return False
    separate, earlier, introduces, another = _case_words(text, f.at is not None)
    if not (separate or earlier or introduces or another):
        return False
    if any(g.evidence == text for g in group):
        return False
    if separate:
        return True
    if named is None:
        named = bool(f.names)
    if earlier or (introduces and not named):
        if f.count and f.count >= 2 and any(g.count == f.count for g in group):
            return False
        if any(_appeal(f, g) for g in group):
            return False
        return not (f.places and any(places_match(f.places, g.places) for g in group))
    return another and (f.count or 1) == 1 and _one_person(group)


def _told_before_all(f: Feat, group: list[Feat]) -> bool:
    """Is the sentence of ``f`` before every sentence of the story in the text (the
    extraction's offsets)?  Then what it says of a person is said before the story was told:
    "Russian police are searching for a 19-year-old conscript who walked out of his base ..."
    opens the report whose later "Yegor Malkov was declared wanted on Monday" the extraction
    lists first (a merged event stands at its first mention); "a conscript" introduces the man
    the story then names, not another one."""
    return f.at is not None and bool(group) and all(g.at is not None and g.at > f.at for g in group)


@lru_cache(maxsize=4096)
def _case_words(text: str, placed: bool = False) -> tuple[bool, bool, bool, bool]:
    """What a sentence says for :func:`second_case` (read once per sentence: the grouping asks
    it of every story an event could join): another case said (:data:`_SEPARATE`); an earlier
    time opening it, with no reference back (:data:`_EARLIER`, :data:`_BACK`); a person
    introduced with the indefinite article, with no reference back (:data:`_INTRODUCES`); a
    further person (:data:`_ANOTHER_ONE`).  With ``placed`` (the event's offsets are known: its
    stories are those its text tells before it), a pronoun after the person the sentence
    introduces is that person's (:func:`own_antecedent`) and does not cancel the introduction;
    without offsets (annotations in the annotator's order, where a story listed before may be
    told after the sentence in its text) the pronoun still does (round 35)."""
    if _SEPARATE.search(text):
        return True, False, False, False
    earlier, introduces = bool(_EARLIER.search(text)), bool(_INTRODUCES.search(text))
    words = blank(text, "same_thing")
    if (earlier or introduces) and _BACK.search(own_antecedent(words) if placed else words):
        earlier = introduces = False
    return False, earlier, introduces, bool(_ANOTHER_ONE.search(text))


def says_another(text: str | None) -> bool:
    """Does the sentence say it tells another case or a further person (:data:`_SEPARATE`: "In
    a separate case"; :data:`_ANOTHER_ONE`: "another soldier", «ещё одного контрактника»)?"""
    separate, _, _, another = _case_words(text or "")
    return separate or another


def _other_status(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two service statuses that exclude each other (contract / mobilised / conscript), and no
    class in common: "a 24-year-old contract soldier" sentenced, after a story of two conscripts,
    is another person (the caller knows they share no name)."""
    ex = exclusive_classes()
    sa, sb = a & ex, b & ex
    return bool(sa) and bool(sb) and not sa & sb


def _unwritten_other(f: Feat, group: list[Feat]) -> bool:
    """A name ``f`` shares with ``group`` that one side's sentences do not write (the extraction
    carried it there), while the sentences say another person or case: a second flight, charge
    or verdict of the story, a sentence that tells another case (:func:`second_case`: "police in
    Kazan detained a serviceman who ...", "ещё одного контрактника" after one man's story),
    one person's age and another, or service statuses
    that exclude each other (contract / mobilised / conscript).  "Также в
    среду суд вынес приговор 45-летнему военнослужащему" after a 32-year-old's detention is
    another man's verdict, whatever name the extraction carried into it."""
    if written_name(f) and any(
        written_name(g) for g in group if names_match(f.names, list(g.names))
    ):
        return False
    # what parts a story without names parts it when a name is only carried: a second flight,
    # charge or verdict of the story, or a sentence that says it tells another case or
    # introduces a person ("police in Kazan detained a serviceman who ..."; not an earlier time
    # alone: "In February, a court issued a warrant for his arrest" is the story's background)
    if any(f.type == g.type and f.type in ONCE_PER_STORY and not _appeal(f, g) for g in group):
        return True
    separate, _, introduces, another = _case_words(f.evidence or "", f.at is not None)
    if (separate or ((introduces or another) and not written_name(f))) and second_case(
        f, group, named=False
    ):
        return True
    fc = frozenset().union(*(g.classes for g in group))
    if f.classes and fc and not f.classes & fc and _other_status(f.classes, fc):
        return True
    if f.ages and (f.count or 1) == 1 and all((g.count or 1) == 1 for g in group):
        ga = frozenset().union(*(g.ages for g in group))
        return bool(ga) and f.ages.isdisjoint(ga)
    return False


def _unnamed_after_named(f: Feat, group: list[Feat]) -> bool:
    """An event that names nobody, after a story that names all its people, held to it by
    nothing but the order: its sentence is none of the story's, refers back to nobody (no
    "he", "the soldier", "его", "беглеца": :data:`_BACK`; no "one of the two", "один из":
    :data:`_PART_OF`) and shares no status, age or place with the story ("вынес приговор
    32-летнему военнослужащему" after a 32-year-old's story is his).  Where an article names
    one person, the extraction names his unnamed events itself ("В августе его задержали"); an
    event it left unnamed after a named story is told of someone it did not take for him
    ("Также в среду в Кяхте задержали военнослужащего, который ..."): another story.  (The
    caller knows the event names nobody and the story names somebody.)"""
    if not f.evidence or any(g.evidence == f.evidence for g in group):
        return False  # (no sentence to read: nothing says it is another person)
    # a group the story names only some of: the others are its unnamed people ("в отношении
    # всех пятерых оставшихся в живых" after one named man of the six who fled)
    named = len({n for g in group for n in g.names})
    if any((g.count or 0) > named for g in group):
        return False
    if f.classes & frozenset().union(*(g.classes for g in group)):
        return False
    return not _tied(f, group, f.evidence or "")


def _other_flight(f: Feat, group: list[Feat], flights: list[Feat], names: list[str]) -> bool:
    """The sentence of ``f`` tells a flight of its own (``flights``: the document's desertions
    told in it) that is not the story's: the story already has a flight told in another
    sentence, and the sentence's flight names none of its people.  A roundup tells each case
    in a sentence of its own ("In Kazan, mobilized soldier Rustem Gainullin received five years
    for abandoning his positions in the Zaporizhzhia region"; «А в Омске суд вынес приговор
    срочнику, который месяц провёл в самоволке»): the verdict goes with the flight its own
    sentence tells, which starts a story of its own (a second flight), not with the story told
    before, whatever status or region they share."""
    if f.type == "desertion" or not flights:
        return False
    if not any(g.type == "desertion" and g.evidence != f.evidence for g in group):
        return False
    return all(names_match(list(d.names), names) is not True for d in flights)


def _flight_of_its_own(f: Feat, group: list[Feat], flights: list[Feat], names: list[str]) -> bool:
    """The sentence of ``f`` tells a flight of its own (``flights``), after a story that has
    told no flight (a manhunt, a search notice), and nothing ties ``f`` to the story: no name of
    the story in the sentence's flight, no age or place in common, no word referring back
    (:func:`_tied`).  "Police in Bryansk Oblast are searching for two conscripts ... Police in
    Novozybkov detained a serviceman who had left his unit in the Kursk region": the detention
    is of the man whose flight its own sentence tells, not of the manhunt told before, whatever
    region they share; "On Tuesday the fugitives, who had left their unit on Sunday, were
    detained" refers back and stays."""
    if f.type == "desertion" or not flights or not f.evidence:
        return False
    if any(g.type == "desertion" or g.evidence == f.evidence for g in group):
        return False
    if any(names_match(list(d.names), names) is True for d in flights):
        return False
    return not _tied(f, group, f.evidence)


def _not_the_hunted(f: Feat, group: list[Feat]) -> bool:
    """A detention, death or verdict (``f``, naming nobody of the story) after a manhunt story
    that has told no flight, of other people than the hunted: more people than any of the
    story's manhunts is for (fewer are some of the hunted: «Двоих задержали, третьего ищут»),
    or a date entirely before every one of them, and nothing that ties it to the story
    (:func:`_tied`: no word referring back, "one of the two", "беглеца", no age or place in
    common).  "Police in Bryansk Oblast are searching for two conscripts ... On Oct. 18, border
    guards in the same region detained a 34-year-old ..." (caught the day before the notice) is
    not the manhunt's; the region they share does not hold it."""
    if f.type not in OUTCOME or not f.evidence:
        return False
    if any(g.type == "desertion" or g.evidence == f.evidence for g in group):
        return False
    hunts = [g for g in group if g.type == "wanted"]
    if not hunts or _tied(f, group, f.evidence):
        return False
    if f.count is not None and all(g.count is not None and g.count < f.count for g in hunts):
        return True
    return f.date is not None and all(g.date is not None and f.date[1] < g.date[0] for g in hunts)


def _nobody_left(f: Feat, group: list[Feat]) -> bool:
    """A manhunt (``f``, naming nobody of the story) of another number of people than fled,
    told after the story's detention of everybody its flight counts, in a sentence of its own that does not refer back, shares no
    age or place with the story (:func:`_tied`) and is not dated before the detention: nobody
    of the story is still sought, so the hunted man is another.  Told after: its sentence
    comes after the detention's in the text.  «Сотрудники полиции ... задержали
    двоих военнослужащих, которые ... самовольно отсутствовали в части» then «Тем временем в
    Хабаровском крае продолжаются поиски военного, который ...», its flight clause not
    extracted (or read as another type): the search is not of the two caught.  A search of
    some of them still at large («Двоих задержали, третьего ищут» after three fled) is not
    parted: fewer were caught than fled."""
    if f.type != "wanted" or not f.evidence or any(g.evidence == f.evidence for g in group):
        return False
    fled = [g.count for g in group if g.type == "desertion"]
    caught = [g for g in group if g.type == "detention"]
    if not fled or None in fled or not caught or any(g.count is None for g in caught):
        return False
    # told after the detention in the text (the extraction's offsets; nothing read without
    # them): "Police launched a search across the district", told before "They were found in a
    # forest", is the story's own search, whatever order the events are listed in
    if f.at is None or any(g.at is None or g.at > f.at for g in caught):
        return False
    if sum(g.count or 0 for g in caught) < max(fled):  # type: ignore[type-var]
        return False
    # a search of as many people as fled may be the story's own, told out of its order (an
    # event the extraction gave another type: "A criminal case has been opened" read as one)
    if f.count is None or f.count == max(fled):  # type: ignore[type-var]
        return False
    if f.date is not None and any(g.date is not None and f.date[1] < g.date[0] for g in caught):
        return False  # the search told after, dated before the detention: the story's own
    return not _tied(f, group, f.evidence)


def _named_after_unnamed(f: Feat, group: list[Feat]) -> bool:
    """An event whose sentence writes a name, after a story that names nobody and has told its
    flight in another sentence, held to it by nothing but the order: its sentence refers back
    to nobody (:data:`_BACK`, :data:`_PART_OF`) and shares no age or place with the story.  The
    story's man was unnamed when his flight was told; a name first written after it, with no
    word that ties it to him, is of the next case of a roundup ("In Kazan, mobilized soldier
    Rustem Gainullin received five years" after an unnamed Kursk detainee's story).  A name
    given to the man just introduced, before any flight of the story ("another contractor ...
    was sentenced.  Salavat Khairasov was supposed to return ..."), stays.  A manhunt story
    (its events all manhunts, no flight told) is parted the same way by a named detention,
    death or verdict ("Полиция ищет военнослужащего ... В понедельник в Ржеве задержали Ивана
    Петрова"): the hunted man caught is told as such ("Беглеца, Ивана Петрова, задержали").
    (The caller knows the story names nobody.)"""
    if not f.names or not written_name(f) or not f.evidence:
        return False
    if any(g.evidence == f.evidence for g in group):
        return False
    if not any(g.type == "desertion" for g in group) and not (
        f.type in OUTCOME and all(g.type == "wanted" for g in group)
    ):
        return False
    return not _tied(f, group, _before_name(f))


def _elsewhere(f: Feat, group: list[Feat], fc: frozenset[str]) -> bool:
    """An unnamed detention, death or verdict (or one given a name its sentence does not write:
    the extraction carried it, round 33) in a region that none of the story's events is in,
    held to the story by nothing but the order: no marker class in common (``fc``: the
    story's classes; a service status -- mobilised, contract, conscript -- is said of many men
    and does not hold it: «Самара. Гарнизонный суд приговорил к четырём годам 27-летнего
    мобилизованного ...» after a Ryazan item of another mobilised man), no sentence of the
    story, no word referring back, no age or place in common (:func:`_tied`).  A roundup
    moves on by region: «А в Омске суд вынес приговор срочнику, который ...» after three
    contract soldiers' flight and detention in Zabaikalye is another man's verdict, whose own
    flight the extraction may not give (so :func:`_other_flight` cannot part it).  One man's story told across regions says so: "He was detained in
    Kazan", «Его задержали в Казани», "one of the fugitives" (a manhunt's region is the
    police's, a charge's the investigators': those are left to the other rules)."""
    if f.type not in OUTCOME or not f.region or written_name(f) or not f.evidence:
        return False  # (a name its sentence does not write is the extraction's: no name)
    regions = {g.region for g in group if g.region}
    if not regions or f.region in regions or (f.classes & fc) - exclusive_classes():
        return False
    if any(g.evidence == f.evidence for g in group):
        return False
    # a participle that qualifies the noun before it («27-летнего мобилизованного, сбежавшего
    # из госпиталя») describes the man the sentence tells, as "who had slipped out" does; it
    # refers back to nobody (round 32: not said of every sentence -- only here, where the
    # region already says another man)
    # "one of them" after a sentence of other people (:func:`mark_after_others`): a person
    # introduced, or a status none of the story's people has, is who the words read
    others = f.after_others
    if others and (_INTRODUCED in others or not others & fc):
        return not _tied(f, group, "")
    return not _tied(f, group, blank(f.evidence, "noun_clause"))


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n\s*\n")
_INTRODUCED = "*"  # in ``after_others``: a person introduced ("a soldier who", «ещё один»)
_LONG_ENOUGH = 20  # characters: a sentence, not a stray heading or a dateline


def mark_after_others(recs: list[dict], text: str | None) -> None:
    """Mark each event whose sentence comes just after a sentence the extraction took no event
    from that tells people, with no word referring back ("they", «из них», "the older
    brother"): ``rec["after_others"]``, the service statuses that sentence says («трое
    контрактников»: contract) and ``*`` where it introduces a person ("a 25-year-old soldier
    who", «ещё один»).  Where none of the story's people has such a status (or a person is
    introduced), they are other people.  Its own "one of them", «Одного из них задержали в
    Чите», reads those people, not the story told before them: where the extraction did not
    give their flight («В Забайкалье 2 ноября трое контрактников ушли из части с автоматами»),
    the word would tie the detention to the previous item's men (``_elsewhere``).  Read off the
    article's text by the events' offsets (``at``); nothing is marked without them (annotations,
    a document given without its text).  Kept in the record, so a stored linker reads the same."""
    if not text:
        return
    spans = []
    for r in recs:
        at, ev = r.get("at"), r.get("evidence") or ""
        if at is None or not ev or text[at : at + len(ev)] != ev:
            return  # offsets that do not fit the text: read nothing
        spans.append((at, at + len(ev)))
    for r, (start, _end) in zip(recs, spans, strict=True):
        before = [e for s, e in spans if s < start]
        if not before:
            continue  # nothing told before it: the title and lede are the story's
        gap = text[min(max(before), start) : start]
        last = [p for p in _SENTENCE_END.split(gap) if p.strip()]
        if not last or len(last[-1].strip()) < _LONG_ENOUGH:
            continue
        said = last[-1]
        if refers_back(said):
            continue
        said_of = set(descriptor_classes(said))
        if _INTRODUCES.search(said) or _ANOTHER_ONE.search(said):
            said_of.add(_INTRODUCED)
        if said_of:
            r["after_others"] = sorted(said_of)


def _tied(f: Feat, group: list[Feat], words: str) -> bool:
    """Is ``f`` held to the story by more than the order: an age or a place in common, or
    ``words`` of its sentence referring back to people told before (:data:`_BACK`: "he", "the
    soldier", "его", "беглеца"; :data:`_PART_OF`: "one of the two", "один из")?"""
    if f.ages & frozenset().union(*(g.ages for g in group)):
        return True
    if f.places and any(places_match(f.places, g.places) for g in group):
        return True
    return refers_back(words)


def refers_to_someone(text: str | None) -> bool:
    """Does the sentence speak of someone told before: a word referring back
    (:func:`refers_back`; a participle that qualifies the noun before it, «контрактника,
    сбежавшего из части», describes the man the sentence tells and is not one) or a possessive
    ("a warrant for his arrest"; ``possessive`` in references.yaml), and says no further person
    ("The same court sentenced another conscript": :func:`says_another`)?  An unnamed event
    whose sentence does is no evidence that its article parted it from the people the article
    names (``features.document_features``, ``apart``)."""
    if not text or says_another(text):
        return False
    return refers_back(blank(text, "noun_clause")) or bool(not_back()["possessive"].search(text))


def _before_name(f: Feat) -> str:
    """The words of ``f``'s sentence before the first of its names it writes: what refers back
    to someone told before ("The soldier, Timur Ragimov, ..."); after the name, "he" and "the
    soldier" are the named man ("Serviceman Danil Kotov was given a suspended sentence -- he
    was accused ...").  The whole sentence where no name is found (by its surname's stem)."""
    text = f.evidence or ""
    at = [text.find(w[: max(4, len(w) - 2)]) for n in f.names if (w := n.split()[-1])]
    at = [k for k in at if k >= 0]
    return text[: min(at)] if at else text


def _join_score(f: Feat, group: list[Feat], rank: int,
                flights: list[Feat] | None = None) -> float | None:  # fmt: skip
    names = [n for g in group for n in g.names]
    nm = names_match(f.names, names)
    if nm is True:
        if _unwritten_other(f, group):
            return None
        # a name the sentence does not write does not take a verdict or a detention from the
        # flight its own sentence tells to a story whose flight is told elsewhere
        # (:func:`_other_flight`: «А в Омске суд дал два года условно срочнику, который ...»
        # given the names of the men of the item before)
        if flights and not written_name(f) and _other_flight(f, group, flights, names):
            return None
        return 100.0 + rank
    if second_case(f, group):
        return None
    if flights and _other_flight(f, group, flights, names):
        return None
    if flights and nm is not True and _flight_of_its_own(f, group, flights, names):
        return None
    if nm is not True and (_not_the_hunted(f, group) or _nobody_left(f, group)):
        return None
    if nm is False:
        fled = max((g.count or 0 for g in group), default=0)
        if fled <= len({n for n in names}):
            return None
    for g in group:
        if f.type == g.type and f.type in ONCE_PER_STORY and not _appeal(f, g):
            return None
        # stages out of order: a later stage dated entirely before an earlier one
        sf, sg = STAGE.get(f.type, 1), STAGE.get(g.type, 1)
        if f.date and g.date:
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
    if nm is None and names and not f.names and _unnamed_after_named(f, group):
        return None
    if nm is None and not names and _named_after_unnamed(f, group):
        return None
    if _elsewhere(f, group, fc):
        return None
    if f.classes and fc:
        if not f.classes & fc and _other_status(f.classes, fc):
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
    if not f.names or written_name(f) or not f.evidence or not _BACK.search(f.evidence):
        return False
    if any(g.names for g in latest):
        return False
    return _join_score(f, latest, 0) is not None


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
        if not f.names or not f.evidence or written_name(f) or not _BACK.search(f.evidence):
            continue
        if not placed:
            j = i - 1
        else:
            before = [k for k, g in enumerate(feats) if g.at < f.at]  # type: ignore[operator]
            j = max(before, key=lambda k: (feats[k].at, k), default=-1)
        if j < 0 or of[j] == of[i]:
            continue
        if _pronoun_of_latest(f, [feats[k] for k in out[of[j]]]):
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
    most likely continued, when that reaches its threshold."""
    groups: list[list[int]] = []
    told: dict[str, list[Feat]] = {}  # a sentence -> the flights it tells
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


def story_ties(feats: list[Feat], groups: list[list[int]]) -> list[tuple[int, int]]:
    """Pairs of events (positions) of two story groups of one document that are one CASE though
    two flights: the article tells a further group's flight as part of the story ("Another 7
    deserters from among the former criminals fled", after 39 convicts' flight; "another 50
    soldiers deserted" after a brigade's 1,700).  Both are flights of unnamed groups (two or
    more people, different counts) in stories that name nobody, the later one's sentence says
    it is a further one (:data:`_FURTHER`), and they share a descriptor class (convicts,
    mobilised ..., said by the descriptor or the sentence) or neither says a region or place
    the other contradicts.  The groups stay apart for the story context the incidents are scored with (two flights, two happenings);
    the linker joins them into one case (a case link), as the gold cases do."""
    of = {j: gi for gi, g in enumerate(groups) for j in g}
    named = {gi for gi, g in enumerate(groups) if any(feats[j].names for j in g)}
    ties: list[tuple[int, int]] = []
    for b, fb in enumerate(feats):
        if not _group_flight(fb) or of[b] in named or not _FURTHER.search(fb.evidence or ""):
            continue
        for a in range(b - 1, -1, -1):
            fa = feats[a]
            if of[a] == of[b] or of[a] in named or not _group_flight(fa) or fa.count == fb.count:
                continue
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
    story when only its order had put it in an earlier one ('В Ленинградской области задержали
    трех человек, которые сбежали со службы' after a Novosibirsk story: the detention came
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

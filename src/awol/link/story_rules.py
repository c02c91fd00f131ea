"""The rules that part an event from a story its order alone would give it to (asked by
:func:`awol.link.cases.document_groups` through ``_join_score``): a name the extraction carried
while the sentence says another person (:func:`unwritten_other`), an unnamed event after a named
story and a named one after an unnamed story (:func:`unnamed_after_named`,
:func:`named_after_unnamed`), a flight of its own in the event's sentence (:func:`other_flight`,
:func:`flight_of_its_own`), other people than a manhunt's (:func:`not_the_hunted`,
:func:`nobody_left`), another region in a roundup (:func:`elsewhere`), service statuses that
exclude each other (:func:`other_status`); and the stages of a story.  (Split from
``cases.py``, round 36.)
"""

from __future__ import annotations

from awol.link.case_markers import (
    INTRODUCED,
    PART_OF,
    appeal,
    case_words,
    heading_of,
    one_person,
    said_before,
    second_case,
)
from awol.link.feat import Feat, written_name
from awol.link.own_flight import clause_flight, verdict_told
from awol.link.ranks import ranks_said, units_said
from awol.link.references import blank, not_back, refers_back
from awol.link.text import (
    case_pattern,
    exclusive_classes,
    is_cyrillic,
    names_match,
    places_match,
)

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


def other_status(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two service statuses that exclude each other (contract / mobilised / conscript), and no
    class in common: "a 24-year-old contract soldier" sentenced, after a story of two conscripts,
    is another person (the caller knows they share no name)."""
    ex = exclusive_classes()
    sa, sb = a & ex, b & ex
    return bool(sa) and bool(sb) and not sa & sb


def unwritten_other(f: Feat, group: list[Feat]) -> bool:
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
    if any(f.type == g.type and f.type in ONCE_PER_STORY and not appeal(f, g) for g in group):
        return True
    separate, earlier, introduces, another = case_words(f.evidence or "", f.at is not None)
    if (separate or ((introduces or another) and not written_name(f))) and second_case(
        f, group, named=False
    ):
        return True
    if BACKGROUND_CLAUSE and _background_clause(f, group, earlier):
        return True
    fc = frozenset().union(*(g.classes for g in group))
    if f.classes and fc and not f.classes & fc and other_status(f.classes, fc):
        return True
    if f.ages and (f.count or 1) == 1 and all((g.count or 1) == 1 for g in group):
        ga = frozenset().union(*(g.ages for g in group))
        return bool(ga) and f.ages.isdisjoint(ga)
    return False


# (round 55, case55) a carried name does not hold a person a background sentence introduces by
# his own flight (:func:`_background_clause`); False: as until round 54, for the counts
BACKGROUND_CLAUSE = True


def _background_clause(f: Feat, group: list[Feat], earlier: bool) -> bool:
    """The sentence of ``f`` (its name carried, not written) opens on an earlier time or a
    recap («Напомним, в марте ...», "In July, ...") and introduces a person by a flight of his
    own told in a clause («задержали контрактника, самовольно оставившего часть ещё в сентябре»,
    "detained a soldier who had left his unit in May": :func:`clause_flight`), told after the
    story's events, with nothing that ties it to the story (no word referring back, no age or
    place in common: :func:`_tied`).  The story's own man is recalled by "he", «его» or his
    name; a man brought in with his flight in a clause is someone else, whatever name the
    extraction carried into the sentence from the story it follows."""
    text = f.evidence or ""
    if written_name(f) or not text or f.at is None or not clause_flight(text):
        return False
    if not (earlier or _RECAP.search(text)):
        return False
    if any(g.at is None or g.at >= f.at or g.evidence == text for g in group):
        return False
    return not _tied(f, group, text)


def other_verdict(f: Feat, group: list[Feat]) -> bool:
    """A flight (``f``) told in a sentence that tells a verdict (:func:`verdict_told`), after a
    story whose verdict another sentence told, where the sentence refers back to nobody ("the
    same court" is the court: ``same_thing``) and is no higher court's ruling: the flight is of
    the man this second verdict is for.  A court's week («13 марта. Тот же суд назначил
    условный срок мобилизованному, самовольно покинувшему часть в декабре.» after another
    man's verdict of the 12th) tells each man's flight in his verdict's sentence; where the
    extraction gave the flight but not the verdict, the flight would have joined the first
    verdict's story, which has told no flight.  (Where it gave the verdict too, the verdict
    may not join -- a second verdict -- and the flight goes with it: ``cases._told_with``.)
    The caller knows ``f`` names none of the story's people."""
    if f.type != "desertion" or not f.evidence or not verdict_told(f.evidence):
        return False
    if any(g.evidence == f.evidence for g in group):
        return False
    verdicts = [g for g in group if g.type == "sentence"]
    if not verdicts or any(appeal(f, g) for g in verdicts):
        return False
    return not refers_back(f.evidence)


_RELATIVE = case_pattern("relative")  # "His brother", «Его младший брат», «Отец военного»
_KIN = case_pattern("kin")  # a kinsman spoken of: "brother", «отец»


def relative_of(f: Feat, group: list[Feat]) -> bool:
    """``f``'s sentence is of a relative of the man told before ("His younger brother, a
    conscript who left a unit in Voronezh in 2023, is still wanted", «Его отец, бывший
    контрактник, в прошлом году тоже самовольно оставил часть»: ``relative`` of
    descriptors.yaml), after a story of one person none of whose sentences speaks of a kinsman
    (two brothers who fled together tell each other so: "The older brother was detained").
    The relative's flight, search or arrest is his own case; a name the extraction carried
    from the story does not make it the story's man's (the caller asks whether the sentence
    writes it)."""
    if not f.evidence or not _RELATIVE.search(f.evidence):
        return False
    if any(g.evidence == f.evidence for g in group) or not _of_one(group):
        return False
    return not any(_KIN.search(g.evidence or "") for g in group)


def group_after_one(f: Feat, group: list[Feat]) -> bool:
    """A flight of several unnamed people (``f``: a count of two or more) after a story of one
    person that has told no flight (a verdict, a search, a detention of one man:
    :func:`~awol.link.case_markers.one_person`), whose sentence ties it to the story by nothing
    (no word referring back -- "he and three others", «вместе с ним» -- no age or place in
    common: :func:`_tied`), and none of whose sentences tells its man as one of more ("one of
    the two conscripts who fled", «одного из двух»: :func:`_of_one`).  "Little is known of
    his trial; his term was suspended" then "Some twelve injured soldiers ran from a base
    outside Omsk": a group's flight is not the flight of the one man sentenced, sought or
    caught, whatever order tells it after him.  (A story that has told its flight is parted by
    ``ONCE_PER_STORY``; the caller knows ``f`` names none of the story's people.)"""
    if f.type != "desertion" or (f.count or 0) < 2 or f.names or not f.evidence:
        return False
    if not group or any(g.type == "desertion" or g.evidence == f.evidence for g in group):
        return False
    if not _of_one(group):  # (not "one of the two conscripts who fled was caught")
        return False
    if _RECAP.search(f.evidence):  # («Напомним, 22 марта двое срочников ушли ...»: the story's)
        return False
    # (a plural pronoun is the group's own, told in its sentence: "... fled a unit when they
    # were told"; it cannot read the one man of the story)
    return not _tied(f, group, _PLURAL.sub(lambda m: " " * len(m.group(0)), f.evidence))


def other_rank_or_unit(f: Feat, group: list[Feat]) -> bool:
    """``f``'s sentence says one rank (or a unit number) of its person, and the story, of one
    person, says another in its own sentences and never this one (:mod:`awol.link.ranks`: a
    private and a sergeant, «воинской части 12345» and «части 54321»), with nothing that ties
    ``f`` to the story (no word referring back -- "he was detained by a sergeant" reads the man
    back -- no age or place in common): another man.  «Псковский гарнизонный суд приговорил ...
    рядового, который в марте ушёл из части.  Сержанта той же части задержали в Пскове в
    апреле.»  A sentence that says two ranks (the man and an officer, a judge's «полковник
    юстиции» is blanked) says nothing here.  The caller knows ``f`` names none of the story's
    people."""
    if not f.evidence or (f.count or 1) > 1 or any(g.evidence == f.evidence for g in group):
        return False
    fr, fu = ranks_said(f.evidence), units_said(f.evidence)
    if len(fr) != 1 and not fu:
        return False
    if not _of_one(group):
        return False
    told: set[str] = set()
    units: set[str] = set()
    for text in {g.evidence for g in group if g.evidence}:
        r = ranks_said(text)
        if len(r) == 1:
            told |= r
        units |= units_said(text)
    other = (len(fr) == 1 and bool(told) and fr.isdisjoint(told)) or (
        bool(fu) and bool(units) and fu.isdisjoint(units)
    )
    return other and not _tied(f, group, blank(f.evidence, "noun_clause", "same_thing"))


def sought_after_caught(f: Feat, group: list[Feat]) -> bool:
    """A manhunt (``f``) whose sentence tells a flight of its own, in a clause of the person it
    speaks of (:func:`~awol.link.own_flight.clause_flight`: «разыскивает контрактника, не
    вернувшегося из отпуска»), placed in a region none of the story's events is in, after a
    story that has told its flight in another sentence and its man caught before it in the text,
    and that refers back to nobody: another man's search.  «В Туле задержали контрактника,
    который в январе ушёл из части. В Калуге полиция разыскивает контрактника, не вернувшегося
    из отпуска.»  (English says it by the indefinite article: ``second_case``.)  The caller knows
    ``f`` names none of the story's people."""
    if f.type != "wanted" or not f.region or not f.evidence or f.at is None:
        return False
    if not clause_flight(f.evidence) or any(g.evidence == f.evidence for g in group):
        return False
    if not any(g.type == "desertion" for g in group):
        return False
    if not any(g.type == "detention" and g.at is not None and g.at < f.at for g in group):
        return False
    if any(g.region == f.region for g in group):
        return False
    return not _tied(f, group, blank(f.evidence, "noun_clause"))


# a sentence that recalls the story told ("As a reminder", «Напомним», «Как сообщалось»)
_RECAP = case_pattern("recap")
_PLURAL = case_pattern("plural")  # "they", «они»


def under_new_heading(f: Feat, group: list[Feat]) -> bool:
    """``f`` is told under a place heading (:func:`~awol.link.case_markers.mark_sections`) that
    comes after every event of the story: the article tells its cases in sections ("Stavropol
    Krai", then "Republic of Buryatia"), and the section is another case's, whatever "he" or a
    status says (a pronoun reads the section's man, whose flight the extraction may have
    missed).  Only a name its own sentence writes holds it to the story (the caller asks)."""
    h = heading_of(f)
    if h is None or f.at is None:
        return False
    return all(g.at is not None and g.at < h for g in group)


def unnamed_after_named(f: Feat, group: list[Feat]) -> bool:
    """An event that names nobody, after a story that names all its people, held to it by
    nothing but the order: its sentence is none of the story's, refers back to nobody (no
    "he", "the soldier", "его", "беглеца": :data:`~awol.link.case_markers.BACK`; no "one of the two", "один из":
    :data:`~awol.link.case_markers.PART_OF`) and shares no status, age or place with the story ("вынес приговор
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


def other_flight(f: Feat, group: list[Feat], flights: list[Feat], names: list[str]) -> bool:
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


def flight_of_its_own(f: Feat, group: list[Feat], flights: list[Feat], names: list[str]) -> bool:
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
    if _court_background(f, group):
        return False
    return not _tied(f, group, f.evidence)


def _court_background(f: Feat, group: list[Feat]) -> bool:
    """A story told from its verdict or charge, without its flight (a court's or the
    investigators' report opens on the ruling), and a sentence after it that tells a flight
    and its end without introducing anybody (no "a soldier who", «ещё одного», "In a separate
    case"): the court's account of the man it sentenced («Судом установлено, что в июле 2025
    года Зуев самовольно покинул ... где был задержан»), not another man's flight.  A manhunt
    told without its flight is not read so (its detention may be another man's)."""
    if not any(g.type in ("sentence", "prosecution") for g in group):
        return False
    separate, earlier, introduces, another = case_words(f.evidence or "", f.at is not None)
    return not (separate or earlier or introduces or another)


def clause_flight_of_its_own(f: Feat, group: list[Feat]) -> bool:
    """:func:`flight_of_its_own` where the extraction gave no flight for the sentence of ``f``
    (dropped, or read as another type) but its words tell one, of the person it introduces
    (:func:`awol.link.own_flight.clause_flight`: "detained a serviceman who had left his unit",
    «задержали 31-летнего военного, самовольно оставившего часть ещё в августе»), after a story
    that has told no flight (a manhunt), with nothing that ties ``f`` to the story (no age or
    place in common, no word referring back: :func:`_tied`).  The parting then does not depend
    on the type the extraction gave the flight (round 37, link37).  (The caller knows ``f``
    names nobody of the story.)"""
    if f.type == "desertion" or not f.evidence or not clause_flight(f.evidence):
        return False
    if any(g.type == "desertion" or g.evidence == f.evidence for g in group):
        return False
    return not _tied(f, group, f.evidence)


def not_the_hunted(f: Feat, group: list[Feat]) -> bool:
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


def nobody_left(f: Feat, group: list[Feat]) -> bool:
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


_DEFINITE = case_pattern("definite")  # "the paratrooper", "this conscript", "the 20-year-old"


def unmarked_after_manhunt(f: Feat, group: list[Feat]) -> bool:
    """A detention, death or verdict (``f``, naming nobody: a name its sentence does not write
    is the extraction's) after a story of manhunts alone (no flight told, nobody named), in an
    English sentence of its own that shares nothing with the story but its order or its region:
    no word referring back ("he", "the soldier", "the paratrooper", "one of them": :func:`_tied`,
    ``definite`` of descriptors.yaml), no age or place, no service status and no group's count in common.  English marks the hunted
    man caught ("The soldier was detained on Tuesday", "Police found him"); an unmarked noun
    phrase ("military police rounded up 37 soldiers who ...", "Border guards detained Russian
    servicemen") tells other people, whatever region the two share (round 42: test's false case
    pairs were one English article's detention joined on a region alone to the flightless
    manhunt told before it).  Fewer people than a manhunt is for may be some of the hunted and
    stay.  A Russian sentence is not read: «Военнослужащего задержали в
    Твери» may be the hunted man's, told with the same bare noun."""
    if f.type not in OUTCOME or not f.evidence or is_cyrillic(f.evidence):
        # (a sentence without a Cyrillic letter is read as English, whose noun phrases mark a
        # person told before; Russian has no article to mark it)
        return False
    if (f.names and written_name(f)) or not group:
        return False
    if any(g.type != "wanted" or g.names or g.evidence == f.evidence for g in group):
        return False
    if _DEFINITE.search(f.evidence):
        return False
    if f.classes & frozenset().union(*(g.classes for g in group)):
        return False
    # as many people as a manhunt's (two sought, two caught), or fewer: some of the hunted
    # (:func:`not_the_hunted`; "another deserter" after a search for two conscripts: round 41)
    if f.count and any(g.count and (g.count > f.count or g.count == f.count >= 2) for g in group):
        return False
    return not _tied(f, group, f.evidence)


def named_after_unnamed(f: Feat, group: list[Feat]) -> bool:
    """An event whose sentence writes a name, after a story that names nobody and has told its
    flight in another sentence, held to it by nothing but the order: its sentence refers back
    to nobody (:data:`~awol.link.case_markers.BACK`, :data:`~awol.link.case_markers.PART_OF`) and shares no age or place with the story.  The
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


def elsewhere(f: Feat, group: list[Feat], fc: frozenset[str]) -> bool:
    """An unnamed detention, death or verdict (or one given a name its sentence does not write:
    the extraction carried it, round 33) in a region that none of the story's events is in,
    held to the story by nothing but the order: no marker class in common (``fc``: the
    story's classes; a service status -- mobilised, contract, conscript -- is said of many men
    and does not hold it: «Самара. Гарнизонный суд приговорил к четырём годам 27-летнего
    мобилизованного ...» after a Ryazan item of another mobilised man), no sentence of the
    story, no word referring back, no age or place in common (:func:`_tied`).  A roundup
    moves on by region: «А в Омске суд вынес приговор срочнику, который ...» after three
    contract soldiers' flight and detention in Zabaikalye is another man's verdict, whose own
    flight the extraction may not give (so :func:`other_flight` cannot part it).  One man's story told across regions says so: "He was detained in
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
    others = said_before(f)
    if others and (INTRODUCED in others or not others & fc):
        return not _tied(f, group, "")
    return not _tied(f, group, blank(f.evidence, "noun_clause"))


def new_item(f: Feat, group: list[Feat], fc: frozenset[str]) -> bool:
    """An event whose sentence opens a paragraph of its own that refers back to nobody
    (``f.fresh``: :func:`~awol.link.case_markers.mark_fresh_items`), told after every event of
    the story, that says a new person: it writes a name after a story that names nobody; it
    follows a story of one person (:func:`_of_one`) in English, which reads a person told before
    back by "he", "the soldier" or his name, or in Russian tells a group («Из части под Ельней
    ушли трое мобилизованных» after one contract soldier's detention); it is dated more than
    :data:`YEARS_APART` days from every dated event of the story; or it is a flight, detention,
    death or verdict placed in a region none of the story's events is in (a manhunt's region is
    the police's, a charge's the investigators'); and it shares no status, age or place with
    the story (``fc``: its classes).  (A person introduced, "a contract soldier who", "another
    deserter", is :func:`~awol.link.case_markers.second_case`'s, in any paragraph.)  A roundup
    tells each case in a paragraph of its own ("Military police on Tuesday detained the
    commander of a motor rifle company who ..." after a Pskov contract soldier's verdict); what
    holds an event to the story across a paragraph is a word that reads its people back, which
    the paragraph does not have.  (The caller knows the event names none of the story's
    people.)"""
    if not f.fresh or not f.evidence or f.at is None:
        return False
    if any(g.at is None or g.at >= f.at or g.evidence == f.evidence for g in group):
        return False
    if f.classes & fc or _tied(f, group, ""):
        return False
    if written_name(f) and not any(g.names for g in group):
        return True
    # English tells a person told before by "he", "the soldier" or his name: an event in such a
    # paragraph, after a story of one person, is of others; Russian has no article, and says a
    # new person so only by a group
    if _of_one(group) and (not is_cyrillic(f.evidence) or (f.count or 1) >= 2):
        return True
    if _years_apart(f, group):
        return True
    # (a manhunt's region is the police's, a charge's the investigators': not a new place)
    if f.type in ("wanted", "prosecution"):
        return False
    # nor is a verdict's the place a man fled from: it is the court's ("The court found that
    # in April he failed to report to his unit in Belogorsk", after a Khabarovsk court's
    # verdict, is the flight of the man sentenced); a flight told as the court's account
    # (``court_account`` of references.yaml) is compared with the story's flights, detentions
    # and deaths only
    court = f.type == "desertion" and bool(not_back()["court_account"].search(f.evidence))
    told = [g for g in group if not court or g.type not in _AUTHORITY_PLACED]
    regions = {g.region for g in told if g.region}
    return bool(f.region and regions and f.region not in regions)


# the events whose region is an authority's (a court, investigators, the police), not the
# place the people fled from
_AUTHORITY_PLACED = frozenset({"sentence", "prosecution", "wanted"})


def _of_one(group: list[Feat]) -> bool:
    """A story of one person (:func:`~awol.link.case_markers.one_person`) none of whose
    sentences tells him as one of more ("one of the attackers was shot", «один из беглецов»:
    ``part_of``)."""
    return one_person(group) and not any(PART_OF.search(g.evidence or "") for g in group)


# days between an event and every dated event of a story beyond which, told in a paragraph of
# its own that reads nobody back, it is another case (a verdict a year after the flight is told
# with "he" or the man's name)
YEARS_APART = 365


def _years_apart(f: Feat, group: list[Feat]) -> bool:
    """``f`` is dated on its own words, and more than :data:`YEARS_APART` days from every event
    of the story dated on its own words (one at least)."""
    if not f.date or f.weak_date or f.relative_date:
        return False
    dated = [g for g in group if g.date and not (g.weak_date or g.relative_date)]
    if not dated:
        return False
    return all(f.date[0] - g.date[1] > YEARS_APART or g.date[0] - f.date[1] > YEARS_APART
               for g in dated)  # fmt: skip


def _tied(f: Feat, group: list[Feat], words: str) -> bool:
    """Is ``f`` held to the story by more than the order: an age or a place in common, or
    ``words`` of its sentence referring back to people told before (:data:`~awol.link.case_markers.BACK`: "he", "the
    soldier", "его", "беглеца"; :data:`~awol.link.case_markers.PART_OF`: "one of the two", "один из")?"""
    if f.ages & frozenset().union(*(g.ages for g in group)):
        return True
    if f.places and any(places_match(f.places, g.places) for g in group):
        return True
    return refers_back(words)


def _before_name(f: Feat) -> str:
    """The words of ``f``'s sentence before the first of its names it writes: what refers back
    to someone told before ("The soldier, Timur Ragimov, ..."); after the name, "he" and "the
    soldier" are the named man ("Serviceman Danil Kotov was given a suspended sentence -- he
    was accused ...").  The whole sentence where no name is found (by its surname's stem)."""
    text = f.evidence or ""
    at = [text.find(w[: max(4, len(w) - 2)]) for n in f.names if (w := n.split()[-1])]
    at = [k for k in at if k >= 0]
    return text[: min(at)] if at else text

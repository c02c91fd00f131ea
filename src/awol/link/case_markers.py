"""What a sentence says of the story it is told in (the readings :mod:`awol.link.cases` groups
a document's events with): that it tells another case (:func:`second_case`: "In a separate
case", "Earlier,", a person introduced, "another soldier"), a further person
(:func:`says_another`), someone told before (:func:`refers_to_someone`), or follows a sentence
of other people the extraction took nothing from (:func:`mark_after_others`).  The patterns are
``second_case`` in descriptors.yaml (:func:`awol.link.text.case_pattern`).  (Split from
``cases.py``, round 36.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from awol.link.references import blank, not_back, own_antecedent, refers_back
from awol.link.text import case_pattern, descriptor_classes, places_match

if TYPE_CHECKING:
    from awol.link.feat import Feat


# a higher court's ruling on a sentence: the same person's case, not a second story
_APPEAL = re.compile(
    r"\bappeal|\bappellate\b|\bcassation\b|\bsupreme court\b|\boverturn|\bupheld\b"
    r"|апелляц|кассац|верховн\w*\s+суд",
    re.IGNORECASE,
)


def appeal(f: Feat, g: Feat) -> bool:
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
BACK = case_pattern("back")
PART_OF = case_pattern("part_of")  # "one of the two soldiers", "один из двух военнослужащих"
_INTRODUCES = case_pattern("introduces")
_ANOTHER_ONE = case_pattern("another_one")


def one_person(group: list[Feat]) -> bool:
    """A story of one person, as its flight says: a desertion of one (by its count, or its one
    name when it has no count; an unknown count is no evidence) and no event of more people.
    A story told without its flight (a manhunt, a detention: round 41) is one person's when
    each of its events says so the same way: "Police in Rzhev detained another deserter" after
    a search notice for one soldier is another man, as after his flight."""
    flights = [g for g in group if g.type == "desertion"]
    if not flights:
        return bool(group) and all(
            len(g.names) <= 1 and (g.count == 1 or (g.count is None and len(g.names) == 1))
            for g in group
        )
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
    back to nobody (:data:`BACK`), is no higher court's ruling on a sentence of the story
    (:func:`appeal`) and has no group's count or place in common with the story ("Earlier,
    outlets said that 14 North Korean troops had fled" after the 18's detention); or it
    tells of a further person ("another deserter", "ещё один военнослужащий") when the story's
    flight is one person's."""
    text = f.evidence or ""
    if not text or _told_before_all(f, group):
        return False
    separate, earlier, introduces, another = case_words(text, f.at is not None)
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
        if any(appeal(f, g) for g in group):
            return False
        return not (f.places and any(places_match(f.places, g.places) for g in group))
    return another and (f.count or 1) == 1 and one_person(group)


def _told_before_all(f: Feat, group: list[Feat]) -> bool:
    """Is the sentence of ``f`` before every sentence of the story in the text (the
    extraction's offsets)?  Then what it says of a person is said before the story was told:
    "Russian police are searching for a 19-year-old conscript who walked out of his base ..."
    opens the report whose later "Yegor Malkov was declared wanted on Monday" the extraction
    lists first (a merged event stands at its first mention); "a conscript" introduces the man
    the story then names, not another one."""
    return f.at is not None and bool(group) and all(g.at is not None and g.at > f.at for g in group)


@lru_cache(maxsize=4096)
def case_words(text: str, placed: bool = False) -> tuple[bool, bool, bool, bool]:
    """What a sentence says for :func:`second_case` (read once per sentence: the grouping asks
    it of every story an event could join): another case said (:data:`_SEPARATE`); an earlier
    time opening it, with no reference back (:data:`_EARLIER`, :data:`BACK`); a person
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
    if (earlier or introduces) and BACK.search(own_antecedent(words) if placed else words):
        earlier = introduces = False
    return False, earlier, introduces, bool(_ANOTHER_ONE.search(text))


def says_another(text: str | None) -> bool:
    """Does the sentence say it tells another case or a further person (:data:`_SEPARATE`: "In
    a separate case"; :data:`_ANOTHER_ONE`: "another soldier", «ещё одного контрактника»)?"""
    separate, _, _, another = case_words(text or "")
    return separate or another


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n\s*\n")
INTRODUCED = "*"  # in ``after_others``: a person introduced ("a soldier who", «ещё один»)
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
    the word would tie the detention to the previous item's men (``elsewhere``).  Read off the
    article's text by the events' offsets (``at``); nothing is marked without them (annotations,
    a document given without its text).  Kept in the record, so a stored linker reads the same."""
    spans = _spans(recs, text)
    if spans is None:
        return
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
            said_of.add(INTRODUCED)
        if said_of:
            r["after_others"] = sorted(said_of)


def _spans(recs: list[dict], text: str | None) -> list[tuple[int, int]] | None:
    """Each event's evidence span in ``text`` by its offset (``at``); None where there is no
    text or an offset does not fit it (then nothing is read off the text)."""
    if not text:
        return None
    spans = []
    for r in recs:
        at, ev = r.get("at"), r.get("evidence") or ""
        if at is None or not ev or text[at : at + len(ev)] != ev:
            return None
        spans.append((at, at + len(ev)))
    return spans


_PARAGRAPH = re.compile(r"\n\s*")

# in ``after_others``: "§<offset>", the event is told under a place heading that starts at
# <offset> of the text (:func:`mark_sections`); not a status, read by :func:`heading_of` only
HEADING = "§"
# a heading line: a few words and no sentence in it (a trailing full stop allowed: "Tver.")
_HEADING_LINE = re.compile(r"[^\W\d_][^\n.!?…:;,«»\"“”()0-9]{1,48}\.?")
_HEADING_WORDS = 5


def heading_of(f: Feat) -> int | None:
    """The offset of the place heading ``f`` is told under (:func:`mark_sections`), or None."""
    for x in f.after_others:
        if x.startswith(HEADING):
            return int(x[len(HEADING) :])
    return None


def said_before(f: Feat) -> frozenset[str]:
    """What the sentence before ``f`` says of other people (:func:`mark_after_others`), without
    the heading it is told under."""
    return frozenset(x for x in f.after_others if not x.startswith(HEADING))


def mark_sections(recs: list[dict], text: str | None) -> None:
    """Mark each event told under a place heading: a line of its own that is nothing but the
    name of a region or a town ("Stavropol Krai", "Republic of Buryatia", «Бурятия», "Tver."; not
    a country: a rubric), after an event sentence of the article's body (not of its first
    paragraph, the title: a dateline under it is no section).  An explainer or a digest
    tells one case per section (train ren-110's kind: a broadcaster's accounts of several
    runaways retold, each under its region); what its next section tells is another man's
    even where its first sentence the extraction took an event from reads him by "he" (his
    flight, told in the sentence before, missed).  ``rec["after_others"]`` gets
    ``§<offset>`` of the heading (:data:`HEADING`; read by :func:`heading_of`).  Read off the
    text by the events' offsets; nothing is marked without them."""
    spans = _spans(recs, text)
    if spans is None or text is None:
        return
    heads, title_end, at = [], None, 0
    for line in text.split("\n"):
        if title_end is None and line.strip():
            title_end = at + len(line)
        elif line.strip() and _place_heading(line.strip()):
            heads.append(at + len(line) - len(line.lstrip()))
        at += len(line) + 1
    body = [s for s, _ in spans if title_end is not None and s > title_end]
    heads = [h for h in heads if body and h > min(body)]
    if OPENERS and body:
        # (after an event of the body: a lede that says its man "is not the first soldier to
        # flee" goes on telling his story)
        heads = sorted({*heads, *(h for h in _openers(text) if h > min(body))})
    if not heads:
        return
    for r, (start, _end) in zip(recs, spans, strict=True):
        # (an opener's own sentence is under it: "Это не первый случай: в феврале ...")
        h = max((k for k in heads if k <= start), default=None)
        if h is not None:
            r["after_others"] = sorted({*(r.get("after_others") or ()), f"{HEADING}{h}"})


# (round 55, case55) sentences that open an account of other cases start a section too; False:
# place headings alone (as until round 54), for the counts
OPENERS = True
_OPENER = case_pattern("opener")
_SAME_AGAIN = case_pattern("same_again")
_FIRST_PERSON = case_pattern("first_person")
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")
# (a cheap test of the whole text first: a word every ``opener`` alternative has)
_OPENER_WORDS = re.compile(
    r"first|only|second|third|fourth|similar|перв|единствен|впервые|втор|трет|четв|подобн"
    r"|аналогичн|похож",
    re.IGNORECASE,
)


def _openers(text: str) -> list[int]:
    """Where the sentences start that open an account of other cases than the story told
    before them (``opener`` of descriptors.yaml: "Rakhmanin is not the first soldier to leave
    Mulino", "It is not the region's first such case", «Это не первый побег российского военного
    в Казахстан», «Это уже второй за месяц случай»), not one that says the story's own man did it
    again ("It was not the first time he had fled": ``same_again`` with a word referring back),
    nor a speaker's own words ("I am not the first to leave": ``first_person``).
    An article closes on its background so; what it tells after such a sentence is of other
    people, whatever name the extraction carried into it or "he" reads (a name its own sentence
    writes still holds an event to the story: :func:`~awol.link.story_rules.under_new_heading`)."""
    if not _OPENER_WORDS.search(text):
        return []
    out = []
    for m in _SENTENCE.finditer(text):
        said = m.group()
        if not _OPENER.search(said):
            continue
        if (_SAME_AGAIN.search(said) and refers_back(said)) or _FIRST_PERSON.search(said):
            continue
        out.append(m.start() + len(said) - len(said.lstrip()))
    return out


@lru_cache(maxsize=1024)
def _place_heading(line: str) -> bool:
    """Is the line nothing but the name of a place other than a country (the gazetteer's, the
    whole line)?"""
    if not line or len(line.split()) > _HEADING_WORDS or not _HEADING_LINE.fullmatch(line):
        return False
    if not line[0].isupper():
        return False
    from awol.extract.places import get_gazetteer

    name = line.rstrip(".").strip()
    lang = "ru" if re.search("[а-яё]", name, re.IGNORECASE) else "en"
    m = get_gazetteer().resolve(name, lang)
    return m is not None and m.start == 0 and m.end == len(name) and m.kind != "country"


def mark_fresh_items(recs: list[dict], text: str | None) -> None:
    """Mark each event that opens a paragraph of its own and refers back to nobody:
    ``rec["fresh"]``.  Its sentence is the first of the article's event sentences in a paragraph
    that is not the article's first with events (the title and lede are the story's), and the
    paragraph, up to the end of that sentence, has no word referring back to people told before
    (:func:`refers_back`: "he", "the soldier", «его», «беглеца», "one of them").  A roundup tells
    each case in a paragraph of its own; a story told on reads its people back ("He was
    detained in September", «В сентябре его задержали»).  What the grouping reads with it is
    :func:`awol.link.story_rules.new_item`.  Read off the text by the events' offsets (``at``);
    nothing is marked without them.  Kept in the record (set only where true).  The events
    told under place headings are marked too (:func:`mark_sections`)."""
    spans = _spans(recs, text)
    if spans is None:
        return
    mark_sections(recs, text)
    starts = sorted({s for s, _ in spans})
    if len(starts) < 2:
        return
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]

    def paragraph(at: int) -> int:
        lo, hi = 0, len(breaks)
        while lo < hi:
            mid = (lo + hi) // 2
            if breaks[mid] < at:
                lo = mid + 1
            else:
                hi = mid
        return lo

    first_par = paragraph(starts[0])
    for r, (start, end) in zip(recs, spans, strict=True):
        par = paragraph(start)
        if par == first_par or any(paragraph(s) == par for s in starts if s < start):
            continue
        par_start = breaks[par - 1] if par else 0
        if not refers_back(blank(text[par_start:end], "noun_clause", "source_words")):
            r["fresh"] = True


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

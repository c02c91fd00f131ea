"""Facts an article's events carry to one another once all are found (document level, after the
sentences): an undated consequence dated in the month both it and the desertion fall in, "armed"
or "unarmed" said of a group carried to its other events, and "soon after" anchoring a date.

(Split from :mod:`awol.extract.document`, which calls them.)
"""

from __future__ import annotations

import re

from awol.extract.argument_words import _rx, _words
from awol.extract.arguments import armed_cues
from awol.extract.attribution_story import opens_new_story, tells_earlier
from awol.extract.counts import vague_quantity
from awol.extract.dates import DateMention
from awol.extract.mentions import Mention
from awol.extract.merging import extra_pattern, in_window
from awol.extract.person_words import descriptor_classes, exclusive_classes
from awol.extract.prefilter import filtered
from awol.extract.sentences import clause_bounds
from awol.extract.story import armed_hedged
from awol.extract.story_carry import told_last_before
from awol.model import Event


def bounded_month(events: list[Event], published: str | None) -> None:
    """An undated consequence of a desertion dated in the publication month happened that month.

    It came after the desertion and before the report: when both fall in one month, the month is
    known ("fled on May 9 ... two more were captured", reported May 21).  Only when every dated
    desertion of the article falls in that month, so a roundup of cases of other months is left
    alone.
    """
    if not published:
        return
    dated = [e for e in events if e.type == "desertion" and e.date]
    if not dated or any(e.date[:7] != published[:7] for e in dated):
        return
    for e in events:
        if e.date is None and e.type in ("detention", "death"):
            e.date = published[:7]


PHASE = {"desertion": 0, "wanted": 0, "detention": 2, "death": 2}


def carry_armed(
    events: list[Event],
    where: list[int],
    statements: list[tuple[bool, int | None, int, int]],
    sentences: list | None = None,
    lang: str = "en",
) -> None:
    """A group said to be armed/unarmed carries that to its events of the same or a later phase
    (fled armed -> sought and caught armed, unless said otherwise; caught unarmed says nothing of
    how they fled).  Charges and verdicts only take it from their own words.

    ``statements`` are sentences with no event that say so ("All 10 men were unarmed at the time
    of their escape"), with the phase they speak of and their sentence.  Only what was said
    within MERGE_WINDOW sentences carries; what an event says comes before what a statement says.

    Given the article's ``sentences``: not across a sentence that opens another story of the
    article ("Separately, in the Tver region, a conscript deserted", "Напомним, в сентябре ...":
    :func:`~awol.extract.attribution_story.opens_new_story`, as a source is not carried there), nor to
    an event told from an earlier report ("Ранее ... сообщала, что ...": ``tells_earlier``): a
    roundup's other case is other men.  Nor from one man's event to another man's ("another
    soldier", "другого военного": :func:`another_man`); "one more" of an armed group may be one
    of them, so a group's carries, but only forward: one man told before a group is not one of
    them.
    """
    by_event = sorted(
        (
            (i, e.armed, e.count, e.names, PHASE[e.type], e.who, e.type)
            for i, e in zip(where, events, strict=True)
            if e.armed is not None and e.type in PHASE
        ),
        key=lambda x: x[0],
    )
    by_statement = sorted(
        ((i, armed, count, [], phase, None, "statement") for armed, count, phase, i in statements),
        key=lambda x: x[0],
    )
    said_at = [[x[0] for x in by_event], [x[0] for x in by_statement]]
    opens: dict[int, bool] = {}

    def crosses(j: int, i: int) -> bool:
        """Does a sentence after ``j`` up to ``i`` open another story?"""
        if not sentences:
            return False
        for x in range(max(j, -1) + 1, min(i, len(sentences) - 1) + 1):
            if x not in opens:
                opens[x] = opens_new_story(sentences[x].text, lang)
            if opens[x]:
                return True
        return False

    def vague(e: Event) -> bool:
        return vague_quantity(e.evidence.text, lang) is not None

    for i, e in zip(where, events, strict=True):
        if e.armed is not None or e.type not in PHASE:
            continue
        if sentences and tells_earlier(e.evidence.text, lang):
            continue
        other = sentences is not None and another_man(e, lang)
        near = [by_event[k] for k in in_window(said_at[0], i)]
        near += [by_statement[k] for k in in_window(said_at[1], i)]
        for _i, armed, count, names, phase, who, kind in near:
            if phase > PHASE[e.type]:
                continue
            if e.names and names and not set(e.names) & set(names):
                continue
            if e.type == "desertion" and not own_flight(kind, count, e.count):
                continue  # (another flight's arms, or a search's for other men: fields53)
            if _i != i and other_kind(e.who, who):
                continue  # ("two conscripts fled with their rifles ... a contract soldier")
            if e.count is not None and count is not None and e.count > count:
                continue
            if _i > i and e.count == 1 and count is not None and count > 1:
                continue  # (a group told after one man is not his: "A soldier fled in May. In
                # August, 12 soldiers fled with their rifles": who36)
            if _i != i and (count or 1) == 1 and e.count is None and vague(e):
                continue  # (many of untold number are not the one armed man: "за время
                # обучения дезертировали десятки его сослуживцев"; round 39, count39)
            if _i != i and crosses(min(_i, i), max(_i, i)):
                continue
            if other and count == 1 and _i != i:
                continue  # ("A week earlier, another soldier was detained": not the armed man)
            e.armed = armed
            break


def own_flight(kind: str, count: int | None, flight: int | None) -> bool:
    """May a flight take "armed" from what was said of ``kind`` (an event's type or
    "statement")?  A statement ("The men had taken their rifles") may be of it; another flight
    never is (two flights not merged are two groups: "In a separate case, seven more ex-convicts
    ran off"; a roundup's other man); a search only of as many men ("the hunt for the conscript
    with his rifle" -> his flight; not a search for two others before one man's flight).  Round
    53 (fields53): of the carries into a flight over the invented articles splits, those from
    another flight were 0 right / 13 wrong, from a search 0 / 3 (counts unequal) and 1 / 0 on
    train (rru-038's kind, counts equal)."""
    if kind == "statement":
        return True
    if kind == "wanted":
        return count is not None and count == flight
    return False


def other_kind(who: str | None, their: str | None) -> bool:
    """Do two descriptors say men of other service statuses: each of an exclusive class of
    ``data/descriptors.yaml`` ("conscripts", "a contract soldier", «мобилизованный»), none
    shared ("двое срочников" and «контрактник»)?  The markers ("sailor", "wagner", "prisoner")
    only ever agree (a Wagner convict is both), so they tell no other man.  (round 33, who33: an
    armed group's arms are not another kind of man's.)"""
    exclusive = exclusive_classes()
    ours, theirs = descriptor_classes(who) & exclusive, descriptor_classes(their) & exclusive
    return bool(ours and theirs and not ours & theirs)


def another_man(e: Event, lang: str) -> bool:
    """Is event ``e`` told of another man than one told before ("another soldier was detained":
    ``another_who`` of ``lang/<lang>/arguments.yaml`` on its who; "задержали другого военного":
    ``another_person`` of ``lang/<lang>/events.yaml`` in its sentence)?"""
    rx = _words(lang).get("another_who")
    if rx is not None and e.who and rx.match(e.who):
        return True
    person = extra_pattern(lang, "another_person")
    return person is not None and person.search(e.evidence.text) is not None


DETENTION_WORDS = filtered(
    re.compile(r"\b(?:detain\w*|arrest\w*|caught|capture\w*|задержа\w*|пойма\w*)", re.I)
)


def armed_statement(an, lex, out: list[tuple[bool, int | None, int, int]]) -> None:
    """Record "All 10 men were reportedly unarmed" (a sentence with no event of its own), also
    said of a man by a pronoun ("He had left without a weapon", "Оружия при нем не было";
    ``armed_person`` of ``lang/<lang>/arguments.yaml``); not "the men may be armed" (a guess
    says nothing)."""
    text = an.sentence.text
    t, f = armed_cues(text, lex)
    # (the guess an unarmed cue retracts is no hedge: "писали, что у беглецов может быть
    # оружие, но эта информация не подтвердилась" says they were not: who34)
    said = text if f is None else text[: f.start()] + text[f.end() :]
    # (a guess or an expectation of arms, then the men found with none: "Police had prepared to
    # detain armed deserters, but the men turned out to have no weapons", «готовились к встрече
    # с вооружёнными дезертирами, но оружия при себе у них не оказалось» says they were not;
    # round 44, count44)
    found_out = t is not None and f is not None and t.start() < f.start()
    found_out = found_out and armed_hedged(text[: f.start()], lex.lang)
    if found_out:
        t, said = None, text[f.start() :]
    if bool(t) == bool(f) or armed_hedged(said, lex.lang):
        return
    person = _words(lex.lang).get("armed_person")
    if not lex.people.search(text) and (person is None or not person.search(text)):
        return
    # the men's number told up to the cue ("All 10 men were unarmed", «у обоих беглецов не было
    # оружия»), not one of the teller's after it ("They had left their rifles behind, the sister
    # of one of the men said": round 40, num40)
    cue = t or f
    told = [c for c in an.counts if cue is None or c.start < cue.end()]
    count = told[0].value if told else None
    # (a guess retracted is found out when they are caught: it says nothing of their flight)
    retracted = said is not text and armed_hedged(text, lex.lang)
    # (also the report of arms not confirmed, hedged or not: «писали, что у них может быть при
    # себе оружие, но это не подтвердилось»; ``armed_retracted``; round 44, count44)
    told_not = _words(lex.lang).get("armed_retracted")
    retracted = retracted or found_out
    retracted = retracted or (
        f is not None and told_not is not None and bool(told_not.search(f.group(0)))
    )
    # (unarmed as they met their captors: "He was unarmed and did not resist"; round 45)
    capture = _words(lex.lang).get("unarmed_at_capture")
    met = t is None and capture is not None and capture.search(text) is not None
    phase = 2 if retracted or met or DETENTION_WORDS.search(text) else 0
    out.append((bool(t), count, phase, an.sentence.index))


SOON_AFTER = filtered(
    re.compile(
        r"\b(?:soon|shortly|immediately|right|just|hours|days|a day|a few days|weeks|a week|"
        r"вскоре|сразу|через несколько дней|спустя несколько дней)\s+(?:after|после)\b",
        re.IGNORECASE,
    )
)


def soon_after(mentions: list[Mention], text: str) -> None:
    """ "picked up shortly after they ran on June 3": the month of the anchoring event."""
    m = SOON_AFTER.search(text)
    if not m:
        return
    dated = [x for x in mentions if x.date is not None and x.date.value and x.start > m.start()]
    for x in mentions:
        if x.date is None and dated and x.start < m.start():
            d = dated[0].date
            x.date = DateMention(text[m.start() : d.end], m.start(), d.end, d.value[:7], "month")


def rest_of_group(text: str, start: int, lang: str) -> bool:
    """Does the clause of the trigger at ``start`` speak of the rest of a group with no number
    of its own ("the others are still being sought", «остальных ищут»: ``rest_of_group`` of
    ``lang/<lang>/arguments.yaml``)?"""
    rx = _words(lang).get("rest_of_group")
    if rx is None:
        return False
    cs, ce = clause_bounds(text, start)
    return rx.search(text, cs, ce) is not None


def rest_count(group: int | None, accounted: int) -> int | None:
    """The rest of a group of ``group`` once ``accounted`` of it were told caught or dead: "Nine
    fled. Two were caught; a third was shot dead; the others are still being sought" = 6 (round
    42, fig42).  None where no group was counted, or nothing of it was accounted for (the rest
    of an untold part is no number)."""
    if not group or accounted <= 0 or accounted >= group:
        return None
    return group - accounted


def carry_charge_flight(events: list[Event], lang: str, people: re.Pattern[str]) -> None:
    """A charge or a verdict told without its people ("A case has been opened.", «Возбуждено
    уголовное дело о дезертирстве.», "Investigators said they had opened a criminal case for
    desertion with weapons") is about the people of the flight told last before it in the
    text: its count (the group's, however many of it were caught or killed since; one man's in
    a digest's item).  Not where its sentence names or describes people, speaks of them by a
    pronoun, a word for people (``people``: «приговор срочнику») or counts them vaguely
    ("несколько бойцов": left without a count), nor with no counted flight before it (round 45,
    count45)."""
    plural = _rx(lang, "plural_anaphora")
    flights = [e for e in events if e.type == "desertion" and e.count is not None]
    for e in events:
        if e.type not in ("prosecution", "sentence") or e.count is not None:
            continue
        if e.names or e.who:
            continue
        text = e.evidence.text
        if vague_quantity(text, lang) or plural.search(text) or people.search(text):
            continue  # («вынес приговор срочнику»: a man of its own, whom it does not count)
        flight = told_last_before(flights, e.evidence.start)
        if flight is not None:
            e.count, e.count_qualifier = flight.count, flight.count_qualifier

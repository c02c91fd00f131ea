"""Document level, one happening told several times: mentions merged into drafts of events.

A mention joins the draft of its type it is compatible with (same type, compatible date, count,
region, names and term; "two more" is a new happening, unless it restates the one just told); a
mention told as the background of another type joins the nearest compatible draft and makes none
of its own; a desertion told only by weak words joins a strong one near it.  Of the mentions of
one event, the sentence that states it best is its evidence (:func:`evidence_rank`).  Drafts are
compared only within ``MERGE_WINDOW`` sentences, through an index, so merging is linear.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date

from awol.extract.argument_scope import told_in_relative
from awol.extract.evidence_pick import EVIDENCE_CRITERIA as EVIDENCE_CRITERIA
from awol.extract.evidence_pick import EVIDENCE_ORDER as EVIDENCE_ORDER
from awol.extract.evidence_pick import WEAK as WEAK
from awol.extract.evidence_pick import evidence_features as evidence_features
from awol.extract.evidence_pick import evidence_order as evidence_order
from awol.extract.evidence_pick import evidence_rank as evidence_rank
from awol.extract.evidence_pick import filled as filled
from awol.extract.mentions import Mention
from awol.extract.merge_lead import join_lead, lead_flight
from awol.extract.merge_words import BACKGROUND as BACKGROUND
from awol.extract.merge_words import another_case as another_case
from awol.extract.merge_words import extra_pattern as extra_pattern
from awol.extract.merge_words import introduced_anew
from awol.extract.merge_words import ongoing_search as ongoing_search
from awol.extract.merge_words import part_of_group as part_of_group
from awol.extract.merge_words import recap as recap
from awol.extract.merge_words import referent as referent
from awol.extract.merge_words import same_group as same_group
from awol.extract.merge_words import same_person as same_person
from awol.extract.merge_words import wanted_state as wanted_state
from awol.extract.person_words import named_ages
from awol.extract.story import step_tells_place
from awol.extract.terms import other_term

# Sentences within which document-level facts meet: a mention merges with a draft, a name is
# recalled by its surname, a weak flight joins a strong one, a death takes a flight's region,
# "armed" carries.  A news story fits well inside; a 20 MB text costs linear time, not quadratic.
MERGE_WINDOW = 60
RESTATED = 3  # sentences within which "two more were caught" may retell the last "more"


@dataclass
class Draft:
    """An event being assembled from one or more mentions."""

    mentions: list[Mention]

    @property
    def type(self) -> str:
        return self.mentions[0].type

    def first(self, attr: str):
        for m in self.mentions:
            v = getattr(m, attr)
            if v not in (None, [], ""):
                return v
        return None

    @property
    def count(self) -> int | None:
        best = self.count_mention
        return best.count if best else None

    @property
    def count_mention(self) -> Mention | None:
        """The mention whose count is the draft's: the best read (``count_rank``), the first of
        them, an exact count over a loose one it allows.  A happening told of a part of unstated
        size ("Большинство из них уже поймали", "most of them were caught": ``vague_group``)
        takes no size of the whole group carried by anaphora from a telling of it (round 26,
        near26)."""
        best = None
        part = any(m.vague_group for m in self.mentions)
        for m in self.mentions:
            if part and m.count_from == "anaphora":
                continue
            if m.count is not None and (
                best is None
                or count_rank(m) > count_rank(best)
                # (an exact count over a loose one it allows: "около десяти", then "11")
                or (
                    count_rank(m) == count_rank(best)
                    and best.count_qualifier != "exact"
                    and m.count_qualifier == "exact"
                    and _allows(best, m)
                )
            ):
                best = m
        return best

    @property
    def date(self):
        best = None
        for m in self.mentions:
            d = m.date
            if d is not None and d.value and (best is None or len(d.value) > len(best.value)):
                best = d
        return best

    @property
    def region(self) -> str | None:
        regions = {p.region for m in self.mentions for p in m.places if p.region}
        return next(iter(regions)) if len(regions) == 1 else None

    @property
    def names(self) -> set[str]:
        return {n for m in self.mentions for n in m.names}


def count_rank(m: Mention) -> int:
    # ("rest": the group less its parts told)
    ranks = {"number": 3, "names": 2, "rest": 2, "anaphora": 1, "singular": 0}
    return ranks.get(m.count_from or "", 0)


def _near(d: Draft, m: Mention) -> bool:
    """A count told loosely and a count it allows tell one group: an approximate one within
    a fifth of it (at least one apart: "около десяти ушли из части", then "часть покинули 11
    мобилизованных"), "more than N" a count above N up to half as many again ("Более десяти
    военных сбежали", then "12 военнослужащих покинули часть"), "up to N" one not above it."""
    for x in d.mentions:
        if x.count is None or x.count == m.count:
            continue
        if not (_allows(x, m) or _allows(m, x)):
            return False
    return True


def _with_comrade(d: Draft, m: Mention) -> bool:
    """One man's flight told once with the comrade he left with ("he left together with another
    serviceman": two) and once of him alone ("he abandoned his position": one) is one flight
    (round 46, fields46)."""

    def alone(x: Mention) -> bool:
        return x.count == 1 and x.count_from in ("singular", "names")

    counted = [x for x in d.mentions if x.count is not None]
    if m.companion:
        return all(alone(x) or x.companion for x in counted)
    return alone(m) and all(x.companion or x.count == 1 for x in counted)


def _allows(a: Mention, b: Mention) -> bool:
    """Does ``a``'s loosely told count allow ``b``'s?"""
    q, n, k = a.count_qualifier, a.count, b.count
    if n is None or k is None:
        return False
    if q == "approx":
        return abs(n - k) <= max(1, round(0.2 * max(n, k)))
    if q == "at_least":
        return n < k <= n * 1.5 + 1
    if q == "up_to":
        return n / 2 <= k < n
    return False


def compatible(d: Draft, m: Mention, retelling: bool = False) -> bool:
    """May mention ``m`` tell the happening of draft ``d``?  ``retelling``: ``m`` retells
    what the article told ("Напомним, ..."): its place and date may be told otherwise (a recap
    names the region the other way, dates the news rather than the flight)."""
    if d.type != m.type or (m.additive and not m.ongoing):
        return False
    if any(x.sentence.index == m.sentence.index for x in d.mentions):
        return False
    c = d.count
    # a search still going on is for those not yet caught: fewer than were first sought; the
    # same named person is the same happening, whoever else a sentence counts with them
    same_person = bool(d.names & set(m.names))
    if m.another and not same_person:
        return False
    # "Семеро ушли с позиций. Двое из них ушли с оружием": a part of the group that fled is a
    # detail of its flight (``part_of_group``), not another desertion
    part = m.part and m.type == "desertion" and c is not None and (m.count or 0) < c
    if (
        c is not None
        and m.count is not None
        and c != m.count
        and not (m.ongoing or same_person or part or _near(d, m) or _with_comrade(d, m))
    ):
        return False
    dd = d.date
    if dd is not None and m.date is not None and m.date.value and dd.value and not retelling:
        a, b = dd.value, m.date.value
        if not (a.startswith(b) or b.startswith(a)):
            return False
    regions = {p.region for p in m.places if p.region}
    # one search is often circulated in several regions; other happenings have one place; "он"
    # after a desertion is its deserter, whatever region the sentence names (his home, the front)
    if (
        d.region
        and regions
        and d.region not in regions
        and m.type != "wanted"
        and not retelling
        # (round 38, prec38: or the same named person, "X fled his unit in Zabaykalsky krai",
        # then "X left on 14 March and hid with friends in Ulan-Ude": one flight, the other
        # region where he hid)
        and not ((m.same_person or m.same_group or same_person) and m.type == "desertion")
    ):
        return False
    if d.names and m.names and not (d.names & set(m.names)):
        return False
    if other_item(d, m) and not same_person:
        return False
    if m.vague_group and c == 1 and not m.same_person:
        return False  # "десятки его сослуживцев дезертировали" is not the one soldier's flight
    if not same_person and _someone_else(d, m):
        return False
    if m.referent and d.names and m.referent not in d.names:
        return False  # "he" is the person just named, not the one this happening is of
    if m.names and not d.names and not m.same_person:
        # and the other way: a happening told of "him" (the one person the sentence before it
        # named) is not the one a later sentence tells of another named man ("He was charged
        # in May" after Golub's flight; then "The case of Private Ulyanov went to court";
        # round 55, legal55)
        told_of = {x.referent for x in d.mentions if x.referent}
        if told_of and told_of.isdisjoint(m.names):
            return False
    return m.type != "sentence" or not other_term(d.mentions, m)


def _someone_else(d: Draft, m: Mention) -> bool:
    """Does ``m`` tell of another single man than the one of draft ``d``: its sentence names no
    one and states an age none of the draft's sentences states ("Oleg Dronov, 36, failed to
    return to his unit ..." then "On May 2, officers stopped a 23-year-old conscript who had run
    away from a training unit": two men's flights; round 45, link45)?  Not where the mention
    speaks of the one told (a pronoun, "the group", a recap).  An age only: a service status
    word is also said of others in general ("Soviet conscripts who slipped out of their
    garrisons", "the court fined a conscript for insulting a superior"), and separating on it
    made only such false events (probe splits EN h, ah)."""
    if m.names or m.same_person or m.same_group or m.referent or m.recap or m.retold:
        return False
    if (m.count or 1) != 1 or (d.count or 1) != 1:
        return False
    said = named_ages(m.sentence.text)
    if not said:
        return False
    his = named_ages(*(x.sentence.text for x in d.mentions))
    return bool(his) and said.isdisjoint(his)


def other_item(d: Draft, m: Mention) -> bool:
    """Is ``m`` told in another item of a roundup than every telling of ``d`` ("Хабаровский
    край. ... осуждён Пашков, который ушёл с позиций ..." then "Пермский край. ... срочника из
    Перми, который сбежал из части": two men's flights)?  Items are paragraphs headed by a place
    (``Mention.item``); a telling outside them (the roundup's opening, its end) may join any."""
    if m.item is None:
        return False
    return all(x.item is not None and x.item != m.item for x in d.mentions)


# A detention or a death told with no date of its own in an article is its news, of about the
# time it was published; one dated more than this many days before the publication is another
# happening (:func:`stale`)
STALE_DAYS = 90
# the types a news story reports as they happen (a search or a case lasts: "put on the wanted
# list in March 2024" is still the search the headline tells; a flight is told long after)
NEWS_TYPES = ("detention", "death")


def stale(d: Draft, m: Mention, published: str | None, head_end: int = 0) -> bool:
    """ "Soldier Detained at Upper Lars Checkpoint" and, in the body, "Last year, a deserter from
    Dagestan was detained at the same checkpoint"; «Российский солдат ... был задержан полицией
    Казахстана» and «В 2023 году казахстанские власти уже выдали России контрактника»: a
    detention or death that the article tells with no date anywhere (the news of the day) and
    one dated more than ``STALE_DAYS`` before the publication are two happenings: a dated
    mention ``m`` does not join an undated draft, nor an undated headline (it ends at
    ``head_end``) a draft dated long before.  An undated later telling in the body does join a
    dated draft ("Всех передали военной полиции" after "в августе в Тольятти — двух"); nor
    where they name the same person, or the later telling speaks of the one just told ("he",
    "they", a recap, a retelling)."""
    if published is None or d.type not in NEWS_TYPES or m.type != d.type:
        return False
    if d.names & set(m.names) or m.same_person or m.same_group or m.referent:
        return False
    if m.retold or m.recap or m.anaphoric:
        return False
    if m.date is not None and m.date.value:
        old, undated = m.date, d.date is None
    else:
        old, undated = d.date, m.sentence.start < head_end
    if old is None or not old.value:
        return False
    return undated and _days_before(old.value, published) > STALE_DAYS


def new_person(d: Draft, m: Mention, head_end: int, lang: str) -> bool:
    """ "Maxim Zotov, 27, disappeared from a military camp near Engels ..." and, later, "In June,
    a conscript who fled a unit in Balashov with a rifle was found ...": a flight told in a
    relative clause of a person its sentence introduces with an indefinite article
    (:func:`~awol.extract.merge_words.introduced_anew`) is a new person's, so it does not join a
    draft whose flight the body told before it (a headline's telling does not count, nor the
    text's first sentence: the lead introduces the headline's man so), nor a draft of no count
    or name (round 51, merge51)."""
    if m.type != "desertion" or m.names or m.same_person or m.same_group or m.referent:
        return False
    if m.retold or m.recap or (d.count is None and not d.names):
        return False  # (a draft of a kind, "growing numbers of soldiers who do not return")
    i = m.sentence.index
    # (the body's tellings before it: not the headline's, nor the first sentence's where no
    # headline was read apart, a plain text's first line)
    if not any(x.sentence.start >= head_end and 0 < x.sentence.index < i for x in d.mentions):
        return False
    return introduced_anew(m.sentence.text, m.start, lang)


# A step (a hand-over, "took him to the commandant's office") follows its catch; one dated more
# than this many days before a happening is another's (:func:`dated_apart`)
STEP_DAYS = 7


def dated_apart(d: Draft, m: Mention) -> bool:
    """ "On 11 June police in Irkutsk detained Kuznetsov ..." and, told of another man, "In
    February 2025, police officers came to his mother's house and took him to the military
    commandant's office": a step read as a retelling (:meth:`Drafts.merge_steps`: its date may
    differ by the days between a stop and the hand-over) joins no happening whose date is more
    than ``STEP_DAYS`` days after the date its sentence tells before its trigger (both dated to
    the month or the day): a step does not come before its catch.  A later one may be a court's
    custody weeks after the catch ("A court on Thursday remanded him in custody"), and a date
    after the trigger is no step's own ("until the trial begins in November"; round 47,
    near47)."""
    b = getattr(m, "date", None)  # (a step, a Mention: its date, if read)
    if b is None or not b.value:
        return False
    a = d.date
    if a is None or not a.value:
        return False
    # (its own date, told before its trigger: not a court's "until the trial in November" after
    # it, nor a date the mention took from elsewhere)
    at = m.sentence.text.find(b.text) if b.text else -1
    if not 0 <= at < m.start:
        return False
    ra, rb = _period(a.value), _period(b.value)
    if ra is None or rb is None or len(a.value) < 7 or len(b.value) < 7:
        return False
    return (ra[0] - rb[1]).days > STEP_DAYS  # (told before the happening it would follow)


def _period(value: str) -> tuple[date, date] | None:
    """The first and the last day of ``value`` ("2024", "2024-11", "2024-11-05"), or None."""
    try:
        parts = [int(x) for x in value.split("-")]
        y = parts[0]
        if len(parts) == 1:
            return date(y, 1, 1), date(y, 12, 31)
        mo = parts[1]
        if len(parts) == 2:
            return date(y, mo, 1), date(y, mo, monthrange(y, mo)[1])
        day = date(y, mo, parts[2])
        return day, day
    except (ValueError, IndexError):
        return None


def _days_before(value: str, published: str) -> int:
    """Days from the last day of the period ``value`` ("2024", "2024-11", "2024-11-05") to the
    publication date (negative after it); 0 where either does not read as a date."""
    period = _period(value)
    if period is None:
        return 0
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return 0
    return (pub - period[1]).days


class Drafts:
    """The events being assembled, in order; a mention is compared only with the drafts of its
    type that had a mention within ``MERGE_WINDOW`` sentences (an index, so merging is linear)."""

    def __init__(self, published: str | None = None, head_end: int = 0, lang: str = "en") -> None:
        self.published = published  # the article's publication date (:func:`stale`)
        self.head_end = head_end  # where its headline ends
        self.lang = lang  # the article's language (:func:`split_other_cases`)
        self.all: list[Draft] = []
        self._active: dict[str, list[Draft]] = {}
        self.background: list[Mention] = []
        self.steps: list[Mention] = []

    def merge_steps(self) -> None:
        """A step after a happening told before ("He was handed over to the military
        commandant's office", «передали в комендатуру» after a detention: ``Trigger.step``)
        joins the nearest compatible event of its type within MERGE_WINDOW sentences, one told
        before it first, and adds its date, count and names but neither its place (the
        office's, not the happening's; but a finding's, "were found at the bus station in X",
        where the happening has none: ``story.step_tells_place``) nor its evidence; only where
        none was told does it make
        an event of its own (a detention told only by its hand-over).  Read the dates and
        places of the step as a retelling's (``compatible(retelling=True)``): "was handed over
        to the commandant's office in Pskov on Thursday" after a stop on Wednesday in a village
        is the same detention."""
        if not self.steps:
            return
        # the drafts by (type, sentence of one of their mentions), and their order in
        # ``self.all`` (the nearest are looked up, not every draft of a long text for each step)
        by_key: dict[tuple[str, int], list[Draft]] = {}

        def index(d: Draft, at: int | None = None) -> None:
            for j in [x.sentence.index for x in d.mentions] if at is None else [at]:
                by_key.setdefault((d.type, j), []).append(d)

        for d in self.all:
            index(d)
        order: dict[int, int] | None = None
        for m in self.steps:
            i = m.sentence.index
            if order is None:
                order = {id(d): n for n, d in enumerate(self.all)}
            seen: dict[int, Draft] = {}
            for j in range(i - MERGE_WINDOW, i + MERGE_WINDOW + 1):
                for d in by_key.get((m.type, j), ()):
                    seen[id(d)] = d
            near = sorted(
                (
                    d
                    for d in seen.values()
                    if compatible(d, m, retelling=True) and not dated_apart(d, m)
                ),
                key=lambda d: order[id(d)],
            )
            if near:
                d = min(
                    near,
                    key=lambda d: (
                        min(x.sentence.index for x in d.mentions) > i,  # (told before it first)
                        min(abs(x.sentence.index - i) for x in d.mentions),
                    ),
                )
                if not (  # (a finding's place is the happening's where it has none: place30)
                    step_tells_place(m.sentence.text[m.start : m.end])
                    and not any(x.places for x in d.mentions if not x.place_from_source)
                ):
                    m.places = []
                m.retold = True
                d.mentions.append(m)
                index(d, i)
            else:
                # (in the article's order: before the first event told after it)
                k = next(
                    (
                        k
                        for k, d in enumerate(self.all)
                        if min(x.sentence.index for x in d.mentions) > i
                    ),
                    len(self.all),
                )
                new = Draft([m])
                self.all.insert(k, new)
                index(new)
                order = None
        self.steps = []

    def merge_background(self) -> None:
        """A background mention adds its arguments to the nearest compatible event of its type
        (within MERGE_WINDOW sentences), and makes none of its own; unless none is compatible
        and it names a person or states a term (a verdict of someone no event covers: "Maksim
        Tolmachev was convicted ... and was accused of desertion" in a roundup of verdicts) or is
        the article's only flight, told with its time and place (:func:`_dated_flight`), or the
        flight of a person its sentence introduces anew after the body told another's
        (:func:`new_person` of a draft near it: "a marine who deserted in 2023" in a later
        verdict's sentence; the coders code a flight told in an act's sentence: round 50,
        ruprec50), but not a noun referring back ("the defection" with the pilot's name:
        ``anaphoric``)."""
        # the drafts by (type, sentence of one of their mentions), and their order: only the
        # drafts with a mention within MERGE_WINDOW sentences are compared (linear time)
        order = {id(d): k for k, d in enumerate(self.all)}
        at: dict[tuple[str, int], list[Draft]] = {}
        for d in self.all:
            for x in d.mentions:
                at.setdefault((d.type, x.sentence.index), []).append(d)
        for m in self.background:
            i = m.sentence.index
            window: dict[int, Draft] = {}
            for j in range(i - MERGE_WINDOW, i + MERGE_WINDOW + 1):
                for d in at.get((m.type, j), ()):
                    window[id(d)] = d
            near = [
                d for d in sorted(window.values(), key=lambda d: order[id(d)]) if self.fits(d, m)
            ]
            if near:
                d = min(near, key=lambda d: min(abs(x.sentence.index - i) for x in d.mentions))
                d.mentions.append(m)
                at.setdefault((d.type, i), []).append(d)
            elif (
                (
                    m.names
                    or m.term is not None
                    or any(new_person(d, m, self.head_end, self.lang) for d in window.values())
                    or (_dated_flight(m) and not any(d.type == m.type for d in self.all))
                )
                and not m.anaphoric
            ) or _presupposed(m, self.all):
                d = Draft([m])
                self.all.append(d)
                order[id(d)] = len(order)
                at.setdefault((d.type, i), []).append(d)
        self.background = []
        self.all = split_other_cases(self.all, self.lang)

    def fits(self, d: Draft, m: Mention) -> bool:
        """May ``m`` tell the happening of ``d``: :func:`compatible`, and not a dated telling of
        an older detention or death than the undated news of the article (:func:`stale`), nor a
        flight of a new person after the body told the draft's (:func:`new_person`)."""
        return (
            compatible(d, m)
            and not stale(d, m, self.published, self.head_end)
            and not new_person(d, m, self.head_end, self.lang)
        )

    def merge(self, m: Mention) -> None:
        lo = m.sentence.index - MERGE_WINDOW
        active = self._active.setdefault(m.type, [])
        if active and active[0].mentions[-1].sentence.index < lo:
            active[:] = [d for d in active if d.mentions[-1].sentence.index >= lo]
        if m.background:
            self.background.append(m)  # merged at the end, into a draft told before or after
            return
        if m.trigger.step:
            self.steps.append(m)  # merged at the end (merge_steps)
            return
        for d in reversed(active):
            if self.fits(d, m):
                d.mentions.append(m)
                return
        d = lead_flight(self.all, m, compatible)
        if d is not None:
            join_lead(d, m)  # (the lead's act told its flight: merge_lead, round 52)
            return
        d = _restated(active, m) or _recapped(active, m)
        if d is not None:
            m.retold = True  # adds its arguments; the first telling stays the evidence
            d.mentions.append(m)
            return
        d = Draft([m])
        self.all.append(d)
        active.append(d)


# The types a story may name first with a definite noun, as a state its readers are taken to
# know of ("The hunt for the soldiers is under way", "the manhunt for the two men has been
# extended"): a search lasts, and the news presupposes it (:func:`_presupposed`)
PRESUPPOSED = ("wanted",)


def _presupposed(m: Mention, drafts: list[Draft]) -> bool:
    """Is ``m`` a noun referring back (``anaphoric``: "the hunt") of a type the story may name
    first so (``PRESUPPOSED``) where the document has no event of its type at all for it to refer
    to?  Then it is the search's only telling, and makes its event (round 55, wanted55: such a
    mention joined no draft and was lost)."""
    return (
        bool(m.anaphoric)
        and m.type in PRESUPPOSED
        # (the noun opens its sentence, its determiner alone before it: the subject the sentence
        # tells of, not an object of something else, "meant to slow down the search for new
        # soldiers")
        and len(m.sentence.text[: m.start].split()) <= 1
        and not any(d.type == m.type for d in drafts)
    )


def split_other_cases(drafts: list[Draft], lang: str = "en") -> list[Draft]:
    """A flight told in the clause of another case ("In Yekaterinburg, a contract soldier who
    failed to return from leave received a suspended sentence", "тот же суд приговорил
    мобилизованного из Рубцовска, который сбежал из госпиталя") is that case's man's flight,
    not the one an earlier case of the article told: a roundup of verdicts or detentions tells
    one flight per case (the coders' convention: rru-117, e-03).  A desertion mention whose
    sentence holds an event of another type (its host) leaves the desertion it was merged into
    where that desertion belongs to another event of the host's type: the event of that type
    told in the desertion's own sentences, else the nearest one to its first telling (one told
    before it on a tie).  Not a mention told of the same person or group ("he", "they", a name
    they share, a recap), nor one told with neither time nor place outside a relative clause of
    the host's man (no reported leaving; in one, his flight: round 32), nor where no event of
    the host's type is near the desertion."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        for x in d.mentions:
            lst = by_sentence.setdefault(x.sentence.index, [])
            if not any(o is d for o in lst):
                lst.append(d)
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        if d.type != "desertion" or len(d.mentions) < 2:
            continue
        gone: dict[int, tuple[Draft, list[Mention]]] = {}
        core = [d.mentions[0]]
        for m in d.mentions[1:]:
            host = _other_case(d, core, m, by_sentence, lang)
            if host is None:
                core.append(m)
            else:
                gone.setdefault(id(host), (host, []))[1].append(m)
        if gone:
            d.mentions = core
            out.extend(Draft(ms) for _h, ms in gone.values())
    return out


def _other_case(
    d: Draft, core: list[Mention], m: Mention, by_sentence: dict[int, list[Draft]], lang: str
) -> Draft | None:
    """The event of another type in ``m``'s sentence whose case is not the one of desertion
    ``d`` (told by ``core``), or None (see :func:`split_other_cases`)."""
    if m.retold or m.anaphoric or m.same_person or m.same_group or m.referent or m.recap:
        return None
    if not ((m.date is not None and m.date.value) or any(p.region for p in m.places)):
        # (a leaving told with neither time nor place is no reported flight, but in a relative
        # clause of another case's man: his, as train codes it; round 32, type32)
        if not told_in_relative(m.sentence.text, m.start, lang):
            return None
    names = {n for x in core for n in x.names}
    if names & set(m.names):
        return None
    i = m.sentence.index
    core_at = {x.sentence.index for x in core}
    if i in core_at:
        return None
    for host in by_sentence.get(i, ()):
        if host.type == d.type or host is d or (names & host.names):
            continue
        if any(x.sentence.index in core_at for x in host.mentions):
            continue  # (the host's event is told in the desertion's own sentences: one case)
        # the host type's event in the desertion's sentences, else the nearest to its first
        own = [o for j in sorted(core_at) for o in by_sentence.get(j, ()) if o.type == host.type]
        if not own:
            start = min(core_at)
            near = [
                (abs(x.sentence.index - start), x.sentence.index > start, o)
                for j in range(start - MERGE_WINDOW, start + MERGE_WINDOW + 1)
                for o in by_sentence.get(j, ())
                if o.type == host.type
                for x in o.mentions
                if x.sentence.index == j
            ]
            if not near:
                continue
            own = [min(near, key=lambda t: (t[0], t[1]))[2]]
        if all(o is not host for o in own):
            return host
    return None


def _restated(active: list[Draft], m: Mention) -> Draft | None:
    """ "Позднее стало известно о поимке еще двоих" then "«Еще двое задержаны», — цитирует ТАСС":
    a further group ("two more") told again right after it was first told is that happening, not
    a third one.  The draft it restates is the latest of its type, itself not the first of its
    type (it is the "more" already), with the same count, its last mention within RESTATED
    sentences, and otherwise compatible (date, place, names)."""
    if not m.additive or m.ongoing or m.count is None or len(active) < 2:
        return None
    d = active[-1]
    if d.count != m.count or m.sentence.index - d.mentions[-1].sentence.index > RESTATED:
        return None
    return d if compatible(d, replace(m, additive=False)) else None


def _recapped(active: list[Draft], m: Mention) -> Draft | None:
    """ "Напомним, весной 2024 года мобилизованный ушёл из части в ДНР" after the verdict's
    "в марте 2024 года самовольно оставил часть, дислоцированную в ДНР": a sentence that retells
    (``recap`` in ``lang/*/events.yaml``) tells the latest happening of its type again, whatever
    place it names and however it dates it (not earlier than that happening: an earlier date is
    an earlier one), unless it says it is another ("ещё трое", "другой")."""
    if not m.recap or m.additive or m.another or not active:
        return None
    d = active[-1]
    dd = d.date
    if dd is not None and m.date is not None and m.date.value and dd.value:
        n = min(len(dd.value), len(m.date.value))
        if m.date.value[:n] < dd.value[:n]:
            return None
    return d if compatible(d, m, retelling=True) else None


def in_window(indices: list[int], i: int) -> range:
    """Positions in the sorted ``indices`` within MERGE_WINDOW sentences of sentence ``i``."""
    return range(bisect_left(indices, i - MERGE_WINDOW), bisect_right(indices, i + MERGE_WINDOW))


def _dated_flight(m: Mention) -> bool:
    """A flight told by the way with its own time or place ("two soldiers who ran from their
    trenches near Vovchansk on March 9 were shot dead") is a reported leaving (the coders'
    convention), where the article tells no other flight; not a weak word such as a border crossing
    (a later step of a flight told elsewhere)."""
    return (
        m.type == "desertion"
        and m.trigger.weight >= 0.8
        and m.date is not None
        and bool(m.date.value)
        and bool(m.places)
    )


def absorb_weak(drafts: list[Draft]) -> list[Draft]:
    """A desertion told only by weak words ("crossed the border from Belarus") is the flight
    another sentence reports ("had left his unit in the Kursk region"): one desertion, not two;
    not where it says it is someone else's (``another``: "Ранее украинский солдат ... рассказал,
    что сбежал оттуда"), unless it names the same person."""
    strong = [
        d for d in drafts if d.type == "desertion" and any(m.weight >= WEAK for m in d.mentions)
    ]
    at = [d.mentions[0].sentence.index for d in strong]  # creation order = sentence order
    absorbed: set[int] = set()
    for d in drafts:
        if d.type != "desertion" or any(m.weight >= WEAK for m in d.mentions):
            continue
        for k in in_window(at, d.mentions[0].sentence.index):
            other = strong[k]
            if d.names and other.names and not d.names & other.names:
                continue
            if any(m.another for m in d.mentions) and not d.names & other.names:
                continue  # "another soldier ran", "Ранее украинский солдат ... сбежал": not his
            if any(m.additive and not m.ongoing for m in d.mentions) and not d.names & other.names:
                continue  # "В январе он сбежал снова, из госпиталя": a flight of its own
            if d.count is not None and other.count is not None and d.count != other.count:
                continue
            for m in d.mentions:
                m.places = [] if other.region else m.places
                other.mentions.append(m)
            absorbed.add(id(d))
            break
    return [d for d in drafts if id(d) not in absorbed]


def charges_of_verdicts(drafts: list[Draft], lang: str | None = None) -> list[Draft]:
    """ "Суд приговорил Петрова ... Петров обвинялся в том, что дважды уходил из части": in an
    article that reports a verdict, a charge against the same named people is what the verdict
    was for, not a happening of its own (the coders of real/ train annotate a charge beside a
    verdict in 1 of 12 such articles, a case opened before it).  A charge dated apart from the
    verdict, or naming someone the verdicts do not, stays.

    ``charge_recital`` in ``lang/<lang>/events.yaml`` (round 47, legal47): the trigger words that
    state the charge a verdict was for, not a step of the case («обвиняется в том, что»,
    «обвинялся в»).  In an article with a verdict, a charge told only so, naming no one, of no
    other person, of a count and a date a verdict allows, is that verdict's charge too ("Суд
    приговорил контрактника к пяти годам. Он обвинялся в том, что ..."; real train rru-016: no
    charge its verdicts recite is an event).  A case opened, charges brought or a case sent to
    court keeps its event (rru-015: the case opened before the verdict is one)."""
    # (the verdicts by each name they hold: a charge reads only those that name its first name,
    # not every verdict of a long text; each draft's names are gathered once)
    by_name: dict[str, list[tuple[set[str], Draft]]] = {}
    for v in drafts:
        if v.type == "sentence":
            v_names = v.names
            for n in v_names:
                by_name.setdefault(n, []).append((v_names, v))
    dropped: set[int] = set()
    for d in drafts if by_name else ():
        d_names = d.names if d.type == "prosecution" else None
        if not d_names:
            continue
        for v_names, v in by_name.get(next(iter(d_names)), ()):
            if not d_names <= v_names:
                continue
            dd, vd = d.date, v.date
            if dd is not None and vd is not None and dd.value != vd.value:
                continue
            dropped.add(id(d))
            break
    recital = extra_pattern(lang, "charge_recital") if lang else None
    if recital is not None:
        verdicts = [v for v in drafts if v.type == "sentence"]
        for d in drafts:
            if d.type == "prosecution" and id(d) not in dropped and _recited(d, verdicts, recital):
                dropped.add(id(d))
    return [d for d in drafts if id(d) not in dropped]


def _recited(d: Draft, verdicts: list[Draft], recital) -> bool:
    """Whether charge ``d`` is told only as a verdict's charge (:func:`charges_of_verdicts`)."""
    if not verdicts or d.names or any(m.another for m in d.mentions):
        return False
    if not all(recital.search(m.sentence.text[m.start : m.end]) for m in d.mentions):
        return False
    for v in verdicts:
        if d.count is not None and v.count is not None and d.count != v.count:
            continue
        dd, vd = d.date, v.date
        if dd is not None and vd is not None and dd.value != vd.value:
            continue
        return True
    return False

"""Sentence level: find event triggers and fill their arguments.

A *mention* is one trigger in one sentence (``detained`` in "police detained two of 10
deserters") with the arguments the sentence gives it: date, place, count, names, armed, source.
The document level (:mod:`awol.extract.document`) then merges mentions of one happening into
events and carries facts across sentences.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from awol.extract.attribution import Source, find_source
from awol.extract.counts import CountMention, find_counts
from awol.extract.dates import DateMention, find_dates
from awol.extract.lexicon import Lexicon, Pattern, Trigger
from awol.extract.names import find_person_names
from awol.extract.places import PlaceMention, get_gazetteer
from awol.extract.scope import not_a_happening
from awol.extract.sentences import Sentence, clause_bounds

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTED = re.compile(r"«[^»]*»")
_WORD_AFTER = re.compile(r"\.?\w")
_CONJUNCTION = re.compile(r"\b(?:and|but|or|then|и|а|но|или|затем)\b")
_DENIAL = re.compile(r"\b(?:denied|denies|deny|отрицает|отрицают|опроверг\w*)\b", re.I)
_SAYING = re.compile(r"\b(?:said|reported|claimed|заявил\w*|сообщил\w*)\b", re.I)
_TWO_CAPS = re.compile(r"\b[A-ZА-ЯЁ][a-zа-яё]+ [A-ZА-ЯЁ][a-zа-яё]+")


@lru_cache(maxsize=4096)
def _stem_rx(stem: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(stem)}\w{{0,3}}\b")


@dataclass
class Mention:
    type: str
    trigger: Trigger
    start: int  # trigger offsets within the sentence
    end: int
    sentence: Sentence
    date: DateMention | None = None
    places: list[PlaceMention] = field(default_factory=list)
    count: int | None = None
    count_qualifier: str | None = None
    count_from: str | None = None  # "number" | "names" | "singular" | "anaphora"
    who: str | None = None
    names: list[str] = field(default_factory=list)
    armed: bool | None = None
    source: Source | None = None
    additive: bool = False
    plural_anaphora: bool = False
    place_from_source: bool = False
    there: bool = False  # "Там его и задержали", "he was detained there"
    prob: float | None = None  # the sentence classifier's probability of this type here
    sole: bool = True  # the only event type its sentence reports (the sentence is about it)

    @property
    def weight(self) -> float:
        return self.trigger.weight


@dataclass
class Verdict:
    """The sentence classifier's reading of one sentence (see :mod:`awol.extract.classifier`):
    the probability of each event type, the cue word of each type, and the model's thresholds."""

    probs: dict[str, float]
    cues: dict
    found: list  # the trigger patterns that match the sentence (found once, for both readers)
    recover: float
    confirm: float
    veto: float
    lemma: float = 0.4

    def accepts_lemma(self, etype: str) -> bool:
        return self.probs.get(etype, 0.0) >= self.lemma

    def says(self, etype: str) -> bool:
        return self.probs.get(etype, 0.0) >= self.confirm

    def denies(self, etype: str) -> bool:
        return self.probs.get(etype, 1.0) < self.veto


RECOVERED_WEIGHT = 0.7


def _recover(
    found: list[tuple[Trigger, int, int]], verdict: Verdict
) -> list[tuple[Trigger, int, int]]:
    """Events the classifier is sure of that no pattern proposed, placed at their cue word."""
    have = {t.type for t, _s, _e in found}
    extra = []
    for etype, p in verdict.probs.items():
        tok = verdict.cues.get(etype)
        if etype in have or p < verdict.recover or tok is None:
            continue
        trig = Trigger(etype, Pattern(re.escape(tok.text)), RECOVERED_WEIGHT, "story")
        extra.append((trig, tok.start, tok.end))
    return sorted(found + extra, key=lambda t: t[1])


@dataclass
class SentenceAnalysis:
    sentence: Sentence
    mentions: list[Mention]
    counts: list[CountMention]
    dates: list[DateMention]
    places: list[PlaceMention]
    source: Source | None
    on_topic: bool


def analyse_sentence(
    sent: Sentence,
    lex: Lexicon,
    published: str | None,
    in_story: bool,
    last_source: str | None,
    known_names: Collection[str],
    after_figure: bool = False,
    verdict: Verdict | None = None,
    triggers: list | None = None,
) -> SentenceAnalysis:
    """Find the event mentions of one sentence (before document-level merging).

    With a ``verdict`` of the sentence classifier, a story trigger it confirms needs no topic
    word nearby, a trigger it denies is dropped, and a type it is sure of that no trigger
    proposed is recovered at its cue word.  ``triggers``: the trigger matches, where the caller
    has found them already (``[]`` for a sentence the classifier found none in).
    """
    text = sent.text
    on_topic = bool(lex.topic.search(text))
    source = find_source(text, lex, last_source)
    found = list(verdict.found) if verdict is not None else triggers
    if found is None:
        found = _find_triggers(text, lex)
    if verdict is not None:
        found = _recover(found, verdict)
    if not found:
        # most sentences of an article report nothing: skip the argument finders, and look
        # only for what a sentence without a trigger can state (a figure, "they were unarmed")
        if not _may_matter(text, lex, on_topic, in_story, after_figure):
            return SentenceAnalysis(sent, [], [], [], [], source, on_topic)
        counts = _people_counts(text, lex, find_counts(text, lex.lang))
        if not any(c.value >= 3 for c in counts) and not ORDINAL_GATE.search(text):
            return SentenceAnalysis(sent, [], counts, [], [], source, on_topic)
        dates = [d for d in find_dates(text, lex.lang, published) if d.value]
        return SentenceAnalysis(sent, [], counts, dates, [], source, on_topic)
    all_dates = find_dates(text, lex.lang, published)
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    dates = [
        d
        for d in all_dates
        if not _dates_report(text, d, lex)
        and not (source and source.start <= d.start < source.end)  # «Байкал Сегодня»
        and not any(a <= d.start < b for a, b in quoted)
        and not _UNTIL.search(text[max(0, d.start - 8) : d.start])  # "до февраля": an end
        and not _DATELINE.match(text[: d.end + 25])  # "ASTANA, Oct 3 (Baltic Wire) –"
        and not _STAMP.search(text, 0, d.start)  # "date 2024-02-19", "Published: 12 May 2024"
    ]
    counts = _people_counts(
        text,
        lex,
        [
            c
            for c in find_counts(text, lex.lang, [(d.start, d.end) for d in all_dates])
            if not any(d.start <= c.start < d.end for d in dates)
        ],
    )
    places = get_gazetteer().find(text, lex.lang)
    names = [
        n
        for n in find_person_names(text, lex.lang)
        if not (source and source.start <= n.start < source.end) and not _titled(text, n.start, lex)
    ]
    names += _known_surnames(text, known_names, names)
    has_people = (
        bool(lex.people.search(text))
        or bool(names)
        or any(not c.head or lex.people.search(c.head) for c in counts)
    )
    mentions: list[Mention] = []
    topical = on_topic
    # a trigger that is about desertion by itself ("fled their unit") puts the sentence on topic
    on_topic = on_topic or any(t.context == "none" for t, _s, _e in found)
    for trig, s, e in found:
        # the classifier's doubt outweighs a trigger only where the sentence itself does not
        # name desertion ("arrested two of 10 inmates who deserted" stays a detention)
        if verdict is not None and verdict.denies(trig.type) and not topical:
            continue
        # a word's lemma in any form is a weaker cue than a pattern: the classifier must agree
        if trig.lemma and verdict is not None and not verdict.accepts_lemma(trig.type):
            continue
        if trig.context == "story" and not (
            (verdict is not None and verdict.says(trig.type))
            or on_topic
            or (in_story and (has_people or trig.weight >= 0.8))
            or (trig.weight >= 0.9 and has_people)  # "the court sentenced Denis Karelin" in an
            or any(n.normalized in known_names for n in names)  # article about desertion
        ):
            continue
        if _blocked(text, trig.type, s, e, lex) or _generic(text, s, lex):
            continue
        if not_a_happening(text, trig.type, s, e, lex):
            continue
        if trig.type == "death" and _their_victim(text, s, e, lex):
            continue
        mentions.append(
            Mention(
                trig.type, trig, s, e, sent, prob=verdict.probs.get(trig.type) if verdict else None
            )
        )
    _assign_dates(mentions, dates)
    _assign_places(mentions, places, source)
    _assign_counts(mentions, counts, text, lex)
    for m in mentions:
        m.names = sorted({n.normalized for n in names}, key=lambda x: (text.find(x), x))
        if m.count is None and m.names and not m.plural_anaphora:
            m.count, m.count_qualifier, m.count_from = len(m.names), "exact", "names"
        m.source = source
        m.armed = _armed(text, m, lex)
        cs, _ = clause_bounds(text, m.start)
        m.additive = bool(lex.additive.search(text, cs, m.start)) or bool(
            lex.additive.search(text[m.start : m.end])
        )
    for m in mentions:
        cs, ce = clause_bounds(text, m.start)
        m.there = not m.places and bool(_THERE.search(text, cs, ce) or _LOCAL.search(text))
    mentions = _combine_same_type(mentions)
    _share_count(mentions)
    return SentenceAnalysis(sent, mentions, counts, dates, places, source, on_topic)


def _people_counts(text: str, lex: Lexicon, counts: list[CountMention]) -> list[CountMention]:
    """Counts of people, not of magazines, kilometres, years or web addresses."""
    return [
        c
        for c in counts
        if not _WORD_AFTER.match(text, c.end, c.end + 2)  # "161.ru", "5th"
        and not _DURATION.match(text, c.end)  # "five and a half years", "пять лет"
        # its noun (if any) names people, or what a statistic counts
        and (
            c.total is not None
            or not c.head
            or lex.people.search(c.head)
            or lex.figure_nouns.search(c.head)
            or lex.topic.search(c.head)
        )
    ]


def _share_count(mentions: list[Mention]) -> None:
    """ "sentenced three paratroopers ... for leaving their unit": the act a verdict or charge is
    for is done by the same people, so it takes their count."""
    text = mentions[0].sentence.text if mentions else ""
    for m in mentions:
        relative = bool(_RELATIVE.match(text, clause_bounds(text, m.start)[0])) and not re.match(
            r"(?i)(?:when|while|because|although|когда|где)",
            text[clause_bounds(text, m.start)[0] :],
        )
        if m.count is not None or not (m.trigger.shares_count or relative):
            continue
        others = [
            x for x in mentions if x is not m and x.count is not None and x.count_from != "singular"
        ]
        if others:
            src = min(others, key=lambda x: _distance(x, m.start))
            m.count, m.count_qualifier, m.count_from = src.count, src.count_qualifier, "number"
            m.plural_anaphora = False


# words an ordinal statistic is about ("the fourth time this year", "пятый случай")
ORDINAL_GATE = re.compile(r"\b(?:time|case|incident|detention|desertion|случай|раз)\b", re.I)
_NUMBERISH = re.compile(
    r"\d|\b(?:dozen|hundred|thousand|million|two|three|four|five|six|seven|eight|nine|ten|"
    r"десят\w*|сот\w*|тысяч\w*|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|восем\w+|девят\w+)",
    re.I,
)


def _may_matter(
    text: str, lex: Lexicon, on_topic: bool, in_story: bool, after_figure: bool
) -> bool:
    """Could a sentence with no trigger still state a figure or an armed/unarmed fact?"""
    if in_story and (lex.armed_true.search(text) or lex.armed_false.search(text)):
        return True
    if not _NUMBERISH.search(text) and not ORDINAL_GATE.search(text):
        return False
    return on_topic or after_figure or bool(lex.figure_cues.search(text))


def _combine_same_type(mentions: list[Mention]) -> list[Mention]:
    """Two triggers of one type in one sentence tell one happening ("crossed the border ... had
    deserted"), unless the second is another one ("two more were arrested") or counts differ."""
    out: list[Mention] = []
    for m in mentions:
        prev = next((x for x in out if x.type == m.type), None)
        if (
            prev is not None
            and not m.additive
            and (prev.count is None or m.count is None or prev.count == m.count)
        ):
            for attr in ("date", "count", "count_qualifier", "count_from", "who", "armed"):
                if getattr(prev, attr) in (None, [], ""):
                    setattr(prev, attr, getattr(m, attr))
            if not prev.places or (m.places and not any(p.region for p in prev.places)):
                prev.places = m.places or prev.places
            if m.trigger.weight > prev.trigger.weight:
                prev.trigger = m.trigger
            continue
        out.append(m)
    return out


_GENERIC_DET = re.compile(
    r"\b(?:the|these|those|this|that|his|her|their|its|our|all|both|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozen|\d+|of|whose|some \d+)\b",
    re.IGNORECASE,
)


def _generic(text: str, start: int, lex: Lexicon) -> bool:
    """ "police find soldiers who left their units", "Most soldiers who leave", "servicemen who,
    during martial law, deserted or left their units": a relative clause on a bare plural (no
    article, number or possessive) speaks of soldiers in general."""
    if lex.lang != "en":
        return False
    before = text[max(0, start - 160) : start]
    m = _GENERIC_WHO.search(before)
    if not m:
        return False
    lead = before[: m.start(2)].split()[-3:]
    last = lead[-1] if lead else ""
    if re.match(r"(?i)most|many|some|other|such", last):
        return True
    if last.lower() == "of":  # "one of the soldiers who", but "the contracts of servicemen who"
        return len(lead) < 2 or not re.match(
            r"(?i)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|each|all|both|none|"
            r"several|dozens|many|most)$",
            lead[-2],
        )
    return not _GENERIC_DET.search(" ".join(lead)) and not re.search(r"[A-Z]", last)


# a bare plural, "who", an optional parenthetical, then the trigger: right after up to two words
# ("who first arbitrarily left") or as a further coordinated predicate ("who deserted or left")
_GENERIC_WHO = re.compile(
    r"(\b[\w'-]+\s+){0,3}?\b(\w+s|\w*men|personnel|people)\s*,?\s+who\b(?:\s*,[^,.;]{0,50},)?"
    r"(?:\s+(?:\w+\s+){0,2}|[^.;,:]{0,80}?\b(?:or|and)\s+)$"
)


def _known_surnames(text: str, known: Collection[str], found: list) -> list:
    """A person named in full earlier is later called by the surname alone ("Shcherbak, 31")."""
    from awol.extract.names import NameMention

    out = []
    have = {n.normalized for n in found}
    for full in known:
        if full in have:
            continue
        parts = full.split()
        if len(parts) < 2:
            continue
        surname = parts[-1] if not parts[-1].endswith(("вич", "вна")) else parts[0]
        stem = surname[:-1] if len(surname) > 4 and surname[-1] in "аяоеыи" else surname
        m = _stem_rx(stem).search(text) if stem in text else None
        if m:
            out.append(NameMention(m.group(0), m.start(), m.end(), full))
    return out


def _find_triggers(
    text: str, lex: Lexicon, toks: list | None = None
) -> list[tuple[Trigger, int, int]]:
    """The triggers of a sentence: the patterns, and the lemma rules on its words (``toks``,
    where the caller has them)."""
    found: list[tuple[Trigger, int, int]] = []
    low = text.lower()
    first = next(lex.any_trigger.finditer_lowered(text, low), None)
    if first is not None:
        # no trigger matches before the first match of them all: each is scanned from there
        for trig in lex.triggers:
            for m in trig.pattern.finditer_lowered(text, low, first.start()):
                if m.end() > m.start():
                    found.append((trig, m.start(), m.end()))
    if lex.lemma_rules:
        found += _lemma_triggers(text, lex, toks)
    if not found:
        return found
    # keep the strongest, longest trigger where triggers overlap
    found.sort(key=lambda t: (-(t[0].weight + 0.002 * (t[2] - t[1])), t[1]))
    kept: list[tuple[Trigger, int, int]] = []
    for t in found:
        if all(t[2] <= k[1] or t[1] >= k[2] for k in kept):
            kept.append(t)
    kept.sort(key=lambda t: t[1])
    # one mention per type and clause: "detained and charged" are two, "caught and detained" one
    out: list[tuple[Trigger, int, int]] = []
    for t in kept:
        if (
            out
            and out[-1][0].type == t[0].type
            and t[1] - out[-1][2] < 25
            and clause_bounds(text, t[1]) == clause_bounds(text, out[-1][1])
            and not lex.additive.search(text, out[-1][2], t[2])
        ):
            continue
        out.append(t)
    return out


def _lemma_triggers(text: str, lex: Lexicon, toks: list | None) -> list[tuple[Trigger, int, int]]:
    from awol.extract.tokens import tokens

    if toks is None:
        toks = tokens(text, lex.lang)
    out = []
    for i, t in enumerate(toks):
        for rule in lex.lemma_rules.get(t.lemma, ()):
            if rule.not_prev and i and toks[i - 1].lemma in rule.not_prev:
                continue
            if rule.not_next and i + 1 < len(toks) and toks[i + 1].lemma in rule.not_next:
                continue
            end = t.end
            if rule.then:
                nxt = next(
                    (x for x in toks[i + 1 : i + 1 + rule.span] if x.lemma in rule.then), None
                )
                if nxt is None:
                    continue
                end = nxt.end
            out.append((rule.trigger, t.start, end))
    return out


def _their_victim(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """ "the fugitives killed an employee", "они убили сотрудника": a killing done by the
    deserters (they are the subject of an active verb) is not a death of theirs."""
    active = lex.extra.get("killing_active")
    killers = lex.extra.get("deserters_as_subject")
    if not active or not killers or not re.fullmatch(active, text[s:e], re.IGNORECASE):
        return False
    cs, _ = clause_bounds(text, s)
    return bool(re.search(rf"(?:{killers})\W+(?:\w+\W+){{0,3}}$", text[cs:s], re.IGNORECASE))


def _window_before(text: str, start: int, clause_start: int, words: int = 7) -> str:
    seg = text[clause_start:start]
    # a conjunction starts a new predicate: "did not resist and were handed over"
    parts = _CONJUNCTION.split(seg)
    seg = parts[-1]
    toks = seg.split()
    return " ".join(toks[-words:])


def _blocked(text: str, etype: str, s: int, e: int, lex: Lexicon) -> bool:
    cs, ce = clause_bounds(text, s)
    clause = text[cs:ce]
    if lex.block_clause.search(clause):
        return True
    if lex.block_negation.search(_window_before(text, s, cs, 7)):
        return True
    near = 3 if lex.block_negation is not lex.block_before else 7
    if lex.block_before.search(_window_before(text, s, cs, near)):
        return True
    # a denial anywhere before the trigger in the sentence: "denied that any soldiers deserted"
    if _DENIAL.search(text, 0, s) and not _SAYING.search(text[s : e + 80]):
        return True
    if etype in ("prosecution", "sentence") and lex.other_crimes.search(clause):
        if not lex.topic.search(clause):
            return True
    return False


def _dates_report(text: str, d: DateMention, lex: Lexicon) -> bool:
    """A date right after a reporting verb dates the report ("reported Wednesday")."""
    before = text[max(0, d.start - 25) : d.start]
    verbs = list(lex.reporting_verbs.finditer(before))
    if not verbs:
        return False
    last = verbs[-1]
    return before[last.end() :].strip(" ,") in ("", "on", "в", "во")


def _distance(m: Mention, pos: int) -> int:
    return m.start - pos if pos < m.start else max(0, pos - m.end)


def _nearest(mentions: list[Mention], pos: int, text: str) -> Mention | None:
    """The trigger a phrase at ``pos`` belongs to: the closest one before it in its clause
    ("deserted from his unit in Ukraine was detained in Yerevan"), else the closest after it."""
    clause = clause_bounds(text, pos)
    same = [m for m in mentions if clause_bounds(text, m.start) == clause]
    pool = same or mentions
    before = [m for m in pool if m.end <= pos]
    if before:
        return max(before, key=lambda m: m.end)
    return min(pool, key=lambda m: _distance(m, pos), default=None)


def _scope_ok(text: str, m: Mention, pos: int, mentions: list[Mention]) -> bool:
    """May the phrase at ``pos`` belong to trigger ``m``?

    It must be in the trigger's clause, or in a fronted adverbial clause that holds no trigger
    ("On Saturday, military investigators ... charged").
    """
    cb = clause_bounds(text, pos)
    mb = clause_bounds(text, m.start)
    if cb == mb or cb == clause_bounds(text, max(m.start, m.end - 1)):
        return True  # the trigger may span clauses: "Тело ..., — обнаружили в лесополосе"
    clause = text[cb[0] : cb[1]].strip(" ,.")
    if pos > m.start:
        # a detached adverbial right after the trigger's clause: "was detained in Volgograd,
        # his hometown, in October"
        adjunct = len(clause) < 25 or bool(_NONFINITE.match(clause))
        return adjunct and not any(m.start < x.start < pos for x in mentions)
    if any(pos < x.start < mb[0] for x in mentions):
        return False  # another trigger stands between
    if cb[1] - cb[0] < 40 and not any(cb[0] <= x.start < cb[1] for x in mentions):
        return True  # a short fronted adverbial: "Ранее, в июле, суд приговорил"
    # a conjoined predicate shares its subject's adverbials: "в среду провели рейд ... и
    # задержали 12 военнослужащих"
    return (
        cb[1] <= mb[0]
        and bool(_CONJOINED.match(text, mb[0]))
        and not any(cb[0] <= x.start < cb[1] for x in mentions)
    )


def _assign_dates(mentions: list[Mention], dates: list[DateMention]) -> None:
    if not mentions:
        return
    text = mentions[0].sentence.text
    used: set[int] = set()
    # dates with a value first: "left his unit for three weeks in November" is dated November
    for d in sorted(dates, key=lambda d: d.value is None):
        cands = [m for m in mentions if _scope_ok(text, m, d.start, mentions)]
        m = _nearest(cands, d.start, text)
        if m is not None and m.date is None:
            m.date = d
            used.add(id(d))
    # an undated trigger may take a date from an appositive (", dated October 2022,") but not
    # from a relative clause about something else (", which Russia annexed in September 2022")
    for m in mentions:
        if m.date is not None:
            continue
        free = [
            d
            for d in dates
            if id(d) not in used
            and not _RELATIVE.match(text[clause_bounds(text, d.start)[0] :])
            and not any(x.start < d.start < x.end for x in mentions)
        ]
        if free and len(mentions) == 1:
            d = min(free, key=lambda d: abs(d.start - m.start))
            m.date = d
            used.add(id(d))


_DURATION = re.compile(
    r"\s*(?:(?:and|or|to|и|или|до)\s+[\w-]+\s+)*(?:and a half\s+|с половиной\s+)?(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|hours?|"
    r"лет|года?|месяц\w*|недел\w*|дн(?:я|ей)|сут\w*|час\w*)\b",
    re.IGNORECASE,
)
# "detained ... after exchanging fire near the town of Goryachy Klyuch": a non-finite adjunct
_NONFINITE = re.compile(
    r"(?:(?:after|before|while|when|upon|on) )?\w+ing\b(?! (?:that|to)\b)|(?:после|при) \w+", re.I
)
# "the local garrison court", "местный суд": the place the previous sentence named
_LOCAL = re.compile(
    r"\blocal (?:garrison |military |district |regional )*(?:court|police|authorities|prosecutors?"
    r"|commissariat|enlistment office|draft office|recruitment office)\b"
    r"|\bместн\w+ (?:гарнизонн\w+ |военн\w+ |районн\w+ )*(?:суд\w*|полици\w*|власт\w*"
    r"|военкомат\w*|комиссариат\w*)",
    re.IGNORECASE,
)
_THERE = re.compile(r"\b(?:there|там|тут)\b", re.IGNORECASE)
_CONJOINED = re.compile(r"(?:and|и)\s", re.IGNORECASE)
_ORIGIN = re.compile(
    r"(?:\b(?:natives? of|residents? of|born in|hails from|уроженц?\w*|"
    r"житель\w*|жительниц\w*|родом из)|\b(?:soldiers?|servicem[ae]n|m[ae]n|conscripts?|recruits?|"
    r"contractors?|sailors?|paratroopers?|deserters?|военнослужащ\w*|мобилизованн\w*|контрактник\w*|"
    r"мужчин\w*) from(?: the)?(?: republic of| region of)?|\b(?:из)(?=\s*$))\s*$",
    re.IGNORECASE,
)

_DATELINE = re.compile(
    r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .'-]{2,},\s+[^–—(]{3,22}?\s*(?:\([^)]{2,40}\))?\s*[–—-]\s"
)
# the page's publication stamp at the start of a line: the report's date, not the event's
_STAMP = re.compile(
    r"(?:^|\n)[ \t]*(?:published|posted|updated|last updated|date|опубликовано|обновлено|"
    r"дата публикации|дата)[ \t]*:?[ \t]*(?:on[ \t]+)?$",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\b(?:until|till|through|up to|до|по)\s*$", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?:which|who|whom|whose|that|where|when|while|because|although|который|которая|которое|"
    r"которые|которого|которой|которых|где|когда)\b",
    re.IGNORECASE,
)

_PLACE_GAP = re.compile(
    r"^(?:\s|,|'s|’s|\b(?:and|or|of|in|near|the|a|an|town|city|village|region|regions|district|"
    r"neighbou?ring|southern|northern|eastern|western|central|occupied|и|в|под|на|области|районе|"
    r"город\w*|сел\w*|сторон\w*)\b)*$",
    re.IGNORECASE,
)


def _place_groups(places: list[PlaceMention], text: str) -> list[list[PlaceMention]]:
    """Adjacent place names that name one place ("Yelets, a town in the Lipetsk region") or a
    list of places ("the Voronezh, Lipetsk and Belgorod regions")."""
    groups: list[list[PlaceMention]] = []
    for p in places:
        if (
            groups
            and p.start - groups[-1][-1].end <= 45
            and _PLACE_GAP.match(text[groups[-1][-1].end : p.start])
        ):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


def _assign_places(
    mentions: list[Mention], places: list[PlaceMention], source: Source | None
) -> None:
    if not mentions:
        return
    text = mentions[0].sentence.text
    in_source = [p for p in places if source and source.span_start <= p.start < source.span_end]
    # where a person comes from is not where the event happened ("уроженец Бурятии")
    own = [
        p
        for p in places
        if p not in in_source and not _ORIGIN.search(text[max(0, p.start - 40) : p.start])
    ]
    offered: dict[int, list[list[PlaceMention]]] = {}
    for group in _place_groups(own, text):
        pos = group[0].start
        cands = [m for m in mentions if _scope_ok(text, m, pos, mentions)]
        m = _nearest(cands, pos, text)
        if m is not None:
            offered.setdefault(id(m), []).append(group)
    for m in mentions:
        groups = offered.get(id(m))
        if groups and m.trigger.place:
            # a group with a region beats a bare country; one after the trigger ("went AWOL
            # from their ship in Vladivostok") beats one before it ("Russia's Pacific Fleet")
            m.places = min(
                groups,
                key=lambda g: (
                    not any(p.region for p in g),
                    g[0].start < m.start,
                    abs(g[0].start - m.end),
                ),
            )
    # the authority that reports it: "the government of the Lipetsk region said"
    regional = [p for p in in_source if p.region]
    if regional:
        for m in mentions:
            if not m.places:
                m.places = regional
                m.place_from_source = True


_SINGULAR = re.compile(
    r"\b(?:a|an|one|the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:soldier|serviceman|servicewoman|conscript|recruit|sailor|paratrooper|marine|officer|private|sergeant|deserter|man|fugitive|contractor|volunteer|reservist|inmate|convict|prisoner|pilot|mercenary|defector)\b|^\W*(?:[A-Z][\w-]*\s+){0,2}(?:Deserter|Soldier|Serviceman|Conscript|Defector|Pilot)\b(?!['’]s)|\bthe (?:first|second|third|fourth|fifth|last|remaining) (?:one|man|soldier|deserter)?\b|\bthe third\b|\b(?:he|him|his|she|her)\b"
    r"|\b(?:военнослужащ(?:ий|его|ему|им)|солдат(?:а|у|ом)?|контрактник(?:а|у|ом)?|мобилизованн(?:ый|ого|ому|ым)|дезертир(?:а|у|ом)?|мужчин(?:а|у|ой)|беглец(?:а|у|ом)?|рядов(?:ой|ого)|сержант(?:а)?|матрос(?:а)?|срочник(?:а)?|л[её]тчик(?:а|у|ом)?|пилот(?:а|у|ом)?|служащ(?:ий|его|ему|им)|подсудим(?:ый|ого|ому|ым)|обвиняем(?:ый|ого|ому|ым)|осужд[её]нн(?:ый|ого|ому|ым))\b|\b(?:он|его|ему|им|него|нему)\b",
    re.IGNORECASE,
)
_PLURAL_ANAPHORA = re.compile(
    r"\b(?:they|them|their|the (?:[\w-]+ ){0,2}?(?:soldiers|men|deserters|servicemen|fugitives|sailors|conscripts|recruits|detainees|paratroopers|inmates|convicts|brothers)|all of them|the group|the others?)\b"
    r"|\b(?:они|их|им|всех|беглецы|беглецов|дезертиры|дезертиров|военнослужащие|военнослужащих|контрактники|контрактников|мобилизованные|мобилизованных)\b",
    re.IGNORECASE,
)
_FULL_NAME = re.compile(
    r"\b[A-ZА-ЯЁ][a-zа-яё]+ [A-ZА-ЯЁ][a-zа-яё]{2,}(?:ov|ev|in|sky|ova|eva|ina|ов|ев|ин|ий|ая|ых)\w*\b"
)
_BOTH = re.compile(r"\b(?:both|оба|обоих|обе)\b", re.IGNORECASE)


def _assign_counts(
    mentions: list[Mention], counts: list[CountMention], text: str, lex: Lexicon
) -> None:
    if not mentions:
        return
    has_other = {m.type for m in mentions} - {"desertion"}
    used: set[int] = set()
    for c in counts:
        if c.total is not None and "desertion" in {m.type for m in mentions} and has_other:
            for m in mentions:
                if m.count is None:
                    if m.type == "desertion":
                        m.count, m.count_qualifier = c.total, "exact"
                    else:
                        m.count, m.count_qualifier = c.value, c.qualifier
                    m.count_from = "number"
                    m.who = m.who or c.head
            used.add(id(c))
    free = [c for c in counts if id(c) not in used]
    # each trigger takes the closest count in its clause (else in the sentence), closest first
    pairs = []
    for m in mentions:
        for c in free:
            d = _distance(m, c.start)
            if clause_bounds(text, c.start) != clause_bounds(text, m.start):
                d += 60
            pairs.append((d, id(m), id(c), m, c))
    pairs.sort(key=lambda p: p[0])
    taken: set[int] = set()
    for _d, _mi, ci, m, c in pairs:
        if m.count is not None or ci in taken:
            continue
        m.count, m.count_qualifier, m.count_from = c.value, c.qualifier, "number"
        m.who = m.who or c.head
        taken.add(ci)
    for m in mentions:
        if m.count is not None:
            continue
        cs, ce = clause_bounds(text, m.start)
        window = text[max(0, cs - 60) : ce]
        if _BOTH.search(window):
            m.count, m.count_qualifier, m.count_from = 2, "exact", "number"
        elif _names_in(text, 0, len(text)) and _FULL_NAME.search(text):
            pass  # counted from the names found in the sentence
        elif _PLURAL_ANAPHORA.search(
            # a search is for the group wherever the sentence names it ("a reward for their
            # recapture", "they might be in Belgorod"); other acts by their subject
            text if m.type == "wanted" else text[_subject_start(text, m) : ce]
        ) and not (_NAME_COUNT_OK and _names_in(text, cs, ce)):
            m.plural_anaphora = True
        elif _SINGULAR.search(text):
            m.count, m.count_qualifier, m.count_from = 1, "exact", "singular"
        who = _SINGULAR.search(text) or _PLURAL_ANAPHORA.search(text)
        if who and m.who is None and not re.fullmatch(r"\w{1,5}", who.group(0)):
            m.who = who.group(0)


_NAME_COUNT_OK = True


def armed_cues(text: str, lex: Lexicon) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first "armed" and "unarmed" cues of ``text``; an armed cue inside an unarmed one
    ("not carrying weapons") does not count."""
    f = lex.armed_false.search(text)
    t = None
    for m in lex.armed_true.finditer(text):
        if f and f.start() <= m.start() < f.end():
            continue
        t = m
        break
    return t, f


def _names_in(text: str, start: int, end: int) -> bool:
    return bool(_TWO_CAPS.search(text[start:end]))


def _subject_start(text: str, m: Mention) -> int:
    """Start of the stretch that holds the trigger's subject: its clause, or the clause before
    when the trigger's clause is a relative clause ("the soldiers, who ... fled")."""
    cs, _ = clause_bounds(text, m.start)
    if re.match(r"(?:who|which|that|который|которые|которых)\b", text[cs:], re.I) and cs > 0:
        cs, _ = clause_bounds(text, max(0, cs - 2))
    return cs


def _armed(text: str, m: Mention, lex: Lexicon) -> bool | None:
    if m.type in ("prosecution", "sentence"):
        cs, ce = clause_bounds(text, m.start)
        scope = text[cs:ce]
    else:
        scope = text
    t, f = armed_cues(scope, lex)
    if t and f:
        # the cue closest to the trigger decides
        dt = abs(t.start() - m.start)
        df = abs(f.start() - m.start)
        return dt < df
    if f:
        return False
    if t:
        return True
    return None


def _titled(text: str, pos: int, lex: Lexicon) -> bool:
    titles = lex.extra.get("titles")
    if not titles:
        return False
    before = text[max(0, pos - 40) : pos]
    return bool(re.search(rf"(?:{titles})\W*$", before, re.IGNORECASE))

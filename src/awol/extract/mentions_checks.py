"""The checks :func:`awol.extract.mentions.analyse_sentence` makes of a trigger (a court's
custody, a relative clause on a bare plural, a killing done by the deserters) and of the mentions
of one sentence (the names each takes, two triggers of one type told as one happening)."""

from __future__ import annotations

import re

from awol.extract.fastre import compile_fast
from awol.extract.lexicon import Lexicon
from awol.extract.mentions_types import Mention
from awol.extract.prefilter import filtered
from awol.extract.sentences import clause_bounds
from awol.extract.trigger_find import extra_rx as _extra_rx
from awol.extract.victims import deserter_kills, someone_else_died


def _court_custody(text: str, s: int, lex: Lexicon) -> bool:
    """A court is the subject of the detention's verb ("a garrison court remanded him in custody",
    «суд арестовал его на два месяца», «суд отправил его в СИЗО»): the custody a court orders
    after a stop is part of that detention (train gold, ren-102; corpus/dev's convention), so
    the mention is a step (``Trigger.step``): it joins a detention told before and makes one
    only where none was told (round 30, type30: invented articles RU f05, g06, h03 made a second
    detention of it).  ``court_custody`` in ``lang/*/events.yaml``: the words between the
    clause's start and the trigger."""
    rx = _extra_rx(lex.lang, "court_custody")
    if rx is None:
        return False
    cs, _ = clause_bounds(text, s)
    return rx.search(text[max(cs, s - 120) : s]) is not None


def _own_names(m: Mention, mentions: list[Mention], names: list) -> list:
    """The names a mention takes: the sentence's, or, where a clause with its verb left out
    tells another happening of the type ("Kuzin was detained in April, and Sergeant Gavrilov in
    May"; «Кузина задержали в апреле, Гаврилова — в мае»), those of its own part of the
    sentence (cut at each such clause), where it has any."""
    cuts = sorted(x.start for x in mentions if x.type == m.type and x.trigger.elided)
    if not cuts:
        return _clause_names(m, mentions, names)
    lo = max((c for c in cuts if c <= m.start), default=0)
    hi = min((c for c in cuts if c > m.start), default=len(m.sentence.text) + 1)
    return [n for n in names if lo <= n.start < hi] or names


def _clause_names(m: Mention, mentions: list[Mention], names: list) -> list:
    """Where two triggers of one type stand in clauses of their own that each name their man
    ("Private Yegor Sitnikov left his regiment in August, while Sergeant Pavel Drozdov did not
    return from leave"; «Рядовой Шубин не вернулся из отпуска, а младший сержант Рябов ушёл с
    позиций»), each mention takes the names of its own part of the sentence, not both men
    (round 32, who32).  The parts are cut at the first clause after one trigger that names
    someone before the next trigger; only where every part names someone."""
    same = sorted((x for x in mentions if x.type == m.type), key=lambda x: x.start)
    if len(same) < 2 or len(names) < 2:
        return names
    text = m.sentence.text
    cuts = []
    for a, b in zip(same, same[1:], strict=False):
        starts, k = [], b.start  # (the clauses that start between the two triggers)
        while k >= a.end:
            c = clause_bounds(text, k)[0]
            if c < a.end:
                break
            starts.append(c)
            k = c - 1
        cut = next(
            (c for c in reversed(starts) if any(c <= n.start < b.start for n in names)), None
        )
        if cut is None:
            return names
        cuts.append(cut)
    bounds = [0, *cuts, len(text) + 1]
    parts = [
        [n for n in names if lo <= n.start < hi] for lo, hi in zip(bounds, bounds[1:], strict=False)
    ]
    if not all(parts):
        return names
    return parts[next(i for i, x in enumerate(same) if x is m)]


def _combine_same_type(mentions: list[Mention]) -> list[Mention]:
    """Two triggers of one type in one sentence tell one happening ("crossed the border ... had
    deserted"), unless the second is another one ("two more were arrested") or counts or dates
    differ ("left his unit in May 2023 and again in October 2023")."""
    out: list[Mention] = []
    for m in mentions:
        prev = next((x for x in out if x.type == m.type), None)
        if (
            prev is not None
            and not m.additive
            and (prev.count is None or m.count is None or prev.count == m.count)
            and not _other_dates(prev, m)
            and not _other_people(prev, m)
        ):
            for attr in ("date", "count", "count_qualifier", "count_from", "who", "armed"):
                if getattr(prev, attr) in (None, [], ""):
                    setattr(prev, attr, getattr(m, attr))
            # (each its own clause's names, :func:`_clause_names`: one happening has them all)
            more = [n for n in m.names if n not in prev.names]
            if more:
                prev.names = prev.names + more
                if prev.count_from == "names":
                    prev.count = len(prev.names)
            if prev.trigger.step and not m.trigger.step:
                # (a hand-over told first, "handed over to the commandant's office after police
                # stopped him in Tver": the happening's own words give its place)
                prev.places = m.places or prev.places
                prev.trigger = m.trigger
                continue
            if m.trigger.step:
                # (the step's place only where the happening has none: "tracked down and handed
                # over to the military police in the Belgorod region", but not Gyumri's base in
                # "detained in Yerevan and handed over to the military police at the base in
                # Gyumri")
                prev.places = prev.places or m.places
                continue
            if not prev.places or (m.places and not any(p.region for p in prev.places)):
                prev.places = m.places or prev.places
            # ("set up roadblocks and launched a search across the district": the place before)
            prev.there = not prev.places and (prev.there or m.there)
            if m.trigger.weight > prev.trigger.weight:
                prev.trigger = m.trigger
            continue
        out.append(m)
    return out


def _other_people(a: Mention, b: Mention) -> bool:
    """Do the two mentions name people of their own, none in common, in clauses of their own
    ("Sergeant Pavel Dorokhin walked out of his regiment on April 4, and Private Yuri Senin left
    the same regiment two weeks later": two flights)?  Round 34 (type34)."""
    if not (a.names and b.names) or set(a.names) & set(b.names):
        return False
    return clause_bounds(a.sentence.text, a.start) != clause_bounds(b.sentence.text, b.start)


def _other_dates(a: Mention, b: Mention) -> bool:
    """Do the two mentions have dates of their own that cannot be one (neither contains the
    other: "2023-05" and "2023-10", not "2023" and "2023-05")?"""
    x = a.date.value if a.date is not None else None
    y = b.date.value if b.date is not None else None
    return bool(x and y) and not (x.startswith(y) or y.startswith(x))


_GENERIC_DET = re.compile(
    r"\b(?:the|these|those|this|that|his|her|their|its|our|all|both|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozen|\d+|of|whose|some \d+)\b",
    re.IGNORECASE,
)


def _generic(text: str, start: int, lex: Lexicon) -> bool:
    """ "police find soldiers who left their units", "Most soldiers who leave", "soldiers who,
    under martial law, deserted or abandoned their posts": a relative clause on a bare plural (no
    article, number or possessive) speaks of soldiers in general."""
    if lex.lang != "en":
        return False
    before = text[max(0, start - 160) : start]
    m = _GENERIC_WHO.search(before)
    if not m:
        return False
    if _AGENTS.fullmatch(m.group(2)):
        # the state's people who act ("military investigators, who have opened criminal cases
        # against them"): the subject of the act, not a kind of deserter (round 22, en22)
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


_AGENTS = re.compile(
    r"(?i)investigators|prosecutors|judges|courts|authorities|officials|policemen|police|"
    r"guards|bailiffs|agents|journalists|lawyers|activists|reporters|inspectors|investigations"
)

# a bare plural, "who", an optional parenthetical, then the trigger: right after up to two words
# ("who first arbitrarily left") or as a further coordinated predicate ("who deserted or left")
_GENERIC_WHO = filtered(
    re.compile(
        r"(\b[\w'-]+\s+){0,3}?\b(\w+s|\w*men|personnel|people)\s*,?\s+who\b(?:\s*,[^,.;]{0,50},)?"
        r"(?:\s+(?:\w+\s+){0,2}|[^.;,:]{0,80}?\b(?:or|and)\s+)$"
    )
)


def _their_victim(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """ "the fugitives killed an employee", "они убили сотрудника": a killing done by the
    deserters (they are the subject of an active verb) is not a death of theirs."""
    active = lex.extra.get("killing_active")
    killers = lex.extra.get("deserters_as_subject")
    if not active or not killers or not re.fullmatch(active, text[s:e], re.IGNORECASE):
        # "Таксист скончался": a verb of dying said of someone else
        return someone_else_died(text, s, e, lex)
    cs, _ = clause_bounds(text, s)
    before = text[cs:s]
    # a passive ("one of the deserters was killed") is their death, not a killing of theirs
    if _PASSIVE_BEFORE.search(before):
        return False
    if re.search(rf"(?:{killers})\W+(?:\w+\W+){{0,3}}$", before, re.IGNORECASE):
        return True
    return deserter_kills(text, s, e, lex)


_PASSIVE_BEFORE = compile_fast(
    r"\b(?:was|were|is|are|be|been|being|got|get|gets|getting)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)

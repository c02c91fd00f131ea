"""The lead's act told with its people's flight, then the flight told on its own (round 52, ruprec52).

«В Самаре задержаны двое военнослужащих, самовольно оставивших часть в Тоцком» and, in the body,
«мужчины ушли из части 20 февраля вместе с ещё пятью сослуживцами»: a news story's lead tells the
news (a catch, a death, a charge) and its people's flight in a participle or a relative clause;
the body then tells that flight in a sentence of its own, with the whole group's count, the
flight's own date and the place it was left for.  Read with :func:`merging.compatible` the two
differ (two of seven, the catch's day, the catch's region) and made two desertions, the lead's
one false.  :func:`lead_flight` lets the first flight the body tells on its own join such a
draft; :func:`join_lead` keeps the body's count and date where the lead's telling differs (they
were the act's: the two caught, "on Tuesday" of the charge).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from awol.extract.sentences import clause_bounds

# the lead: a draft told only in the first sentences (the headline, a subtitle, the lead) may be
# the news's flight; a later act's clause is the background of a case told apart (round 51,
# merge51: "a marine who deserted in 2023" in a roundup's verdict)
LEAD_SENTENCES = 3
# the body's own telling, by a verb of leaving (not a noun retelling it, "после побега", nor a
# weak word): the weight of merging's dated flights
STRONG = 0.8
# days a lead's date of the flight may differ from the body's (a "накануне" read from the
# publication, not from the act); a month or a year apart is another flight
DATE_SLACK = 2


def _in_act_clause(x: Any) -> bool:
    """Is mention ``x`` a flight told only beside another type its sentence reports as the news
    (a participle or a relative clause of the people caught, killed, charged)?"""
    return not x.sole and not x.main and not x.names


def lead_flight(drafts: list, m: Any, compatible: Callable[..., bool]) -> Any | None:
    """The draft of the lead's act-clause flight that ``m``, the first flight the body tells in a
    sentence of its own, tells again; None where there is none, where the article told a flight
    of its own before (two flights may be two), where ``m`` names someone or says it is another,
    or where the lead counts more people than ``m`` (two of seven may be the seven's; seven of
    two are not)."""
    if m.type != "desertion" or not (m.sole or m.main) or m.names or m.another or m.additive:
        return None
    if m.weight < STRONG or m.anaphoric:
        return None
    flights = [d for d in drafts if d.type == "desertion"]
    if len(flights) != 1:
        return None
    d = flights[0]
    if not all(_in_act_clause(x) and x.sentence.index < LEAD_SENTENCES for x in d.mentions):
        return None
    if d.count is not None and m.count is not None and d.count > m.count:
        return None
    if not _dates_agree(d.date, m.date):
        return None
    count = m.count
    m.count = None  # (the counts were compared above: a part of the group is its flight)
    try:
        ok = compatible(d, m, retelling=True)  # (the act's place is not the flight's)
    finally:
        m.count = count
    return d if ok else None


def _dates_agree(a: Any, b: Any) -> bool:
    """Do two dates of a flight agree: one within the other ("2025-02", "2025-02-20"), or two
    days within ``DATE_SLACK`` of each other?"""
    if a is None or b is None or not a.value or not b.value:
        return True
    x, y = a.value, b.value
    if x.startswith(y) or y.startswith(x):
        return True
    try:
        return abs((date.fromisoformat(x) - date.fromisoformat(y)).days) <= DATE_SLACK
    except ValueError:
        return False


def join_lead(d: Any, m: Any) -> None:
    """``m`` joins the lead's draft ``d``: the lead's count where it is a part of ``m``'s group,
    the lead's date where ``m`` dates the flight otherwise, and the lead's places outside its
    flight's clause ("задержаны в Подольске", "a court in Yuzhno-Sakhalinsk"), are the act's,
    not the flight's."""
    for x in d.mentions:
        if x.places:
            cs, ce = clause_bounds(x.sentence.text, x.start)
            x.places = [p for p in x.places if max(cs, x.start) <= p.start < ce]
        if x.count is not None and m.count is not None and x.count < m.count:
            x.count, x.count_qualifier, x.count_from = None, None, None
        if x.date is not None and m.date is not None and x.date.value and m.date.value:
            a, b = x.date.value, m.date.value
            if not (a.startswith(b) or b.startswith(a)):
                x.date = None
    d.mentions.append(m)

"""Aggregate statistics about desertion ("wanted notices out for at least 37,000 servicemen")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from awol.extract.argument_counts import subset_lead
from awol.extract.counts import CountMention, find_counts, may_count
from awol.extract.dates import find_dates
from awol.extract.figure_dates import (
    as_of_date,
    bracket_date,
    clause_date,
    date_spans,
    in_a_date,
    open_segment,
    own_date,
    period_ends,
    running_total,
    shift_year,
    up_to_now,
    when_told,
    year_after,
    year_before,
    year_before_told,
)
from awol.extract.figure_dates import records as _records
from awol.extract.figure_dates import vocab as _vocab
from awol.extract.figure_sources import figure_source
from awol.extract.lexicon import Lexicon
from awol.extract.mentions import ORDINAL_GATE, SentenceAnalysis
from awol.extract.story import AUTHORITY_TYPES
from awol.extract.tallies import year_tally
from awol.model import Evidence, Figure

# a number this large is about many people: a statistic, unless the sentence reads as one event
LARGE = 40
# no one search, arrest, charge or verdict is of this many people: a statistic, beside a trigger too
RECORDS_LARGE = 1000


def find_figures(
    an: SentenceAnalysis,
    lex: Lexicon,
    published: str | None,
    after_figure: bool,
    doc_on_topic: bool,
    last_as_of: str | None = None,
    after_heading: bool = False,
) -> list[Figure]:
    """Figures stated in one analysed sentence.

    ``after_figure`` says the previous sentence stated a figure: "Nearly 300 were later reported
    dead" continues it without repeating the topic words; ``after_heading`` that it named a
    statistic with no number of it (:func:`heads_figures`): a bare number with a date of its own
    is that statistic for the date ("In 2023 – 5,140; in 2024 – 9,870").  A figure's source is the one its
    sentence names; the article resolves the others (:mod:`awol.extract.figure_sources`).
    """
    text = an.sentence.text
    counts = an.counts
    # the figure words are read only where they may matter: a sentence with no number (most)
    # has no record count to add, and stops at the ordinal gate below unless it has one
    cues: bool | None = None
    if doc_on_topic and (counts or may_count(text, lex.lang)):
        cues = bool(lex.figure_cues.search(text))
    if cues and doc_on_topic:
        extra = _record_counts(an, lex)
        if an.mentions:  # a sentence telling an event: only a value compared with its figure,
            # or thousands of records ("120 thousand criminal proceedings were opened"): no one
            # case, search or verdict is of that many
            extra = [c for c in extra if _compared(c, text, lex) or _many_records(c, lex)]
        counts = sorted(counts + extra, key=lambda c: c.start)
        if counts and not an.dates:
            an.dates = [d for d in find_dates(text, lex.lang, published) if d.value]
    counts = _join_thousands(counts, text, lex)
    wholes = [_one_of_many(c, lex) for c in counts]
    one_of = {w.start for w, c in zip(wholes, counts, strict=True) if w is not c}
    counts = wholes
    percent = _percent_figure(an, lex, published) if an.on_topic and not an.mentions else None
    if not counts and not ORDINAL_GATE.search(text):
        return [percent] if percent is not None else []
    if cues is None:
        cues = bool(lex.figure_cues.search(text))
    if not doc_on_topic or lex.block_clause.search(text) and not cues:
        return []
    if _vocab(lex, "figure_forecast", text):
        return []  # "could reach 70,000 if the current pace holds": not what happened
    # "increased by 50 percent to 26,000": the change, and the value it led to
    out: list[Figure] = [percent] if percent is not None else []
    ordinal = _ordinal_figure(an, lex, published)
    if ordinal is not None:
        out.append(ordinal)
    other_prev = False
    for i, c in enumerate(counts):
        compared = _compared(c, text, lex)
        if _other_offence(text, counts, i, lex) or (compared and other_prev):
            # "627 cases of insubordination", "compared with 600" after one of those
            other_prev = True
            continue
        other_prev = False
        compared = compared and bool(out)
        # "2,300 cases in 2022, 6,100 in 2023 and 11,000 in 2024": a bare number with a date of
        # its own, listed after a figure of the sentence, is the same statistic for that date
        # (or before such a number that is a figure by itself: "4 in March, ..., 40 in May")
        compared = compared or (
            c.head is None
            and own_date(an, counts, i, text, lex, published, last_as_of) is not None
            and (
                bool(out)
                or _listed_before(
                    an, counts, i, text, lex, cues, after_figure, published, last_as_of
                )
            )
        )
        listed = (
            after_heading
            and c.head is None
            and (
                own_date(an, counts, i, text, lex, published, last_as_of) is not None
                # a row of its own: "2023: 4,210" under "..., by year:"
                or (len(counts) == 1 and bool(date_spans(text, lex.lang)))
                # its value told bare: "There were 812 of them." (round 47, figures47)
                or (len(counts) == 1 and _vocab(lex, "figure_heading_value", text))
            )
        )
        if not compared and not listed and not _is_figure(c, text, an, lex, cues, after_figure):
            continue
        value = c.value
        as_of = (
            when_told(c, text, lex, published)
            or running_total(c, text, lex, published)
            or open_segment(counts, i, text, lex, published)
            or own_date(an, counts, i, text, lex, published, last_as_of)
            or bracket_date(an, c, text, lex, published, last_as_of)
            or clause_date(an, c, text, lex, published, last_as_of)
            or as_of_date(an, published, text, lex, after_figure, last_as_of)
        )
        if c.start in one_of and any(
            m.date is not None and m.date.value == as_of for m in an.mentions
        ):
            as_of = published  # "Orlov, detained on 3 February, is one of 1,100 ...": his day
        if out and out[-1].as_of and year_before(text, counts, i, lex):
            as_of = shift_year(out[-1].as_of, -1)  # "5,096 a year earlier"
        elif out and out[-1].as_of and year_after(text, counts, i, lex):
            as_of = shift_year(out[-1].as_of, 1)  # "and in the following year 13,100"
        elif not out and year_before_told(text, c, lex, published, last_as_of):
            as_of = shift_year(last_as_of or "", -1)  # "Годом ранее ... осудили 5,7 тысячи"
        src = figure_source(an, lex)
        ev = Evidence(text, an.sentence.start, an.sentence.end)
        conf = 0.55 + (0.15 if an.on_topic else 0) + (0.1 if cues else 0) + (0.1 if src else 0)
        out.append(
            Figure(
                metric=out[-1].metric if compared and out else _metric(text, c, lex),
                value=value,
                qualifier="approx"
                if _average(c, text, lex) and c.qualifier in (None, "exact")
                else (c.qualifier or "exact"),
                as_of=as_of,
                source=src,
                evidence=ev,
                confidence=round(min(conf, 0.95), 2),
            )
        )
        whole = _whole_of_part(c, out[-1], lex)
        if whole is not None:
            out.append(whole)
    return out


def _one_of_many(c: CountMention, lex: Lexicon) -> CountMention:
    """ "Lapshin's is one of more than 200 desertion cases heard each month", «стал одним из
    более чем 1100 дезертиров»: the one man's case is told as a part of a hedged whole of many;
    the whole is the count a statistic may be (its qualifier the hedge's; ``figure_one_of`` of
    lang/*/figures.yaml, group ``q``: at_least or approx words; round 53, asof53)."""
    if c.value != 1 or c.total is None or c.total < LARGE:
        return c
    raw = str(lex.extra.get("figure_one_of") or "")
    m = _records(lex.lang, raw).search(c.text) if raw else None
    if m is None:
        return c
    hedge = (m.group("q") or "").lower()
    qualifier = "approx" if _vocab(lex, "figure_one_of_approx", hedge) else "at_least"
    return replace(c, value=c.total, total=None, qualifier=qualifier)


def _listed_before(
    an: SentenceAnalysis,
    counts: list[CountMention],
    i: int,
    text: str,
    lex: Lexicon,
    cues: bool,
    after_figure: bool,
    published: str | None,
    last_as_of: str | None,
) -> bool:
    """ "went AWOL each month: 4 in March, 9 in April, 40 in May and 176 in June": a bare number
    with a date of its own, listed before such a number of the sentence that is a figure by
    itself, is the same statistic for its date, however small (round 53, asof53)."""
    return any(
        counts[j].head is None
        and (counts[j].value or 0) >= LARGE
        and own_date(an, counts, j, text, lex, published, last_as_of) is not None
        and not _other_offence(text, counts, j, lex)
        and _is_figure(counts[j], text, an, lex, cues, after_figure)
        for j in range(i + 1, len(counts))
    )


def _whole_of_part(c: CountMention, part: Figure, lex: Lexicon) -> Figure | None:
    """ "AWOL accounted for 9,300 of the 10,200 cases", «9300 из 10 200 дел»: the whole a
    statistic's part is told of is a statistic too, of the same date and teller: a whole of
    many records ("three of the six" is one group's, told of its happening; "30 of the roughly
    120 men recruited" counts the recruits, not a statistic of desertion)."""
    if c.total is None or c.value is None or c.total <= c.value or c.total < LARGE:
        return None
    if not _is_record(c.head or "", lex):
        return None
    return replace(part, metric=c.head or part.metric, value=c.total, qualifier="exact")


def heads_figures(an: SentenceAnalysis, figures: list[Figure], lex: Lexicon) -> bool:
    """Does the sentence open a statistic whose numbers follow ("The number of desertion cases
    sent to court has grown every year." before "In 2023 - 5,140; in 2024 - 9,870", "...
    by year:" above a list, «Число дел ... растёт каждый год.»)?  A sentence on desertion that
    names a statistic (``figure_heading`` of lang/*/figures.yaml) and states no number of it: the
    next sentence's bare numbers with dates of their own are its values (round 41, fig41)."""
    text = an.sentence.text
    if figures or not an.on_topic or an.counts:
        return False
    # (a heading line names its statistic in the words of an event: "Sentences for leaving a
    # unit, by year:")
    return (not an.mentions or text.rstrip().endswith(":")) and _vocab(lex, "figure_heading", text)


def _ordinal_figure(an: SentenceAnalysis, lex: Lexicon, published: str | None) -> Figure | None:
    """ "It was the fourth time this year that a deserter was detained": a count of 4 so far."""
    from awol.extract.counts import ordinal_value

    text = an.sentence.text
    if not an.on_topic or not ORDINAL_GATE.search(text):
        return None
    pat = _records(lex.lang, str(lex.extra.get("figure_ordinal") or ""))
    m = pat.search(text) if pat else None
    if not m:
        return None
    word = m.group("n")
    value = ordinal_value(word, lex.lang)
    if not value or value < 2:
        return None
    rest = text[m.end() :].strip(" ,.")
    lead = _records(lex.lang, str(lex.extra.get("figure_ordinal_lead") or ""))
    rest = lead.sub("", rest) if lead else rest
    metric = re.sub(r"\s+", " ", rest)[:160] or text[m.start() : m.end()]
    return Figure(
        metric=metric,
        value=value,
        qualifier="exact",
        as_of=as_of_date(an, published, text, lex),
        source=figure_source(an, lex),
        evidence=Evidence(text, an.sentence.start, an.sentence.end),
        confidence=0.6,
    )


def _is_figure(
    c: CountMention,
    text: str,
    an: SentenceAnalysis,
    lex: Lexicon,
    cues: bool,
    after_figure: bool,
) -> bool:
    if c.value is None or c.value < 2:
        return False
    head = c.head or ""
    if head and c.head_start is not None and in_a_date(c.head_start, text, lex.lang):
        head = ""  # "doubled to 4,000 last year": a date, not what was counted
    if (
        head
        and not lex.figure_nouns.search(head)
        # "5,000 draftees", "2,000 Ukrainians" (not "58 военных судов": its noun is the last word)
        and not lex.people.search(head.split()[-1] if head.split() else head)
        and not lex.topic.search(head)
        and not (not an.mentions and _is_record(head, lex))
        and not _many_records(c, lex)
        and not _help_requests(c, text, lex)
        # ("..., of whom 4,300 received prison terms": what the part did; fields46)
        and not subset_lead(text, c.start, lex)
    ):
        # "200,000 cameras", "600 signatures": a number of something else
        if re.match(r"^\s*\w", head) and not _vocab(lex, "figure_anaphoric", head):
            return False
    if _vocab(lex, "figure_not_counted", text[max(0, c.start - 40) : c.start]):
        return False
    about_soldiers = (
        an.on_topic
        or after_figure
        or (cues and _vocab(lex, "figure_about", text))
        # "35,307 criminal cases were registered": records counted in a sentence telling no event
        or (cues and not an.mentions and (_is_record(head, lex) or _help_requests(c, text, lex)))
        or (cues and _many_records(c, lex))
        or _told_as_records(c, an, text, lex)
    )
    if c.value >= LARGE:
        if about_soldiers and _group_of_a_day(c, text, an, lex):
            return False
        if about_soldiers:
            # (or a period it counts over: "lists 418 servicemen who left their units between
            # January and May")
            if cues or not an.mentions or after_figure or _vocab(lex, "figure_period", text):
                return True
            # "13,800 soldiers deserted between 2022 and July 2025": many counted over a
            # period with an end the sentence names, not one group's flight (round 47)
            if any(
                _vocab(lex, "figure_period_range", text[d.start : d.end])
                for d in period_ends(text, lex, None)
            ):
                return True
            if _standing(an, text, lex) or _told_as_records(c, an, text, lex):
                return True
            # "Military courts have convicted over 12,000 people", "9,000 soldiers are on the
            # wanted list": no one search, arrest, charge or verdict is of thousands
            return c.value >= RECORDS_LARGE and all(m.type in AUTHORITY_TYPES for m in an.mentions)
        return False
    # a small number is a statistic only when the sentence reads as one: "at least five cases
    # since the start of 2023", "knows of at least 17 servicemen who have died in custody"
    hedged = (
        c.qualifier in ("at_least", "approx", "up_to")
        or _average(c, text, lex)
        or c.total is not None
        # "totaling nine", "16 of those cases": a total, or a part of a counted whole
        or _vocab(lex, "figure_total_before", _lead(text, c))
        or _vocab(lex, "figure_subset_after", text[c.end : c.end + 40])
    )
    # a day names one happening, also one the publication date leaves unresolved ("12 ноября")
    specific = any(
        m.date is not None and (m.date.precision == "day" or m.date.value is None)
        for m in an.mentions
    )
    # "с начала года задержаны 37 военнослужащих"; a count over a period, "за неделю на
    # блокпостах задержали 37 военнослужащих", "over the past two years, 20 were detained"
    so_far = up_to_now(text, lex) or _vocab(lex, "figure_period", text) or year_tally(an, text, lex)
    specific = specific or (not so_far and _one_group(c, text, an, lex))
    return c.value >= 3 and (hedged or so_far) and cues and not specific and about_soldiers


def _told_as_records(c: CountMention, an: SentenceAnalysis, text: str, lex: Lexicon) -> bool:
    """ "780 soldiers were convicted of desertion", «осудили за самовольное оставление части 9400
    военных», "1,240 servicemen were on the wanted list": a verdict the sentence tells of 40 or
    more people, or a search of thousands, is a count of the records the courts and the police
    keep, not one happening (no one verdict is of that many; a manhunt for a group is of tens;
    the search told as a list that stands: ``figure_standing``), whether or not its own words
    name desertion (round 48, figures48)."""
    if c.value is None or c.value < LARGE:
        return False
    if any(m.count == c.value and m.type == "sentence" for m in an.mentions):
        return True
    # (a search: only a list told as it stands, "were on the wanted list", not a number that
    # names a unit before one soldier sought, "в/ч 12345 рядовой")
    return (
        c.value >= RECORDS_LARGE
        and any(m.count == c.value and m.type == "wanted" for m in an.mentions)
        and _vocab(lex, "figure_standing", text)
    )


def _standing(an: SentenceAnalysis, text: str, lex: Lexicon) -> bool:
    """ "As of 15 October, 870 soldiers were on the wanted list", "450 servicemen are currently
    wanted for leaving their units": many people a list holds on a day, a state and not one
    search (``figure_standing`` of lang/*/figures.yaml; only where the sentence tells no other
    happening than the search and the flight it is for; round 38, source38)."""
    return all(m.type in ("wanted", "desertion") for m in an.mentions) and _vocab(
        lex, "figure_standing", text
    )


# the people's own happenings, which a group lives through together
_GROUP_TYPES = ("desertion", "detention", "death")


def _one_group(c: CountMention, text: str, an: SentenceAnalysis, lex: Lexicon) -> bool:
    """ "Более 30 военнослужащих самовольно оставили воинскую часть": a hedged number of people
    that left, were caught or died together, at the one unit or place the sentence names, is one
    happening's count, not a tally (``figure_one_group``; not over a period the sentence names).
    So is a search launched for an estimated number of them ("объявила в розыск до пятнадцати
    дезертиров", "launched a manhunt for up to 15 deserters": round 40, num40), unless the list
    is told as it stands (``figure_standing``: "около 30 военных находятся в розыске") or the
    notices are counted over a month or a year."""
    if period_ends(text, lex, None):
        return False
    wanted = [m for m in an.mentions if m.type == "wanted" and m.count == c.value]
    if wanted and c.qualifier in ("up_to", "approx"):
        # (not notices counted over a month or a year: "search notices for at least 35 such
        # men ... in October alone")
        return not _vocab(lex, "figure_standing", text) and not any(
            m.date is not None and m.date.precision in ("month", "year") for m in wanted
        )
    if not any(m.type in _GROUP_TYPES and m.count == c.value for m in an.mentions):
        return False
    if not lex.extra.get("figure_one_group"):
        return False
    placed = any(p.region for m in an.mentions if m.type in _GROUP_TYPES for p in m.places)
    return placed or _vocab(lex, "figure_one_group", text)


def _group_of_a_day(c: CountMention, text: str, an: SentenceAnalysis, lex: Lexicon) -> bool:
    """ "Более 80 срочников в ночь на воскресенье сбежали из учебного лагеря", "A group of 56
    soldiers left their positions on Friday": many people who fled, were caught or died
    together on a day the sentence names are one happening's count, not a tally, however many
    (fewer than thousands; not counted over a period: "since January", "in October alone";
    round 41, fig41)."""
    if c.value is None or c.value >= RECORDS_LARGE:
        return False
    if not any(
        m.type in _GROUP_TYPES
        and m.count == c.value
        and m.date is not None
        and m.date.precision == "day"
        for m in an.mentions
    ):
        return False
    return not (
        up_to_now(text, lex)
        or _vocab(lex, "figure_period", text)
        or period_ends(text, lex, None)
        or year_tally(an, text, lex)
    )


def _lead(text: str, c: CountMention) -> str:
    """The words before a number, with a qualifier the count took in ("всего девять")."""
    lead = text[max(0, c.start - 30) : c.start]
    return lead + c.text.rsplit(" ", 1)[0] + " " if " " in c.text else lead


def _average(c: CountMention, text: str, lex: Lexicon) -> bool:
    """ "an average of 100 verdicts", "в среднем по 38 решений": a mean, hence approximate."""
    return _vocab(lex, "figure_average", text[max(0, c.start - 45) : c.start])


def _compared(c: CountMention, text: str, lex: Lexicon) -> bool:
    """ "12,405 such cases, against only 3,118 a year before", "up from 3,200": the same
    metric, compared (``figure_compared``)."""
    return (
        c.value is not None
        and c.value >= 2
        and _vocab(lex, "figure_compared", text[max(0, c.start - 40) : c.start])
    )


def _join_thousands(counts: list[CountMention], text: str, lex: Lexicon) -> list[CountMention]:
    """ "311 тыс. 327 производств" is one number, 311,327, not 311,000 and 327."""
    out: list[CountMention] = []
    for c in counts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.head is None
            and prev.value % 1000 == 0
            and 0 < c.value < 1000
            and _vocab(lex, "figure_thousands", prev.text)
            and not text[prev.end : c.start].strip()
        ):
            out[-1] = replace(
                prev,
                text=text[prev.start : c.end],
                end=c.end,
                value=prev.value + c.value,
                head=c.head,
                head_start=c.head_start,
            )
            continue
        out.append(c)
    return out


def _percent_figure(an: SentenceAnalysis, lex: Lexicon, published: str | None) -> Figure | None:
    """ "The number of requests to help desert grew by 89%": a change, in per cent."""
    pat = _records(lex.lang, str(lex.extra.get("figure_percent") or ""))
    text = an.sentence.text
    m = pat.search(text) if pat else None
    if m is None:
        return None
    value = float(m.group("n").replace(",", "."))
    subject = re.split(r"[:;,—–]\s*", text[: m.start()])[-1].strip()
    return Figure(
        metric=(subject + " " + m.group(0)).strip()[:160],
        value=int(value) if value.is_integer() else value,
        qualifier="exact",
        as_of=as_of_date(an, published, text, lex),
        source=figure_source(an, lex),
        evidence=Evidence(text, an.sentence.start, an.sentence.end),
        confidence=0.6,
    )


def _record_counts(an: SentenceAnalysis, lex: Lexicon) -> list[CountMention]:
    """Counts of records ("6,988 proceedings") and of what a date follows ("rose to 4,000 last
    year") that the people-count filter left out."""
    seen = {c.start for c in an.counts}
    return [
        c
        for c in find_counts(an.sentence.text, lex.lang, [(d.start, d.end) for d in an.dates])
        if c.start not in seen
        and (
            bool(c.head and _is_record(c.head, lex))
            or _help_requests(c, an.sentence.text, lex)
            or _compared(c, an.sentence.text, lex)
            # "doubled to 4,000 last year": what follows the number is a date
            or (c.head_start is not None and in_a_date(c.head_start, an.sentence.text, lex.lang))
        )
        and not any(d.start <= c.start < d.end for d in an.dates)
        # (nor the day of a report's date, which the event's dates leave out: "Mediazona
        # reported on 9 August" is no count of 9 Augusts; round 55, asof55)
        and not _day_of_a_date(c, an.sentence.text, lex.lang)
    ]


def _day_of_a_date(c: CountMention, text: str, lang: str) -> bool:
    """Is the number the day of a date told with its month after it ("on 9 August", «9
    августа»), not a number a bare year's reading takes ("более 2000 дел")?"""
    return any(
        a <= c.start < b and re.search(r"[^\W\d_]", text[c.end : b])
        for a, b in date_spans(text, lang)
    )


def _help_requests(c: CountMention, text: str, lex: Lexicon) -> bool:
    """ "received more than 3,000 requests for help from soldiers", "900 appeals from servicemen":
    the pleas a help group or hotline counts are records of a desertion statistic, as "such
    requests" are (``figure_help_requests``; round 48, figures48)."""
    return _vocab(lex, "figure_help_requests", text[c.end : c.end + 70])


def _many_records(c: CountMention, lex: Lexicon) -> bool:
    """Thousands of records of the justice system ("120 thousand criminal proceedings")."""
    return c.value is not None and c.value >= RECORDS_LARGE and _is_record(c.head or "", lex)


def _is_record(head: str, lex: Lexicon) -> bool:
    """Is the counted noun a record of the justice system (cases, proceedings, charges)?"""
    pat = _records(lex.lang, str(lex.extra.get("figure_records") or ""))
    return bool(head) and (bool(pat and pat.search(head)) or _vocab(lex, "figure_requests", head))


def _metric(text: str, c: CountMention, lex: Lexicon) -> str:
    """A short description of what was counted, from the words around the number: the phrase
    before it (``figure_metric_lead``, less ``figure_metric_drop``), its noun and the phrase
    after it (``figure_metric_tail``)."""
    before = text[: c.start]
    pat = _records(lex.lang, str(lex.extra.get("figure_metric_lead") or ""))
    m = pat.search(before) if pat else None
    lead = ""
    if m:
        lead = m.group(1).strip()
        drop = _records(lex.lang, str(lex.extra.get("figure_metric_drop") or ""))
        lead = drop.sub("", lead) if drop else lead
    head = (c.head or "").strip()
    after = text[c.end : c.end + 90]
    pat = _records(lex.lang, str(lex.extra.get("figure_metric_tail") or ""))
    tail = pat.match(after) if pat else None
    parts = [p for p in (lead, head, tail.group(1).strip() if tail else "") if p]
    metric = " ".join(parts) if parts else text[c.start : c.end + 60].split(",")[0]
    return re.sub(r"\s+", " ", metric).strip()[:160]


# a round value ("about 30,000") within this share of a precise figure of the same article
# ("29,521") restates it
_ROUNDED_SHARE = 0.035


def dedupe_figures(figures: list[Figure]) -> list[Figure]:
    """One figure per statistic of an article: a value told again ("as noted, 59,606 ...") or
    rounded ("more than 200,000" beside "202,997") restates the precise one, which keeps the
    attribution and date that either telling gives."""
    # (a long text's figures: the precise values sorted, each rounded one reads the few near it;
    # the kept figures by value, as no two kept ones share a value)
    precise = sorted(f.value for f in figures if not _round(f.value))
    out: list[Figure] = []
    kept_at: dict[float | int, int] = {}
    for f in figures:
        if _round(f.value):
            v, share = f.value, _ROUNDED_SHARE * f.value
            # (a window wider by one than the share, then the share itself, as before)
            near = precise[
                bisect_left(precise, v - share - 1) : bisect_right(precise, v + share + 1)
            ]
            if any(abs(p - v) <= share and p != v for p in near):
                continue
        same = kept_at.get(f.value)
        if same is None:
            kept_at[f.value] = len(out)
            out.append(f)
            continue
        kept = out[same]
        out[same] = replace(kept, source=kept.source or f.source, as_of=kept.as_of or f.as_of)
    return out


def _round(value: float | int) -> bool:
    """ "4,000", "200,000", "1.5 million": a value stated to the thousand."""
    return isinstance(value, int) and value >= 1000 and value % 1000 == 0


_STOP_AFTER = re.compile(r"[,;()]|\s[—–]\s")
_STOP_BEFORE = re.compile(r"[,;(]")
_LABEL_DASH = re.compile(r"\s[—–:]\s*$|:\s*$")


def _own_phrase(text: str, counts: list[CountMention], i: int) -> str:
    """The words that say what the ``i``-th number of the sentence counts: its noun phrase up to
    the next number or clause mark ("627 cases of insubordination, ..."), and a label before it
    ("неисполнение приказа — 1369") or the start of its clause when no other number shares it."""
    c = counts[i]
    nxt = counts[i + 1].start if i + 1 < len(counts) else len(text)
    stop = _STOP_AFTER.search(text, c.end, nxt)
    after = text[c.end : stop.start() if stop else nxt]
    prev_end = counts[i - 1].end if i > 0 else 0
    before_text = text[prev_end : c.start]
    cut = max((m.end() for m in _STOP_BEFORE.finditer(before_text)), default=0)
    before = before_text[cut:]
    if _LABEL_DASH.search(before):
        return before  # "неисполнение приказа — 1369 и дезертирство — 1010": 1369's label
    if i > 0 and cut == 0:
        before = ""  # "844 cases of absence, 43 of insubordination and 42": not 42's words
    return before + " " + after


def _other_offence(text: str, counts: list[CountMention], i: int, lex: Lexicon) -> bool:
    """Does the ``i``-th number count an offence other than desertion ("627 cases of
    insubordination", "1,121 people were convicted of evading conscription")?"""
    pat = _records(lex.lang, str(lex.extra.get("figure_other_offences") or ""))
    if pat is None:
        return False
    own = _own_phrase(text, counts, i)
    return bool(pat.search(own)) and not lex.topic.search(own)

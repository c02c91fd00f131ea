"""When a statistic holds (its ``as_of``): the dates of its sentence, the ends of the periods it
names, the report's date told beside it, and the statistic told before it (split from
:mod:`awol.extract.figures`, round 33)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from awol.extract.counts import CountMention, find_counts, parse_number
from awol.extract.dates import find_dates, month_number, parse_published, season_name
from awol.extract.lexicon import Lexicon, icase
from awol.extract.mentions import SentenceAnalysis
from awol.extract.prefilter import FilteredRegex, filtered
from awol.extract.recent import MISSING, Recent
from awol.extract.sentences import clause_bounds


@lru_cache(maxsize=64)
def records(lang: str, pattern: str) -> re.Pattern[str] | FilteredRegex | None:
    return filtered(re.compile(pattern, re.IGNORECASE)) if pattern else None


def vocab(lex: Lexicon, key: str, text: str) -> bool:
    """Does the figure vocabulary ``key`` of the language (lang/*/figures.yaml) match ``text``?"""
    raw = str(lex.extra.get(key) or "")
    return bool(raw and icase(raw).search(text))


def year_before(text: str, counts: list[CountMention], i: int, lex: Lexicon) -> bool:
    """Is the ``i``-th number of the sentence the value of the year before the one told before
    it ("up from 3,200 a year earlier", "годом ранее (5 517)")?"""
    c = counts[i]
    lo = max(counts[i - 1].end if i > 0 else 0, c.start - 30)
    hi = min(counts[i + 1].start if i + 1 < len(counts) else len(text), c.end + 45)
    return vocab(lex, "figure_year_before", text[lo : c.start]) or vocab(
        lex, "figure_year_before", text[c.end : hi]
    )


def year_after(text: str, counts: list[CountMention], i: int, lex: Lexicon) -> bool:
    """Is the ``i``-th number of the sentence the value of the year after the one told before
    it ("5,600 cases over 2023, and in the following year 13,100", «за 2023 год 5600, а за
    следующий — 13 100»: ``figure_year_after``; round 42, fig42)?"""
    c = counts[i]
    lo = max(counts[i - 1].end if i > 0 else 0, c.start - 30)
    if vocab(lex, "figure_year_after", text[lo : c.start]):
        return True
    # "1,083 ... in 2021, and 1,379 a year later": the words right after the number, at most
    # three words and no clause's break before them (round 53, asof53)
    hi = min(counts[i + 1].start if i + 1 < len(counts) else len(text), c.end + 40)
    raw = str(lex.extra.get("figure_year_after") or "")
    m = icase(raw).search(text, c.end, hi) if raw else None
    return bool(
        m
        and not re.search(r"[,;:()]", text[c.end : m.start()])
        and len(text[c.end : m.start()].split()) <= 3
    )


def year_before_told(
    text: str, c: CountMention, lex: Lexicon, published: str | None, last_as_of: str | None
) -> bool:
    """Is a number of a sentence with no resolved date of its own the value of the year before
    the statistic told just before it ("In 2024, 9,300 were convicted. A year earlier, about
    5,700 were.")?"""
    return bool(
        last_as_of
        and vocab(lex, "figure_year_before", text[: c.start])
        and not all_dates(text, lex.lang, published, last_as_of)
    )


def shift_year(value: str, years: int) -> str:
    """ "2024-09" -> "2023-09" (a February 29 becomes the 28th)."""
    year = int(value[:4]) + years
    rest = value[4:]
    return f"{year:04d}{'-02-28' if rest == '-02-29' else rest}"


def up_to_now(text: str, lex: Lexicon) -> bool:
    """Does the sentence count up to now ("so far", "since 2022", "с начала года")?"""
    return vocab(lex, "figure_so_far", text)


@dataclass(frozen=True)
class _Dated:
    """A date a figure may hold for: a date of the sentence, or the end of a period it names."""

    start: int
    end: int
    value: str


def period_ends(text: str, lex: Lexicon, published: str | None) -> list[_Dated]:
    """The ends of the periods a sentence names ("from January to September 2024" -> 2024-09,
    "in the first four months of 2023" -> 2023-04, "с февраля по август 2022 года" -> 2022-08,
    "за сентябрь — ноябрь" -> the last November before publication); patterns in
    ``figure_period_end`` of lang/*/figures.yaml, with groups ``m`` (the last month, a name or a
    number of months), ``qs`` (a number of quarters: "the first three quarters" ends in
    September; round 53), ``m0`` (the first month, a name, checked), ``y`` (the year), ``this``
    ("this year"), ``last`` ("last year": the year before publication's), ``year_end`` ("the end
    of 2024"), ``season`` ("за осень": its last month), ``q``/``qn`` (a quarter: its last month;
    with no year, the last such quarter before publication), ``before_last`` ("the year before
    last", "в позапрошлом году": the year two before publication's, a year with no month),
    ``prev_year`` («за весь прошлый год»: the year before publication's), ``prev_month`` («за
    прошлый месяц»: the month before publication's; round 53)."""
    pub = parse_published(published)
    out: list[_Dated] = []
    for pattern in lex.extra.get("figure_period_end") or ():
        for m in records(lex.lang, pattern).finditer(text):
            groups = m.groupdict()
            if groups.get("m0") and not (
                month_number(groups["m0"], lex.lang) and month_number(groups["m"], lex.lang)
            ):
                continue  # "January-September", not "Moscow - Kyiv"
            if groups.get("prev_month"):  # «за прошлый месяц»: the month before publication's
                if pub is not None:
                    y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                    out.append(_Dated(m.start(), m.end(), f"{y:04d}-{mo:02d}"))
                continue
            if groups.get("before_last") or groups.get("prev_year"):
                # "the year before last", "в позапрошлом году"; «за весь прошлый год»
                if pub is not None:
                    back = 2 if groups.get("before_last") else 1
                    out.append(_Dated(m.start(), m.end(), f"{pub.year - back:04d}"))
                continue
            month = 12 if groups.get("year_end") else _month(groups.get("m") or "", lex.lang)
            if groups.get("half"):
                month = 6
            if groups.get("season"):  # "over the autumn", "за осень": its last month
                month = _SEASON_END.get(season_name(groups["season"], lex.lang) or "")
            if groups.get("q") or groups.get("qn"):  # "the first quarter of 2025": its last month
                month = 3 * _QUARTERS.get(groups.get("q") or groups["qn"], 0) or None
            if groups.get("qs"):  # "the first three quarters of 2024": the third's last month
                month = 3 * (_month(groups["qs"], lex.lang) or 0) or None
            if not month or not 1 <= month <= 12:
                continue
            if groups.get("y"):
                year = int(groups["y"])
            elif pub is None:
                continue
            elif groups.get("this"):
                year = pub.year
            elif groups.get("last"):  # "the first half of last year", "на конец прошлого года"
                year = pub.year - 1
            else:  # a month without a year: the last one before publication
                year = pub.year if month <= pub.month else pub.year - 1
            out.append(_Dated(m.start(), m.end(), f"{year:04d}-{month:02d}"))
    return out


_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "winter": 2}


def _unstated_year(words: str, value: str, lang: str) -> bool:
    """Is a date a season whose year the text does not state ("in the spring" -> a year
    inferred from the publication date)?  Too vague to be what a statistic holds for."""
    return (
        len(value) == 4
        and not re.search(r"\d{4}", words)
        and any(season_name(w, lang) for w in re.findall(r"\w+", words))
    )


# the quarter's number, from the start of its ordinal (any language) or its digit or Roman numeral
_QUARTERS = {
    **{
        k: n
        for n, ks in enumerate(
            (
                ("1", "1st", "I", "first", "перв"),
                ("2", "2nd", "II", "second", "втор"),
                ("3", "3rd", "III", "third", "трет"),
                ("4", "4th", "IV", "fourth", "четв", "четвёрт", "четверт"),
            ),
            start=1,
        )
        for k in ks
    },
}


def _month(word: str, lang: str) -> int | None:
    """A month's number: its name ("September", "августа") or a count of months ("seven")."""
    if not word:
        return None
    named = month_number(word, lang)
    if named:
        return named
    n = parse_number(word, lang)
    return int(n) if isinstance(n, int) or (isinstance(n, float) and n.is_integer()) else None


@lru_cache(maxsize=64)
def _count_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    return tuple((c.start, c.end) for c in find_counts(text, lang))


@lru_cache(maxsize=64)
def date_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The spans of the date expressions of a sentence (read with no publication date)."""
    return tuple((d.start, d.end) for d in find_dates(text, lang, None))


def in_a_date(pos: int, text: str, lang: str) -> bool:
    """Is the character at ``pos`` part of a date expression ("last year", "in May")?"""
    return any(a <= pos < b for a, b in date_spans(text, lang))


@lru_cache(maxsize=64)
def all_dates(text: str, lang: str, published: str | None, before: str | None = None) -> tuple:
    """Every resolved date of a figure's sentence, also the date of a report ("Mediazona
    reported August 12"), which an event's dates leave out."""
    found = find_dates(text, lang, published)
    if published is None:
        found = _in_the_sentences_year(found, text, lang, before)
    return tuple(d for d in found if d.value)


def _in_the_sentences_year(found: list, text: str, lang: str, before: str | None) -> list:
    """With no publication date, a day or month named without its year ("As of Nov. 21")
    takes the one year the sentence names ("... since June 2023"): the most recent such day up
    to the end of that year; in a sentence that names no year, the most recent one up to the
    date ``before`` of the statistic told just before ("As of Nov. 21, 2023 ..." then "The
    peak occurred in August").  Only a date that names its month; a sentence naming several
    years leaves it unresolved."""
    if all(d.value for d in found):
        return found
    years = {d.value[:4] for d in found if d.value}
    if len(years) == 1:
        (year,) = years
        ref = f"{year}-12-31"
    elif not years and before and len(before) >= 4:
        year = before[:4]
        ref = (
            before if len(before) == 10 else f"{before}-28" if len(before) == 7 else f"{year}-12-31"
        )
    else:
        return found
    again = {(d.start, d.end): d for d in find_dates(text, lang, ref)}
    out = []
    for d in found:
        r = again.get((d.start, d.end))
        if (
            d.value is None
            and r is not None
            and r.value
            and r.value.startswith(year)
            and d.anchor is None
            and any(month_number(w, lang) for w in re.findall(r"\w+", d.text))
        ):
            d = r
        out.append(d)
    return out


def _dated(
    an: SentenceAnalysis,
    text: str,
    lex: Lexicon,
    published: str | None,
    last_as_of: str | None = None,
) -> list[_Dated]:
    """The dates a figure of the sentence may hold for: the ends of the periods it names and its
    other resolved dates, less the start of an open period ("since 2022", "с начала 2023").  A
    year after "the same period" ends in the month of the period named before it (in the
    sentence, else the date ``last_as_of`` of the statistic before).  Read once per sentence for
    each of its numbers (:mod:`awol.extract.recent`)."""
    key = (lex, published, last_as_of)
    found = _DATED.get(text, key)
    if found is MISSING:
        found = tuple(_read_dated(text, lex, published, last_as_of))
        _DATED.put(text, key, found)
    return list(found)


_DATED = Recent()


def _read_dated(
    text: str, lex: Lexicon, published: str | None, last_as_of: str | None
) -> list[_Dated]:
    periods = period_ends(text, lex, published)
    months = [p.value[5:7] for p in periods]
    if not months and last_as_of and len(last_as_of) >= 7:
        months = [last_as_of[5:7]]
    out = list(periods)
    open_period = False  # a period from a start up to now ("since the beginning of 2024")
    to_date: list[_Dated] = []  # "this year" read as the year up to publication
    counted = _count_spans(text, lex.lang)
    dates = all_dates(text, lex.lang, published, last_as_of)
    # (the months the figure may hold for: not a report's "said in December")
    month_years = {
        d.value[:4]
        for d in (*periods, *dates)
        if len(d.value or "") == 7 and not _a_report_date(d, text, lex)
    }
    dates = _in_the_year_told(dates, text, lex)
    for d in dates:
        if not d.value or any(p.start <= d.start < p.end or d.start <= p.start < d.end
                              for p in periods):  # fmt: skip
            continue
        if any(a <= d.start < b for a, b in counted):
            continue  # "более 2000 дел": a number, not the year 2000
        if _unstated_year(d.text, d.value, lex.lang):
            continue  # "men recruited in the spring have been listed as AWOL": as it stands
        if (
            vocab(lex, "figure_period_start", d.text)
            or vocab(lex, "figure_period_start_before", text[: d.start])
            or vocab(lex, "figure_period_start_after", text[d.end : d.end + 80])
        ):
            open_period = True
            continue
        value = d.value
        if len(value) == 4 and value in month_years:
            continue  # "by the end of September ... this year": the year of the month it names
        if (
            published
            and value == published[:4]
            and (
                vocab(lex, "figure_year_to_date", d.text)
                or vocab(lex, "figure_to_date_words", text)
            )
        ):
            # "the fourth time this year", "в 2024 году поступило уже более 400 дел" (in 2024's
            # article): a count of the year not over yet, up to publication
            value = published
            to_date.append(_Dated(d.start, d.end, value))
        if (
            len(value) == 4
            and months
            and vocab(lex, "figure_same_period", text[max(0, d.start - 40) : d.start])
        ):
            value = f"{value}-{months[-1]}"  # "during the same period in 2023"
        out.append(_Dated(d.start, d.end, value))
    out += month_labels(text, lex.lang, published, {d.value[:4] for d in dates})
    told = statement_days(out, to_date, text, lex, published)
    if told:  # "The court said on Tuesday that 58 ... this year": the year up to that day
        return told
    if not open_period:  # (up to now: "Since the beginning of 2024, 5,204 ..., Mediazona
        # reported August 12" holds at the report's date)
        out = _less_report_dates(out, text, lex)
    return sorted(out, key=lambda d: d.start)


def _in_the_year_told(dates: tuple, text: str, lex: Lexicon) -> tuple:
    """ "In 2025 prosecutors logged 71,300 cases (among them 2,400 in January)": a month named
    without its year (not a day, not a report's "said in December") after the one year the
    sentence names (not the start of a period up to now, "since 2022") is that year's month,
    not the last such month before publication (round 55, asof55)."""
    years = [
        d
        for d in dates
        if d.value and re.search(r"\b\d{4}\b", d.text) and not _opens_period(d, text, lex)
    ]
    if len({d.value[:4] for d in years}) != 1:
        return dates
    year = years[0].value[:4]
    out = []
    for d in dates:
        if (
            d.value
            and len(d.value) == 7
            and d.value[:4] != year
            and d.start > years[0].start
            and d.anchor is None
            and not re.search(r"\d{4}", d.text)
            and any(month_number(w, lex.lang) for w in re.findall(r"\w+", d.text))
            and not _a_report_date(d, text, lex)
        ):
            d = replace(d, value=year + d.value[4:])
        out.append(d)
    return tuple(out)


# a word before a dash or a colon and a number: "январь — 1410", "March: 1,630"
_LABEL = re.compile(r"(?<![\w-])([^\W\d_]{3,})\.?\s*[—–:]\s*(?=\d)")


def month_labels(text: str, lang: str, published: str | None, years: set[str]) -> list[_Dated]:
    """ "по месяцам: январь — 1410, февраль — 1522, март — 1630", "January: 1,410": a month
    named as the label of the number after it (a dash or a colon between) is the month that
    number holds for; of the one year the sentence names, else the last such month up to
    publication (as a table's row label, :mod:`awol.extract.figure_tables`; round 44, count44).
    None where the article is undated and the sentence names no year."""
    if not any(ch in text for ch in "—–:"):
        return []
    pub = parse_published(published)
    out = []
    for m in _LABEL.finditer(text):
        month = month_number(m.group(1), lang)
        if not month:
            continue
        if len(years) == 1:
            year = int(next(iter(years)))
        elif pub is not None:
            year = pub.year if month <= pub.month else pub.year - 1
        else:
            continue
        out.append(_Dated(m.start(1), m.end(1), f"{year:04d}-{month:02d}"))
    return out


def statement_days(
    dated: list[_Dated], to_date: list[_Dated], text: str, lex: Lexicon, published: str | None
) -> list[_Dated]:
    """A count of the year to date ("this year", «в этом году») that a statement of a day tells
    ("The court said on Tuesday that ...", "In a statement dated 18 November, ...", «суд во
    вторник сообщил, что ...», «в заявлении от 18 ноября»): the year up to that day, as "since
    the start of the year" told so holds for it (round 38, source38).  The statement's day is a
    day of the publication's year, not after it, that the words before it
    (``figure_report_date_before``, ``figure_statement_day_before``) or after it
    (``figure_report_date_after``, ``figure_report_day_after``) make the telling's; only where
    the sentence has no other date than the two.  Else nothing (the caller's reading)."""
    if not to_date or not published:
        return []
    told = [
        d
        for d in dated
        if d not in to_date
        and len(d.value) == 10
        and d.value[:4] == published[:4]
        and d.value <= published
        and (
            vocab(lex, "figure_report_date_before", text[max(0, d.start - 40) : d.start])
            or vocab(lex, "figure_statement_day_before", text[max(0, d.start - 60) : d.start])
            or _opens_telling(d, text)
            and (
                vocab(lex, "figure_report_date_after", text[d.end : d.end + 60])
                or vocab(lex, "figure_report_day_after", text[d.end : d.end + 60])
            )
        )
    ]
    if not told or any(d not in told and d not in to_date for d in dated):
        return []
    return told


def running_total(c: CountMention, text: str, lex: Lexicon, published: str | None) -> str | None:
    """ "... another 310 soldiers last month, taking the tally since September 2022 to more than
    19,000", «в октябре осудили ещё 310 военных; всего с сентября 2022 года ... более 19 000»: a
    number whose own clause counts from a start up to now (its only date opens the period),
    told beside a date of another clause (the increment's), holds at publication, not for the
    other clause's month or year, or at the day of the report the sentence names ("today
    announced"); not beside another day (a statement's, or a count's "By 18 November") (round
    53, asof53)."""
    if not published or not up_to_now(text, lex):
        return None
    cs, ce = clause_bounds(text, c.start)
    dates = [d for d in all_dates(text, lex.lang, published) if d.value]
    inside = [d for d in dates if cs <= d.start and d.end <= ce]
    if not inside or len(inside) == len(dates):
        return None
    if not all(_opens_period(d, text, lex) for d in inside):
        return None
    if any(cs <= p.start < ce for p in period_ends(text, lex, published)):
        return None
    report = [d for d in dates if _a_report_date(d, text, lex)]
    if report:  # ("today announced that ...", "Mediazona reported on 9 August"): its day
        return report[-1].value if len(report[-1].value) == 10 else None
    if any(len(d.value) == 10 for d in dates if d not in inside):
        return None  # ("By 18 November ..., and since the spring ...", "said on Tuesday that")
    return published


def open_segment(
    counts: list[CountMention], i: int, text: str, lex: Lexicon, published: str | None
) -> str | None:
    """ "Since January, 6,725 cases have reached the courts, against 5,880 in all of 2025, the
    outlet said", «с начала года ... 7115 дел против 5300 за весь 2024 год»: a number whose own
    stretch of the sentence (from the number before it to the one after it) names only the start
    of a period up to now, compared with a number after it that has the sentence's closed dates,
    counts up to now: it holds at the day of the report the sentence names, else at publication,
    not for the later number's year (round 55, asof55)."""
    if not published or i + 1 >= len(counts) or not up_to_now(text, lex):
        return None
    lo = counts[i - 1].end if i > 0 else 0
    hi = counts[i + 1].start
    dates = [d for d in all_dates(text, lex.lang, published) if d.value]
    report = [d for d in dates if _a_report_date(d, text, lex)]
    own = [d for d in dates if lo <= d.start < hi and d not in report]
    if not own or not all(_opens_period(d, text, lex) for d in own):
        return None
    if any(lo <= p.start < hi for p in period_ends(text, lex, published)):
        return None
    later = [d for d in dates if d not in own and d not in report]
    if not later or any(d.start < hi for d in later):
        return None  # (no closed date of another number, or one before this number's stretch)
    if report:  # ("the outlet said on 9 August"): its day
        return report[-1].value if len(report[-1].value) == 10 else None
    return published


def _opens_period(d, text: str, lex: Lexicon) -> bool:
    """Is a date of the sentence the start of a period up to now ("since 2022", «с начала 2023
    года»), as :func:`_read_dated` reads it?"""
    return (
        vocab(lex, "figure_period_start", d.text)
        or vocab(lex, "figure_period_start_before", text[: d.start])
        or vocab(lex, "figure_period_start_after", text[d.end : d.end + 80])
    )


def _opens_telling(d: _Dated, text: str) -> bool:
    """Is a day the one of the telling after it: no comma between ("the court on Tuesday said",
    «суд во вторник сообщил»), or the day opens the sentence ("On Tuesday, the court said"), not
    the end of a clause of its own ("officers who detained him on 3 November, said ...")?"""
    return not text[d.end :].lstrip().startswith(",") or len(text[: d.start].split()) <= 1


def _a_report_date(d, text: str, lex: Lexicon) -> bool:
    """Is a date of the sentence the one of the report that tells its figure ("reported on
    November 21 that", "said in December")?"""
    return vocab(lex, "figure_report_date_before", text[max(0, d.start - 40) : d.start]) or vocab(
        lex, "figure_report_date_after", text[d.end : d.end + 60]
    )


def _less_report_dates(dated: list[_Dated], text: str, lex: Lexicon) -> list[_Dated]:
    """The dates less those of the report that tells the figure ("Mediazona estimated in June
    that ... in the first five months", "reported on November 21 that ... in October 2024", "In
    late November, the SBI reported that ..."), where the figure has a date of its own: the
    figure holds for its own date, not the day it was told."""
    report = [
        d
        for d in dated
        if vocab(lex, "figure_report_date_before", text[max(0, d.start - 40) : d.start])
        or vocab(lex, "figure_report_date_after", text[d.end : d.end + 60])
    ]
    if not report or len(report) == len(dated):
        return dated
    return [d for d in dated if d not in report]


def period_told(
    before: str | None, text: str, lex: Lexicon, published: str | None, heading: bool = False
) -> str | None:
    """ "The figures cover January to September 2026. In that time, courts convicted 4,900":
    where a sentence with no date of its own opens on the period of the sentence before ("In
    that time", "Over those three months", "It counts", «За это время», «В нем учтено»:
    ``figure_period_before`` of lang/*/figures.yaml), the end of the last period that sentence
    names (else its latest date that is not a day: a day there is when it was published), for
    the statistics told as of it (round 35, source35).  So where the sentence before named a
    statistic with no number of it (``heading``: :func:`~awol.extract.figures.heads_figures`),
    "Mediazona counted the AWOL cases sent to court in January. There were 812." (round 47)."""
    if not before or not (heading or vocab(lex, "figure_period_before", text)):
        return None
    if date_spans(text, lex.lang):
        return None  # (its own date says when)
    periods = period_ends(before, lex, published)
    if periods:
        return max(periods, key=lambda d: d.start).value
    dated = [d.value for d in _read_dated(before, lex, published, None) if len(d.value) < 10]
    return max(dated) if dated else None


def as_of_date(
    an: SentenceAnalysis,
    published: str | None,
    text: str,
    lex: Lexicon,
    after_figure: bool = False,
    last_as_of: str | None = None,
) -> str | None:
    """The date a statistic holds for: a date it names ("in 2024", "as of Sept. 1, 2025", the
    end of a period it names); for a count up to now ("so far", "since ..."), the date of the
    statistic just told before it, else the publication date; for a period up to now ("over the
    past month"), the publication date; for a sentence that continues
    the statistic just told, that one's date; else the publication date (a statistic is told
    as it stands when published)."""
    dated = _dated(an, text, lex, published, last_as_of)
    if dated:
        return max(d.value for d in dated)
    if vocab(lex, "figure_recent_period", text):
        return published  # "over the past month": a period that ends when the article is out
    own_date = bool(date_spans(text, lex.lang))
    # "... in the first seven months of 2025. Since the start of the war, the total has
    # reached ...": the date of the statistic before; not when the start is dated ("since 2024"),
    # nor when the sentence has a date of its own that does not resolve ("last year" in an
    # undated article holds for a year no one can tell)
    if after_figure and last_as_of and not own_date:
        if vocab(lex, "figure_rate", text) and vocab(lex, "figure_rate_now", text):
            # "... writes that 140 verdicts are now issued every week": a rate of now, after
            # the numbers of a period (round 53, asof53)
            return published
        if len(last_as_of) > 4 and vocab(lex, "figure_whole_year", text):
            return last_as_of[:4]  # "for the entire previous year": a year, not its months
        if _closed_year(last_as_of, published) and up_to_now(text, lex):
            # "In 2024, courts received 10,300 cases. Since the war began, more than 25,000":
            # a count up to now stands when told, not at the end of a year closed before
            # (round 47, figures47)
            return published
        return last_as_of
    # a part or a kin of the statistics told before, with no date of its own, holds for theirs
    # ("As of Nov. 21, courts had 3,870 such cases ... Courts also adjudicated 96 cases",
    # "The largest group, about 6,300 people, ..."); not a count up to now ("so far") nor a rate
    # of now ("100 sentences are being passed weekly")
    if (
        last_as_of
        and not own_date
        and not up_to_now(text, lex)
        and not vocab(lex, "figure_rate", text)
    ):
        return last_as_of
    return published


def _closed_year(as_of: str, published: str | None) -> bool:
    """Is ``as_of`` a whole year that ended before the publication's year?"""
    return bool(published) and len(as_of) == 4 and as_of < (published or "")[:4]


def when_told(c: CountMention, text: str, lex: Lexicon, published: str | None) -> str | None:
    """ "has grown sixfold since the end of 2023, when the database held fewer than 9,000", «с
    конца 2023 года, когда в базе было менее 9 тысяч»: a number in the clause that a date opens
    with "when" (``figure_when_after`` of lang/*/figures.yaml) holds for that date, also the
    start of an open period, which the sentence's other numbers do not hold for; "the end of a
    year" is its December, "the start of" its January (``figure_year_end_words``,
    ``figure_year_start_words``; round 40, num40)."""
    raw = str(lex.extra.get("figure_when_after") or "")
    if not raw:
        return None
    after = _when_rx(raw)
    for d in all_dates(text, lex.lang, published):
        m = after.match(text, d.end)
        if m is None or c.start < m.end() or c.start - m.end() > 120:
            continue
        if re.search(r"[,;:!?]|\.\s", text[m.end() : c.start]):
            # (the number after the clause: "since February 2022, when the invasion began,
            # courts have heard 10,000 cases" counts up to now)
            continue
        value = d.value
        # "the first ten months of 2026, when 162,500 were opened": the period's end (round 53)
        ends = [p for p in period_ends(text, lex, published) if p.start <= d.start < p.end]
        if ends:
            return ends[0].value
        if len(value) == 4 and vocab(lex, "figure_year_end_words", d.text):
            value += "-12"
        elif len(value) == 4 and vocab(lex, "figure_year_start_words", d.text):
            value += "-01"
        return value
    return None


@lru_cache(maxsize=8)
def _when_rx(raw: str) -> re.Pattern[str]:
    return re.compile(raw, re.IGNORECASE)


def clause_date(
    an: SentenceAnalysis,
    c: CountMention,
    text: str,
    lex: Lexicon,
    published: str | None,
    last_as_of: str | None = None,
) -> str | None:
    """Where a sentence names several dates, the one of the number's own clause: "если за весь
    2024 год фиксируется 3,2 тысячи случаев, то в 2025 году ..." holds for 2024, not 2025."""
    dated = _dated(an, text, lex, published, last_as_of)
    if len({d.value for d in dated}) < 2:
        return None
    cs, ce = clause_bounds(text, c.start)
    own = {d.value for d in dated if cs <= d.start and d.end <= ce}
    return own.pop() if len(own) == 1 else None


_BRACKET = re.compile(r"\([^()]*\)")


def bracket_date(
    an: SentenceAnalysis,
    c: CountMention,
    text: str,
    lex: Lexicon,
    published: str | None,
    last_as_of: str | None = None,
) -> str | None:
    """ "In 2025, prosecutors opened 71,300 cases (including 2,400 in January)": a date in
    brackets is the bracketed number's, not the one outside them; a number outside holds for the
    one date the sentence names outside its brackets, a number inside for the one date of its
    brackets (round 55, asof55)."""
    if "(" not in text:
        return None
    spans = [(m.start(), m.end()) for m in _BRACKET.finditer(text)]
    dated = _dated(an, text, lex, published, last_as_of)
    if not any(a <= d.start < b for d in dated for a, b in spans):
        return None
    inside = next(((a, b) for a, b in spans if a <= c.start < b), None)
    if inside is not None:
        own = {d.value for d in dated if inside[0] <= d.start < inside[1]}
    else:
        own = {d.value for d in dated if not any(a <= d.start < b for a, b in spans)}
    return own.pop() if len(own) == 1 else None


def own_date(
    an: SentenceAnalysis,
    counts: list[CountMention],
    i: int,
    text: str,
    lex: Lexicon,
    published: str | None,
    last_as_of: str | None = None,
) -> str | None:
    """ "5,312 in 2022, 14,907 in 2023 and 52,466 in 2024": where a sentence gives several
    numbers and several dates, a number takes the date between it and its neighbour on the side
    where the sentence puts its dates (after the numbers here; before in "in 2022, 6,988; in
    2023, 17,658")."""
    dated = _dated(an, text, lex, published, last_as_of)
    if len({d.value for d in dated}) < 2 or len(counts) < 2:
        return None
    # dates after the numbers when one follows the last number
    follow = any(d.start >= counts[-1].end for d in dated)
    c = counts[i]
    # (a date after the number, not across a semicolon: "... between January and December 2022
    # and handed down 790 sentences; in 2021 there were 605": the 790 are not 2021's; round 53)
    if follow:
        hi = counts[i + 1].start if i + 1 < len(counts) else len(text)
        near = [d for d in dated if c.end <= d.start and d.end <= hi]
        return near[0].value if near and ";" not in text[c.end : near[0].start] else None
    lo = counts[i - 1].end if i > 0 else 0
    near = [d for d in dated if lo <= d.start and d.end <= c.start]
    return near[-1].value if near else None

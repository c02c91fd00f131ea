"""Counts of people (and things) in article text: "more than a dozen", "трое из шести", "49,000".

Language-neutral engine; the number words in every case and gender, multipliers
(thousand/тысяча/тыс.), qualifier phrases, partition words, the contexts that make a number not
a count (years, ages, terms, article numbers, money, times) and the head-phrase rules live in
``lang/<lang>/numbers.yaml``.

``find_counts`` returns numbers that count something, with their qualifier ("exact", "at_least",
"approx", "up_to"), the whole of a partition ("three of the six" -> value 3, total 6) and the head
noun phrase that follows ("10 former prison inmates" -> "former prison inmates").  Dates found by
:func:`awol.extract.dates.find_dates` are never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from awol.extract.dates import find_dates
from awol.extract.fastre import ascii_safe, ascii_twin, compile_fast
from awol.extract.lexicon import lower_pattern
from awol.extract.prefilter import lowered
from awol.extract.recent import MISSING, Recent, preread

__all__ = [
    "CountMention",
    "find_counts",
    "parse_number",
    "ordinal_value",
    "people_head",
    "vague_quantity",
]

_LANG_DIR = Path(__file__).parent / "lang"
_WORD_RE = re.compile(r"\s*([^\W\d_][\w'’-]*)")


@dataclass(frozen=True)
class CountMention:
    """A count: ``text[start:end]`` covers the qualifier, the number and a partition total."""

    text: str
    start: int
    end: int
    value: int
    qualifier: str  # exact | at_least | approx | up_to
    total: int | None = None  # "two of 10" -> 10
    head: str | None = None  # the noun phrase after the number, as written
    head_start: int | None = None


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=100_000)
def _key(s: str) -> str:
    return _SPACES.sub(" ", s.strip().lower()).replace("ё", "е")


def _variants(form: str) -> list[str]:
    return [form, form.replace("ё", "е")] if "ё" in form else [form]


def _alternation(forms: list[str]) -> str:
    out: set[str] = set()
    for f in forms:
        out.update(_variants(str(f)))
    parts = []
    for form in sorted(out, key=len, reverse=True):
        esc = re.escape(form).replace(r"\ ", r"\s+")
        parts.append(esc if form.endswith(".") else esc + r"(?!\w)")
    return "|".join(parts) if parts else "(?!)"


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    regex: re.Pattern[str]
    regex_lower: re.Pattern[str]  # the same on lower-cased text (re is slow with IGNORECASE)
    numeral: re.Pattern[str]
    cardinals: dict[str, float]
    multipliers: dict[str, int]
    specials: dict[str, tuple[int, str | None]]
    qualifiers: dict[str, str]
    post_qualifiers: dict[str, str]
    decimal_mark: str
    group_seps: tuple[str, ...]
    partition: re.Pattern[str]
    partition_pronoun: re.Pattern[str]  # "of them", "из них": what the partition counts
    skip_after: re.Pattern[str]
    skip_before: re.Pattern[str]
    age_before: re.Pattern[str]
    age_after: re.Pattern[str]
    # an age told in words or round figures, not a count: "a man of about thirty", «мобилизованный
    # лет тридцати» (the words before the number; the number's own form, where a language asks it)
    age_words_before: re.Pattern[str]
    age_words_number: re.Pattern[str]
    weak: dict[str, dict[str, frozenset[str]]]
    people: tuple[str, ...]
    # adjectives that name people only as a whole head ("части 7800 военных", not "военных судов")
    people_alone: frozenset[str]
    head_stop: frozenset[str]
    head_skip_leading: frozenset[str]
    head_continuations: re.Pattern[str] | None
    head_trim_suffixes: tuple[str, ...]
    head_verb_suffixes: tuple[str, ...]
    range_after: re.Pattern[str] | None
    # a range of people ("ten to fifteen soldiers", "от десяти до пятнадцати военных", "5-7"):
    # the joiner and the second number after the first; "and" only after "between"
    people_range: re.Pattern[str] | None
    people_range_and: re.Pattern[str] | None
    people_range_between: re.Pattern[str] | None
    head_morphology: str | None
    ordinals: dict[str, int]
    ordinal_stems: dict[str, int]
    ordinal_endings: re.Pattern[str] | None
    ordinal_irregular: re.Pattern[str] | None
    ordinal_digits: re.Pattern[str] | None
    vague: re.Pattern[str] | None
    # the first run of word characters of every number word and phrase ("a dozen" -> "a"): a
    # count is a digit or starts with one of these as a whole word (None: not known)
    number_words: frozenset[str] | None = None
    # ``regex_lower`` compiled for an ASCII text (:func:`~awol.extract.fastre.ascii_twin`: the
    # same matches; round 45, speed45)
    regex_ascii: re.Pattern[str] | None = None


def numbers_data(lang: str) -> dict[str, Any]:
    """``lang/<lang>/numbers.yaml`` as read, once (empty for a language without one); read by
    this module's lexicon and by :mod:`awol.extract.argument_counts` (its anaphora and pairs)."""
    return _numbers_file(_LANG_DIR / lang / "numbers.yaml")


@cache
def _numbers_file(path: Path) -> dict[str, Any]:
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.is_file() else {}


@cache
def _lexicon(lang: str) -> _Lexicon:
    path = _LANG_DIR / lang / "numbers.yaml"
    if not path.is_file():
        raise ValueError(f"no number lexicon for language {lang!r} ({path})")
    d: dict[str, Any] = numbers_data(lang)
    cardinals = {_key(k): float(v) for k, v in d.get("cardinals", {}).items()}
    multipliers = {_key(k).rstrip("."): int(v) for k, v in d.get("multipliers", {}).items()}
    specials = {_key(k): (int(v[0]), v[1]) for k, v in d.get("specials", {}).items()}
    qualifiers = {_key(p): q for q, ps in d.get("qualifiers", {}).items() for p in ps}
    post = {_key(p): q for q, ps in d.get("post_qualifiers", {}).items() for p in ps}
    dec = d.get("decimal_mark", ".")
    seps = tuple(d.get("group_separators", [","]))

    sep_alt = "|".join(re.escape(s) for s in seps)
    digits = rf"(?<![\d.,])(?:\d{{1,3}}(?:(?:{sep_alt})\d{{3}})+(?![\d])|\d+(?:{re.escape(dec)}\d+)?(?!\d))"
    mult_alt = _alternation(list(d.get("multipliers", {})))
    word_alt = _alternation(list(d.get("cardinals", {})) + list(d.get("multipliers", {})))
    words = rf"(?:{word_alt})(?:(?:\s+|-)(?:{word_alt}))*"
    special_alt = _alternation(list(d.get("specials", {})))
    numeral = rf"(?:{digits}(?:\s*(?:{mult_alt}))?|(?:{special_alt})|{words})"
    qual_alt = _alternation(list(qualifiers))
    post_alt = _alternation(list(post))
    partition = d.get("partition", "(?!)")
    full = (
        rf"(?<!\w)(?:(?P<qual>{qual_alt})\s+)?(?P<num>{numeral})"
        # "or more"; "9,000-plus", "100,000+" (written on the number)
        rf"(?:\s+(?P<post>{post_alt})|(?P<glued>-plus\b|\+(?![\d\w])))?"
        rf"(?:\s+{partition}\s+(?:(?:{qual_alt})\s+)?(?P<total>{numeral}))?"
    )
    weak = {
        _key(w): {k: frozenset(_key(x) for x in (v.get(k) or [])) for k in ("prev", "next")}
        for w, v in (d.get("weak") or {}).items()
    }
    conts = d.get("head_continuations") or []
    flags = re.IGNORECASE
    return _Lexicon(
        lang=lang,
        regex=re.compile(full, flags),
        regex_lower=compile_fast(lower_pattern(full)),  # (escapes keep their case)
        regex_ascii=ascii_twin(lower_pattern(full)),
        numeral=re.compile(numeral, flags),
        cardinals=cardinals,
        multipliers=multipliers,
        specials=specials,
        qualifiers=qualifiers,
        post_qualifiers=post,
        decimal_mark=dec,
        group_seps=seps,
        partition=re.compile(rf"\s+{partition}\s+", flags),
        partition_pronoun=re.compile(
            rf"\s+{partition}\s+(?P<p>{d.get('partition_pronouns', '(?!)')})\b", flags
        ),
        skip_after=re.compile(d["skip_after"], flags),
        # (searched in the words before a number, the clause: compiled to skip ahead, same matches)
        skip_before=compile_fast(d["skip_before"], flags),
        age_before=compile_fast(d.get("age_before", "(?!)")),
        age_after=re.compile(d.get("age_after", "(?!)")),
        age_words_before=re.compile(d.get("age_words_before", "(?!)"), flags),
        age_words_number=re.compile(d.get("age_words_number", ""), flags),
        weak=weak,
        people=tuple(_key(p) for p in d.get("people", [])),
        people_alone=frozenset(_key(p) for p in d.get("people_alone", [])),
        head_stop=frozenset(_key(w) for w in d.get("head_stop", [])),
        head_skip_leading=frozenset(_key(w) for w in d.get("head_skip_leading", [])),
        head_continuations=re.compile(rf"\s+(?:{_alternation(conts)})", flags) if conts else None,
        head_trim_suffixes=tuple(d.get("head_trim_suffixes") or ()),
        head_verb_suffixes=tuple(d.get("head_verb_suffixes") or ()),
        range_after=(
            re.compile(rf"{d['range_joiner']}(?:{numeral})(?:{d['skip_after']})", flags)
            if d.get("range_joiner")
            else None
        ),
        people_range=(
            re.compile(rf"{d['people_range']}(?P<num2>{numeral})", flags)
            if d.get("people_range")
            else None
        ),
        people_range_and=(
            re.compile(rf"{d['people_range_and']}(?P<num2>{numeral})", flags)
            if d.get("people_range_and")
            else None
        ),
        people_range_between=(
            re.compile(d["people_range_between"], flags) if d.get("people_range_between") else None
        ),
        head_morphology=d.get("head_morphology"),
        ordinals={_key(k): int(v) for k, v in (d.get("ordinals") or {}).items()},
        ordinal_stems={_key(k): int(v) for k, v in (d.get("ordinal_stems") or {}).items()},
        ordinal_endings=re.compile(d["ordinal_endings"]) if d.get("ordinal_endings") else None,
        ordinal_irregular=(
            re.compile(d["ordinal_irregular"]) if d.get("ordinal_irregular") else None
        ),
        ordinal_digits=re.compile(d["ordinal_digits"]) if d.get("ordinal_digits") else None,
        vague=compile_fast(d["vague"], flags) if d.get("vague") else None,
        number_words=_first_words(
            list(d.get("cardinals", {}))
            + list(d.get("multipliers", {}))
            + list(d.get("specials", {}))
        ),
    )


def _first_words(forms: list[str]) -> frozenset[str] | None:
    """The first run of word characters of each form (as the count pattern matches it, lower
    case), or None where a form does not start with one."""
    out = set()
    for form in forms:
        for v in _variants(str(form).lower()):
            m = _RUN.match(v)
            if m is None:
                return None
            out.add(m.group())
    return frozenset(out)


_RUN = re.compile(r"\w+")
_ANY_DIGIT = re.compile(r"\d")
_LAST_MAY: tuple = (None, None, True)  # the text last asked about, its language, the answer


def may_count(text: str, lang: str) -> bool:
    """False only where :func:`find_counts` certainly finds nothing in ``text``: no digit and no
    number word (every count's number is one of those, a word standing whole: the pattern reads
    ``(?<!\\w)`` before it and ``(?!\\w)`` after it).  The answer for the last text is kept."""
    global _LAST_MAY
    last = _LAST_MAY
    if last[0] is text and last[1] == lang:
        return last[2]
    lex = _lexicon(lang)
    low = lowered(text)
    if lex.number_words is None or len(low) != len(text) or _ANY_DIGIT.search(low):
        ok = True
    else:
        ok = not lex.number_words.isdisjoint(_RUN.findall(low))
    _LAST_MAY = (text, lang, ok)
    return ok


_DIGITS_REST = re.compile(r"(\d[\d\s\u00a0\u202f.,]*\d|\d)\s*(.*)$")
_NUMERAL_PARTS = re.compile(r"[\s-]+")


@lru_cache(maxsize=256)
def _grouped(sep: str) -> re.Pattern[str]:
    return re.compile(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+")


def _parse_numeral(lex: _Lexicon, text: str) -> float | None:
    """Value of a numeral as matched by ``lex.numeral`` (digits, words, specials)."""
    return _numeral_value(lex.lang, text)


@lru_cache(maxsize=50_000)
def _numeral_value(lang: str, text: str) -> float | None:
    lex = _lexicon(lang)
    t = _key(text)
    if t in lex.specials:
        return float(lex.specials[t][0])
    m = _DIGITS_REST.match(t)
    if m:
        num, rest = m.group(1), m.group(2).rstrip(".")
        grouped = any(_grouped(s).fullmatch(num) for s in lex.group_seps)
        if grouped:
            value = float(re.sub(r"\D", "", num))
        else:
            try:
                value = float(num.replace(lex.decimal_mark, "."))
            except ValueError:
                return None
        if rest:
            mult = lex.multipliers.get(rest)
            if mult is None:
                return None
            value *= mult
        return value
    total = 0.0
    current = 0.0
    seen = False
    last = float("inf")  # the last word's value: a compound's words go down ("сто двадцать три")
    for tok in _NUMERAL_PARTS.split(t):
        tok = tok.rstrip(".")
        if not tok:
            continue
        if tok in lex.multipliers:
            mult = lex.multipliers[tok]
            if not seen:
                return None  # "dozen", "thousand" alone: not a count
            if mult < 1000:
                current = (current or 1) * mult
            else:
                total += (current or 1) * mult
                current = 0
            last = float("inf")
        elif tok in lex.cardinals:
            value = lex.cardinals[tok]
            if seen and last != float("inf") and (value >= last or last % 10):
                return None  # "два-три", "two three": a range or two numbers, not one
            current += value
            last = value
            seen = True
        else:
            return None
    return total + current if seen else None


def _as_int(value: float | None) -> int | None:
    if value is None or value <= 0 or abs(value - round(value)) > 1e-9:
        return None
    return int(round(value))


@lru_cache(maxsize=1)
def _morph() -> Any:
    """The one pymorphy3 analyser the process shares (see :func:`awol.extract.places.get_morph`)."""
    from awol.extract.places import get_morph

    return get_morph()


@lru_cache(maxsize=50000)
def _pos(word: str) -> str | None:
    morph = _morph()
    if morph is None:
        return None
    return morph.parse(word)[0].tag.POS


@lru_cache(maxsize=50000)
def people_word(word: str, lang: str) -> bool:
    """Does a Russian head word name people by its grammar: an animate noun or a substantivised
    participle ("одного бежавшего", "один из злоумышленников")?  (English heads are read by the
    people vocabulary only.)"""
    if lang != "ru":
        return False
    morph = _morph()
    if morph is None:
        return False
    tag = morph.parse(word.lower())[0].tag
    return tag.POS == "PRTF" or (tag.POS == "NOUN" and "anim" in tag)


def _head(lex: _Lexicon, text: str, pos: int) -> tuple[str | None, int | None]:
    """The noun phrase starting at ``pos`` (after the number), as written, and its offset."""
    tokens: list[tuple[str, int, int]] = []
    p = pos
    while len(tokens) < 4:
        m = _WORD_RE.match(text, p)
        if not m or text[p : m.start(1)].strip():
            break
        word = m.group(1)
        k = _key(word)
        if not tokens and k in lex.head_skip_leading:
            p = m.end()
            continue
        if k in lex.head_stop or k in lex.cardinals:
            break
        if (
            tokens
            and lex.head_verb_suffixes
            and _key(tokens[-1][0]).endswith("s")
            and k.endswith(lex.head_verb_suffixes)
        ):
            break
        if lex.head_morphology == "pymorphy3" and re.match(r"[а-яё]", k):
            tag = _pos(k)
            if tag is not None and tag not in ("NOUN", "ADJF", "PRTF"):
                break
        tokens.append((word, m.start(1), m.end(1)))
        p = m.end()
    if not tokens:
        return None, None
    keys = [_key(w) for w, _, _ in tokens]
    people_idx = [i for i, k in enumerate(keys) if k.startswith(lex.people)]
    if lex.head_morphology == "pymorphy3":
        nouns = [i for i, k in enumerate(keys) if _pos(k) in ("NOUN", None)]
        if people_idx:
            tokens = tokens[: people_idx[-1] + 1] if people_idx[-1] >= (nouns or [0])[0] else tokens
        elif nouns:
            tokens = tokens[: nouns[-1] + 1] if len(nouns) == 1 else tokens
    elif people_idx:
        tokens = tokens[: people_idx[-1] + 1]
    else:
        while (
            len(tokens) > 1
            and lex.head_trim_suffixes
            and _key(tokens[-1][0]).endswith(lex.head_trim_suffixes)
        ):
            tokens.pop()
    if not tokens:
        return None, None
    start, end = tokens[0][1], tokens[-1][2]
    if lex.head_continuations is not None and len(tokens) < 4:
        c = lex.head_continuations.match(text, end)
        if c:
            end = c.end()
    return text[start:end], start


_LAST_WORD = re.compile(r"([^\W\d_][\w'-]*)\W*$")
_YEARLIKE = re.compile(r"(19|20)\d\d")


def _word_before(text: str, pos: int) -> str:
    m = _LAST_WORD.search(text[max(0, pos - 30) : pos])
    return _key(m.group(1)) if m else ""


def _word_after(text: str, pos: int) -> str:
    m = _WORD_RE.match(text, pos)
    return _key(m.group(1)) if m else ""


def find_counts(
    text: str, lang: str, date_spans: list[tuple[int, int]] | None = None
) -> list[CountMention]:
    """Numbers in ``text`` that count people or things, in order, non-overlapping.

    ``date_spans`` are the (start, end) of the dates of ``text`` when the caller has found them
    already (numbers inside dates are not counts); otherwise they are found here when needed.
    The numbers of a sentence are read once for the stages that read it (with the dates each
    gives: :mod:`awol.extract.recent`).
    """
    if not text or not may_count(text, lang):
        return []
    found = _RECENT.get(text, lang)
    if found is MISSING:
        found = preread(text, "counts", lang)  # (a long text's, read by workers)
        if found is MISSING:
            found = tuple(_candidates(text, lang))
        _RECENT.put(text, lang, found)
    out: list[CountMention] = []
    for c, digits in found:
        if digits is not None:
            # a number written in digits inside a date is a part of it ("May 5", "2024"), unless
            # it counts people ("2000 soldiers") or a qualified thing ("more than 2000 cases")
            ns, ne, yearlike, kept = digits
            if date_spans is None:
                date_spans = [(dm.start, dm.end) for dm in find_dates(text, lang, None)]
            in_date = any(ds < ne and ns < de for ds, de in date_spans)
            if (in_date or yearlike) and not kept:
                continue
        out.append(c)
    return out


_RECENT = Recent()


_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}:$")
_CLOCK_AFTER = re.compile(r":\d\d(?!\d)")


def _clock(text: str, ns: int, ne: int) -> bool:
    """Is the number at ``ns:ne`` the hours or the minutes of a time of day ("11:31", "12:45")?"""
    if ne - ns > 2:
        return False
    if text[ns - 1 : ns] == ":" and _CLOCK_BEFORE.search(text, max(0, ns - 3), ns):
        return int(text[ns:ne]) < 60 and ne - ns == 2
    return _CLOCK_AFTER.match(text, ne) is not None and int(text[ns:ne]) < 24


def _candidates(text: str, lang: str) -> list[tuple[CountMention, tuple | None]]:
    """The counts of ``text`` before the dates are ruled out, each with, for a number written in
    digits, (its start, its end, whether it reads as a year, whether it counts anyway)."""
    lex = _lexicon(lang)
    out: list[tuple[CountMention, tuple | None]] = []
    low = lowered(text)
    if len(low) != len(text):
        found = lex.regex.finditer(text)
    elif lex.regex_ascii is not None and low.isascii() and ascii_safe(low):
        found = lex.regex_ascii.finditer(low)
    else:
        found = lex.regex_lower.finditer(low)
    skip_to = 0  # (the end of a range read: its second number is no count of its own)
    for m in found:
        if m.start() < skip_to:
            continue
        ns, ne = m.span("num")
        num_text = m.group("num")
        value = _as_int(_parse_numeral(lex, num_text))
        ranged = None
        if value is None:
            # "два-три военнослужащих": two numbers hyphened into one
            value, ranged = _hyphened_range(lex, text, m)
            if value is None:
                continue
        start = m.start()
        if ranged is None:
            ranged = _people_range(lex, text, m, value)
        # a number hyphened to letters names a model or a road, not people: "на трассе М-4",
        # "Ми-8", "Су-34", "Т-72", "COVID-19"
        if ns >= 2 and num_text[:1].isdigit() and text[ns - 1] == "-" and text[ns - 2].isalpha():
            continue
        # a time of day counts no one: a feed item's "11:31 Дезертира ... приговорили", "at
        # 12:45"; a count that disagreed kept that item apart from the rest of its story
        if num_text.isdigit() and _clock(text, ns, ne):
            continue
        # contexts that make it not a count
        # "статьи 337", "ч. 5": a number after such a word is not a count, unless people follow
        # it ("покинули расположение части 10 человек": the unit, then ten people); articles,
        # parts, units and ages are numbered in digits ("из части шестерых военных" counts six)
        skipped = (num_text[:1].isdigit() or num_text[-1:].isdigit()) and lex.skip_before.search(
            text[max(0, start - 40) : start]
        ) is not None
        # ... but a bound between the word and a number with a noun says it numbers nothing: no
        # part, article or unit is "more than 700" of something («помогли покинуть части более
        # 700 военным»: round 41, fig41)
        bound = lex.qualifiers.get(_key(m.group("qual") or ""), "exact") in ("at_least", "up_to")
        glued = m.group("glued")
        if ranged is not None:
            pass  # ("5-7 soldiers": the hyphen after the first number joins the range)
        elif lex.skip_after.match(text, ne) and not glued:
            continue
        if glued == "+" and value < 100:
            continue  # "18+": an age rating, not "at least 18"
        # (not a range of people read whole: "between 50,000 and 100,000 soldiers", whose
        # "and 100" with ",000" after it reads as a second number of something else; fields46)
        if ranged is None and lex.range_after is not None and lex.range_after.match(text, m.end()):
            continue  # "between five and six years", "от пяти до шести лет"
        if (
            len(num_text) <= 2
            and num_text.isdigit()
            and lex.age_after.match(text, ne)
            and lex.age_before.search(text[max(0, start - 40) : start])
        ):
            continue
        nk = _key(num_text)
        if nk in lex.weak:
            w = lex.weak[nk]
            if _word_before(text, start) in w["prev"] or _word_after(text, ne) in w["next"]:
                continue
        part = None if (m.group("total") or ranged) else lex.partition.match(text, m.end())
        head_from = m.end("total") if m.group("total") else (part.end() if part else m.end())
        if ranged is not None:
            head_from = skip_to = ranged
        head, head_start = _head(lex, text, head_from)
        if skipped and not (
            head and (bound or _key(head).startswith(lex.people) or _key(head) in lex.people_alone)
        ):
            continue
        if (
            lex.age_words_before.search(text, max(0, start - 40), start)
            and lex.age_words_number.search(num_text)
            and not (head and _key(head).startswith(lex.people))
        ):
            continue  # "a man of about thirty left his unit", «мобилизованный лет тридцати»
        pron = lex.partition_pronoun.match(text, m.end()) if part else None
        if pron and head and value > 1 and not _key(head).startswith(lex.people):
            # "eight of them refused": what is counted is the pronoun, not the verb after it
            # ("one of them posted a photo" is someone of the group, not a happening's count)
            head, head_start = None, None
        digits = None
        if any(ch.isdigit() for ch in num_text):
            yearlike = _YEARLIKE.fullmatch(num_text) is not None
            people_head = head is not None and _key(head).startswith(lex.people)
            # "more than 2000 cases", "более 2000 дел": a year takes no qualifier
            kept = yearlike and (people_head or bool(m.group("qual") and head))
            digits = (ns, ne, yearlike, kept)
        # qualifier
        qualifier = "exact"
        if m.group("qual"):
            qualifier = lex.qualifiers.get(_key(m.group("qual")), "exact")
        elif m.group("glued"):
            qualifier = "at_least"
        elif m.group("post"):
            qualifier = lex.post_qualifiers.get(_key(m.group("post")), "exact")
        elif nk in lex.specials and lex.specials[nk][1]:
            qualifier = lex.specials[nk][1]
        if m.group("post") and m.group("qual") is None:
            qualifier = lex.post_qualifiers.get(_key(m.group("post")), qualifier)
        if ranged is not None and qualifier == "exact":
            qualifier = "at_least"  # a range gives its lower bound ("between ten and fifteen")
        total = _as_int(_parse_numeral(lex, m.group("total"))) if m.group("total") else None
        end = ranged if ranged is not None else m.end()
        count = CountMention(text[start:end], start, end, value, qualifier, total, head, head_start)
        out.append((count, digits))
    return out


def _people_range(lex: _Lexicon, text: str, m: re.Match[str], value: int) -> int | None:
    """The end of a range of people that starts with the count ``m`` ("ten to fifteen
    soldiers", "two or three conscripts", "between 10 and 15", "от десяти до пятнадцати",
    "5-7 военнослужащих": ``people_range`` of ``lang/<lang>/numbers.yaml``, "and" only after
    ``people_range_between``); None where no range of people follows (a second number of years,
    days or roubles, or not a larger one: "two to five years" is a term)."""
    if lex.people_range is None or m.group("total") or m.group("post") or m.group("glued"):
        return None
    r = lex.people_range.match(text, m.end())
    if (
        r is None
        and lex.people_range_and is not None
        and lex.people_range_between is not None
        and lex.people_range_between.search(text, max(0, m.start() - 12), m.start())
    ):
        r = lex.people_range_and.match(text, m.end())
    if r is None:
        return None
    return _range_end(lex, text, value, r.group("num2"), r.end())


def _range_end(lex: _Lexicon, text: str, value: int, second: str, end: int) -> int | None:
    """The end of the range whose second number ``second`` ends at ``end``: a larger number, not
    a year, with a noun of people after it; None where it is no range of people."""
    other = _as_int(_parse_numeral(lex, second))
    if (
        other is None
        or other <= value
        or _YEARLIKE.fullmatch(second.strip()) is not None
        or lex.skip_after.match(text, end)
    ):
        return None
    # only of people: "rose from 300 to 1,000 cases" is a change, its second number the figure
    head = _head(lex, text, end)[0]
    return end if head is not None and people_head(head, lex.lang) else None


def people_head(head: str, lang: str, grammar: bool = True) -> bool:
    """Does a count's noun phrase name people: a word of it starts with a noun of ``people`` of
    ``lang/<lang>/numbers.yaml`` ("two contract gunners", «двух бывших курсантов»), or (with
    ``grammar``), in Russian, is an animate noun or a participle (:func:`people_word`)?"""
    lex = _lexicon(lang)
    return any(
        w.startswith(lex.people) or (grammar and people_word(w, lang)) for w in _key(head).split()
    )


_HYPHEN = re.compile(r"\s*[-–]\s*")


def _hyphened_range(lex: _Lexicon, text: str, m: re.Match[str]) -> tuple[int | None, int | None]:
    """(the lower bound, the end) of two number words hyphened into one numeral ("два-три
    военнослужащих", "two-three soldiers"); (None, None) where it is no such range."""
    parts = _HYPHEN.split(m.group("num"))
    if len(parts) != 2 or m.group("total"):
        return None, None
    first = _as_int(_parse_numeral(lex, parts[0]))
    if first is None:
        return None, None
    end = _range_end(lex, text, first, parts[1], m.end("num"))
    return (first, end) if end is not None else (None, None)


def parse_number(text: str, lang: str) -> float | int | None:
    """Value of a number phrase in isolation: "49,000", "9,8 тысячи", "at least 49,000"."""
    if not text:
        return None
    lex = _lexicon(lang)
    m = lex.regex.search(text)
    if not m:
        return None
    value = _parse_numeral(lex, m.group("num"))
    if value is None:
        return None
    return int(round(value)) if abs(value - round(value)) < 1e-9 else value


def vague_quantity(text: str, lang: str) -> re.Match[str] | None:
    """An unstated number of people ("several soldiers", "dozens of", "десятки его
    сослуживцев", ``vague`` in lang/*/numbers.yaml): a count that is not given, never one."""
    pat = _lexicon(lang).vague
    return pat.search(text) if pat is not None else None


def ordinal_value(word: str, lang: str) -> int | None:
    """Value of an ordinal word: "fourth" -> 4, "пятый" -> 5, "4th" -> 4, "5-й" -> 5."""
    if not word:
        return None
    lex = _lexicon(lang)
    k = _key(word)
    if k in lex.ordinals:
        return lex.ordinals[k]
    if lex.ordinal_digits is not None:
        m = lex.ordinal_digits.fullmatch(k)
        if m:
            return int(m.group(1))
    if lex.ordinal_irregular is not None:
        m = lex.ordinal_irregular.fullmatch(k)
        if m:
            return lex.ordinal_stems.get(_key(m.group("stem")))
    if lex.ordinal_endings is not None:
        for stem in sorted(lex.ordinal_stems, key=len, reverse=True):
            if k.startswith(stem) and lex.ordinal_endings.fullmatch(k[len(stem) :]):
                return lex.ordinal_stems[stem]
    return None

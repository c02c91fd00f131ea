"""The words of place names: tokens, Russian morphology (pymorphy3) and the mention type, shared by
the gazetteer (:mod:`awol.extract.places`) and its English and Russian readers."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from awol.extract.morph import get_morph
from awol.extract.places_data import forms_table
from awol.extract.tokens import word_spans

__all__ = ["PlaceMention", "get_morph"]


@dataclass(frozen=True)
class PlaceMention:
    text: str  # the words as written in the text
    start: int  # character offsets: text[start:end] == self.text
    end: int
    kind: str  # "country" | "region" | "city" | "area"
    country: str | None  # ISO 3166-1 alpha-2
    region: str | None  # ISO 3166-2 first-level region
    name: str  # canonical English name of the place
    id: str = ""  # gazetteer entry id


_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")

# English generic words: matched in any case ("Rostov Region" == "Rostov region")
_GENERIC_EN = {
    "region",
    "oblast",
    "province",
    "krai",
    "kray",
    "territory",
    "republic",
    "district",
    "okrug",
    "county",
    "voivodeship",
    "city",
}

_POSSESSIVE = ("'s", "’s")

_RU_PROPER_TAGS = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr")

_SENT_END = set('.!?…\n«"“„(')


def _norm_ru(s: str) -> str:
    return s.lower().replace("ё", "е")


@dataclass(frozen=True)
class _RuTok:
    keys: frozenset[str]  # lowercased surface + lemmas of all parses
    name: bool  # has a given-name parse
    surn: bool  # has a surname / patronymic parse
    adjf: frozenset[str]  # lemmas of adjective parses
    common: bool  # has a parse that is an ordinary (non-proper) word


@functools.lru_cache(maxsize=65536)
def _ru_tok(token: str) -> _RuTok:
    morph = get_morph()
    low = _norm_ru(token)
    keys = {low}
    name = surn = common = False
    adjf: set[str] = set()
    plural: str | None = None
    for p in morph.parse(token):
        nf = _norm_ru(p.normal_form)
        keys.add(nf)
        tag = p.tag
        if "Name" in tag:
            name = True
        if "Surn" in tag or "Patr" in tag:
            surn = True
        if tag.POS in ("ADJF", "ADJS"):
            adjf.add(nf)
        if p.score >= 0.1 and p.is_known and not any(t in tag for t in _RU_PROPER_TAGS):
            common = True
        if plural is None and token[:1].isupper() and _oblique_plural(tag):
            # (a town named in the plural, "Думиничи", "Новые Бурасы", read in another case:
            # the analyser guesses a surname's plural, "думинич"; the town's own nominative is
            # the key its name is indexed under; round 50)
            got = p.inflect({"nomn"})
            plural = _norm_ru(got.word) if got is not None else ""
    if plural:
        keys.add(plural)
    if "-" in token:
        parts = token.split("-")
        lem = [_norm_ru(morph.parse(x)[0].normal_form) if x else "" for x in parts]
        keys.add("-".join(lem))
    return _RuTok(frozenset(keys), name, surn, frozenset(adjf), common)


def _oblique_plural(tag) -> bool:
    """Is a parse a noun's plural in a case other than the nominative?"""
    return tag.POS == "NOUN" and "plur" in tag and "nomn" not in tag


# the endings of Russian surnames: a word so ended is read as a person's name even where the
# analyser only guesses it ("Раззаков", "Истаравшанов"; round 38, place38)
SURNAME_ENDS = ("ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "цкий")


@functools.lru_cache(maxsize=16384)
def _guessed_person(token: str) -> bool:
    """Is a text token read as a person's name only by the analyser's guess at an unknown word
    ("Баткене": a given name's locative by its ending), never as a name it knows nor ending as a
    Russian surname does?"""
    if _norm_ru(token).endswith(SURNAME_ENDS):
        return False
    parses = get_morph().parse(token)
    person = ("Name", "Surn", "Patr")
    return not any(p.is_known and any(t in p.tag for t in person) for p in parses)


def _gaz_tok(token: str) -> _RuTok:
    """A gazetteer name token: from the table built with the gazetteer (``data/ru_forms.tsv``),
    else analysed now (only if the table is stale)."""
    row = forms_table().get(token)
    if row is None:
        return _ru_tok(token)
    keys, flags, adjf = row
    return _RuTok(keys, "n" in flags, "s" in flags, adjf, "c" in flags)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\r\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENT_END


_CUE_GAP = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?$")

_DOMAIN_RE = re.compile(r"\.(?:ру|рф|ru|com|ua|org|net|info)\b", re.IGNORECASE)


def _domain(text: str, end: int) -> bool:
    """Is the word ending at ``end`` the name part of a web address ("Фонтанка.ру")?"""
    return bool(_DOMAIN_RE.match(text, end))


def _gap_norm(gap: str) -> str:
    return "".join(ch for ch in gap if not ch.isspace())


def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    return word_spans(_TOKEN_RE, text)


def _en_key(tok: str) -> str:
    low = tok.lower()
    return low if low in _GENERIC_EN else tok


@dataclass(slots=True)
class _Name:
    toks: tuple  # en: keys (str); ru: frozensets of keys
    caps: tuple[bool, ...]  # ru: token must be capitalised in the text
    gaps: tuple[str, ...]
    entry: int
    ambiguous: bool = False  # ru single word that is also a common word

"""Surnames in URL slugs that no stored name and no given-name list finds.

A slug spells a person in lower-case Latin letters, in whatever transliteration its outlet uses
("/boljshe-ne-bufer-ivan-sharipzhanov-o-vysylke", "/deserter-petrovu-dali-srok").  The masker
finds the names of the article (stored, or recognised in its text) and a known given name with
the word after it (:func:`awol.privacy.recognise.slug_spans`); a surname named only in the slug,
or after a given name no list holds, stays readable.  :func:`surname_spans` finds it by its
shape: a word with a Slavic surname ending (``surname_endings`` of person_cues.yaml, with a
case ending after it) that is none of

- an English word (simplemma knows it: "bulletin", "within") or a word of ``not_names``
  ("kremlin");
- a Russian word written in Latin letters: one of its Cyrillic spellings
  (``latin_to_cyrillic`` of slug_letters.yaml) is a word the dictionary knows, read first as
  no name ("dezertirov" = "дезертиров", "rezervistov", "mashine");
- a place: the gazetteer reads it as one in English ("rostov") or in one of its Cyrillic
  spellings after "в" ("v-beloostrove");

and the word right before it when that word is no word of any dictionary, no place and no stop
word (a given name the lists lack: "merhat-sharipzhanov").  Only the path of a URL is read: its
host is the outlet's.
"""

from __future__ import annotations

import functools
import itertools
import re
from importlib import resources

import yaml

__all__ = ["cyrillic_spellings", "surname_spans"]

_SLUG_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-z]+")
_MAX_SPELLINGS = 256
# the case endings a surname takes after its nominative ending ("petrov-a", "petrov-ym")
_CASE = ("", "a", "u", "e", "y", "ym", "im", "om", "oy", "oi", "ykh", "ikh", "ogo", "omu", "oj")


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    path = resources.files("awol.privacy") / "slug_letters.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    table = sorted(
        ((k.lower(), tuple(v)) for k, v in data["latin_to_cyrillic"].items()),
        key=lambda kv: -len(kv[0]),
    )
    return {"table": table}


@functools.lru_cache(maxsize=1)
def _endings() -> re.Pattern:
    from awol.privacy.cues import cues

    ends = sorted(cues()["endings"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(ends) + r")(?:" + "|".join(c for c in _CASE if c) + r")?$")


def cyrillic_spellings(word: str) -> list[str]:
    """The Cyrillic words a lower-case Latin ``word`` may spell ("mashine" -> "машине", ...),
    at most 256, or [] when a letter has no Cyrillic spelling."""
    table = _data()["table"]
    seq: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for latin, cyr in table:
            if word.startswith(latin, i):
                seq.append(cyr)
                i += len(latin)
                break
        else:
            return []
    return ["".join(p) for p in itertools.islice(itertools.product(*seq), _MAX_SPELLINGS)]


@functools.lru_cache(maxsize=50_000)
def _reading(word: str) -> str | None:
    """How the dictionary reads the first of ``word``'s Cyrillic spellings it knows:
    ``"name"`` (a surname, a given name or a patronymic first: "prigozhinim" = "Пригожиным"),
    ``"word"`` (another word: "dezertirov" = "дезертиров", "mashine") or None (none known)."""
    from awol.extract.places_tokens import get_morph

    morph = get_morph()
    for w in cyrillic_spellings(word):
        if morph.word_is_known(w):
            g = set(morph.parse(w)[0].tag.grammemes)
            return "name" if {"Name", "Surn", "Patr"} & g else "word"
    return None


@functools.lru_cache(maxsize=50_000)
def _place(word: str) -> bool:
    """Is ``word`` a place: the gazetteer's in English, or one of its first Cyrillic
    spellings after "в" ("rostov", "v-rostove")?"""
    from awol.privacy.cues import place_kinds

    cap = word[:1].upper() + word[1:]
    if any(s == 3 and e == 3 + len(cap) for s, e, _ in place_kinds("in " + cap, "en")):
        return True
    for w in cyrillic_spellings(word)[:16]:
        w = w[:1].upper() + w[1:]
        if any(s == 2 and e == 2 + len(w) for s, e, _ in place_kinds("в " + w, "ru")):
            return True
    return False


@functools.lru_cache(maxsize=50_000)
def _other_word(word: str) -> bool:
    """Is the lower-case ``word`` a stop word, a word of ``not_names`` or an English word?"""
    from awol.extract.tokens import known_en
    from awol.privacy.cues import cues

    c = cues()
    return word in c["slug_stop_words"] or word in c["not_names"] or known_en(word)


def surname_spans(url: str) -> list[tuple[int, int]]:
    """The spans of ``url``'s path (all of it when it is no URL: a handle, a slug) that spell a
    surname (see the module): a word of a surname's shape the dictionary reads first as a name
    in Cyrillic, or one it does not know at all right after a word no dictionary knows (a
    given name the lists lack, masked with it)."""
    start = 0
    m = re.match(r"[a-z][a-z0-9+.-]*://[^/?#]*", url, re.IGNORECASE)
    if m:
        start = m.end()
    words = [w for w in _SLUG_WORD.finditer(url, start) if w.group().islower()]
    out: list[tuple[int, int]] = []
    ends = _endings()
    for k, w in enumerate(words):
        word = w.group()
        if len(word) < 5 or not _LATIN.fullmatch(word) or not ends.search(word):
            continue
        if _other_word(word):
            continue
        reading = _reading(word)
        if reading == "word":
            continue
        prev = words[k - 1] if k else None
        given = (
            prev is not None
            and url[prev.end() : w.start()] in ("-", "_", "+")
            and len(prev.group()) >= 3
            and bool(_LATIN.fullmatch(prev.group()))
            and not _other_word(prev.group())
            and _reading(prev.group()) is None
        )
        if reading is None and not given:
            continue
        if _place(word) or (given and _place(prev.group())):
            continue
        out.append(w.span())
        if given and prev is not None:
            out.append(prev.span())
    return sorted(out)

"""The acting authority's country: a detention, a search, a charge or a verdict happens where the
authority that does it works ("Norwegian police have arrested", "intercepted by Lithuanian border
guards", "казахстанские силовики передали": a country adjective before an authority noun, the one
nearest the trigger; a national agency by its name; an article of a state's criminal code).
Words are data: ``authority_nouns`` and ``country_adjectives`` in ``data/place_cues.yaml``,
``authority_names``, ``code_articles`` and ``seeker_home`` in ``lang/<lang>/story.yaml``.
"""

from __future__ import annotations

import functools
import re

from awol.extract.places_data import cues
from awol.extract.places_tokens import _ru_tok, _tokens
from awol.extract.story_lex import _story_lex

__all__ = ["authorities", "authority_country", "seeker_country"]


@functools.lru_cache(maxsize=1)
def _authority_en() -> tuple[frozenset[str], int]:
    words = frozenset(cues()["en"]["authority_nouns"])
    return words, max(len(w.split()) for w in words)


def authority_country(text: str, pos: int, lang: str) -> str | None:
    """The country of the authority acting in ``text`` nearest to ``pos`` (the trigger), one
    before it first: "Norwegian police have arrested ..." -> "NO"; a national agency named
    ("detained by the SBU" -> "UA"; ``authority_names`` in ``lang/<lang>/story.yaml``)."""
    found = authorities(text, lang)
    if not found:
        return None
    before = [(pos - s, c) for s, c in found if s <= pos]
    if before:
        return min(before)[1]
    return min((s - pos, c) for s, c in found)[1]


def authorities(text: str, lang: str) -> list[tuple[int, str]]:
    """Every authority of ``text`` with its state (start, country): an authority noun with its
    state's adjective, or a national agency by its name ("detained by the SBU"), or an article of
    a state's criminal code ("under Article 408 of the Criminal Code": Ukraine's; ``code_articles``
    of ``lang/<lang>/story.yaml``, round 45)."""
    found = _authorities_ru(text) if lang == "ru" else _authorities_en(text)
    lex = _story_lex("ru" if lang == "ru" else "en")
    named = [
        (c, p) for key in ("agencies", "code_articles") for c, p in (lex.get(key) or {}).items()
    ]
    return found + [(m.start(), c) for c, p in named for m in p.finditer(text)]


_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”]|\b(?:and|but|while|и|а|но)\b")


_SEEKER_REACH = 60  # characters before a search's trigger read for who seeks


def seeker_country(text: str, start: int, lang: str, army: str | None) -> str | None:
    """The state that seeks, named in the search's own clause right before its trigger: an
    authority with its state's adjective or an agency ("after Russian police put his name on the
    wanted list", "after Russian authorities put him on their wanted list") or the man's home
    ("а дома его разыскивали", "на родине его искали": the story's army's state; ``seeker_home``
    of ``lang/<lang>/story.yaml``).  A search is that state's act wherever else its sentence goes
    (he fled to Armenia; he refused to fight in Ukraine).  None where the clause names none."""
    lo = max(0, start - _SEEKER_REACH)
    before = text[lo:start]
    lo += max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    found = authorities(text, lang)
    own = sorted((s, c) for s, c in found if lo <= s < start)
    if own:
        return own[-1][1]
    home = _story_lex("ru" if lang == "ru" else "en")["seeker_home"]
    if home.search(text, lo, start):
        return army or "RU"
    return None


def _authorities_en(text: str) -> list[tuple[int, str]]:
    adjs = cues()["en"]["country_adjectives"]
    nouns, longest = _authority_en()
    toks = _tokens(text)
    out = []
    for i, (tok, s, _e) in enumerate(toks):
        country = adjs.get(tok.lower())
        if not country or not tok[:1].isupper():
            continue
        # "Norwegian police", "Lithuanian border guards", "Ukrainian military police"
        for skip in (0, 1):
            for n in range(1, longest + 1):
                words = toks[i + 1 + skip : i + 1 + skip + n]
                if len(words) == n and " ".join(w[0].lower() for w in words) in nouns:
                    out.append((s, country))
                    break
            else:
                continue
            break
    return out


def _authorities_ru(text: str) -> list[tuple[int, str]]:
    adjs = cues()["ru"]["country_adjectives"]
    nouns = cues()["ru"]["authority_nouns"]
    toks = _tokens(text)
    out = []
    for i, (tok, s, _e) in enumerate(toks):
        info = _ru_tok(tok)
        country = next((adjs[a] for a in info.adjf if a in adjs), None)
        if not country:
            continue
        # "казахстанские силовики", "российской военной полиции"
        for k in (i + 1, i + 2):
            if k >= len(toks):
                break
            nxt = _ru_tok(toks[k][0])
            if nxt.keys & nouns:
                out.append((s, country))
                break
            if not nxt.adjf:
                break
    return out

"""Where a detention "at home" happened: the home the story names.

A report often says where a man lives once ("житель Камышина", "a resident of Kamyshin", "a
mobilised man from Buryatia") and tells his detention later with no place but his home: "его
задержали дома", "detained at his home", "доставили в местный военкомат", "handed over to the
local military commissariat", "по месту жительства".  Those words place the detention where he
lives, and the story says where that is.  So a detention with no place of its own whose sentence
says it happened at home (or took him to the local commissariat) takes the region of the origins
the article names (``_origin`` in :mod:`awol.extract.arguments`: the home, not
where he fled from), when they all name one region.  Nothing else is carried: a home town places
no flight, search or verdict (the coders leave those unplaced).

The words are data: ``home_words`` in ``data/place_cues.yaml``.
"""

from __future__ import annotations

import functools
import re

from awol.extract.lexicon import Pattern
from awol.extract.places import PlaceMention
from awol.extract.places_data import cues
from awol.extract.places_finding import flight_from_next_unit, place_from_finding
from awol.extract.sentence_pool import STORY_WINDOW


@functools.lru_cache(maxsize=4)
def _home_rx(lang: str) -> re.Pattern[str] | None:
    words = cues().get(lang, {}).get("home_words")
    if not words:
        return None
    return re.compile("|".join(f"(?:{w})" for w in sorted(words)), re.IGNORECASE)


def at_home(text: str, lang: str) -> bool:
    """Does a sentence say the act happened at the man's home ("задержали дома", "taken to the
    local military enlistment office")?"""
    rx = _home_rx(lang)
    return rx is not None and rx.search(text) is not None


@functools.lru_cache(maxsize=4)
def _home_before_rx(lang: str) -> re.Pattern[str] | None:
    words = cues().get(lang, {}).get("home_before")
    if not words:
        return None
    return re.compile("(?:" + "|".join(f"(?:{w})" for w in sorted(words)) + r")$", re.IGNORECASE)


def _home(text: str, p: PlaceMention, lang: str) -> bool:
    """Is the place ``p`` someone's home: an origin ("уроженец Бурятии", "a resident of
    Kamyshin") or where he went home to ("went home to Novocherkassk", "вернулся домой в Шахты")?"""
    from awol.extract.arguments import _origin

    if _origin(text, p, lang):
        return True
    rx = _home_before_rx(lang)
    return rx is not None and rx.search(text, max(0, p.start - 80), p.start) is not None


# a pattern's pieces: an escape, a character class, a look-around holding no group, a character
_PIECES = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?<?[=!](?:\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[^()\\\[])*\)|.",
    re.DOTALL,
)
_ASSERTIONS = ("^", "$", "\\A", "\\Z", "\\b", "\\B")  # (and the look-arounds)


def _relaxed(pattern: str) -> str | None:
    """``pattern`` without what it asserts of the context (word boundaries, anchors,
    look-arounds): it matches in a sentence wherever the pattern matches in a slice of it
    (a look-around that holds a group is not taken off: None, no relaxed pattern)."""
    kept, dropped = [], False
    for m in _PIECES.finditer(pattern):
        piece = m.group()
        if dropped and piece[0] in "*+?{":
            return None  # (a quantified assertion: its quantifier would pass to the piece before)
        dropped = piece in _ASSERTIONS or piece.startswith(("(?=", "(?!", "(?<=", "(?<!"))
        if not dropped:  # (a zero-width assertion taken off: the pattern matches more, not less)
            kept.append(piece)
    out = "".join(kept)
    if re.search(r"\(\?<?[=!]", out):
        return None
    try:
        re.compile(out)
    except re.error:
        return None
    return out


@functools.lru_cache(maxsize=4)
def _may_name_home_rx(lang: str) -> Pattern | None:
    """What a sentence that names a home holds somewhere (the origin words before a place, the
    words of going home): a sentence with none of it names no home, and its places are not
    read (None: every sentence's are read)."""
    from awol.extract.argument_words import _raw_words

    parts = [_raw_words(lang).get("origin")] + list(cues().get(lang, {}).get("home_before") or [])
    relaxed = [_relaxed(x) if isinstance(x, str) else None for x in parts if x]
    if not relaxed or None in relaxed:
        return None
    # (matched on the lower-cased sentence where it can, skipping ahead to where a match may
    # start: the same sentences as with IGNORECASE, 3x quicker in English; most hold none)
    return Pattern("|".join(f"(?:{x})" for x in relaxed))


# how many sentences before and after a detention at home its story may name the home: every
# sentence of a news article, a bounded stretch of a long text (so the cost stays linear in it)
HOME_WINDOW = 4 * STORY_WINDOW


def home_places(
    sentences: list, lang: str, read: dict[int, list[PlaceMention]] | None = None
) -> list[PlaceMention]:
    """The places the sentences name as where someone lives or comes
    from ("уроженец Бурятии", "a resident of Kamyshin", "went home to Novocherkassk");
    ``read`` keeps each sentence's places by its index, for the next call."""
    from awol.extract.places import get_gazetteer

    gaz = get_gazetteer()
    may = _may_name_home_rx(lang)
    read = {} if read is None else read
    out: list[PlaceMention] = []
    for s in sentences:
        found = read.get(s.index)
        if found is None:
            # (a sentence with no words of a home names none: its places are not read)
            names_home = may is None or may.search(s.text) is not None
            found = read[s.index] = gaz.find(s.text, lang) if names_home else []
        for k, p in enumerate(found):
            if not p.region:
                continue
            if _home(s.text, p, lang):
                out.append(p)
            elif k and found[k - 1] in out and found[k - 1].end + 12 >= p.start:
                out.append(p)  # (the region of the home just named: "Novocherkassk, in the
                # Rostov region")
    return out


def place_at_home(events: list, where: list[int], sentences: list, lang: str) -> None:
    """Give each detention with no place of its own, told as happening at home, the one region
    of the homes its story names (before or after it, within ``HOME_WINDOW`` sentences of the
    event's first telling ``where``: a whole news article)."""
    read: dict[int, list[PlaceMention]] = {}
    for e, i in zip(events, where, strict=True):
        if e.type != "detention" or e.region is not None or e.place_text is not None:
            continue
        if e.country not in (None, "RU", "UA", "BY"):
            continue  # (abroad: not at home)
        if not at_home(e.evidence.text, lang):
            continue
        # (read only for a detention at home, each sentence once)
        lo, hi = max(0, i - HOME_WINDOW), i + HOME_WINDOW + 1
        homes = home_places(sentences[lo:hi], lang, read)
        regions = {p.region for p in homes}
        if len(regions) != 1:
            continue
        p = homes[-1]
        if e.country not in (None, p.country):
            continue
        e.place_text, e.region, e.country = p.text, p.region, p.country
    # (and a detention still with no place: where its sentence or the next says the man was
    # found, "Officers found him at his aunt's dacha outside Belgorod": round 33, place33)
    place_from_finding(events, sentences, lang)
    flight_from_next_unit(events, sentences, lang)  # "Мужчина служил в части в Оренбурге"

"""Per-event features used for blocking and scoring (computed on the fly, never stored).

Besides what the event itself says, every event carries its **story context**: the names,
places, regions, distinctive words and numbers of the other events of its story group in the same
article (``cases.document_groups``).  A story's name or place stated once in an article thus
counts for its unnamed / placeless events ("he was detained" after "Dmitry Kulebin fled").
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
from functools import lru_cache
from pathlib import Path

from awol.link.case_markers import refers_to_someone, says_another
from awol.link.cases import document_groups
from awol.link.feat import Feat, names_written, written_name
from awol.link.text import (
    ages,
    coarse_places,
    descriptor_classes,
    distinctive_numbers,
    drop_region_words,
    name_keys,
    names_match,
    place_keys,
    regions_seen,
    sentence_markers,
    tokens,
)

EVENT_FIELDS = (
    "type", "date", "date_text", "place_text", "country", "region", "count", "count_qualifier",
    "who", "names", "armed", "source",
)  # fmt: skip


def parse_date(value: str | None) -> tuple[int, int, int] | None:
    """ISO date of any precision -> (first day ordinal, last day ordinal, precision 1..3)."""
    if not value or not isinstance(value, str):
        return None
    return _parse_date(value)


@lru_cache(maxsize=100_000)
def _parse_date(value: str) -> tuple[int, int, int] | None:
    parts = value.strip()[:10].split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return _dt.date(y, 1, 1).toordinal(), _dt.date(y, 12, 31).toordinal(), 1
        m = int(parts[1])
        if len(parts) == 2:
            nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
            return _dt.date(y, m, 1).toordinal(), nxt.toordinal() - 1, 2
        d = _dt.date(y, m, int(parts[2])).toordinal()
        return d, d, 3
    except (ValueError, IndexError):
        return None


@lru_cache(maxsize=100_000)
def month_index(ordinal: int) -> int:
    d = _dt.date.fromordinal(ordinal)
    return d.year * 12 + d.month - 1


def evidence_text(ev: dict) -> str:
    e = ev.get("evidence")
    if isinstance(e, dict):
        return str(e.get("text") or "")
    return str(e or "")


def evidence_start(ev: dict) -> int | None:
    """Where the event's evidence sentence starts in its document's text (the extraction's
    offset; None for an annotation, whose evidence is a plain string)."""
    e = ev.get("evidence")
    return _start(e.get("start") if isinstance(e, dict) else None)


def event_record(ev: dict) -> dict:
    """The fields of an event the linker keeps.  An event given without ``date_text`` at all
    (a caller's record, not the extraction's nor the annotation's, which always carry it) keeps
    it as "": its date is its own; a ``date_text`` given as null beside a date is a date the
    extraction carried from another clause (:func:`_weak_date`).  ``at``: where its evidence
    sentence starts (:func:`evidence_start`), what the story grouping reads as told before it."""
    rec = {f: ev.get(f) for f in EVENT_FIELDS}
    if "date_text" not in ev:
        rec["date_text"] = ""
    rec["at"] = evidence_start(ev)
    return rec


def event_records(events: list[dict], did: str, published: str | None) -> list[dict]:
    """One document's events as the records :func:`features` reads (its id, index, date of
    publication and evidence text beside the event's fields)."""
    recs = []
    for i, ev in enumerate(events):
        rec = event_record(ev)
        rec.update(doc=did, idx=i, published=published, evidence=evidence_text(ev))
        recs.append(rec)
    return recs


_NONE: frozenset = frozenset()
_SHARED: dict = {}  # equal small sets / tuples of many events: one object (see compact)


def _share(x):  # noqa: ANN001, ANN202
    """One object for equal values (a linker holds the features of every event: ~1M)."""
    if not x:
        return _NONE if isinstance(x, frozenset) else ()
    if len(_SHARED) > 200_000:
        _SHARED.clear()
    return _SHARED.setdefault(x, x)


def features(rec: dict) -> Feat:
    region = rec.get("region") or None
    country = rec.get("country") or None
    if region and not country and "-" in region:
        country = region.split("-", 1)[0]
    pub = parse_date(rec.get("published"))
    count = rec.get("count")
    try:
        count = int(count) if count is not None else None
    except (TypeError, ValueError):
        count = None
    names = tuple(str(n) for n in rec.get("names") or [] if n)
    who, place = rec.get("who"), rec.get("place_text")
    evidence = evidence_text(rec)
    places = frozenset(drop_region_words(place_keys(place), region))
    return Feat(
        key=(rec["doc"], int(rec["idx"])),
        doc=rec["doc"],
        type=str(rec.get("type") or "unknown"),
        pub=pub[1] if pub else None,
        date=parse_date(rec.get("date")),
        country=country,
        region=region,
        count=count,
        qualifier=rec.get("count_qualifier"),
        names=names,
        name_keys=tuple(name_keys(names)),
        places=places,
        classes=descriptor_classes(who),
        armed=rec.get("armed"),
        tokens=tokens(who, place, evidence, names),
        numbers=distinctive_numbers(who, place, evidence, count),
        ages=ages(who, evidence),
        coarse=frozenset(coarse_places(places)),
        evidence=evidence,
        markers=sentence_markers(evidence),
        weak_date=_weak_date(rec.get("date"), rec.get("date_text")),
        relative_date=_relative_date(rec.get("date"), rec.get("date_text")),
        at=_start(rec.get("at")),
        after_others=frozenset(rec.get("after_others") or ()),
        fresh=bool(rec.get("fresh")),
    )


def _start(at: object) -> int | None:
    return at if isinstance(at, int) and not isinstance(at, bool) else None


@lru_cache(maxsize=1)
def _relative_date_words() -> re.Pattern[str]:
    import yaml

    data = yaml.safe_load(Path(__file__).with_name("relative_dates.yaml").read_text("utf-8"))
    alts = [str(x) for lang in (data or {}).values() for x in lang or []]
    return re.compile("|".join(f"(?:{a})" for a in alts), re.IGNORECASE)


def _weak_date(date: object, date_text: object) -> bool:
    """A date the event holds weakly: set, but without words of its own (carried from another
    clause) or with words that date it relative to another happening ("the same day")."""
    if not date:
        return False
    if date_text is None:
        return True
    if not date_text:
        return False
    return bool(_relative_date_words().search(str(date_text)))


def _relative_date(date: object, date_text: object) -> bool:
    """A date set by words that date it relative to another happening ("a week later")."""
    return bool(date) and bool(date_text) and bool(_relative_date_words().search(str(date_text)))


def document_features(recs: list[dict], seen: frozenset[str] | None = None) -> list[Feat]:
    """Features of one document's events (in order), with their story context; ``seen`` (the
    article's capitalised words, :func:`awol.link.text.names_seen`) is kept by the events that
    name nobody, nor their story."""
    feats = [features(r) for r in recs]
    groups = document_groups(feats)
    _drop_carried_names(feats, groups)
    for gi, group in enumerate(groups):
        members = [feats[i] for i in group]
        for f in members:
            f.group = gi
            others = [g for g in members if g is not f]
            if not others:
                continue
            own = set(f.names)
            f.ctx_names = tuple(sorted({n for g in others for n in g.names} - own))
            f.ctx_places = frozenset().union(*(g.places for g in others)) - f.places
            f.ctx_tokens = frozenset().union(*(g.tokens for g in others)) - f.tokens
            f.ctx_numbers = frozenset().union(*(g.numbers for g in others)) - f.numbers
            f.ctx_regions = frozenset(g.region for g in others if g.region) - {f.region}
            if not f.ages:  # "a 26-year-old contract soldier" said once for the story
                f.ages = frozenset().union(*(g.ages for g in others))
    written = None
    _hold_apart(feats, groups)
    one = len(groups) == 1
    for f in feats:
        f.one_story = one
        if seen and not f.names and not f.ctx_names:
            f.seen = seen - f.apart if f.apart else seen
        if seen and not f.region:
            if written is None:
                written = regions_seen(seen)
            f.text_regions = written
        compact(f)
    return feats


def _hold_apart(feats: list[Feat], groups: list[list[int]]) -> None:
    """Set ``apart`` on the events of each story group that names nobody, told after a group
    that names people: the article's grouping parted it from them, and the sentence that
    introduces its person (its first told) neither writes their surname nor refers back to
    anybody ("his", "the soldier", «его»: :func:`awol.link.case_markers.refers_to_someone`), nor does
    any sentence of the group write it.  «Тем временем в Тихорецке полиция задержала ещё одного
    контрактника» after the named man's manhunt is told of someone else, and so is «Его
    задержали через три дня» after it, which reads the group's own man; the surname written in
    the article is then no sign the extraction left it out (``name_text``), and a report naming
    that man is against the pair (``score.pair_features``, ``ctx_name_conflict``), whatever
    type the extraction gave either event.  A group told before the named ones (a lede: "A
    contract soldier who ... has been detained") holds nobody apart."""
    placed = all(f.at is not None for f in feats)

    def first(g: list[int]) -> int:
        return min(g, key=lambda i: (feats[i].at, i)) if placed else g[0]  # type: ignore[arg-type,return-value]

    def told(i: int) -> tuple:
        return (feats[i].at, i) if placed else (i,)

    named = [g for g in groups if any(feats[i].names for i in g)]
    for g in groups:
        if g in named:
            continue
        head = first(g)
        keys = frozenset(
            k for h in named if told(first(h)) < told(head) for i in h for k in feats[i].name_keys
        )
        if not keys or refers_to_someone(feats[head].evidence):
            continue
        if any(not keys.isdisjoint(names_written(feats[i].evidence)) for i in g):
            continue
        for i in g:
            feats[i].apart = keys


def _drop_carried_names(feats: list[Feat], groups: list[list[int]]) -> None:
    """Names the extraction carried into another story: an event whose sentence does not write
    its names, in a story group none of whose sentences writes them, while another story group
    of the article does, or (no sentence writing them) an earlier one holds them and its own
    sentence says another person ("ещё одного контрактника", "In a separate case": a lede
    that restates the story, "detained a contract soldier who ...", keeps the name) (the story
    grouping parted them: another person's age or status, a second flight ...), names nobody
    for the linker (no case link by the carried name)."""
    of = {i: gi for gi, g in enumerate(groups) for i in g}
    for gi, group in enumerate(groups):
        members = [feats[i] for i in group]
        if any(written_name(f) for f in members):
            continue
        for i in group:
            f = feats[i]
            if not f.names:
                continue
            another = says_another(f.evidence)
            # another group writes the names, or told them first and the event's sentence says
            # it is of another person (no sentence of the article writes them: «Тем временем в
            # Темрюке ... задержала ещё одного контрактника» after the manhunt's man)
            if any(
                (written_name(g) or (of[j] < gi and another))
                and of[j] != gi
                and names_match(f.names, list(g.names))
                for j, g in enumerate(feats)
            ):
                f.names, f.name_keys = (), ()


_SETS = ("names", "name_keys", "places", "classes", "tokens", "numbers", "ages", "ctx_names",
         "ctx_places", "ctx_tokens", "ctx_numbers", "ctx_regions", "coarse", "seen", "apart", "text_regions",
         "markers")  # fmt: skip


def compact(f: Feat) -> Feat:
    """The same features in less memory: equal sets and name tuples shared between events (most
    are empty), the short strings interned."""
    for a in _SETS:
        setattr(f, a, _share(getattr(f, a)))
    for a in ("type", "country", "region", "qualifier"):
        v = getattr(f, a)
        if isinstance(v, str):
            setattr(f, a, sys.intern(v))
    return f

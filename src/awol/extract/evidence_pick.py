"""Which sentence is an event's evidence, where several tell it (split from merging.py, round 33).

Of the mentions of one event (a :class:`awol.extract.merging.Draft`), the sentence that states it
best is its evidence (:func:`evidence_rank`, in the order of criteria a language lists under
``evidence:`` in ``lang/*/events.yaml``); :func:`evidence_features` gives what may tell a coder's
evidence sentence, for scripts/fit_evidence.py.
"""

from __future__ import annotations

from functools import cache

from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import Mention

# The criteria that choose an event's evidence among the sentences telling it, in order (after
# "not a retelling"), where a language's events.yaml does not list its own (``evidence:``)
EVIDENCE_ORDER = ("sole", "weight", "prob", "filled")
# every criterion a language may list
EVIDENCE_CRITERIA = (*EVIDENCE_ORDER, "region", "main", "body")
# triggers below this weight ("fled", "crossed the border", "он просто пропал") only corroborate a
# happening (merging's weak flights read it from here); told inside a quote, such a word is no
# event's evidence where a stronger telling is there
WEAK = 0.6
_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"))


def _criteria(m: Mention, head_end: int = 0) -> dict[str, float]:
    return {
        "body": m.sentence.start >= head_end,
        "sole": m.sole,
        "main": m.sole or m.main,
        "weight": m.weight,
        "prob": round(m.prob, 1) if m.prob is not None else 0.0,
        "filled": filled(m),
        "region": any(p.region for p in m.places),
    }


def evidence_rank(m: Mention, order: tuple[str, ...] = EVIDENCE_ORDER, head_end: int = 0) -> tuple:
    """The mention whose sentence best states the event: not one that retells it ("two more"
    told again right after), then by the criteria of ``order``: ``body``, a sentence after the
    headline (the article's text up to ``head_end``, its title; round 45, near45: the English
    coders of real train cite a body telling over the headline's every time both tell one
    event); ``sole``, a sentence reporting
    this type alone ("Four of the fugitives were detained" rather than "ten fled, four of them
    have been detained"); ``main``, a sentence reporting this type alone or as its news, the
    other types told only in relative clauses about its people ("задержали военного, который
    сбежал из части" for the detention, rather than a later "его передали комендатуре");
    ``weight``, the strongest trigger; ``prob``, the one the classifier
    reads as most surely reporting this type (when it has read them); ``filled``, the most
    arguments (date, place, count, names, source, armed: the sentence that tells the most of
    it); then the earliest.  Before all of them, a telling by a weak word inside a quote ("он
    просто пропал" in a sister's words after the notice that says he left his unit) yields to
    any other (round 39, prec39)."""
    c = _criteria(m, head_end)
    return (not _weak_quoted(m), not m.retold, *(c[k] for k in order), -m.sentence.index)


def _weak_quoted(m: Mention) -> bool:
    """Is ``m`` told by a weak word of vanishing (``vanish_words`` in ``lang/*/events.yaml``)
    inside a quote (a relative's «Он просто пропал»; not a source's quote that tells the flight
    by its verb: «"Из части сбежали семь бывших заключенных", - сказал собеседник»)?"""
    if m.weight >= WEAK:
        return False
    text = m.sentence.text
    if not any(_at(p.search(text, m.start, m.end), m.start) for p in _vanish_words()):
        return False
    before = text[: m.start]
    if before.count('"') % 2 == 1:
        return True
    return any(before.count(o) > before.count(c) for o, c in _QUOTES if o != c)


def _at(found, start: int) -> bool:
    return found is not None and found.start() == start


@cache
def _vanish_words() -> tuple:
    from awol.extract.merge_words import extra_pattern

    return tuple(p for p in (extra_pattern(lang, "vanish_words") for lang in ("en", "ru")) if p)


@cache
def evidence_order(lang: str) -> tuple[str, ...]:
    """The evidence criteria of a language (``evidence:`` in ``lang/*/events.yaml``)."""
    raw = get_lexicon(lang).extra.get("evidence")
    if not raw:
        return EVIDENCE_ORDER
    order = tuple(str(x) for x in raw)
    unknown = [k for k in order if k not in EVIDENCE_CRITERIA]
    if unknown:
        raise ValueError(f"lang/{lang}/events.yaml: evidence: unknown criteria {unknown}")
    return order


def filled(m: Mention) -> int:
    return sum(
        x not in (None, [], "") for x in (m.date, m.places, m.count, m.names, m.source, m.armed)
    )


def evidence_features(mentions: list[Mention], article) -> list[dict[str, float]]:
    """What may tell a coder's evidence sentence among the mentions of one event: the criteria
    of :func:`evidence_rank`, the fields the sentence states, whether it is the headline or the
    lead (the first sentence after it), and whether it is the earliest of the event's."""
    text, title = article.text, article.title
    head_end = len(title) if title and text.startswith(title) else 0
    body = [m.sentence.index for m in mentions if m.sentence.start >= head_end]
    lead = head_end + len(text[head_end:]) - len(text[head_end:].lstrip())  # the body's start
    first = min(m.sentence.index for m in mentions)
    out = []
    for m in mentions:
        c = _criteria(m)
        head = m.sentence.start < head_end
        c.update(
            prob=m.prob if m.prob is not None else 0.0,
            date=float(m.date is not None and bool(m.date.value)),
            region=float(any(p.region for p in m.places)),
            count=float(m.count is not None),
            names=float(bool(m.names)),
            head=float(head),
            lead=float(not head and m.sentence.start <= lead),
            first=float(m.sentence.index == first),
            first_body=float(bool(body) and m.sentence.index == min(body)),
            retold=float(m.retold),
            background=float(m.background),
        )
        out.append(c)
    return out

"""The sources an article gives what its sentences tell without naming one: an event's (the
nearest source named for what it tells, :func:`source_of_story`) and its figures' (each with the
source the article gives it, :func:`figures_of`).  Both read the article's statements
(:class:`~awol.extract.figure_sources.ArticleStatements`) after the document's loop
(:func:`awol.extract.document._read`); a long text's are read apart by forked children
(:mod:`awol.extract.document_apart`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from awol.extract.attribution_story import (
    a_media_teller,
    a_person_source,
    a_police_body,
    attribution_rx,
    in_caption,
    opens_new_story,
    tells_earlier,
)
from awol.extract.figure_sources import ArticleStatements, Statement, a_person
from awol.extract.figure_state import (
    SentenceDays,
    another_teller,
    report_state,
)
from awol.extract.figure_tables import table_figures
from awol.extract.figures import dedupe_figures
from awol.model import Event, Figure


def figures_of(
    figures: list[tuple[int, Figure]],
    sentences: list,
    lex,
    published: str | None,
    statements: ArticleStatements,
    days: dict[int, SentenceDays] | None = None,
    events: set[int] | None = None,
) -> list[Figure]:
    """The article's figures: the body's (else the headline's) and its tables', each with the
    source the article gives it, restatements dropped (``days``: what each figure's sentence
    tells of days, read in the loop: :func:`~awol.extract.figure_state.sentence_days`;
    ``events``: the sentences that tell an event or a figure, whose tellers are a story's:
    :meth:`~awol.extract.figure_sources.ArticleStatements.story_teller`)."""
    figures = sorted(figures + table_figures(sentences, lex, published), key=lambda x: x[0])
    figures = report_state(figures, days)  # (a carried period: the report's day)
    # (a statistic of another teller, told apart, with no date of its own: as it stands)
    figures = another_teller(figures, days, published)
    # (the outlet people told is an event's source, not a statistic's)
    # (not the teller of a story told in a sentence before: round 51, figures51)
    at = {i for i, _f in figures}
    told = statements.attribute(
        figures, _not_told, crosses=lambda j, i: statements.story_teller(j, i, at, events or set())
    )
    return dedupe_figures(named_kind(told, figures, sentences, lex))


# how many sentences back a kind noun's name is looked for ("The rights group Exit Door
# published its figures. ... The group said it had helped 2,300 soldiers")
_KIND_BACK = 3


def named_kind(
    told: list[Figure], figures: list[tuple[int, Figure]], sentences: list, lex
) -> list[Figure]:
    """A figure told by a bare kind of body ("the project said", «сообщили в проекте», "the
    group said") takes the name the text gives a body of such a kind in its sentence or the few
    before ("the rights project Idite Lesom", «к проекту «Идите лесом»»: ``figure_source_kind``
    and ``figure_kind_named`` of lang/*/figures.yaml; round 48, figures48)."""
    kind = _rx(lex, "figure_source_kind")
    if kind is None or not any(f.source and kind.match(f.source) for f in told):
        return told
    named = _rx(lex, "figure_kind_named")
    if named is None:
        return told
    by_index = {s.index: s for s in sentences}
    out: list[Figure] = []
    for (i, _f), f in zip(figures, told, strict=True):
        m = kind.match(f.source) if f.source else None
        name = None
        if m is not None:
            # (a group, a project, an organisation: a rights body called by any of these)
            for j in range(i, i - _KIND_BACK - 1, -1):
                sent = by_index.get(j)
                found = list(named.finditer(sent.text)) if sent is not None else []
                if found:
                    name = found[-1].group("name").strip()
                    break
        out.append(replace(f, source=name) if name else f)
    return out


def _rx(lex, key: str) -> re.Pattern[str] | None:
    raw = lex.extra.get(key)
    return _compiled(str(raw)) if raw else None


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _not_told(s: Statement) -> bool:
    return not s.told  # (the outlet people told is an event's source, not a statistic's)


def source_of_story(
    events: list[Event],
    where: list[int],
    statements: ArticleStatements,
    lang: str,
    sentences: list,
    doc: str = "",
) -> None:
    """An event whose own sentence names no source takes the one the article gives for what it
    tells, resolved as for its figures (the nearest named before, else in the next sentences);
    not one named before a sentence that opens another story of the article ("In a separate
    case, ...", "Как сообщалось ранее, ...": :func:`~awol.extract.attribution_story.opens_new_story`)
    at or before its own."""
    _named_next(events, where, statements, lang)
    opens: dict[int, bool] = {}

    def crosses(j: int, i: int) -> bool:
        if statements.apart(j, i):  # (a case's document, a later source: their paragraph's)
            return True
        for x in range(j + 1, min(i, len(sentences) - 1) + 1):
            found = opens.get(x)
            if found is None:
                found = opens[x] = opens_new_story(sentences[x].text, lang)
            if found:
                return True
        return False

    # (not an event told in a sentence that opens another story of the article: "Meanwhile,
    # in Svatove, 40 occupiers fled", "Как сообщалось ранее, ...", nor an earlier happening
    # told from an earlier report: "Ранее ...": the coders give it none)
    pos = [
        k
        for k, e in enumerate(events)
        if e.source is None
        and not opens_new_story(e.evidence.text, lang)
        and not tells_earlier(e.evidence.text, lang)
        and not in_caption(sentences, where[k], lang)
    ]
    persons: dict[str, bool] = {}
    # (the sentences that tell a verdict or a charge)
    court_told = {where[k] for k, e in enumerate(events) if e.type in _COURT_TOLD}

    def a_person_here(name: str) -> bool:
        found = persons.get(name)
        if found is None:
            found = persons[name] = not a_person(name, lang) and a_person_source(name, lang, doc)
        return found

    def keep(s: Statement) -> bool:
        # (nor a teller of statistics only: «данные, собранные X»; round 51, figures51)
        return not s.stats and not a_person(s.name, lang, doc)

    resolved = statements.attribute(
        [(where[k], events[k]) for k in pos],
        keep,
        # (a person's "Об этом сообщил X" speaks for the sentence before)
        lambda s: s.backward and not s.stats,
        crosses,
        events=True,  # ("The court established that ...": the court, where none is given)
    )
    resolved = _by_evidence(pos, resolved, where, statements, sentences, lang, crosses, keep)
    resolved = _media_ahead(pos, resolved, where, statements, keep, lang, crosses)
    for k, e in zip(pos, resolved, strict=True):
        if (
            e.source is not None
            and e.source not in sentences[where[k]].text
            and a_person_here(e.source)
        ):
            # a person the names lists do not know ("Ms. Zhurbina", "His mother-in-law",
            # "Yegorshin" after "Konstantin Yegorshin") named in another sentence: the story's
            # other events are not theirs to tell
            e = replace(e, source=None)
        elif (
            where[k] in court_told
            and e.source is not None
            and e.source not in sentences[where[k]].text
            and a_police_body(e.source, lang)
        ):
            # a police body named in another sentence ("..., the regional police said. In
            # August the garrison court sentenced ..."): police tell flights, searches and
            # catches, not a court's verdict or an investigator's charge, nor the flight such a
            # sentence tells with it (round 48, attrib48)
            e = replace(e, source=None)
        events[k] = e


# (the events a court or investigators tell: a carried police source is not theirs)
_COURT_TOLD = frozenset({"sentence", "prosecution"})


def _by_evidence(
    pos: list[int],
    resolved: list[Event],
    where: list[int],
    statements: ArticleStatements,
    sentences: list,
    lang: str,
    crosses: Callable[[int, int], bool],
    keep: Callable[[Statement], bool],
) -> list[Event]:
    """An event told first in a headline or a lead and again in the body ("Three servicemen left
    a unit ... This is reported by the journalists of X"), that the article gives no source where
    it is first told, takes the one it gives for the sentence of its evidence (round 39,
    source39: the first telling's sentence, often the headline, named none)."""
    starts = [s.start for s in sentences]
    again: list[tuple[int, int]] = []  # (position in ``resolved``, the evidence's sentence)
    for n, (k, e) in enumerate(zip(pos, resolved, strict=True)):
        if e.source is not None or e.evidence is None:
            continue
        j = bisect_right(starts, e.evidence.start) - 1
        if j > where[k] and not opens_new_story(e.evidence.text, lang):
            again.append((n, j))
    if not again:
        return resolved
    got = statements.attribute(
        [(j, resolved[n]) for n, j in again],
        keep,
        lambda s: s.backward,
        crosses,
        events=True,
    )
    out = list(resolved)
    for (n, _j), e in zip(again, got, strict=True):
        out[n] = e
    return out


# a lead's event looks this many sentences ahead for the press that tells it (as
# ``figure_sources._AHEAD``), and only where its sentence is among the article's first ones
_MEDIA_AHEAD = 2
_MEDIA_LEAD = 8


def _media_ahead(
    pos: list[int],
    resolved: list[Event],
    where: list[int],
    statements: ArticleStatements,
    keep: Callable[[Statement], bool],
    lang: str,
    crosses: Callable[[int, int], bool],
) -> list[Event]:
    """An event of an article's lead (a headline, a standfirst) that the article gives no source,
    with no teller named before it, takes the press of a country, a region or a kind that one
    of the next sentences names as its teller ("A Russian pilot flew his helicopter to Ukraine.
    Ukrainian media reported on Wednesday that ...": ``media_teller`` of
    ``lang/<lang>/attribution.yaml``).  Such a teller is generic by its word ("media"), so the
    statements' carry never takes it; carried to the story's later events it was wrong on the
    invented articles (round 53, source53: the lead's only); nor across a sentence that opens
    another story (a roundup's "Buryatia." label: ``crosses``)."""
    out = list(resolved)
    for n, (k, e) in enumerate(zip(pos, resolved, strict=True)):
        i = where[k]
        if e.source is not None or i > _MEDIA_LEAD or any(keep(s) for s in statements.at(i)):
            continue
        if any(
            keep(s) and not s.generic and not s.local
            for j in range(i - 1, -1, -1)
            for s in statements.at(j)
        ):
            continue  # (a teller named before: the story's own)
        got = next(
            (
                s.name
                for j in range(i + 1, i + _MEDIA_AHEAD + 1)
                for s in statements.at(j)
                if keep(s) and not s.local and a_media_teller(s.name, lang) and not crosses(i, j)
            ),
            None,
        )
        if got is not None:
            out[n] = replace(e, source=got)
    return out


def _named_next(
    events: list[Event], where: list[int], statements: ArticleStatements, lang: str
) -> None:
    """An event whose own sentence names its teller only by a word that stands for one named
    elsewhere («в сообщении», «в ведомстве», "the agency", "the lawyer") or by a country's
    authorities as a whole («Власти Норвегии подтвердили, что ...»), where the next sentence
    names, looking back, who told it («Об этом сообщает X со ссылкой на Y», "This was reported
    by X": a backward statement), takes that one (``teller_forward`` of
    ``lang/<lang>/attribution.yaml``; round 54, source54)."""
    rx = attribution_rx(lang, "teller_forward")
    if rx is None:
        return
    for k, e in enumerate(events):
        if e.source is None or not rx.match(e.source.strip()):
            continue
        got = next(
            (
                s.name
                for s in statements.at(where[k] + 1)
                if s.backward and not s.local and not s.stats and not s.generic
            ),
            None,
        )
        if got is not None and got != e.source:
            events[k] = replace(e, source=got)

"""From a draft to an event, and what the story gives an event with no place or date of its own.

:func:`finish` turns one merged draft (:class:`awol.extract.merging.Draft`) into an
:class:`awol.model.Event`: its evidence (the strongest mention's sentence), date, place
(:func:`place_of`), count, names, armed, source and confidence.  The carries after it read the
finished events of the whole document: the date or place a sentence of the story says the
happening had (:func:`when_it_happened`), a death near the unit placed where the same people fled
(:func:`search_where_fled`), a verdict or charge placed at the story's court
(:func:`court_of_story`).  Split from :mod:`awol.extract.document` (round 26), unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from awol.extract.argument_words import _words
from awol.extract.descriptors import own_who
from awol.extract.mentions import Mention
from awol.extract.merging import Draft, evidence_order, evidence_rank, in_window
from awol.extract.places import PlaceMention, landmarks_left_out
from awol.extract.places_context import attempted_goal
from awol.extract.places_data import cues
from awol.extract.places_training import training_place
from awol.extract.story import (
    AUTHORITY_TYPES,
    destination,
    destination_only_is_not_the_place,
    left_country,
    near_the_unit,
    no_shared_place,
    outside,
    owner_not_place,
    unit_place,
    war_place,
)
from awol.extract.story_authority import authorities, authority_country, seeker_country
from awol.extract.story_courts import COURT_TYPES, courts_near
from awol.extract.story_dates import Occurrence, occurrences_near
from awol.extract.story_lex import story_words
from awol.model import Article, Event, Evidence

DEFAULT_COUNTRY_TYPES = ("wanted", "prosecution", "sentence")  # acts of the Russian state


def place_of(
    d: Draft, best: Mention, lang: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """(place_text, country, region) from the place group the mentions name.

    A flight happened where the people left, not where they went: of "from the combat zone in
    Ukraine to the Rostov region" only the first place is kept (see :func:`where_it_left`).

    The place of the reporting authority ("the government of the Lipetsk region said") is used
    only when no mention names a place and one of the event's sentences is that authority's
    statement, telling it at least as strongly as the evidence (its trigger at least as
    strong): the evidence's first.
    """
    own = [m for m in d.mentions if m.places and not m.place_from_source]
    own.sort(key=lambda m: not any(p.region for p in m.places))  # a region beats a country
    src = [
        m
        for m in d.mentions
        if m.places and m.place_from_source and (m is best or m.weight >= best.weight)
    ]
    src.sort(key=lambda m: m is not best)
    order = own + src
    if d.type == "wanted" and src and not any(p.region for m in own for p in m.places):
        # a search is where its police seek: "Police in Russia's Altai region have put him on
        # the wanted list" (the body, its authority's place) over the headline's "Police in
        # Siberia search for ..." (a wider area, no region; round 55, wanted55)
        order = src + own
    goal: tuple[Mention, list[PlaceMention]] | None = None
    for m in order:
        group: list[PlaceMention] = m.places
        if lang:
            # the state that owns an army or a ministry is not where it happened ("сбежал из
            # армии РФ", "Russia's Defence Ministry")
            group = [p for p in group if not owner_not_place(m.sentence.text, p, lang)]
            if not group:
                continue
            # "caught outside the Kochenevo district": in its country, not in its region
            group = [
                replace(p, region=None) if outside(m.sentence.text, p, lang) else p for p in group
            ]
        if d.type != "desertion" and lang:
            # "detained at the Tashanta checkpoint as he tried to cross into Mongolia": not
            # where he only tried to go (round 52, country52)
            group = [
                p
                for p in group
                if not (
                    attempted_goal(m.sentence.text, p, lang)
                    and destination(m.sentence.text, p, lang)
                )
            ]
            if not group:
                continue
        if d.type == "desertion" and lang:
            group = where_it_left(m.sentence.text, group, lang)
            if not group:
                continue
            if goal is None and all(destination(m.sentence.text, p, lang) for p in group):
                # only where he went ("who fled to Norway"): the last resort (below)
                goal = (m, group)
                continue
        return _group_place(m, group, lang)
    if goal is not None:
        # a flight told by where the man went in one sentence and by where he left from in
        # another ("who fled to Norway ... he fought in Ukraine ... before deserting", train
        # ren-005; "fled to Kazakhstan ... He had served in a brigade stationed in Kyakhta"): it
        # happened where he left
        for reader in (unit_place, war_place):
            found = next(
                filter(None, (reader(x.sentence.text, lang or "en") for x in d.mentions)), None
            )
            if found is not None:
                return found.text, found.country, found.region
        return _group_place(goal[0], goal[1], lang)
    return None, None, None


def _group_place(
    m: Mention, group: list[PlaceMention], lang: str | None
) -> tuple[str | None, str | None, str | None]:
    """(place_text, country, region) of one mention's place group."""
    place_text = group_text(m.sentence.text, group)
    if lang:
        # "Mytishchi, near Moscow": the town, not the landmark that says where it is
        group = landmarks_left_out(m.sentence.text, group, lang)
    regional = [p for p in group if p.region]
    regions = {p.region for p in regional}
    countries = {p.country for p in group if p.country}
    region = next(iter(regions)) if len(regions) == 1 else None
    if len(countries) > 1 and regional:
        countries = {p.country for p in regional if p.country}
    country = next(iter(countries)) if len(countries) == 1 else None
    return place_text, country, region


def held_place(
    country: str | None, groups: list[list[PlaceMention]], text: str
) -> tuple[str, str | None, str] | None:
    """(place_text, country, region) of an act of a state's authority told with no place of its
    own, where its sentence names one place and that place is in a region the state's forces hold
    abroad ("Russian military police detained three soldiers who had gone absent without leave in
    occupied Starobilsk": in Starobilsk, UA-09, not in Russia): the authority acts there.  A place
    in the state itself ("... who fled their unit in Belgorod") is left to the coders' null: the
    men may have been caught anywhere."""
    held = cues()["held_regions"].get(country or "")
    if not held or len(groups) != 1:
        return None
    group = groups[0]
    regions = {p.region for p in group}
    if len(regions) != 1 or not regions <= held:
        return None
    countries = {p.country for p in group}
    return (
        group_text(text, group),
        next(iter(countries)) if len(countries) == 1 else None,
        next(iter(regions)),
    )


def where_it_left(text: str, group: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """The places of a flight's group that are not where it went ("fled from X to Y": X); a group
    that only says where it went keeps it, or, where the language's coders leave that null,
    nothing.  A place he did not go back to ("chose not to return to Ukraine") is none."""
    group = [p for p in group if not left_country(text, p, lang)]
    back = story_words(lang, "not_back_to")
    if back is not None:
        # "chose not to return to Ukraine": where he did not go back to (``not_back_to``)
        group = [p for p in group if not back.search(text, max(0, p.start - 40), p.start)]
    goals = [p for p in group if destination(text, p, lang)]
    if not goals:
        return group
    rest = [p for p in group if p not in goals]
    if rest:
        return rest
    return [] if destination_only_is_not_the_place(lang) else group


def group_text(text: str, group: list[PlaceMention]) -> str:
    """The words of a place group as written: its stretch of the sentence, or, for the places a
    mention took from another sentence ("there"), their own words (the offsets are that
    sentence's, not this one's)."""
    span = text[group[0].start : group[-1].end]
    if span.startswith(group[0].text) and span.endswith(group[-1].text):
        return span
    return ", ".join(p.text for p in group)


def sentence_places(drafts: list[Draft]) -> dict[int, list[list[PlaceMention]]]:
    """The place groups the mentions of each sentence took (sentence index -> groups)."""
    out: dict[int, list[list[PlaceMention]]] = {}
    for d in drafts:
        for m in d.mentions:
            if (
                m.places
                and not m.place_from_source
                and m.places not in out.get(m.sentence.index, [])
            ):
                out.setdefault(m.sentence.index, []).append(m.places)
    return out


def finish(
    d: Draft,
    article: Article,
    army: str | None = None,
    shared: dict[int, list[list[PlaceMention]]] | None = None,
) -> Event:
    order = evidence_order(article.language or "en")
    title = article.title
    head_end = len(title) if title and article.text.startswith(title) else 0
    best = max(d.mentions, key=lambda m: evidence_rank(m, order, head_end))
    sent = best.sentence
    date = d.date
    if date is None:
        date = d.first("date")
    place_text, country, region = place_of(d, best, article.language)
    if d.type == "wanted":
        # "fled to Armenia after Russian police put him on the wanted list", "а дома его
        # разыскивали": the seeking state named in the search's own clause is its country
        seeker = seeker_country(sent.text, best.start, article.language or "en", army)
        # (not a place its forces hold: "Russian military police in occupied Tokmak are
        # searching": there, UA-23)
        held = cues()["held_regions"].get(seeker or "") or set()
        if seeker is not None and seeker != country and region not in held:
            place_text, country, region = None, seeker, None
            # (no place of its own: still the one place its forces hold that the sentence
            # names, "Russian military police have launched a search for three soldiers who
            # abandoned their posts in occupied Nova Kakhovka": UA-65)
            there = held_place(
                seeker,
                own_clause_groups((shared or {}).get(sent.index) or [], sent.text, best),
                sent.text,
            )
            if there is not None:
                place_text, country, region = there
    # a flight with no place of its own: "приговорил рядового воинской части в Челябинской
    # области, самовольно покинувшего часть" (the unit's place is where it was left, wherever the
    # sentence names it), else "had fought in Ukraine for six months before deserting" (left
    # from that war), else "as the regiment travelled to Germany for training" (where it trained:
    # places_training, round 54)
    for reader in (unit_place, war_place, training_place):
        if place_text is not None or country is not None or d.type != "desertion":
            break
        found = next(
            filter(None, (reader(m.sentence.text, article.language or "en") for m in d.mentions)),
            None,
        )
        if found is not None:
            place_text, country, region = found.text, found.country, found.region
    if (
        place_text is None
        and country is None
        and d.type == "desertion"
        and shared
        # (not a flight from leave or from the front: it started where no sentence says)
        and not any(no_shared_place(m.sentence.text, m.start, article.language) for m in d.mentions)
    ):
        # "В Ровненской области задержали военнослужащего, самовольно покинувшего полигон": a
        # flight told in the sentence of another event, with no place of its own, happened in
        # the country of that event's place (its region may be another: coders keep only the
        # country)
        for m in sorted(d.mentions, key=lambda m: evidence_rank(m, order, head_end), reverse=True):
            groups = shared.get(m.sentence.index) or []
            if len(groups) == 1 and m.trigger.place:
                lone = Draft([replace(m, places=groups[0])])
                country = place_of(lone, lone.mentions[0], article.language)[1]
                break
    if country is None and place_text is None and d.type in AUTHORITY_TYPES:
        # "четверо задержаны за пределами района", "detained in other districts": outside the
        # story's district, no name told, in the story's country (``district_outside``)
        out = _words(article.language or "en").get("district_outside")
        hit = out.search(sent.text) if out is not None else None
        if hit is not None:
            place_text, country = hit.group(0), army or "RU"
    if country is None and place_text is None and d.type in AUTHORITY_TYPES:
        # "Norwegian police have arrested": where the acting authority works
        country = authority_country(sent.text, best.start, article.language or "en")
        held = held_place(
            country,
            own_clause_groups((shared or {}).get(sent.index) or [], sent.text, best),
            sent.text,
        )
        if held is not None:
            place_text, country, region = held
    if (
        country is None
        and place_text is None
        and d.type in DEFAULT_COUNTRY_TYPES
        and not unowned_search(d, article.language or "en")
    ):
        country = army or "RU"  # the state whose army the story is about (by default Russia)
    count_m = d.count_mention
    names = []
    for m in d.mentions:
        for n in m.names:
            if n not in names:
                names.append(n)
    source = best.source or d.first("source")
    armed = d.first("armed") if any(m.armed is not None for m in d.mentions) else None
    filled = sum(x is not None for x in (date, place_text, count_m, source))
    confidence = min(0.97, 0.35 + 0.45 * best.weight + 0.04 * filled + 0.03 * (len(d.mentions) - 1))
    return Event(
        type=d.type,
        evidence=Evidence(sent.text, sent.start, sent.end),
        date=date.value if date is not None else None,
        date_text=date.text if date is not None else None,
        place_text=place_text,
        country=country,
        region=region,
        count=count_m.count if count_m else None,
        count_qualifier=(count_m.count_qualifier or "exact") if count_m else None,
        who=event_who(d, best, article.language or "en"),
        names=names,
        armed=armed,
        source=source.text if source is not None else None,
        confidence=round(confidence, 2),
    )


# (a comma before a relative pronoun opens no clause of another happening: "soldiers, who had
# fled near Tokmak", «солдат, которые оставили позиции под Токмаком» are the act's own people)
_CLAUSE_EDGE = re.compile(
    r"[,;:.!?()—](?!\s*(?:котор\w+|где|откуда|who|whom|which|where)\b)"
    r"|(?<!\w)(?:и|а|но|and|but|while)(?!\w)"
)
_CLAUSE_REACH = 80  # characters read on each side of a search's trigger for who seeks


def trigger_span(text: str, start: int, end: int, reach: int = _CLAUSE_REACH) -> tuple[int, int]:
    """The bounds of the clause of ``text`` around a trigger at ``start:end``: from the last
    clause edge (a punctuation mark but quotes, "и", "а", "but") before it to the first after
    it, within ``reach`` characters on each side."""
    lo = max(0, start - reach)
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(text, lo, start)), default=lo)
    hi = min(len(text), end + reach)
    edge = _CLAUSE_EDGE.search(text, end, hi)
    return lo, edge.start() if edge else hi


def trigger_clause(text: str, start: int, end: int) -> str:
    """The words of the clause of ``text`` around a trigger at ``start:end``
    (:func:`trigger_span`)."""
    lo, hi = trigger_span(text, start, end)
    return text[lo:hi]


def own_clause_groups(
    groups: list[list[PlaceMention]], text: str, m: Mention
) -> list[list[PlaceMention]]:
    """The place groups of ``groups`` told in the clause of ``m``'s trigger: not a place another
    clause of the sentence gives another event ("One of them was detained at once, three were
    found at a bar in occupied Bryanka, the FSB is still looking for three": the search and the
    first catch are not in Bryanka; train ren-032; round 49, place49)."""
    lo, hi = trigger_span(text, m.start, m.end, len(text))
    return [g for g in groups if lo <= g[0].start and g[-1].end <= hi]


def unowned_search(d: Draft, lang: str) -> bool:
    """A search told with no one who seeks, in a language whose coders leave such a search's
    country null (``search_owned`` of ``lang/<lang>/story.yaml``; none in English, whose coders
    give it Russia's: train ren-107): «узнал, что находится в розыске», «поиски других участников
    побега не прекращаются».  No clause of its mentions names an authority, a state's list or
    an act of declaring (round 49, place49)."""
    if d.type != "wanted":
        return False
    owned = story_words(lang, "search_owned", re.IGNORECASE)
    if owned is None:
        return False
    return not any(
        owned.search(trigger_clause(m.sentence.text, m.start, m.end)) for m in d.mentions
    )


def unplaced_flights(events: list[Event], army: str | None) -> None:
    """A flight with no place told, of an army at war outside its own state (``war_abroad`` of
    ``data/place_cues.yaml``: Russia's), takes no country by default: it may have started at
    the front abroad or at a unit at home, and the coders leave it null (real train gold: none of its
    37 unplaced flights is given RU; the one given a country is a Ukrainian soldier's, UA).  Where the story's state came to it by another event's
    place or a carry ("detained in Tyumen a man who had left his unit in December"), it is
    taken back; a country told of the flight itself (abroad, occupied Ukraine) is kept
    (round 55, place55)."""
    home = army or "RU"
    if home not in cues()["war_abroad"]:
        return
    for e in events:
        if (
            e.type == "desertion"
            and e.place_text is None
            and e.region is None
            and e.country == home
        ):
            e.country = None


def police_catch(events: list[Event], lang: str, army: str | None) -> None:
    """A catch with no place nor country whose sentence says the police made it, no state named
    ("Police caught four of the runaways", "military police soon rounded them up"):
    the story's army's state, by default Russia (``caught_by_police`` of
    ``lang/<lang>/story.yaml``).  Read after every carry of a catch's place (the scene, a third
    country told before, the man's home), which it does not block (round 49, place49)."""
    police = story_words(lang, "caught_by_police")
    if police is None:
        return
    for e in events:
        if (
            e.type == "detention"
            and e.place_text is None
            and e.country is None
            and e.region is None
            and police.search(e.evidence.text)
            and not authorities(e.evidence.text, lang)
        ):
            e.country = army or "RU"


def event_who(d: Draft, best: Mention, lang: str) -> str | None:
    """The descriptor of the event's people: its evidence sentence's own, as the coders read it
    there ("The 27-year-old contract soldier left ..." over the headline's "A Russian
    serviceman"), unless that only says they were people ("the men", "мужчины": ``vague_who`` of
    ``lang/<lang>/arguments.yaml``); then the first of its other mentions' that says more."""
    rx = _words(lang).get("vague_who")
    part = _words(lang).get("partitive_lead")
    if (
        best.type != "desertion"
        and part is not None
        and (best.vague_group or part.match(best.sentence.text))
        and not own_who(best, lang)
    ):
        # ("Трое из них задержаны. Этих дезертиров задержали в кафе": a part of the group caught
        # or sought takes no who of the group from another telling; the coders leave it: train
        # ren-032, rru-036, rru-037, rru-118; who40)
        return None
    # (not the man's commander told in another clause: descriptors.own_who; who31)
    whos = [w for w in [own_who(best, lang)] + [own_who(m, lang) for m in d.mentions] if w]
    if not whos:
        return None
    if rx is None:
        return whos[0]
    return next((w for w in whos if not rx.search(w.strip().lower())), whos[0])


def search_where_fled(events: list[Event], where: list[int], lang: str) -> None:
    """A death with no place of its own that its sentence puts near the unit ("was found dead in
    a forest about 15 km from the base") takes the region of the same people's desertion (told
    within MERGE_WINDOW sentences).  A death told with no such words ("shot dead by his own
    colleagues") may be far from where they fled: it keeps no place."""
    fled = [
        (i, e) for i, e in zip(where, events, strict=True) if e.type == "desertion" and e.region
    ]
    at = sorted(i for i, _e in fled)
    fled.sort(key=lambda x: x[0])
    for i, e in zip(where, events, strict=True):
        if (
            e.type != "death"
            or e.place_text
            or e.region
            or not near_the_unit(e.evidence.text, lang)
        ):
            continue
        for k in in_window(at, i):
            d = fled[k][1]
            if e.names and d.names and not set(e.names) & set(d.names):
                continue
            if e.count is not None and d.count is not None and e.count > d.count:
                continue
            e.region, e.country = d.region, d.country
            break


def when_it_happened(events: list[Event], where: list[int], occurred: list[Occurrence]) -> None:
    """An undated event takes the date (and, with no place of its own, the one region) of the
    nearest sentence of its story that says when it happened ("The flight probably happened
    on Friday, June 9"), within OCCURRED_REACH sentences; a sentence that only says where
    ("The incident took place in the Belgorod region") places it.  Nothing else carries a place
    across sentences: the coders leave an act with no place of its own unplaced even where the
    story names one region (a broader carry made held-out train RU region 74/1 -> 70/5)."""
    for i, e in zip(where, events, strict=True):
        near = occurrences_near(occurred, i, e.type)  # (occurred: in sentence order)
        if not near:
            continue
        o = min(near, key=lambda o: (abs(o.index - i), o.index > i))
        dated = [x for x in near if x.date is not None]
        if e.date is None and dated:
            # (the nearest that gives a date: "It happened in the Kursk region" dates nothing)
            d = min(dated, key=lambda o: (abs(o.index - i), o.index > i)).date
            e.date, e.date_text = d.value, d.text
        regions = {p.region for p in o.places if p.region}
        if e.place_text is None and len(regions) == 1:
            p = next(p for p in o.places if p.region)
            e.place_text, e.region, e.country = p.text, p.region, p.country


def court_of_story(
    events: list[Event], courts: list[PlaceMention], where: list[int], court_at: list[int]
) -> None:
    """A verdict (or a charge) with no place of its own was given by (or brought before) the court
    the story names ("Южно-Сахалинский гарнизонный суд" in another sentence), when its courts
    name one region and no verdict of the article names its own (then it is a roundup of cases).
    Where the story names courts of several regions, a verdict takes the court of its own sentence
    or of the sentence just before ("Весной его уже судил Омский гарнизонный суд. Тогда ему
    дали ...").

    A charge takes the court only where the story tells no verdict: the court is then hearing the
    case ("The Pskov Garrison Military Court has begun hearing the case. He was charged with
    desertion in March.").  Where the court has given its verdict, the charge is the case the
    investigators opened before it, and the coders leave it unplaced (round 25: held-out train RU
    region 77/3/2 -> 78/2/2; of six charges of the invented articles that took their story's court
    against a null gold, those of stories with a verdict, EN d-03, d-05, RU a10).  Nor where
    every court of the story is named in the sentence of a detention: it ordered the man held
    (remand), and the charge is the investigators' (articles EN at-03, ar-08: UA, no region)."""
    regions = {p.region for p in courts}
    if not regions:
        return
    # (per type: a verdict of a region of its own makes a roundup of verdicts, and so for charges)
    own = {e.type for e in events if e.type in COURT_TYPES and e.region}
    verdict = any(e.type == "sentence" for e in events)
    # (a court named only where it ordered a man held, "the Pechersk District Court of Kyiv
    # ordered him held in custody for two months", is not hearing his case: round 45, place45)
    custody = {i for i, e in zip(where, events, strict=True) if e.type == "detention"}
    remand = all(at in custody for at in court_at)
    for i, e in zip(where, events, strict=True):
        if e.type not in COURT_TYPES or e.type in own:
            continue
        if e.type == "prosecution" and (verdict or remand):
            continue
        if e.region is not None or e.place_text is not None:
            continue
        if len(regions) == 1:
            court = courts[0]
        else:
            near = courts_near(courts, court_at, i)  # (court_at: in sentence order)
            if len(near) != 1:
                continue
            court = next(iter(near.values()))
        if e.type == "prosecution" and e.country not in (None, court.country):
            continue  # charged at home, tried abroad (an extradition hearing): not its court
        e.region, e.country, e.place_text = court.region, court.country, court.text

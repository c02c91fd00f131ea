"""Where a detention with no place happened: where the same man was found.

A report often tells a detention in one clause with no place ("Police have detained a 27-year-old
mobilised soldier who had been on the run since January", «Спустя неделю его задержали») and
where he was in another, told as a finding by someone: "Officers found him at his aunt's dacha in
the village of Dubovoye just outside Belgorod", «Военнослужащего нашли в охотничьем домике под
Белорецком», "a forester found the young man in a hut ... outside Murom, and he was handed over
to the military police".  No trigger reads an active finding (round 30 kept only the passive
step's place, "was found at the bus station in Borovichi": ``merging.Drafts.merge_steps``), so
the detention stayed unplaced while its sentence, or the next one, said where it happened.

So a detention with no place of its own takes the first place named after a finding verb in its
own sentence or the next one (``finding_words`` in ``data/place_cues.yaml``: "found",
"discovered", «нашли», «обнаружили», «найден»), in the finding's own words: not past a reporting
clause ("..., the ministry said"), not a person's origin ("a deserter from Tver"), not a finding
of a body, of weapons or of guilt (``finding_not``), not a negated one ("was not found").  Where
two detentions have no place, nothing is carried (which one the finding is of is not said).

Likewise a flight with no place whose next sentence says where the man's unit stood ("Мужчина
служил в части в Оренбурге": :func:`flight_from_next_unit`), but a flight from leave.
Round 33 (place33); the sentence before it too, round 37 (place37).
"""

from __future__ import annotations

import functools
import re

from awol.extract.places import PlaceMention, get_gazetteer
from awol.extract.places_data import cues


@functools.cache
def _rx(lang: str, key: str) -> re.Pattern[str] | None:
    # (``finding_*`` of data/place_cues.yaml: the finding verbs, what is no finding of a living
    # man, the report that ends its clause, a negation before it)
    words = cues().get(lang, {}).get(key)
    if not words:
        return None
    return re.compile("|".join(f"(?:{w})" for w in sorted(words)), re.IGNORECASE)


_CLAUSE_END = re.compile(r"[,;:.!?]")


def _in_report(text: str, p: PlaceMention, lang: str) -> bool:
    """Is the place inside a reporting clause of its own (", the police in Kineshma said")?"""
    start = max((text.rfind(c, 0, p.start) for c in ",;:"), default=-1) + 1
    end = _CLAUSE_END.search(text, p.end)
    report = _rx(lang, "finding_report")
    return report is not None and bool(
        report.search(text[start : end.start() if end else len(text)])
    )


def found_at(text: str, lang: str) -> PlaceMention | None:
    """The place a sentence says a living man was found at: the first place after a finding verb,
    within the finding's clause (before its report), not a person's origin; None where the
    sentence tells no such finding."""
    find = _rx(lang, "finding_words")
    report, negated = _rx(lang, "finding_report"), _rx(lang, "finding_negated")
    if find is None or report is None:
        return None
    nope = _rx(lang, "finding_not")
    nope_before = _rx(lang, "finding_not_before")
    places: list[PlaceMention] | None = None
    for m in find.finditer(text):
        if nope is not None and nope.match(text[m.end() : m.end() + 40]):
            continue
        if nope_before is not None and nope_before.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if negated is not None and negated.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if places is None:
            from awol.extract.arguments import _origin

            places = [
                p
                for p in get_gazetteer().find(text, lang)
                if (p.region or p.country) and not _origin(text, p, lang)
            ]
        after = [p for p in places if p.start >= m.end()]
        if not after:
            continue
        p = after[0]
        if report.search(text, m.end(), p.start) or _in_report(text, p, lang):
            continue
        return p
    return None


def place_from_finding(events: list, sentences: list, lang: str) -> None:
    """Give the one detention with no place of its own the place its sentence or the next one
    says the man was found at (:func:`found_at`), where its country is not another's."""
    todo = [
        e for e in events if e.type == "detention" and e.place_text is None and e.region is None
    ]
    if len(todo) != 1:
        return
    e = todo[0]
    at = {s.start: k for k, s in enumerate(sentences)}
    k = at.get(e.evidence.start)
    if k is None:
        return
    for s in sentences[k : k + 2]:
        p = found_at(s.text, lang)
        if p is None:
            continue
        if any(
            x is not e
            and x.type == "detention"
            and x.evidence.start == s.start
            and (x.place_text, x.region) == (p.text, p.region)
            for x in events
        ):
            # (that finding is another catch's, told in a clause of its own: "one of them was
            # held at once, three were found asleep at a bar in Bryanka": train ren-032;
            # round 49, place49)
            continue
        if e.country not in (None, p.country):
            return
        e.place_text, e.region, e.country = p.text, p.region, p.country
        return


def flight_from_next_unit(events: list, sentences: list, lang: str) -> None:
    """Give the one flight with no place of its own the seat of the unit the next sentence says
    the man served in ("Российского военнослужащего, сбежавшего из части, задержали в Бишкеке.
    Мужчина служил в части в Оренбурге ...": :func:`awol.extract.story.unit_place`, the words of
    a unit's place), replacing a country it only shared with another event of its sentence.  Not
    a flight from leave ("В феврале он не вернулся из отпуска": ``leave_not_unit``), which the
    coders leave unplaced wherever his unit is.  Round 33 (place33)."""
    from awol.extract.argument_words import _words
    from awol.extract.story import unit_place

    todo = [
        e for e in events if e.type == "desertion" and e.place_text is None and e.region is None
    ]
    if len(todo) != 1:
        return
    e = todo[0]
    leave = _words(lang).get("leave_not_unit")
    if leave is not None and leave.search(e.evidence.text):
        return  # (not back from leave: he left from home, and the coders leave it unplaced)
    at = {s.start: k for k, s in enumerate(sentences)}
    k = at.get(e.evidence.start)
    if k is None:
        return
    # the next sentence, then the one before: "Sarmatov served in an artillery brigade in Borzya.
    # In May he left it" (round 37, place37), «Ефрейтор служил в бригаде в Шуе. В ночь на 3 мая
    # он покинул расположение части»; then the one after next, past the outlet's line (a flight
    # in the lead, the outlets' line, then the unit's seat: train rru-009; place40)
    for j in (k + 1, k - 1, k + 2):
        if not 0 <= j < len(sentences):
            continue
        nxt = sentences[j]
        if any(x.evidence.start == nxt.start for x in events if x.type == "desertion"):
            continue  # (that sentence tells a flight of its own)
        p = unit_place(nxt.text, lang)
        if p is not None:
            e.place_text, e.region, e.country = p.text, p.region, p.country
            return

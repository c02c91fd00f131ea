"""More readings of :mod:`awol.extract.scope` (kept apart for its size): triggers that tell a
happening which is not the deserters', or none (round 33, prec33).

- *someone else's death* (:func:`victim_death`): a death trigger whose dead is named as someone
  not of the story's people;
- *a retreat* (:func:`retreat`): a unit or an army that left its positions;
- *another crime* (:func:`draft_evasion`): a verdict or a case for dodging the draft;
- *an explainer's question* (:func:`explainer`): «Как ищут беглецов», a headline that asks how
  a thing is done.

The words are data (``victim:``, ``retreat:``, ``draft_evasion:``, ``explainer:`` in
``lang/<lang>/relevance.yaml``); a language without them keeps every event.

Whose death is it?  A death trigger whose dead is named as someone not of the story's people.

A story of a deserter who killed someone tells the victim's death beside the flight: "shot a taxi
driver who refused to take him", "stabbed its owner, who died in hospital", "Her body was found by
neighbours", «застрелил водителя», «задушил 70-летнюю хозяйку дома», «Тело женщины нашли соседи»,
«Пострадавший скончался в больнице».  SCHEMA.md's death is the deserter's: real train codes no
death where the deserters killed someone (ren-030 "the fugitives killed an employee", ren-031,
ren-032, rru-009 «они убили сотрудника»), and codes one where a deserter is the one killed
(rru-111 «пограничник застрелил военного-дезертира», ren-030 "One deserter was shot dead").

The dead is read where the grammar puts it, from the trigger only:

- the object of an active killing verb ("shot a farmer", «убил таксиста», «задушил её»); a passive
  ("was shot dead by a police officer", «был застрелен») names the killer after the verb, not the
  dead, and is not read;
- the one whose body is found ("the body of a woman", "her body", «тело женщины»);
- the subject of a verb of dying ("The driver died at the scene", "its owner, who died",
  «Пострадавший скончался», «Женщина погибла»).

Where that person is a word of ``victim: persons`` (a civilian, a guard, a policeman, a victim;
never a soldier or a deserter word, nor "man", «мужчина», which name deserters too), the death is
someone else's (``scope.not_a_happening`` reads "victim").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

OBJECT_REACH = 4  # words after an active killing verb that may hold its object
SUBJECT_REACH = 4  # words before a verb of dying that may hold its subject


@cache
def _spec(lang: str) -> dict[str, Any]:
    from awol.extract.relevance_generic import _data

    return _data(lang).get("victim") or {}


@cache
def _english(lang: str) -> list[re.Pattern[str]]:
    spec = _spec(lang)
    if not spec.get("patterns"):
        return []
    persons = spec.get("persons") or ""
    return [re.compile(p.replace("{persons}", persons), re.IGNORECASE) for p in spec["patterns"]]


def victim_death(text: str, s: int, e: int, cs: int, ce: int, lang: str) -> bool:
    """Is the death trigger at ``text[s:e]`` (its clause ``text[cs:ce]``) a death of someone
    named as none of the story's people?"""
    spec = _spec(lang)
    if not spec:
        return False
    if spec.get("patterns"):  # English: the readings as patterns over the clause
        for rx in _english(lang):
            for m in rx.finditer(text):  # (the sentence: "its owner, | who died")
                if m.start() <= s < m.end() or m.start() < e <= m.end():
                    return True
        return False
    return _russian(text, s, e, cs, ce, spec)


def _russian(text: str, s: int, e: int, cs: int, ce: int, spec: dict[str, Any]) -> bool:
    from awol.extract.tokens import tokens

    persons = frozenset(spec.get("persons") or ())
    objects = frozenset(spec.get("object_pronouns") or ())
    kill = frozenset(spec.get("kill") or ())
    body = frozenset(spec.get("body") or ())
    dying = frozenset(spec.get("dying") or ())
    toks = [t for t in tokens(text, "ru") if cs <= t.start < ce]
    for k, t in enumerate(toks):
        if not s <= t.start < e:
            continue
        if t.lemma in kill and _active(t.text):
            after = toks[k + 1 : k + 1 + OBJECT_REACH]
            if _gap(text, t.end, after):
                continue
            return _first_person(after, persons, objects, case="accs")
        if t.lemma in body:
            after = toks[k + 1 : k + 1 + 3]
            return _first_person(after, persons, objects, case="gent")
        if t.lemma in dying:
            before = toks[max(0, k - SUBJECT_REACH) : k]
            if before and not _gap(text, before[0].start, [*before[1:], t]):
                return any(x.lemma in persons for x in before[-2:])
    return False


def _gap(text: str, start: int, after: list) -> bool:
    """Does a comma, a full stop or a dash stand between ``start`` and the last of ``after``?"""
    end = after[-1].start if after else start
    return re.search(r"[,.;:!?—–()]", text[start:end]) is not None


def _first_person(after: list, persons: frozenset[str], objects: frozenset[str], case: str) -> bool:
    """Is the first word after the verb that names someone a person of ``persons`` (in ``case``),
    or an object pronoun of ``objects`` (``её``)?"""
    from awol.extract.places import get_morph

    for t in after:
        word = t.text.lower()
        if word in objects:
            return True
        parses = get_morph().parse(word)
        if not parses:
            continue
        p = parses[0]
        if p.tag.POS in ("NOUN", "NPRO") or (p.tag.POS in ("ADJF", "PRTF") and t.lemma in persons):
            # (not a nominative: «Беглеца застрелил полицейский», the subject after the verb)
            forms = {q.tag.case for q in parses if q.normal_form == parses[0].normal_form}
            return t.lemma in persons and case in forms and not (case == "accs" and "nomn" in forms)
    return False


@cache
def _active(word: str) -> bool:
    """Is a Russian form of a killing verb active (a finite verb, a gerund, an active
    participle), not a passive one ("застрелен", "убитый")?"""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word.lower())
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS in ("VERB", "GRND") or (tag.POS == "PRTF" and "actv" in tag.grammemes)


# a relative clause set off by commas ("подразделения полка, в котором служили беглецы,
# оставили позиции"): its people are not the subject of the verb after it
_RELATIVE = re.compile(
    r",\s*(?:[\w-]+\s+)?(?:котор\w+|кто|где|куда|who|which|whom|whose|where)\b[^,.;]*,",
    re.IGNORECASE,
)


_OF = re.compile(r"\bof\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


@cache
def _retreat(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    from awol.extract.relevance_generic import _data

    spec = _data(lang).get("retreat") or {}
    if not spec.get("units"):
        return None
    flags = re.IGNORECASE | re.UNICODE
    return (
        re.compile(spec["units"], re.UNICODE),
        re.compile(spec["people"], flags),
        re.compile(spec["anchor"], flags),
    )


def retreat(text: str, s: int, lang: str) -> bool:
    """ "Russian units abandoned their positions near Kupiansk", «подразделения ВСУ оставили
    позиции у Степногорска и отошли»: a desertion trigger whose subject is a unit or an army (a
    noun of ``retreat: units`` as the last words before the trigger, an auxiliary, an adverb or
    a genitive between, a relative clause left out), where no person
    (``people``) stands before it as the subject and the sentence names no leaving without
    leave (``anchor``: "without permission", "AWOL", «самовольно», «дезертир»), tells a retreat,
    not a desertion.  Real train has no such sentence coded as an event (its positions left are
    soldiers': ren-045, ren-122)."""
    spec = _retreat(lang)
    if spec is None:
        return False
    units, people, anchor = spec
    before = _RELATIVE.sub(",", text[:s])
    unit = units.search(before)
    if unit is None or _OF.search(before, 0, unit.start()) is not None:
        return False  # (a unit after "of" is not the subject: "elements of the 1st Brigade")
    # (the subject may follow the verb: «Из роты ушли двое мобилизованных»)
    after = re.split(r"[,.;:!?—–]", text[s:], maxsplit=1)[0]
    return (
        people.search(before) is None
        and people.search(after) is None
        and anchor.search(text) is None
    )


@cache
def _draft(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    from awol.extract.relevance_generic import _data

    spec = _data(lang).get("draft_evasion") or {}
    if not spec.get("words") or not spec.get("desertion"):
        return None
    flags = re.IGNORECASE | re.UNICODE
    return re.compile(spec["words"], flags), re.compile(spec["desertion"], flags)


def draft_evasion(text: str, etype: str, lang: str) -> bool:
    """ "A court in Omsk fined a local man for ignoring a draft summons", «суд отправил в колонию
    мужчину, который уклонялся от мобилизации»: a verdict or a case whose sentence names dodging
    the draft (``draft_evasion: words``) and no leaving of the army (``desertion``) is for
    another crime (SCHEMA.md: a sentence or a case for desertion or AWOL).  Real train and dev:
    no gold verdict or case is told in a sentence naming the draft."""
    if etype not in ("sentence", "prosecution"):
        return False
    spec = _draft(lang)
    if spec is None:
        return False
    words, desertion = spec
    return words.search(text) is not None and desertion.search(text) is None


@cache
def _openers(lang: str) -> frozenset[str]:
    from awol.extract.relevance_generic import _data

    return frozenset(str(w) for w in (_data(lang).get("explainer") or {}).get("openers") or ())


def explainer(text: str, s: int, e: int, lang: str) -> bool:
    """«Как ищут беглецов», «Как задерживают дезертиров: объясняем», «Что ждёт солдата, который
    ушёл из части»: a sentence opened by a question word (``explainer: openers``) whose first
    finite verb is not in the past tense asks how a thing is done, an explainer's title, not a
    report (a
    past verb tells one: real train rru-031 «Как российский летчик смог угнать Ми-8», rru-118
    «Как произошел побег»; «Как сообщает ...» opens no question of the trigger's).  Russian
    (pymorphy3's tense)."""
    openers = _openers(lang)
    if not openers or lang != "ru":
        return False
    first = re.match(r"\W*([^\W\d_]+)", text)
    if first is None or first.group(1).lower() not in openers:
        return False
    # (the question is the sentence's first part: «Где сейчас находится муж, она не знает: по
    # её словам, он звонил ...» asks nothing after the colon)
    if re.search(r"[;:(—–]", text[: max(s, first.end())]):
        return False
    from awol.extract.places import get_morph

    # the sentence's first finite verb: the question's own («Что ждёт солдата, который ушёл из
    # части»: «ждёт», not the relative clause's «ушёл»), not a reporting one («Как сообщает ...»)
    # (before a comma: «Как известно, беглецов задерживают на вокзалах» is no question)
    for m in re.finditer(r"[^\W\d_]+", re.split(r"[,;:(—–]", text[first.end() :])[0]):
        parses = get_morph().parse(m.group(0).lower())
        if parses and parses[0].tag.POS == "VERB":
            # (a present or a future: pymorphy3 reads «уходят» as a perfective future first)
            return parses[0].tag.tense != "past" and parses[0].normal_form not in _reporting()
    return False


@cache
def _reporting() -> frozenset[str]:
    from awol.extract.relevance_generic import _data

    return frozenset(str(w) for w in (_data("ru").get("explainer") or {}).get("reporting") or ())


def victim_count(text: str, start: int, lang: str) -> bool:
    """Is the number at ``text[start:]`` the object of an active killing verb right before it,
    counting people of ``victim: persons`` («задержала дезертира, который убил двух женщин»,
    "the runaway shot two guards"; not «застрелил двух дезертиров»)?  The victims counted are no
    one's count of the story's events (argument_counts reads it): once their death is no event
    (:func:`victim_death`), the count must not pass to the detention."""
    spec = _spec(lang)
    if not spec:
        return False
    if lang != "ru":
        rx, persons = spec.get("kill_before"), spec.get("persons")
        if not rx or not persons:
            return False
        after = rf"^[\w,.-]+\s+(?:[\w-]+\s+)?{persons}\b"
        return (
            re.search(rx, text[max(0, start - 40) : start], re.IGNORECASE) is not None
            and re.match(after, text[start : start + 60], re.IGNORECASE) is not None
        )
    from awol.extract.tokens import tokens

    kill = frozenset(spec.get("kill") or ())
    persons = frozenset(spec.get("persons") or ())
    toks = tokens(text, "ru")
    before = [t for t in toks if t.end <= start][-2:]
    after = [t for t in toks if t.start >= start][1:3]
    if not before or re.search(r"[,.;:!?—–()]", text[before[0].start : start]):
        return False
    return any(t.lemma in kill and _active(t.text) for t in before) and any(
        t.lemma in persons for t in after
    )

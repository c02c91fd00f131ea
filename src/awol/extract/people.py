"""Who the people an article names are: the ``names`` of its events are its deserters (and the
soldiers sought, held, tried), never the officials, lawyers, relatives, journalists or
photographers it also names.

- :func:`awol.extract.people_roles.not_a_deserter` -- is a name found in a sentence someone
  other than a deserter: a public figure (``officials`` in ``lang/people.yaml``), a role or a
  relative word right before it (``titles`` of ``lang/*/events.yaml``, ``roles_before``), an
  apposition after it ("Anna Petrova, the soldier's lawyer"), a photo credit or byline, or a
  modifier of a noun ("the Anna Kievskaya company").
- :func:`story_people` -- the people an article names who may be its deserters, in order.
- :func:`name_from_story` -- an event that names no one, told of a person the article named in
  full before by his surname alone ("Gildarov did not appear in the unit"), or (English) by "he"
  right after naming him, names him; an article that names no one in full and its soldier by
  one given name alone ("We meet Vasilij", "Vasilij recalls") names him by it
  (:mod:`awol.extract.people_given`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from awol.extract.lexicon import Pattern, get_lexicon
from awol.extract.names import NameMention, find_person_names
from awol.extract.people_data import (
    ONCE_TYPES,
    _data,
    _key,
    _lang,
    official,
    pair_told,
    told_again,
)
from awol.extract.people_given import _Given, _lone_given, _someone_else
from awol.extract.people_next import name_told_next
from awol.extract.people_roles import not_a_deserter
from awol.extract.person_words import ages, descriptor_classes, exclusive_classes
from awol.extract.sentences import clause_bounds
from awol.extract.surnames import _Surname, _surname_rx, _Surnames
from awol.extract.teller_titles import story_tellers

__all__ = [
    "brought_in_after",
    "name_from_story",
    "official",
    "said_of_another",
    "story_people",
]


def story_people(texts: Iterable[str], lang: str) -> list[str]:
    """The people ``texts`` (an article's sentences, in order) name who may be deserters
    (normalised names, in order of first mention; one entry per person, by the words of the name
    through :func:`name_key`): a person :func:`not_a_deserter` marks anywhere is left out."""
    texts = list(texts)
    return _story_people(texts, [find_person_names(t, lang) for t in texts], lang)


def _story_people(texts: list[str], named: list[list[NameMention]], lang: str) -> list[str]:
    found: list[tuple[set[str], str, bool]] = []  # (name's words, name, someone else)
    # (the names found so far by each of their words: a name is the same person as one found
    # before when the words of either hold the other's, so they share a word, or one has none;
    # a long text names hundreds of people, each looked up, not compared with all)
    by_word: dict[str, list[int]] = {}
    wordless: list[int] = []
    for text, mentions in zip(texts, named, strict=True):
        for m in mentions:
            other = not_a_deserter(text, m, lang)
            k = set(_key(m.normalized).split())
            near = (
                {i for w in k for i in by_word.get(w, ())}.union(wordless)
                if k
                else range(len(found))
            )
            same = [i for i in sorted(near) if k <= found[i][0] or found[i][0] <= k]
            if same:  # once told to be someone else, he is so in the whole article
                for i in same:
                    found[i] = (found[i][0], found[i][1], found[i][2] or other)
                continue
            for w in k:
                by_word.setdefault(w, []).append(len(found))
            if not k:
                wordless.append(len(found))
            found.append((k, m.normalized, other))
    return [name for _, name, other in found if not other]


def name_from_story(
    events: list,
    drafts: list,
    sentences: list,
    where: list[int],
    lang: str,
    named: list[list[NameMention]] | None = None,
) -> None:
    """Name the events that name no one after the story's people (:func:`story_people` of the
    article's ``sentences``): the one person named in full in an earlier sentence (or in the
    event's own) whose surname alone the event's sentence (index ``where[i]``) uses; or, in
    English, the one story person the sentence before names, where a mention of the event's
    draft (``drafts[i]``) has a "he" or "she" subject.  A named event of no count counts one
    (each named person is one).  ``named``: the person names of each sentence, where the caller
    has read them (a long text's, read by workers: :mod:`awol.extract.verdicts`)."""
    if not events or all(e.names for e in events):
        return
    texts = [s.text for s in sentences]
    if named is None:
        named = [find_person_names(t, lang) for t in texts]
    people = _story_people(texts, named, lang)
    given = None
    if not people:
        # an article that names no one in full and its one soldier by a given name alone ("We
        # meet Vasilij in a park", "Vasilij recalls"): that name, where he is told of as a
        # deserter as a full name would have to be (:func:`_lone_given`, :func:`_a_deserter`)
        given = _lone_given(texts, named, lang)
        if given is None:
            return
        people = [given.name]
    surnames = _Surnames([(p, _surname_rx(p)) for p in people])
    tellers = story_tellers(texts, named, lang)  # (named as no event's man: who38)
    first_seen: dict[str, int] = {}  # (each person's first sentence)
    for i, ms in enumerate(named):
        for m in ms:
            first_seen.setdefault(m.normalized, i)
    # (each person's first sentence after a headline that names him: :func:`_named_before`)
    body_seen: dict[str, int] = {}
    skip = 1 if _headline(sentences) else 0
    for i, ms in enumerate(named[skip:], skip):
        for m in ms:
            body_seen.setdefault(m.normalized, i)
    deserter = None  # (the one story person told of as a deserter: read once, when needed)
    # an article that also tells of a group ("sentenced three paratroopers") is a roundup of
    # cases: its unnamed soldiers are others
    # (not one man and the comrade he left with: still his story; fields46)
    roundup = any((e.count or 0) > 1 and not pair_told(e, lang) for e in events)
    # (another man's verdict, charge or death beside the one man's of that type: that sentence's
    # events are the other man's; merging left the two apart: who37)
    his = {e.type for e in events if people[0] in e.names} & ONCE_TYPES
    others = {
        said_at(e)
        for e in events
        if not e.names and e.type in his and not told_again(e.evidence.text, lang)
    }
    rosters = None  # (the sentences' lists of the story's people: read once, when needed)
    own: list[list[str]] = []  # (the sentences that write the story person: read once)

    def own_texts() -> list[str]:
        if not own:
            own.append(_own_texts(texts, named, people[0], surnames))
        return own[0]

    unnamed: set[int] = set()  # (sentences that told an unnamed man's event: see :func:`_he`)
    for e, i, d in zip(events, where, drafts, strict=True):
        if e.names:
            continue
        text = texts[i] if 0 <= i < len(texts) else e.evidence.text
        hits = surnames.hits(text, lambda k, i=i: first_seen.get(people[k], i + 1) <= i)
        if len(hits) > 1 and surnames.coordinated(text, hits):
            # "Lobyutin and Pilchuk claim they stayed ...", "Иванов и Петров покинули часть":
            # the surnames joined as one subject tell of all of them
            e.names = [h for h in hits if h not in tellers]
            if e.count is None:
                e.count, e.count_qualifier = len(hits), "exact"
            continue
        if len(hits) == 1 and hits[0] in tellers:
            continue  # (the sentence's teller, named after his title: not its man; who38)
        if len(hits) != 1 and _lang(lang) == "en":
            # (Russian "он" too was tried three times, rounds 29, 31 and 32: it gains names on
            # the invented sets and costs names on the test pin)
            hits = [h for h in _he(d, texts, named, surnames, lang, unnamed) if h not in tellers]
            if (
                len(hits) == 1
                and _brings_in(e)
                and _named_before(sentences, body_seen, hits[0], e, d)
            ):
                # ("In July, Kazakhstan deported a Russian contract soldier who had deserted,
                # and he was detained on arrival": his "he" is the man the sentence brings in)
                hits = []
        if (
            len(hits) != 1
            and len(people) == 1
            and people[0] not in tellers
            and not roundup
            and said_at(e) not in others
            and not any(m.vague_group for m in d.mentions)  # ("десятки его сослуживцев")
            and _of_one(
                e, text, named, i, lang, _named_before(sentences, body_seen, people[0], e, d)
            )
            and not said_of_another(text, own_texts())
        ):
            if deserter is None:
                deserter = _a_deserter(
                    people[0], surnames.surnames[0][1] or given, events, texts, named, lang
                ) and not _someone_else(people[0], texts, named, lang)
            hits = people if deserter else []
        if len(hits) != 1 and e.who and (e.count or 1) == 1:
            unnamed.add(i)
        if len(hits) == 1:
            e.names = hits
            if e.count is None:
                e.count, e.count_qualifier = 1, "exact"
        elif (e.count or 0) >= 2:
            if rosters is None:
                rosters = _rosters(people, named)
            group = _the_group(e, people, rosters, named, i)
            # (a group whose sentence says other men than one of those named -- "Двух 19-летних
            # срочников" where the article names a contract soldier and a 30-year-old mobilised
            # man, each told of alone -- is not theirs)
            if (
                group
                and not tellers.intersection(group)
                and not any(
                    said_of_another(text, _own_texts(texts, named, p, surnames, his_only=True))
                    for p in group
                )
            ):
                e.names = group
    # (a man brought in unnamed and named in the very next sentence: who36)
    name_told_next(events, where, texts, named, [p for p in people if p not in tellers], lang)


def said_at(e: Any) -> tuple[int, int]:
    """Where event ``e``'s evidence sentence is (its span): the events one sentence tells."""
    return (e.evidence.start, e.evidence.end)


def _own_texts(texts: list[str], named: list[list[NameMention]], person: str,
               surnames: _Surnames, his_only: bool = False) -> list[str]:  # fmt: skip
    """The sentences that write ``person`` (in full, or a surname alone: any of the story's,
    where it has one person; with ``his_only``, his own)."""

    def his(t: str) -> bool:
        hits = surnames.hits(t)
        return person in hits if his_only else bool(hits)

    return [t for t, ms in zip(texts, named, strict=True)
            if any(m.normalized == person for m in ms) or his(t)]  # fmt: skip


def brought_in_after(e: Any, his: list[Any], person: str) -> bool:
    """Is event ``e`` told of a man its sentence brings in by an indefinite descriptor ("In
    May, Armenia handed over a Russian sailor who had left his ship"), after an event of the
    story's named man ``person`` (``his``) was told: someone new, not him (a lead that brings
    him in so before he is named is him: :func:`_named_before`; a descriptor set beside his
    surname is his: "Ulanov, a mobilised soldier from Samara, left his unit")?"""
    if not _brings_in(e):
        return False
    rx = _surname_rx(person)
    if rx is not None and rx.search(e.evidence.text):
        return False
    return any(h.evidence.start < e.evidence.start for h in his)


def said_of_another(text: str, own: list[str]) -> bool:
    """Does the sentence ``text`` (naming no one) tell of another person than the story's one
    person, whose own sentences are ``own``: an age none of them states ("Напомним, в среду суд
    приговорил 29-летнего контрактника" in a story of a 25-year-old), or a service status that
    excludes theirs ("Ранее тот же суд приговорил мобилизованного" in a contract soldier's
    story)?  (The linker reads the same words of the two sides: :mod:`awol.extract.person_words`.)"""
    said = ages(text)
    if said:
        his = ages(*own)
        if his and said.isdisjoint(his):
            return True
    ex = exclusive_classes()
    said_s = descriptor_classes(text) & ex
    if said_s:
        his_s = frozenset().union(*(descriptor_classes(t) for t in own)) & ex
        if his_s and said_s.isdisjoint(his_s):
            return True
    return False


def _rosters(people: list[str], named: list[list[NameMention]]) -> dict[int, set[tuple[str, ...]]]:
    """The lists of the story's ``people`` the article's sentences give (each sentence's, in
    order, each person once), by their length: read once per article, not once per event (a
    long text has thousands of both)."""
    known = set(people)
    out: dict[int, set[tuple[str, ...]]] = {}
    for ms in named:
        roster = tuple(dict.fromkeys(m.normalized for m in ms if m.normalized in known))
        out.setdefault(len(roster), set()).add(roster)
    return out


def _the_group(
    e: Any,
    people: list[str],
    rosters: dict[int, set[tuple[str, ...]]],
    named: list[list[NameMention]],
    i: int,
) -> list[str]:
    """The people event ``e`` is told of, where it is told of a group of exactly as many people
    as the article names, all possible deserters ("Three servicemen left a unit ... Ruslan K.,
    Gleb Sh. and Timur S."), or as one sentence of the article lists (its roster: "Nine
    former prisoners escaped ... They are A, B, ..., I"; the one such sentence).  Its sentence
    names no one (a sentence that names some of them tells of those)."""
    if not e.count or e.count < 2 or e.count_qualifier not in (None, "exact"):
        return []
    if 0 <= i < len(named) and any(not official(m.normalized) for m in named[i]):
        return []
    if len(people) == e.count:
        return list(people)
    lists = rosters.get(e.count) or set()
    return list(next(iter(lists))) if len(lists) == 1 else []


# a descriptor that brings in someone new ("a 22-year-old contract soldier", "a sailor who left
# his ship"): not the person named before (English marks it with its article)
_INDEFINITE = re.compile(r"(?i)(?:a|an|one)\s")


def _brings_in(e: Any) -> bool:
    """Does event ``e``'s descriptor bring in someone new: English marks it with its indefinite
    article ("a sailor who left his ship"); Russian, with no article, by a relative clause set
    after it ("выдали России контрактника, который бежал из части": who32)?"""
    if _INDEFINITE.match(e.who or ""):
        return True
    if not e.who:
        return False
    text = e.evidence.text
    k = text.find(e.who)
    return k >= 0 and _RU_RELATIVE.match(text, k + len(e.who)) is not None


_RU_RELATIVE = re.compile(
    r"(?:\s+[а-яё-]+){0,3}?\s*,\s*(?:котор|чей|чья|чьё|чье|чьи)[а-яё]*", re.IGNORECASE
)


def _of_one(
    e: Any, text: str, named: list[list[NameMention]], i: int, lang: str, known: bool = True
) -> bool:
    """Is event ``e`` (its sentence ``text``, index ``i``) told of the one person an article
    that names a single possible deserter names: an event of one person or of no count, whose
    sentence names no one else and does not bring in someone new ("another soldier", "ещё один":
    ``additive`` of ``lang/*/events.yaml``; a descriptor with an indefinite article, "a sailor
    who left his ship", once the story has named its man: ``known``)?  (The article's only
    named soldier is the one its unnamed "he", "the man", "the pilot" speak of; a lead that
    brings him in as "a Russian soldier who deserted" before naming him, or after a headline
    that names him, speaks of him too.)"""
    if e.count not in (None, 1) or (known and _brings_in(e)):
        return False
    if 0 <= i < len(named) and any(not official(m.normalized) for m in named[i]):
        return False
    return not get_lexicon(_lang(lang)).additive.search(text)


_END_MARK = re.compile(r"[.!?…][\"'”»)\]]*\s*$")


def _headline(sentences: list) -> bool:
    """Does the text open with a headline: a first paragraph of one sentence with no closing
    stop ("Court jails Yegor Lapin for desertion")?"""
    return (
        len(sentences) > 1
        and sentences[0].paragraph != sentences[1].paragraph
        and not _END_MARK.search(sentences[0].text)
    )


def _named_before(
    sentences: list, body_seen: dict[str, int], person: str, e: Any, draft: Any
) -> bool:
    """Has the story named ``person`` (first in the sentence ``body_seen`` gives, a headline
    aside) before the sentence event ``e`` (of ``draft``) reads its descriptor in (else its
    evidence)?  Until then an indefinite "a soldier" is the story bringing him in, not someone
    new."""
    k = body_seen.get(person)
    if k is None:
        return False
    said = next((m.sentence for m in draft.mentions if e.who and m.who == e.who), None)
    at = said.start if said is not None else e.evidence.start
    return sentences[k].start < at


def _a_deserter(
    person: str,
    rx: _Surname | _Given | None,
    events: list,
    texts: list[str],
    named: list[list[NameMention]],
    lang: str,
) -> bool:
    """Is ``person`` told of as a deserter: named by an event of the article, or named (in full
    or by his surname) in a sentence with a word of desertion (``topic`` of
    ``lang/*/events.yaml``: "Semyon Chetvergin, a Russian soldier accused of desertion") or a
    trigger that tells desertion by itself ("the pilot, Maksym Selminov, ... encouraged others
    to defect") or a frame that says who the story's man is ("His name is ...", «Его зовут ...»:
    ``named_as`` of ``lang/people.yaml``), not only
    quoted on the war ("said volunteer Taras Dzyuban") or named in passing?"""
    if any(person in e.names for e in events):
        return True
    lex = get_lexicon(_lang(lang))
    frame = _data()["named_as"][_lang(lang)]
    for text, ms in zip(texts, named, strict=True):
        if any(
            m.normalized == person and frame.search(text, max(0, m.start - 40), m.start) for m in ms
        ):
            return True  # ("His name is Oleg X", «Его зовут Олег X»: who34)
        if any(m.normalized == person for m in ms) or (rx is not None and rx.search(text)):
            if lex.topic.search(text) or any(
                t.context == "none" and t.pattern.search(text) for t in lex.triggers
            ):
                return True
    return False


def _he(
    draft: Any,
    texts: list[str],
    named: list[list[NameMention]],
    surnames: _Surnames,
    lang: str,
    unnamed: set[int] | None = None,
) -> list[str]:
    """The one story person (full name or surname alone) the sentence before names, where a
    mention of ``draft`` has a "he"/"she" subject before its trigger (``pronoun_subject`` of
    ``lang/*/events.yaml``: "Zabolotnev was a lieutenant. He was detained at a checkpoint") or a
    "him" object after it in its clause (``pronoun_object`` of ``lang/people.yaml``: "The police
    found and detained him in September"), or,
    where the sentences before name no one, the last of up to five before them that does."""
    raw = get_lexicon(lang).extra.get("pronoun_subject")
    if not raw:
        return []
    rx = _pattern(raw, Pattern)
    obj = _data()["pronoun_object"].get(_lang(lang))
    for m in draft.mentions:
        k = m.sentence.index
        cs, ce = clause_bounds(m.sentence.text, m.start)
        if k < 1 or not (
            rx.search(m.sentence.text, cs, m.start)
            or (obj is not None and obj.search(m.sentence.text, m.start, ce))
        ):
            continue
        # the sentences before, back to the one that names someone (a chain of "he" sentences
        # goes on speaking of him; a sentence naming anyone else breaks it, not a public figure
        # named in passing: "Putin's plan")
        for j in range(k - 1, max(-1, k - 1 - _HE_CHAIN), -1):
            if unnamed and j in unnamed:
                return []
            hits = surnames.hits(texts[j])
            if hits or any(not official(m.normalized) for m in named[j]):
                return hits if len(hits) == 1 else []
    return []


_HE_CHAIN = 5  # sentences back


@functools.lru_cache(maxsize=8)
def _pattern(raw: str, cls: Any) -> Any:
    return cls(raw)

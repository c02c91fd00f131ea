"""The title a named man is given in another sentence of the article (round 39, who39).

An article names its man once with his title ("Russian Lieutenant Ivan X has escaped to
Lithuania", «контрактник Максим X»; a heading "The case of soldier Ivan X") and tells his other
events by his surname or a pronoun ("X managed to reach Vilnius before he was intercepted",
«Ранее X приговорили к пяти годам»).  Such an event carries his name (the story's person) but
its own sentence puts no title before it, so :func:`~awol.extract.descriptors.who_before_name`
finds none.  The coders give it the title the article gives the man.

The reading: an event with no ``who`` that names one man takes the title set right before his
name (``role_before_name`` of ``lang/<lang>/arguments.yaml``, as in his event's own sentence)
or, in English, an apposition after it that names a serviceman ("Ivan X, a former member of the
missile forces, ..."), or the ``who`` of his event told there, in the sentence right before the
event's (else right after it).  Only where the event's own sentence mentions him by name: the
coders take the title from the passage that speaks of him; an event told by a pronoun alone, or
a title told farther off, they leave without one (train ren-029, ren-136: a title two sentences
back, no who; ren-038, ren-102, ren-103, rru-136: the sentence right before, a who).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awol.extract.argument_words import _words
from awol.extract.attribution_story import opens_new_story
from awol.extract.descriptors import says_no_more
from awol.extract.sentences import Sentence
from awol.extract.titles import (
    INITIALS_BEFORE,
    PRONOUN_LEAD,
    SPEAKS_OF_HIM,
    WHO_CHAIN,
    names_service,
    role_rx,
)
from awol.extract.who_phrase import WORD, tidy_who
from awol.model import Event

__all__ = ["opening_title", "who_of_named", "who_of_pronoun", "who_of_protagonist"]

# (between a given name and the surname: spaces, an initial or a patronymic at most)
_BETWEEN = re.compile(r"\s+(?:(?:[A-ZА-ЯЁ]\.\s*){1,2}|[А-ЯЁ][а-яё]+(?:вич|вна)\w*\s+)?$")


def _stem(word: str) -> re.Pattern[str]:
    """A word inflection aside ("Zabolotny", «Горелкина» -> «Горелкин», «Горелкиным»)."""
    return re.compile(rf"(?<!\w){re.escape(word[: max(3, len(word) - 2)])}\w*")


def mentions_of(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` mentions the man ``name`` names: (start, end) of his full name or of his
    surname alone (of the one word of a one-word name), inflection aside."""
    words = WORD.findall(name)
    if not words:
        return
    last = _stem(words[-1])
    first = _stem(words[0]) if len(words) > 1 else None
    for m in last.finditer(text):
        start = m.start()
        if first is not None:
            before = [g for g in first.finditer(text, max(0, start - 40), start)]
            if before and _BETWEEN.match(text, before[-1].end(), start):
                start = before[-1].start()
        yield start, m.end()


def title_at(text: str, start: int, end: int, lang: str) -> str | None:
    """The title ``text`` gives the man it names at ``start``-``end``: a rank or role right
    before the name (its initials aside), else (English) an apposition after it that names a
    serviceman; None where it gives none."""
    rx = role_rx(lang)
    if rx is not None:
        ini = INITIALS_BEFORE.search(text, max(0, start - 8), start)
        at = ini.start() if ini is not None else start
        m = rx.search(text, max(0, at - 80), at)
        if m is not None:
            return tidy_who(m.group(0))
    apposed = _words(lang).get("apposition_who")
    if apposed is not None and lang == "en":
        a = apposed.match(text, end)
        if a is not None and names_service(a.group("who"), lang):
            return tidy_who(a.group("who"))
    return None


def who_of_named(
    events: list[Event], where: list[int], sentences: list[Sentence], lang: str
) -> None:
    """Give an event with no ``who`` that names one man, and whose sentence mentions him by
    name, the title the sentence right before it, else the one right after it, gives him (see
    the module).  Events are changed in place."""
    other = _words(lang).get("another_who")
    for e, i in zip(events, where, strict=True):
        if e.who or len(e.names) != 1 or e.count not in (None, 1) or not 0 <= i < len(sentences):
            continue
        name = e.names[0]
        if next(mentions_of(sentences[i].text, name), None) is None:
            continue  # (he is told of by a pronoun: the coders leave such an event's who)
        for j in (i - 1, i + 1):
            if not 0 <= j < len(sentences):
                continue
            title = _title_of(sentences[j].text, name, lang)
            if title is None:
                title = next(
                    (x.who for x, k in zip(events, where, strict=True)
                     if k == j and x.who and x.names == e.names),
                    None,
                )  # fmt: skip
            if title is None and j == i + 1:
                title = opening_title(sentences[j].text, lang)
            if title is not None and not (other is not None and other.match(title)):
                e.who = title  # (not "another contractor": a contrast with the man before)
                break


def opening_title(text: str, lang: str) -> str | None:
    """The title a sentence opens on for the man the sentence before named: its subject, a
    definite description of one serviceman ("The mobilised soldier had stayed at home", «Рядовой
    мотострелкового полка находился в розыске»), a description apposed to "he" ("A private in a
    motor rifle regiment, he had ...") or said of him ("He is a marine who ...": ``described_next``
    of ``lang/<lang>/arguments.yaml``); None where it opens otherwise (round 40, who40)."""
    words = _words(lang)
    for key in ("opening_apposed", "described_next"):
        rx = words.get(key)
        m = rx.match(text) if rx is not None else None
        who = next((m.group(g) for g in ("who", "who2") if m is not None and g in m.re.groupindex
                    and m.group(g)), None)  # fmt: skip
        if who is not None and names_service(who, lang):
            return tidy_who(who)
    opening = words.get("opening_subject")
    o = opening.match(text) if opening is not None else None
    if o is None:
        return None
    from awol.extract.argument_counts import _described, _rx
    from awol.extract.argument_number import _one_noun, _substantive_one

    w = _described(_rx(lang, "singular"), text, lang)
    if w is None and lang == "ru":  # («Сапер ...»: a noun the pattern does not spell out)
        w = _one_noun(_substantive_one(text, lang), lang)
    if w is None or w.start() > o.end() or not names_service(w.group(0), lang):
        return (
            None  # (the description must open the sentence: not "The court sentenced the soldier")
        )
    return tidy_who(w.group(0))


def _title_of(text: str, name: str, lang: str) -> str | None:
    """The title ``text`` gives the man ``name`` names where it mentions him, alone (not one of
    a list of names: «двоих военнослужащих Сергея X и Александра Y»)."""
    for s, n in mentions_of(text, name):
        if _LISTED.match(text, n) or _LISTED_BEFORE.search(text[max(0, s - 40) : s]):
            continue
        title = title_at(text, s, n, lang)
        if title is not None:
            return title
    return None


# (a name followed or preceded by another one in a list: "X and Y", «X и Y», "X, Y")
_LISTED = re.compile(r"\s*(?:,|\band\b|\bи\b)\s*(?:[A-ZА-ЯЁ]\.\s*)*[A-ZА-ЯЁ][\w'’-]+")
_LISTED_BEFORE = re.compile(r"[A-ZА-ЯЁ][\w'’-]+\s*(?:,|\band\b|\bи\b)\s*$")


def who_of_pronoun(
    events: list[Event], where: list[int], sentences: list[Sentence], lang: str
) -> None:
    """Give an event with no ``who`` whose sentence speaks of its people by a pronoun near its
    start ("He was detained on Friday", "When they tried to return their weapons, they were
    charged", «Они самовольно покинули ...»: ``PRONOUN_LEAD``, ``plural_lead`` of
    ``lang/<lang>/arguments.yaml``) the ``who`` of an event of the same people told in the
    sentence before, or before a chain of such pronoun sentences (up to ``WHO_CHAIN`` back):
    one man's of one man's ("A conscript ... fled. ... He was detained"), a group's of a group's
    of as many ("eight of them fled ... they were charged").  Not across a sentence that opens
    another story, nor from "another soldier", nor from another named man.  Events are changed
    in place."""
    one, many = PRONOUN_LEAD.get(lang), _words(lang).get("plural_lead")
    other = _words(lang).get("another_who")
    part = _words(lang).get("partitive_lead")  # ("Трое из них задержаны": who40)
    on = {True: SPEAKS_OF_HIM.get(lang), False: _words(lang).get("speaks_of_them")}
    told: dict[int, list] = {}
    for x, k in zip(events, where, strict=True):
        if x.who and not (other is not None and other.match(x.who)):
            told.setdefault(k, []).append(x)
    for e, i in zip(events, where, strict=True):
        if e.who or not 0 <= i < len(sentences):
            continue
        text = sentences[i].text
        single = e.count in (None, 1) and one is not None and one.match(text) is not None
        lead = one if single else many
        if not single and (e.count == 1 or many is None or many.match(text) is None):
            continue
        if e.type != "desertion" and part is not None and part.match(text):
            continue  # (a part of the group caught or sought: the coders give it no who)
        for j in range(i - 1, max(-1, i - 1 - WHO_CHAIN), -1):
            if opens_new_story(sentences[j + 1].text, lang):
                break
            found = next((x for x in told.get(j, ()) if _same_people(e, x, single)), None)
            if found is not None:
                e.who = found.who
                break
            before, still = sentences[j].text, on[single]
            if not ((lead is not None and lead.match(before)) or (still and still.search(before))):
                break  # (only back along a chain of sentences that go on speaking of them)


def _same_people(e: Event, x: Event, single: bool) -> bool:
    """May ``x`` be told of the people ``e`` speaks of by a pronoun: one man (``single``) or as
    many, and no other named man?"""
    if e.names and x.names and not set(e.names) & set(x.names):
        return False
    if single:
        return x.count == 1
    return x.count not in (None, 1) and (e.count is None or e.count == x.count)


def who_of_protagonist(
    events: list[Event], where: list[int], sentences: list[Sentence], lang: str
) -> None:
    """Give an event with no ``who`` whose sentence speaks of its people by a pronoun anywhere
    ("Last week the prosecutor sent his case to court", «Во вторник его задержали», «Против
    них возбудили дело»: ``SPEAKS_OF_HIM``, ``speaks_of_them``), or by the word of their number
    alone ("Both were detained", «обоих задержали»: ``speaks_of_both``), the ``who`` of the story's one
    set of people: the events of the same people (one man, or a group of as many) told up to
    ``_STORY_BACK`` sentences before it (else in the sentence right after it), not across a
    sentence that opens another story, where all of them give the same descriptor (round 41,
    who41).  A sentence between them that speaks of someone else ("His family learned of it from
    a fellow soldier", «Жена узнала об этом от командира») does not end the story, as it ends
    :func:`who_of_pronoun`'s chain; two descriptors of such people (two men, a man and a group
    of another size) leave it without one.  A ``who`` that says only that they were people ("A
    man was detained", "the 30-year-old": ``vague_who``, ``generic_who``) gives way to it too,
    else to the title the next sentence opens on.  Not in a named man's story (an event or its
    source event that names someone: train ren-029, rru-016, rru-116, where the coders leave his
    pronoun events without one; :func:`who_of_named` reads his title next door).  Events are
    changed in place."""
    words = _words(lang)
    other, part = words.get("another_who"), words.get("partitive_lead")
    on = {
        True: (SPEAKS_OF_HIM.get(lang), words.get("speaks_of_him_again")),
        False: (words.get("speaks_of_them"), words.get("speaks_of_both")),
    }
    for e, i in zip(events, where, strict=True):
        if e.names or not 0 <= i < len(sentences) or (e.who and not says_no_more(e.who, lang)):
            continue  # (a named man's story: his pronoun events keep none, as the coders do)
        if e.who and other is not None and other.match(e.who):
            continue
        single = e.count in (None, 1)
        if not e.who and not any(
            rx is not None and rx.search(sentences[i].text) for rx in on[single]
        ):
            continue
        if e.type != "desertion" and part is not None and part.match(sentences[i].text):
            continue  # (a part of the group caught or sought: no who, as in who_of_pronoun)
        back = _GROUP_BACK if not single and e.count else _STORY_BACK  # ("all five": who42)
        start = i
        while start > max(0, i - back) and not opens_new_story(sentences[start].text, lang):
            start -= 1
        stop = i + 1
        if stop < len(sentences) and opens_new_story(sentences[stop].text, lang):
            stop = i
        near = [
            (abs(k - i) + (k > i) * _STORY_BACK, x)
            for x, k in zip(events, where, strict=True)
            if x is not e and x.who and not x.names and start <= k <= stop and k != i
            and not (other is not None and other.match(x.who)) and names_service(x.who, lang)
            and _same_people(e, x, single)
        ]  # fmt: skip
        heads = {_head(x.who) for _, x in near}
        if len(heads) == 1:
            e.who = min(near, key=lambda t: t[0])[1].who
        elif not near and e.who and single and i + 1 < len(sentences):
            # ("A court sentenced a local man ... The 29-year-old contract soldier had hidden")
            e.who = opening_title(sentences[i + 1].text, lang) or e.who


_STORY_BACK = 4
# A group told of by its number ("both men", «всех пятерых») is known by it farther back than a
# "he": its descriptor carries from up to this many sentences before (round 42, who42).
_GROUP_BACK = 10


def _head(who: str) -> str:
    """A descriptor's last word, lower-cased, its case ending off: one man's two mentions
    ("A marine", "the marine"; «Контрактник», «контрактника») are one."""
    words = WORD.findall(who.lower())
    return words[-1][:5] if words else ""

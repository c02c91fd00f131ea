"""Readings of :mod:`awol.extract.scope` added in round 41 (prec41): a trigger whose sentence
tells that the happening did not come about, was only rumoured, or is what befalls a kind of
people, found on invented real-style text (EN and RU) and read in general.

- *a failed attempt* (:func:`unmet` ``failed``): the trigger's verb is an infinitive governed by
  a negated verb of achievement, before or after it in its clause («Задержать беглеца так и не
  удалось», «Найти его пока не удаётся», "police have failed to find him"): no catch;
- *a rumour* (``rumour``): the trigger stands in what a rumour says («слухи о том, что из части
  сбежали ...», "rumours that 15 soldiers had fled"): the happening is not reported as such;
- *a kind's fate* (``kind``): the trigger tells, in a relative clause or a participle, who the
  people are that a sentence in the present tense speaks of in general: «Мобилизованный, который
  не вернулся из отпуска, рискует получить пять лет», «Военные, не вернувшиеся из отпуска,
  попадают в базу розыска», "A soldier who failed to return from leave risks five years": the
  head names a kind (no number, no name, no demonstrative), every finite verb outside the
  relative clause is in the present (pymorphy3 for Russian; ``kind_fate`` words for English)
  and the sentence names no date and no name or place (a capital after its first word); in
  English also a sentence that opens on a kind told by a present in its relative clause ("A man
  who leaves his unit is hunted, arrested and sent back": ``kind_subject``);
- *a practice* (``habitual``, English): officials in the plural, or "they", then a base-form
  verb that opens the trigger ("Investigators then open a criminal case"; ``practice_subject``),
  in a sentence that names no one and no time in particular; or (round 42, prec42) the act told
  in the simple present passive ("and the soldier is put on a wanted list";
  ``practice_passive``), a search too.

The words are data (``nonevent: rumour_before, failed_after, kind_head, kind_fate, kind_subject,
practice_subject, practice_passive`` in
``lang/<lang>/events.yaml``); a language without them keeps every event.
"""

from __future__ import annotations

import re
from functools import cache

from awol.extract.scope_told import nonevent_rx

_WINDOW = 160  # characters before a trigger read for its frame
_CAPITAL = re.compile(r"(?<![\w«\"-])[А-ЯЁA-Z][а-яёa-z]")


def unmet(text: str, etype: str, s: int, e: int, cs: int, ce: int, lang: str) -> str | None:
    """The reading (``failed``, ``rumour``, ``kind``) under which the trigger at ``text[s:e]``
    (a sentence; ``cs``..``ce`` its clause) reports no happening of type ``etype``, or None."""
    rx = nonevent_rx(lang, "rumour_before")
    if rx is not None and rx.search(text[max(0, s - _WINDOW) : s]):
        return "rumour"
    if etype != "desertion" and _failed(text, s, e, cs, ce, lang):
        return "failed"
    if _kind_fate(text, s, e, lang):
        return "kind"
    rx = nonevent_rx(lang, "kind_subject")
    if rx is not None and rx.search(text, 0, s) is not None and not _anchored(text, lang):
        return "kind"
    if etype in _PRACTICE_TYPES and _practice(text, s, e, lang):
        return "habitual"
    if etype in _PASSIVE_TYPES and _practice_passive(text, s, e, lang):
        return "habitual"
    return None


# (round 42, prec42) an act done to someone told in the simple present passive: a search
# declared too ("is put on a wanted list" is a step of a routine; "is wanted", "is being
# sought" are states and ongoing, and are no such verb)
_PASSIVE_TYPES = frozenset({"wanted", "detention", "prosecution", "sentence"})


def _practice_passive(text: str, s: int, e: int, lang: str) -> bool:
    """A step of a routine told in the simple present passive (``practice_passive``: "is/are"
    right before a participle of an act done once, "the soldier is put on a wanted list", "a
    case is opened", "they are detained at stations"), the trigger within or right after it, in
    a sentence that names no one and no time in particular (no digit, date, name or place): what
    is done to such people, not a happening.  Real and invented gold code no simple present
    passive act as an event but where a date or name anchors it (a court register's "the
    defendant is placed on the international wanted list" under its decision's date).  English
    (the Russian practice is read by morphology: :func:`awol.extract.scope_more.practice_present`)."""
    rx = nonevent_rx(lang, "practice_passive")
    if rx is None:
        return False
    hit = any(
        m.start() <= e and (m.end() >= s or _GAP.fullmatch(text, m.end(), s) is not None)
        for m in rx.finditer(text, max(0, s - 40), e + 40)
    )
    return hit and not _anchored(text, lang)


# (up to two words between the participle and a trigger that starts after it: "is put | on a |
# wanted list")
_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}")


# (a search, «is being sought», is a state that lasts: told in the present, it is news)
_PRACTICE_TYPES = frozenset({"detention", "prosecution", "sentence"})
_BASE_VERB = re.compile(r"[a-z]+\b(?<!ed)(?<!ing)(?<!s)")


def _anchored(text: str, lang: str) -> bool:
    """Does the sentence name someone or some time in particular: a digit, a date, a capital
    after its first word (a name, a place)?"""
    if re.search(r"\d", text):
        return True
    first = re.match(r"\W*[^\W\d_]+", text)
    if _CAPITAL.search(text, first.end() if first else 0):
        return True
    from awol.extract.dates import find_dates

    return bool(find_dates(text, lang, None))


def _practice(text: str, s: int, e: int, lang: str) -> bool:
    """A practice in the simple present (``practice_subject``: officials in the plural, or
    "they", right before the trigger, which opens on a base-form verb: "Investigators then open
    a criminal case"), in a sentence that names no one and no time in particular.  English (the
    Russian practice is :func:`awol.extract.scope_more.practice_present`'s, by morphology)."""
    rx = nonevent_rx(lang, "practice_subject")
    if rx is None or rx.search(text[max(0, s - 80) : s]) is None:
        return False
    if _BASE_VERB.match(text, s) is None:
        return False
    return not _anchored(text, lang)


def _failed(text: str, s: int, e: int, cs: int, ce: int, lang: str) -> bool:
    """The trigger's clause holds a negated verb of achievement (``failed_after``: «так и не
    удалось», «пока не удаётся», "failed to", "have not been able to") and, in Russian, the
    trigger opens on an infinitive (the thing not achieved)."""
    rx = nonevent_rx(lang, "failed_after")
    if rx is None:
        return False
    if lang != "ru":
        # (right before the trigger: "police failed to find him"; not a flight's "who failed
        # to return from leave" elsewhere in the sentence)
        return any(m.end() == s for m in rx.finditer(text, max(0, s - 60), s + 1))
    if not rx.search(text, cs, max(ce, e)):
        return False
    first = re.match(r"\W*([^\W\d_]+)", text[s:e])
    return first is not None and _infinitive(first.group(1).lower())


@cache
def _infinitive(word: str) -> bool:
    """Is the Russian word an infinitive (pymorphy3's first parse)?"""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word)
    return bool(parses) and parses[0].tag.POS == "INFN"


def _kind_fate(text: str, s: int, e: int, lang: str) -> bool:
    """A kind's fate (see the module's docstring).  The head (``kind_head``: the sentence's
    opening words up to the relative word or the participle that holds the trigger) names no
    one in particular; the rest of the sentence after the trigger's clause holds a present verb
    and no past one, and the sentence no digit."""
    head_rx = nonevent_rx(lang, "kind_head")
    if head_rx is None or re.search(r"\d", text):
        return False
    head = head_rx.match(text[:s])
    if head is None:
        return False
    # a name or a place (a capital after the sentence's first word) says who or where
    first = re.match(r"\W*[^\W\d_]+", text)
    if _CAPITAL.search(text, first.end() if first else 0):
        return False
    # (the dates last: the dearest test, which the head rules out on most sentences; round 43,
    # speed43: a date read of every trigger's sentence was 1% of English reading)
    from awol.extract.dates import find_dates

    if find_dates(text, lang, None):
        return False
    if lang == "ru":
        # (a number, a pronoun of the story's people, «сейчас»: someone in particular)
        from awol.extract.scope_more import _kind_present

        spec = _kind_present(lang)
        if spec and spec["anchor"].search(text):
            return False
        return _present_rest(text, e)
    fate = nonevent_rx(lang, "kind_fate")
    return fate is not None and fate.match(text, e) is not None


def _present_rest(text: str, e: int) -> bool:
    """After the comma that closes the relative clause holding the trigger, the finite verbs
    are all present, and there is one (Russian, pymorphy3)."""
    from awol.extract.scope_more import verb_tense

    comma = text.find(",", e)
    if comma < 0:
        return False
    tenses = [verb_tense(w.lower()) for w in re.findall(r"[^\W\d_]+", text[comma:])]
    tenses = [t for t in tenses if t is not None]
    return bool(tenses) and all(t == "pres" for t in tenses)

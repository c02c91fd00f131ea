"""Sentence level, Russian: what the grammar says of one person or several, for the count of a
trigger (:mod:`awol.extract.argument_counts`): an adjective, a participle or a noun standing for
one man ("военного задержали", "морпеха"), a surname by itself beside the trigger, the number and
gender the trigger's verb agrees in ("сбежали", "был задержан"), a full participle that
describes people rather than tells what they did."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from awol.extract.argument_words import _RU_WORD, _lemmas, _ru_parse, _ru_parses
from awol.extract.lexicon import Lexicon
from awol.extract.sentences import clause_bounds

if TYPE_CHECKING:
    from awol.extract.mentions import Mention

_NOMINAL = {"NOUN", "ADJF", "PRTF", "NPRO"}


def _adjective_lemma(parse) -> str:
    """The masculine nominative singular of an adjective or a participle (pymorphy3 gives a
    participle's verb as its normal form: "сбежавшего" -> "сбежавший", not "сбежать")."""
    form = parse.inflect({"masc", "sing", "nomn"}) if parse.tag.POS == "PRTF" else None
    return (form.word if form else parse.normal_form).replace("ё", "е")


def surname_beside(text: str, m: Mention, lang: str) -> bool:
    """Is the word right before or after a Russian trigger a surname by itself ("Ранее
    Перелыгина приговорили", "задержан Иванов"): capitalised, read first as a surname (pymorphy3)?
    One person, named the way a story names him after the first time."""
    if lang != "ru":
        return False
    before = re.search(r"([А-ЯЁ][а-яё]+)\s+$", text[max(0, m.start - 40) : m.start])
    after = re.match(r"\s+([А-ЯЁ][а-яё]+)\b", text[m.end : m.end + 40])
    for w in (before, after):
        if w is None:
            continue
        tag = _ru_parse(w.group(1).lower()).tag
        if "Surn" in tag and tag.number == "sing":
            return True
    return False


def _substantive_one(text: str, lang: str) -> re.Match[str] | None:
    """A Russian adjective or participle that stands for one person by itself ("военного
    задержали", "сбежавшего нашли"): its lemma is listed (``singular_substantives``), it is
    singular, and no noun, adjective or pronoun follows it that it would qualify ("военного
    суда"); or a singular noun of one person the ``singular`` pattern does not spell out
    ("морпеха", "разведчику": ``singular_nouns``)."""
    lemmas = _lemmas(lang, "singular_substantives")
    nouns = _lemmas(lang, "singular_nouns")
    if not lemmas:
        return None
    words = list(_RU_WORD.finditer(text))
    starts = _starts(lang)
    for i, w in enumerate(words):
        word = w.group(0).lower()
        if word[:3].replace("ё", "е") not in starts:
            continue
        if any(
            p.tag.POS == "NOUN"
            and p.tag.number == "sing"
            and p.normal_form.replace("ё", "е") in nouns
            for p in _ru_parses(word)
        ):
            return w  # "морпеха приговорили": a noun of one person
        p = next(
            (
                p
                for p in _ru_parses(word)
                if p.tag.POS in ("ADJF", "PRTF")
                and p.tag.number == "sing"
                and _adjective_lemma(p) in lemmas
            ),
            None,
        )
        if p is None:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if (
            nxt is not None
            and not text[w.end() : nxt.start()].strip()
            and _ru_parse(nxt.group(0).lower()).tag.POS in _NOMINAL
        ):
            continue  # "военного суда": it qualifies a noun
        return w
    return None


def _one_noun(w: re.Match[str] | None | bool, lang: str) -> re.Match[str] | None:
    """``w`` where it is a noun of one person (``singular_nouns``: "морпеха"), which says who;
    not an adjective standing for one ("второго")."""
    if not isinstance(w, re.Match):
        return None
    nouns = _lemmas(lang, "singular_nouns")
    parses = _ru_parses(w.group(0).lower())
    return w if any(p.normal_form.replace("ё", "е") in nouns for p in parses) else None


@cache
def _starts(lang: str) -> frozenset[str]:
    """The first three letters of the lemmas of :func:`_substantive_one` (a word that starts
    otherwise is none of them: no need to parse it)."""
    words = _lemmas(lang, "singular_substantives") | _lemmas(lang, "singular_nouns")
    return frozenset(x[:3] for x in words)


# the verb forms whose plural agreement says the people the event is about are several: the
# passive and active participles ("задержаны", "оставивших часть") and, for a flight or a death,
# the finite verb ("сбежали"); "задержали" agrees with the police, not with those held
_PLURAL_FORMS = {"PRTF", "PRTS"}


def _plural_doers(text: str, m: Mention, lang: str) -> bool:
    """Does the trigger's verb agree with several people ("сбежали", "задержаны", "оставивших
    воинские части")?  Then a singular noun elsewhere in the sentence ("26 солдат", also the
    genitive plural) does not make the event about one person.  Russian only (English verbs do
    not agree in number)."""
    if lang != "ru":
        return False
    for w in _RU_WORD.findall(text[m.start : m.end]):
        tag = _ru_parse(w.lower()).tag
        if tag.number != "plur":
            continue
        if tag.POS in _PLURAL_FORMS or (
            tag.POS == "VERB" and (m.type in ("desertion", "death") or "intr" in tag)
        ):
            return True
    return False


def _singular_doer(text: str, m: Mention, lex: Lexicon) -> bool:
    """Does the trigger's verb agree with one man, its subject left out of its clause ("Позже
    был задержан в Твери", "Задержан в июне"; not "Когда я сбежал")?  A short passive participle
    agrees with the one acted on; a finite past verb of a flight or a death with the one who
    fled or died (not "задержал": that is the police).  Masculine singular only, in a sentence
    that names no unit acting as one ("отряд сбежал": ``collective`` lemmas in
    ``lang/<lang>/arguments.yaml``).  Russian only (English verbs do not agree so)."""
    if lex.lang != "ru":
        return False
    words = _RU_WORD.findall(text[m.start : m.end])
    tags = [_ru_parse(w.lower()).tag for w in words]
    if any(t.POS == "NOUN" and t.case == "nomn" for t in tags):
        return False  # the verb agrees with a noun of the trigger ("побег произошёл")
    cs, ce = clause_bounds(text, m.start)
    if any(
        _ru_parse(w.lower()).tag.POS in ("NOUN", "NPRO") and _ru_parse(w.lower()).tag.case == "nomn"
        for w in _RU_WORD.findall(text[cs:ce])
    ):
        return False  # its clause has a subject ("Когда я сбежал"): not left out
    for tag in tags:
        if tag.number != "sing" or tag.gender != "masc":
            continue
        if tag.POS == "PRTS" or (
            tag.POS == "VERB"
            and "past" in tag
            and (m.type in ("desertion", "death") or "intr" in tag)
        ):
            collective = _lemmas(lex.lang, "collective")
            return not any(
                _ru_parse(x.lower()).normal_form.replace("ё", "е") in collective
                for x in _RU_WORD.findall(text)
                if x[:3].lower() in {c[:3] for c in collective}
            )
    return False


def _attributive(m: Mention, lang: str) -> bool:
    """Is the trigger a Russian full participle ("сбежавших", "оставившие часть"), which
    describes people rather than telling what they did?"""
    if lang != "ru":
        return False
    words = _RU_WORD.findall(m.sentence.text[m.start : m.end])[:3]
    return any(_ru_parse(w.lower()).tag.POS == "PRTF" for w in words)


def _participle_clause(text: str, m: Mention) -> bool:
    """ "о задержании 26 солдат, оставивших воинские части": a Russian participle clause after a
    comma (its participle at most a word after the comma) describes the people of the
    sentence's other event, like a relative clause."""
    cs, _ = clause_bounds(text, m.start)
    if cs == 0 or len(text[cs : m.start].split()) > 1:
        return False
    words = _RU_WORD.findall(text[m.start : m.end])[:3]
    return any(_ru_parse(w.lower()).tag.POS == "PRTF" for w in words)

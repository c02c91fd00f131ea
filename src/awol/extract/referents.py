"""Who a speaker's pronoun or a channel's common noun refers back to where the one it means was
named without a verb of telling (round 35, source35).

"Svetlana Orlik's son was mobilised in 2024. He left his unit in April, she said.": the woman is
named in the sentence before, but as no one's source (no verb of telling), so the last *source*
named before (:meth:`~awol.extract.attribution.SourceChain.last_named`) does not know her.  A
speaker's pronoun ("she said", "he told reporters", «говорит она», «Он уточнил, что», «По ее
словам») refers to the nearest person named before it whose given name agrees with the
pronoun's gender, within the sentences before it back to the nearest that names a source (a
person named as the source there is taken too); "the channel" / «канал» to the nearest Telegram
channel named before ("Relatives run a Telegram channel called X. The channel wrote ...").

Words (the pronouns and their gender, the given names' gender in English transliteration, how a
channel is named) are data: ``referent`` of ``lang/<lang>/attribution.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from awol.extract.lexicon import lang_file
from awol.extract.morph import get_morph
from awol.extract.names import (
    en_given,
    find_person_names,
    lexicon_given,
    ru_given_names,
    slavic_surname,
)
from awol.extract.places import get_gazetteer
from awol.extract.tokens import known_en

# how many sentences before the pronoun's are read (and at most one paragraph back)
WINDOW = 3


@cache
def _config(lang: str) -> dict[str, re.Pattern[str]]:
    raw = lang_file(lang, "attribution").get("referent") or {}
    return {k: re.compile(v) for k, v in raw.items() if v}


def pronoun_gender(word: str, lang: str) -> str | None:
    """ "f" or "m" for a speaker's pronoun ("she", «ее», «женщина»), "*" for a role said as
    one ("the politician": :func:`a_role_noun`), None for any other word."""
    rx = _config(lang).get("pronoun")
    m = rx.match(word.strip()) if rx is not None else None
    if m is None:
        return "*" if a_role_noun(word, lang) else None
    return "f" if m.group("f") else "m"


def a_role_noun(word: str, lang: str) -> bool:
    """Is ``word`` a person's role said as a speaker's anaphora ("the politician", «адвокат»)?
    It refers to the person named before it, of either gender (:func:`pronoun_gender` "*")."""
    rx = _config(lang).get("role")
    return bool(rx is not None and rx.match(word.strip()))


def a_channel_noun(word: str, lang: str) -> bool:
    """Is ``word`` a channel's common noun ("the channel", «канала»)?"""
    rx = _config(lang).get("channel_noun")
    return bool(rx is not None and rx.match(word.strip()))


def name_gender(name: str, lang: str) -> str | None:
    """The gender of a person's name by its given name (None: not known).  English: as
    ``given_male`` / ``given_female`` of the config say (a name in -a is a woman's but for the
    men's listed), else a man's where the word is a given name the lists know
    (:func:`~awol.extract.names.en_given`, :func:`~awol.extract.names.lexicon_given`) or a
    surname alone with a man's Slavic ending (:func:`~awol.extract.names.slavic_surname`)."""
    first = name.split()[0] if name.split() else ""
    if lang == "ru":
        got = ru_given_names().get(first.lower().replace("ё", "е"))
        return got[1] if got else None
    cfg = _config(lang)
    male, female = cfg.get("given_male"), cfg.get("given_female")
    if male is not None and male.match(first):
        return "m"
    if female is not None and female.match(first):
        return "f"
    # a given name the lists know (Russian, Ukrainian, Caucasian, Central Asian: a man's has no
    # -a), or a surname alone with a man's Slavic ending ("Private Orlov": "Orlova" is a
    # woman's); any other word's gender is not known, and agrees with neither pronoun (round
    # 36: it was a man's)
    return "m" if en_given(first) or lexicon_given(first) or slavic_surname(first) else None


def person_before(
    texts: list[str],
    paras: list[int],
    i: int,
    gender: str,
    lang: str,
    named: Callable[[int], str | None],
    role: str = "",
    names_at: Callable[[int], list] | None = None,
) -> str | None:
    """The person sentence ``i``'s pronoun of ``gender`` refers to: the last name of that gender
    (else the person it opens with by a common noun, :func:`noun_speaker`) in the nearest
    sentence before it (within :data:`WINDOW` sentences and one paragraph) that
    names one, as written; or the source a sentence there names (``named(j)``) where that is a
    person of that gender; None where a sentence naming another source comes first (a body
    speaks nearer), or none."""

    def names(j: int) -> list:  # (the document's reader where given: each sentence read once)
        return names_at(j) if names_at is not None else find_person_names(texts[j], lang)

    if gender == "*":
        return _role_before(texts, paras, i, lang, named, role, names)
    for j in range(i - 1, max(-1, i - 1 - WINDOW), -1):
        if paras and paras[j] < paras[i] - 1:
            break
        src = named(j)
        if src is not None:
            people = find_person_names(src, lang)
            if people and name_gender(people[-1].text, lang) == gender:
                return src
            # ("Сестра десантника написала в редакцию. Она рассказала ...": a person by a noun)
            return src if not people and noun_speaker(src, lang, gender) else None
        found = [n.text for n in names(j) if name_gender(n.text, lang) == gender]
        if found:
            return found[-1]
        # (no name of that gender: "A lawyer for the family, ... He said")
        noun = noun_speaker(texts[j], lang, gender)
        if noun:
            return noun
    return None


def noun_speaker(text: str, lang: str, gender: str) -> str | None:
    """The person a sentence opens with, named by a common noun and no name ("A lawyer for the
    family, who ...", «Мать мобилизованного из Пензы позвонила ...»: ``person_noun`` of the
    config), as written, where its noun's gender agrees with ``gender`` (a noun of either
    gender, "lawyer", agrees with both): the one a speaker's pronoun after it refers to where
    the sentence names no one of that gender (round 36, source36)."""
    rx = _config(lang).get("person_noun")
    m = rx.match(text) if rx is not None else None
    if m is None:
        return None
    of = "f" if m.group("f") else "m" if m.group("m") else "*"
    return m.group("np").strip() if of in ("*", gender) else None


def _role_before(
    texts: list[str],
    paras: list[int],
    i: int,
    lang: str,
    named: Callable[[int], str | None],
    role: str,
    names: Callable[[int], list],
) -> str | None:
    """A role said as the speaker ("the lawyer said", «— говорит адвокат»): the person named
    before with that role written beside the name ("lawyer Vera Tolmacheva", «Адвокат Сергей
    Ладыгин»), as written there: a source so named, or the role and the name in a sentence
    that names no source (the role's words and the name's: what either coder writes, the role
    as written in the invented gold, the name in train's).  None where no such naming is near."""
    noun = re.sub(r"^(?:[Tt]he\s+)", "", role.strip()).lower()
    stem = noun[: max(4, len(noun) - 2)]
    if not stem:
        return None
    for j in range(i - 1, max(-1, i - 1 - WINDOW), -1):
        if paras and paras[j] < paras[i] - 1:
            break
        src = named(j)
        if src is not None:
            return src if stem in src.lower() and find_person_names(src, lang) else None
        low = texts[j].lower()
        for n in reversed(names(j)):
            at = low.rfind(stem, max(0, n.start - 40), n.start)
            if at >= 0 and len(texts[j][at : n.start].split()) <= 4:
                start = at
                while start > 0 and texts[j][start - 1].isalpha():
                    start -= 1
                return texts[j][start : n.end]
    return None


def channel_before(
    texts: list[str], paras: list[int], i: int, lang: str, named: Callable[[int], str | None]
) -> str | None:
    """The channel sentence ``i``'s "the channel" refers to: the last channel named (``channel``
    of the config: "a Telegram channel called X", «телеграм-канал «X»») in the nearest sentence
    before it, within :data:`WINDOW` sentences and one paragraph, that names one before any
    sentence naming a source (then that source is the referent: None here)."""
    rx = _config(lang).get("channel")
    if rx is None:
        return None
    for j in range(i - 1, max(-1, i - 1 - WINDOW), -1):
        if paras and paras[j] < paras[i] - 1:
            break
        found = [m.group("name") for m in rx.finditer(texts[j])]
        if found:
            return found[-1]
        if named(j) is not None:
            return None
    return None


_POSSESSIVE = re.compile(r"[’']s$")
_QUOTED = re.compile(r'^[«"“](?P<name>[^»"”]+)[»"”]$')


@lru_cache(maxsize=512)
def a_headline_teller(name: str, lang: str) -> bool:
    """Is ``name``, which opens a sentence before a colon ("Verstka: three deserters detained",
    «Вёрстка»: ...), the one who tells the story under it (an outlet, a body, a person) rather
    than the headline's place ("Kursk: ..."), a rubric ("Video:", «Молния:»: ``headline_not``
    of the config) or a common word ("Analysis:")?  A name in quotes is a teller where it reads
    as a name (no comma, at most four words, in Russian no verb, pronoun, adverb or particle: not
    a quote that opens an interview's headline, «Я просто хотел домой»: ...); else a place
    of the gazetteer that is the whole name is not, nor a single word of the dictionary that
    is no name, nor several words most of which are such words or a possessive (a title's "The
    Tarasov Case:", "Russia's Spring Offensive: What the Maps Show").  Round 36 (source36)."""
    rubric = _config(lang).get("headline_not")
    m = _QUOTED.match(name)
    bare = (m.group("name") if m else name).strip()
    if not bare or (rubric is not None and rubric.fullmatch(bare)):
        return False
    if m and (_QUOTE_NOT_NAME.search(bare) or len(bare.split()) > 4):
        return False  # («Я просто хотел домой»: интервью ...: a quote, not a name)
    if m and lang == "ru":
        return not any(_ru_pos(w) in _NOT_IN_A_NAME for w in bare.split())
    if any(p.start == 0 and p.end >= len(bare) for p in get_gazetteer().find(bare, lang)):
        return False
    words = bare.split()
    # (a name of several words is mostly names: "Novaya Gazeta Europe", "Zvezda TV")
    names = sum(not _common_word(w, lang) and not _POSSESSIVE.search(w) for w in words)
    return 2 * names >= len(words)


def _common_word(word: str, lang: str) -> bool:
    """A word of the language's dictionary that is no name (pymorphy3 for Russian, simplemma
    for English)."""
    if lang == "ru" and re.search(r"[а-яё]", word.lower()):
        parses = get_morph().parse(word.lower())
        if not parses or not parses[0].is_known:
            return False
        return not {"Name", "Surn", "Orgn", "Geox"} & set(
            str(parses[0].tag).replace(" ", ",").split(",")
        )
    return known_en(word) and not (word.isupper() and len(word) <= 4)  # (an acronym: "SOTA")


def _ru_pos(word: str) -> str | None:
    parses = get_morph().parse(word.lower())
    return str(parses[0].tag.POS) if parses and parses[0].is_known else None


# a quote's words, not a name's: a verb, a pronoun, an adverb, a particle («Я просто хотел домой»)
_NOT_IN_A_NAME = frozenset({"VERB", "INFN", "NPRO", "ADVB", "PRCL", "PRED", "GRND", "PRTS", "CONJ"})
_QUOTE_NOT_NAME = re.compile(r"[,!?…:;]")

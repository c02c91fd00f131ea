"""Sentence level, the count of a trigger: which number of a sentence counts the people of which
mention, and where no number does, whether a singular or plural subject counts them (one man, a
group named by a pronoun, the people of a name)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from awol.extract.argument_number import (
    _attributive,
    _one_noun,
    _participle_clause,
    _plural_doers,
    _singular_doer,
    _substantive_one,
)
from awol.extract.argument_scope import _distance
from awol.extract.argument_words import (
    _RU_WORD,
    _lemmas,
    _raw_words,
    _ru_parse,
    _rx,
    _words,
    pronoun_alone,
)
from awol.extract.counts import (
    CountMention,
    numbers_data,
    people_head,
    people_word,
    vague_quantity,
)
from awol.extract.lexicon import Lexicon, get_lexicon, icase
from awol.extract.merge_words import part_of_group
from awol.extract.sentences import clause_bounds
from awol.extract.victims import victim_count
from awol.extract.who_phrase import group_who, tidy_who

if TYPE_CHECKING:
    from awol.extract.mentions import Mention

_WORD_AFTER = re.compile(r"\.?\w")


def people_counts(text: str, lex: Lexicon, counts: list[CountMention]) -> list[CountMention]:
    """Counts of people, not of magazines, kilometres, years or web addresses.  Companions
    ("fled together with two comrades", "сбежал вместе с двумя сослуживцами") count with the
    one they went with: three people."""
    along = _rx(lex.lang, "companions")
    kin = _rx(lex.lang, "kin_before")

    def companions(c: CountMention) -> bool:  # (with the one they went with)
        return c.qualifier == "exact" and bool(
            along.search(text, max(0, c.start - 20), c.start)
            or joined_companions(text, c.start, c.end, lex.lang)
        )

    out: list[CountMention] = []
    for c in counts:
        if (
            _WORD_AFTER.match(text, c.end, c.end + 2)  # "161.ru", "5th"
            or _rx(lex.lang, "duration").match(text, c.end)  # "five and a half years", "пять лет"
            # someone's children ("a father of three"), not the people of the event
            or kin.search(text, max(0, c.start - 30), c.start)
        ):
            continue
        along_with = c.total is None and companions(c)
        # its noun (if any) names people, or what a statistic counts
        if (
            c.total is not None
            # companions are people whatever the noun ("together with two comrades")
            or along_with
            or not c.head
            or lex.people.search(c.head)
            # a noun of servicemen the number lexicon knows ("two gunners", "трёх курсантов")
            or people_head(c.head, lex.lang, grammar=False)
            # a Russian animate noun or a participle standing for people ("двоих участников
            # побега", "одного бежавшего"), not someone's kin ("отца троих детей")
            or (c.value == 1 and people_word(c.head.split()[0], lex.lang))
            or _people_noun(c.head, lex.lang)
            or lex.figure_nouns.search(c.head)
            or lex.topic.search(c.head)
        ):
            out.append(_with_companions(text, c, lex.lang) if along_with else c)
        elif subset_lead(text, c.start, lex):
            # "convicted 6,000 servicemen, of whom 4,300 received prison terms": a part of the
            # people counted before; the words after it say what they did (fields46)
            out.append(replace(c, head=None, head_start=None))
    return out


def subset_lead(text: str, start: int, lex: Lexicon) -> bool:
    """Do the words right before a number make it a part of what was counted before ("of
    whom", «из которых»: ``figure_subset_before`` of lang/*/figures.yaml)?  (Read by the people
    counts and by the figures alike.)"""
    raw = str(lex.extra.get("figure_subset_before") or "")
    return bool(raw) and icase(raw).search(text[max(0, start - 30) : start]) is not None


def _with_companions(text: str, c: CountMention, lang: str) -> CountMention:
    """The count of companions with the one they went with (value + 1); its people are
    described by him ("A private fled with three comrades": "A private"), where the clause
    before names him by a noun, else by the companions' noun as before."""
    cs = clause_bounds(text, c.start)[0]
    one = _one_described(text[cs : c.start], lang)
    if one is None:
        tie = _words(lang).get("companion_relation")
        if c.head and tie is not None and tie.search(c.head):
            # ("ушли вместе с ещё пятью сослуживцами", "he and two friends": a tie to him, no
            # descriptor of the people, unless the clause names him after them, «Вместе с
            # тремя сослуживцами контрактник из Пензы покинул лагерь»; round 49, who49)
            ce = clause_bounds(text, c.start)[1]
            after = _one_described(text[c.end : ce], lang)
            if after is None:
                return replace(c, value=c.value + 1, head=None, head_start=None)
            return replace(
                c, value=c.value + 1, head=after.group(0), head_start=c.end + after.start()
            )
        return replace(c, value=c.value + 1)
    return replace(c, value=c.value + 1, head=one.group(0), head_start=cs + one.start())


def joined_companions(text: str, start: int, end: int, lang: str) -> bool:
    """Is the count at ``text[start:end]`` of the companions of one person told before it, joined
    by "and"/"with" («и», «с»): "A conscript and three of his fellow soldiers fled", "fled his
    unit with two comrades", «Рядовой с двумя товарищами сбежал», «Контрактник и двое его
    сослуживцев ушли»?  Then the event is about them and him (value + 1).  The words after the
    number must make them his companions (``companions_after`` of ``lang/<lang>/arguments.yaml``:
    "of his", "other", "fellow", a noun of comrades; «его», «других», «сослуживцев»), and the
    one before must be one person: a singular subject (``singular``) or a name right before
    "and"; before "with", a singular subject anywhere in the clause."""
    words = _words(lang)
    joined, after = words.get("companions_joined"), words.get("companions_after")
    if joined is None or after is None or not after.match(text, end):
        return False
    cs = clause_bounds(text, start)[0]
    j = joined.search(text, cs, start)
    if j is None:
        return False
    before = text[cs : j.start()].rstrip(" ,")
    if j.group("with"):
        return any(_a_head(w) for w in words["singular"].finditer(before))
    last = None
    for w in words["singular"].finditer(before):
        last = w
    if last is not None and last.end() == len(before) and _a_head(last):
        return True
    if lang == "ru" and (end_word := _LAST_RU_WORD.search(before)):
        # (a noun of one person the pattern does not spell out: «Сапёр и трое его сослуживцев»)
        if _one_noun(_substantive_one(end_word.group(0), lang), lang) is not None:
            return True
    return bool(_NAME_BEFORE.search(before))


def one_companion(text: str, m: Mention, lang: str) -> bool:
    """Does the clause of a mention counted as one man add one comrade, named with no number
    («Рядовой вместе с сослуживцем покинул часть», "fled together with a fellow soldier")?
    Then the event is about two people (``companion_one`` of ``lang/<lang>/arguments.yaml``;
    round 46, fields46).  Not for a group told by a pronoun or a number of its own."""
    rx = _words(lang).get("companion_one")
    if rx is None or m.plural_anaphora:
        return False
    cs, ce = clause_bounds(text, m.start)
    return rx.search(text, cs, ce) is not None


def _one_described(text: str, lang: str) -> re.Match[str] | None:
    """The first descriptor of one person in ``text`` (``singular``, not a pronoun alone; in
    Russian also a noun of ``singular_nouns``: «Сапёр»)."""
    one = _described(_rx(lang, "singular"), text, lang)
    if one is None and lang == "ru":
        one = _one_noun(_substantive_one(text, lang), lang)
    return one


_LAST_RU_WORD = re.compile(r"[а-яёА-ЯЁ]+$")
_PAIR_AND = re.compile(r"\s(?:and|и)\s")


# a surname or a name right before "and"/«и» (a capitalised word after another: "Private Orlov")
_NAME_BEFORE = re.compile(r"(?-i:[A-ZА-ЯЁ][\w'’.-]*\s+[A-ZА-ЯЁ][a-zа-яё'’-]+)$")


def _people_noun(head: str, lang: str) -> bool:
    """Does a Russian count's noun phrase name people by its grammar: its first noun animate
    ("двоих участников побега", "троих сослуживцев"; not "четырьмя снаряженными магазинами"),
    or, with no noun, a participle standing for them ("пятерых сбежавших"); not someone's kin
    ("отца троих детей": ``kin`` lemmas in ``lang/<lang>/arguments.yaml``)?"""
    if lang != "ru":
        return False
    words = _RU_WORD.findall(head)[:4]
    kin = _lemmas(lang, "kin")
    for k, w in enumerate(words):
        p = _ru_parse(w.lower())
        if p.tag.POS == "NOUN":
            return "anim" in p.tag and p.normal_form.replace("ё", "е") not in kin
        if p.tag.POS not in ("ADJF", "PRTF"):
            break
        if k == len(words) - 1:
            return people_word(words[0], lang)
    return False


def share_count(mentions: list[Mention], lex: Lexicon) -> None:
    """ "sentenced three paratroopers ... for leaving their unit": the act a verdict or charge is
    for is done by the same people, so it takes their count; so is a predicate with no subject of
    its own ("37 soldiers fled ... but were soon caught")."""
    text = mentions[0].sentence.text if mentions else ""
    lang = lex.lang
    for m in mentions:
        relative = (
            bool(_rx(lang, "relative").match(text, clause_bounds(text, m.start)[0]))
            and not _rx(lang, "adverbial").match(text, clause_bounds(text, m.start)[0])
        ) or _participle_clause(text, m)
        relative = relative or _elided_subject(text, m, lex)
        if m.count is not None or not (m.trigger.shares_count or relative):
            continue
        others = [
            x for x in mentions if x is not m and x.count is not None and x.count_from != "singular"
        ]
        if others:
            src = min(others, key=lambda x: _distance(x, m.start))
            m.count, m.count_qualifier, m.count_from = src.count, src.count_qualifier, "number"
            m.who = m.who or src.who  # (the same people: the same descriptor)
            m.plural_anaphora = False
        elif any(x is not m and x.plural_anaphora and x.start < m.start for x in mentions):
            # ("The pair were detained ... and have been charged": the group the first
            # predicate's anaphor names, counted at the document level; round 39, count39)
            m.plural_anaphora = True
    _anaphor_counted(mentions, text, lang)
    # "Two soldiers wanted since May for leaving a checkpoint were arrested": a number the
    # reduced relative's trigger (one that ``shares_count``) took as the nearest is its
    # sentence's subject, so the main act's people too (round 39, type39)
    lent = [x for x in mentions if x.trigger.shares_count and x.count is not None
            and x.count_from == "number"]  # fmt: skip
    for m in mentions:
        if m.count is None and lent and not m.trigger.shares_count and not m.plural_anaphora:
            src = min(lent, key=lambda x: _distance(x, m.start))
            m.count, m.count_qualifier, m.count_from = src.count, src.count_qualifier, "number"
            m.who = m.who or src.who


def _anaphor_counted(mentions: list[Mention], text: str, lang: str) -> None:
    """ "Two conscripts fled their unit, and police detained them two days later", «Трое военных
    сбежали из части, их задержали в пятницу»: a plural anaphor ("them", "they", «их») of a later
    clause names the group an earlier act of the same sentence counted (the nearest one before
    it, counted by its own number or names).  The document level only counts an anaphor from the
    sentences around it, so the group of its own sentence was lost (round 42, fig42).  Not
    the count of a part ("Four of the deserters were caught soon after they fled": the anaphor
    is the whole group; ``partitive_count``, Russian ``part_of_group``)."""
    for m in mentions:
        if m.count is not None or not m.plural_anaphora:
            continue
        before = [
            x
            for x in mentions
            if x.start < m.start
            and x.count is not None
            and x.count > 1
            and x.count_from in ("number", "names")
            and not _a_part(text, x, lang)
        ]
        if before:
            src = max(before, key=lambda x: x.start)
            m.count, m.count_qualifier, m.count_from = src.count, src.count_qualifier, "anaphora"
            m.who = m.who or src.who
            m.plural_anaphora = False


def _a_part(text: str, m: Mention, lang: str) -> bool:
    """Is the clause of ``m`` up to its trigger's clause end told of a part of a group ("Four
    of the deserters", «Трое из них»)?"""
    cs, ce = clause_bounds(text, m.start)
    rx = _words(lang).get("partitive_count")
    if rx is not None and rx.search(text, cs, ce):
        return True
    return part_of_group(text, m.start, lang)


def _one_subject(text: str, start: int, end: int, lang: str) -> bool:
    """Does the clause before a trigger (``text[start:end]``) give it a subject of one person of
    its own ("Four of the five were found; the fifth is still being sought", "one of them was
    detained, another remains at large")?  Then a count of another clause is not its count."""
    # (a letter past the end: "the fifth " ends on a word boundary only before the next word)
    one = _rx(lang, "singular").search(text, start, min(len(text), end + 1))
    # (an ordinal is one man too: "the fifth", which says no descriptor)
    return one is not None and not pronoun_alone(one.group(0).strip(), lang)


def _elided_subject(text: str, m: Mention, lex: Lexicon) -> bool:
    """ "37 soldiers fled, ... but were soon caught", "сбежали, но были задержаны": a predicate
    coordinated with no subject of its own (``elided_subject`` in ``lang/*/events.yaml``, matched
    at the start of the trigger's clause) is said of the people the sentence counted."""
    rx = _elided_rx(lex.lang)
    if rx is None:
        return False
    cs, _ = clause_bounds(text, m.start)
    return rx.match(text, cs, m.end) is not None


@cache
def _elided_rx(lang: str) -> re.Pattern[str] | None:
    raw = get_lexicon(lang).extra.get("elided_subject")
    return re.compile(raw, re.IGNORECASE) if raw else None


def _records(c: CountMention, lex: Lexicon) -> bool:
    """Does the count's noun name records (cases, proceedings, verdicts: ``figure_records`` in
    ``lang/<lang>/figures.yaml``) and not people?"""
    if not c.head or lex.people.search(c.head):
        return False
    raw = lex.extra.get("figure_records")
    return bool(raw) and _records_rx(str(raw)).search(c.head) is not None


def _agents(c: CountMention, lex: Lexicon, text: str = "") -> bool:
    """Does the count's noun name the police who act on the people (``count_agents`` in
    ``lang/<lang>/events.yaml``: "two military police officers came for him", «за ним пришли
    двое из военной полиции»), not the people an event is of?  (Round 30, type30: a detention
    told by who came for the man counted the officers and split from the detention it retells.)"""
    raw = lex.extra.get("count_agents")
    if bool(raw and c.head) and _records_rx(str(raw)).search(c.head) is not None:
        return True
    # (round 38, type38: the noun with what it is of, "four men from the military commandant's
    # office came to the dacha": ``count_agents_phrase``, read on the words from the noun on)
    phrase = lex.extra.get("count_agents_phrase")
    return bool(phrase and c.head and c.head_start is not None and text) and (
        _records_rx(str(phrase)).match(text, c.head_start, c.head_start + 80) is not None
    )


@lru_cache(maxsize=4)
def _records_rx(raw: str) -> re.Pattern[str]:
    return re.compile(raw, re.IGNORECASE)


_EN_PARTITION_AFTER = re.compile(r"\s+of\s+\w")
_PARTITION_AFTER = re.compile(r"\s+из\s+(?:числа\s+)?\w")
_WORD_BEFORE = re.compile(r"([А-Яа-яЁё-]+)\s+$")
# the nouns of a time or a place a sentence may open with ("В понедельник одного из беглецов
# задержали"): not whose the part of the group is
_NOT_POSSESSOR = frozenset(("Geox", "Name", "Surn", "Patr", "Orgn", "Abbr", "Init"))


def _possessor(
    text: str, c: CountMention, lang: str, acts: tuple[tuple[int, int], ...] = ()
) -> bool:
    """ "Их задержали у брата одного из беглецов", "в квартире знакомого одного из них": a part
    of a group ("N из ...") right after a noun is whose that noun is (a relative, a flat), not
    the people the sentence's trigger counts (Russian: the word before is a noun or a noun-like
    adjective, not a place, a name or a time; English: "a friend of one of the runaways", "the
    house of one of their brothers", after a kinsman, a friend or a home).  Not the noun of an
    act of the sentence (``acts``: its triggers' spans): "Задержание троих из них прошло
    буднично" counts the people detained (round 26, near26)."""
    if lang == "en":
        return _rx(lang, "possessor_before").search(
            text, max(0, c.start - 60), c.start
        ) is not None and bool(_EN_PARTITION_AFTER.match(text, c.end))
    if lang != "ru" or not _PARTITION_AFTER.match(text, c.end):
        return False
    w = _WORD_BEFORE.search(text, max(0, c.start - 40), c.start)
    if w is None or any(s <= w.start(1) < e for s, e in acts):
        return False
    p = _ru_parse(w.group(1).lower())
    tag = p.tag
    noun = tag.POS == "NOUN" or (tag.POS == "ADJF" and "Subx" in tag)
    return (
        noun
        and not (_NOT_POSSESSOR & set(tag.grammemes))
        and p.normal_form not in _lemmas(lang, "not_possessors")
    )


_QUOTE_SPAN = re.compile(r"«[^«»]*»|“[^“”]*”")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the quotations of a sentence (between guillemets or curly quotes); a quote
    opened in a sentence before ("«Нам сказали ... Мы просто ушли в лес», — говорит один из
    них": the sentence opens inside it) spans from the sentence's start to its close."""
    spans = [(q.start(), q.end()) for q in _QUOTE_SPAN.finditer(text)]
    close = min((i for i in (text.find("»"), text.find("”")) if i >= 0), default=-1)
    if close >= 0 and not any(a <= close < b for a, b in spans):
        opened = min((i for i in (text.find("«"), text.find("“")) if i >= 0), default=-1)
        if opened < 0 or opened > close:
            spans.insert(0, (-1, close + 1))
    return spans


def assign_counts(
    mentions: list[Mention],
    counts: list[CountMention],
    text: str,
    lex: Lexicon,
    named: bool = True,
) -> None:
    """Counts to the mentions of a sentence.  ``named``: the sentence names people of its events
    (their names count them later); False where every name it holds is someone else's (a
    lawyer's, a source's: "сообщил адвокат Павел Шляхов"), which then count no one."""
    if not mentions:
        return
    has_other = {m.type for m in mentions} - {"desertion"}
    used: set[int] = set()
    for c in counts:
        if c.total is not None and "desertion" in {m.type for m in mentions} and has_other:
            for m in mentions:
                if m.count is None:
                    if m.type == "desertion":
                        m.count, m.count_qualifier = c.total, "exact"
                    else:
                        m.count, m.count_qualifier = c.value, c.qualifier
                    m.count_from = "number"
                    m.who = m.who or c.head
            used.add(id(c))
    # (records of the justice system are no one's count: "суд, рассмотревший 12 подобных дел";
    # nor is a part of a group that a noun governs: "у брата одного из беглецов")
    acts = tuple((m.start, m.end) for m in mentions)
    free = [
        c
        for c in counts
        if id(c) not in used
        and not _records(c, lex)
        and not _agents(c, lex, text)
        and not _possessor(text, c, lex.lang, acts)
        and not victim_count(text, c.start, lex.lang)  # (prec33: "убил двух женщин")
    ]
    # each trigger takes the closest count in its clause (else in the sentence), closest first
    pairs = []
    quotes = _quote_spans(text) if any(q in text for q in "«“»”") else []
    for m in mentions:
        # the speaker of a quote is no count of what the quote tells: "«Мы ушли», — рассказал
        # один из них"
        inside = next(((a, b) for a, b in quotes if a < m.start < b), None)
        own = clause_bounds(text, m.start)
        one = None  # (its own clause's subject is one man: "...; the fifth is still sought")
        for c in free:
            if inside is not None and not inside[0] < c.start < inside[1]:
                continue
            d = _distance(m, c.start)
            if clause_bounds(text, c.start) != own:
                if one is None:
                    one = _one_subject(text, own[0], m.start, lex.lang)
                if one:
                    continue
                d += 60
            pairs.append((d, id(m), id(c), m, c))
    pairs.sort(key=lambda p: p[0])
    taken: set[int] = set()
    # an attributive participle ("шестерых военных, сбежавших из части, задержали") describes
    # the people counted: it shares their count with the predicate instead of taking it
    described = {id(m) for m in mentions if _attributive(m, lex.lang)}
    for _d, mi, ci, m, c in pairs:
        if m.count is not None or (ci in taken and mi not in described):
            continue
        m.count, m.count_qualifier, m.count_from = c.value, c.qualifier, "number"
        m.who = m.who or c.head
        if mi not in described:
            taken.add(ci)
    _pairs(text, mentions, lex.lang)
    # the searches of the whole sentence, made once for all its mentions (where one needs them)
    whole: dict[str, re.Match[str] | None | bool] = {}

    def once(key: str, find):
        if key not in whole:
            whole[key] = find()
        return whole[key]

    def singular():
        return once(
            "singular",
            lambda: _rx(lex.lang, "singular").search(text) or _substantive_one(text, lex.lang),
        )

    for m in mentions:
        if m.count is not None:
            continue
        cs, ce = clause_bounds(text, m.start)
        window = text[max(0, cs - 60) : ce]
        if _rx(lex.lang, "both").search(window):
            m.count, m.count_qualifier, m.count_from = 2, "exact", "number"
        elif vague_quantity(text[cs:ce], lex.lang):
            # "several soldiers fled", "десятки сослуживцев": how many is not said, who is
            m.who = m.who or group_who(text[cs:ce], lex.lang)
        elif m.type != "desertion" and (
            ordinal := _rx(lex.lang, "ordinal_one").search(
                text, _subject_start(text, m, lex.lang), ce
            )
        ):
            # (not a flight: "The fourth man, who left the base with them" left with the group)
            # "Their companions shot a fourth man dead", «поиски седьмого дезертира
            # продолжаются»: one man named by his place in the group, not the group (round 43)
            m.count, m.count_qualifier, m.count_from = 1, "exact", "singular"
            m.who = ordinal.group(0)  # (not "Their companions": the killers)
        elif named and once(
            "names",
            lambda: _names_in(text, 0, len(text)) and _full_name(text, lex.lang),
        ):
            pass  # counted from the names found in the sentence
        elif (
            once("plural", lambda: _group_anaphor(text, lex.lang))
            if m.type == "wanted"
            else _group_anaphor(text[_subject_start(text, m, lex.lang) : ce], lex.lang)
        ) and not (_NAME_COUNT_OK and _names_in(text, cs, ce, lex.lang)):
            # a search is for the group wherever the sentence names it ("a reward for their
            # recapture", "they might be in Belgorod"); other acts by their subject
            m.plural_anaphora = True
        elif (singular() and not _plural_doers(text, m, lex.lang)) or _singular_doer(text, m, lex):
            m.count, m.count_qualifier, m.count_from = 1, "exact", "singular"
        if m.who is not None:
            continue
        if m.type == "wanted" and (sought := sought_who(text, m, lex.lang)) is not None:
            m.who = sought  # (whom the search is for, not who searches: round 55, attrib55)
            continue
        # the first subject of the sentence that says who (not a pronoun before it: "his
        # unit ... the company commander was detained")
        who = (
            once("described", lambda: _described(_rx(lex.lang, "singular"), text, lex.lang))
            or once(
                "described plural",
                lambda: _described(_rx(lex.lang, "plural_anaphora"), text, lex.lang),
            )
            or (_one_noun(singular(), lex.lang) if m.count_from == "singular" else None)
            # a group named by a bare plural ("Soldiers who had been recruited from prisons
            # fled", "Бывшие заключённые, подписавшие контракт, сбежали"): not of one man
            or (
                once("plural who", lambda: _plural_who(text, lex.lang))
                if m.count is None or m.count > 1
                else None
            )
        )
        if who and not pronoun_alone(who.group(0), lex.lang) and _a_head(who):
            m.who = tidy_who(apposed_who(text, who, lex.lang) or who.group(0))


def sought_who(text: str, m: Mention, lang: str) -> str | None:
    """The people a search is for, the object of its search verb at the search's trigger
    ("units looking for deserters", "combing the area for the missing North Koreans":
    ``sought_who`` of ``lang/<lang>/arguments.yaml``); None where the language has no such
    words or the search names no one there (round 55, attrib55)."""
    if "sought_who" not in _raw_words(lang):
        return None
    rx = _rx(lang, "sought_who")
    s = rx.search(text, max(0, m.start - 1))
    if s is None or s.start() > m.end + 1:
        return None
    return tidy_who(s.group("who"))


def apposed_who(text: str, who: re.Match[str], lang: str) -> str | None:
    """The descriptor set after a comma beside a descriptor that names no one's service ("The
    man, a sergeant of an artillery brigade, said": "a sergeant of an artillery brigade"), by
    ``generic_who`` and ``apposition_who`` of ``lang/<lang>/arguments.yaml``; None where there
    is none (the descriptor stays)."""
    words = _words(lang)
    generic, after = words.get("generic_who"), words.get("apposition_who")
    if generic is None or after is None or not generic.fullmatch(who.group(0).strip()):
        return None
    a = after.match(text, who.end())
    if a is None:
        return None
    one = _rx(lang, "singular").match(a.group("who"))
    return a.group("who") if one is not None and _a_head(one) else None


def _plural_who(text: str, lang: str) -> re.Match[str] | None:
    """The first group of people ``plural_who`` of ``lang/<lang>/arguments.yaml`` finds."""
    if "plural_who" not in _raw_words(lang):
        return None
    return _described(_rx(lang, "plural_who"), text, lang)


def _described(rx: re.Pattern[str], text: str, lang: str) -> re.Match[str] | None:
    """The first match of ``rx`` in ``text`` that says who: not a pronoun alone
    (:func:`pronoun_alone`) and ending on a noun (:func:`_a_head`)."""
    for w in rx.finditer(text):
        if not pronoun_alone(w.group(0), lang) and _a_head(w):
            return w
    return None


_NAME_COUNT_OK = True
# the last word of a descriptor is a noun for people, never a determiner or an ordinal alone:
# "for a second day now deserters are being sought" counts one (the pattern of a singular
# subject reads "the second"), but says nobody's descriptor
_NO_HEAD = frozenset(
    "the a an one this that another first second third fourth fifth last remaining".split()
)


def _a_head(who: re.Match[str]) -> bool:
    words = who.group(0).split()
    return bool(words) and words[-1].lower() not in _NO_HEAD


def _full_name(text: str, lang: str) -> bool:
    """Does ``text`` name a person in full ("Игоря Шмухта")?  Not a place that looks like one
    ("Прокуратура Свердловской области")."""
    found = list(_rx(lang, "full_name").finditer(text))
    if not found:
        return False
    from awol.extract.places import get_gazetteer

    places = get_gazetteer().find(text, lang)
    return any(not any(p.start < m.end() and m.start() < p.end for p in places) for m in found)


def _names_in(text: str, start: int, end: int, lang: str | None = None) -> bool:
    """Does ``text[start:end]`` hold a run of two capitalised words or more that may name a
    person?  With ``lang``: not a run every word of which is a place the gazetteer finds ("they
    were detained in the Altai Republic", «их задержали в Республике Алтай», "in Nizhny Novgorod")
    or, in English, a word of the dictionary ("Military Police detained them"): such a run names
    no one, and the plural anaphor beside it still counts the group (round 39, count39)."""
    runs = list(_CAPS_RUN.finditer(text, start, end))
    if not runs or lang is None:
        return bool(runs)
    from awol.extract.places import get_gazetteer
    from awol.extract.tokens import known_en

    places = [(p.start, p.end) for p in get_gazetteer().find(text, lang)]
    for run in runs:
        for w in _CAPS_WORD.finditer(text, run.start(), run.end()):
            if any(a <= w.start() and w.end() <= b for a, b in places):
                continue
            if lang == "en" and known_en(w.group(0)):
                continue
            return True
    return False


_CAPS_WORD = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+")
_CAPS_RUN = re.compile(r"\b[A-ZА-ЯЁ][a-zа-яё]+(?: [A-ZА-ЯЁ][a-zа-яё]+)+")


def _subject_start(text: str, m: Mention, lang: str) -> int:
    """Start of the stretch that holds the trigger's subject: its clause, or the clause before
    when the trigger's clause is a relative clause ("the soldiers, who ... fled")."""
    cs, _ = clause_bounds(text, m.start)
    if _rx(lang, "relative_subject").match(text, cs) and cs > 0:
        cs, _ = clause_bounds(text, max(0, cs - 2))
    return cs


@cache
def _typed_anaphora(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = numbers_data(lang).get("typed_anaphora") or {}
    return tuple((str(t), re.compile(p, re.IGNORECASE)) for t, p in raw.items())


@cache
def _speaker_after(lang: str) -> re.Pattern[str] | None:
    raw = numbers_data(lang).get("speaker_after")
    return re.compile(raw, re.IGNORECASE) if raw else None


def _group_anaphor(text: str, lang: str) -> re.Match[str] | None:
    """The first plural anaphor of ``text`` (``plural_anaphora`` in lang/*/arguments.yaml) that
    is not the subject of a verb of saying ("They told her a criminal case had been opened
    against Maxim", «Они рассказали, что ...»: ``speaker_after`` in lang/*/numbers.yaml): those
    who tell are not the people the act counts."""
    speaker = _speaker_after(lang)
    for found in _rx(lang, "plural_anaphora").finditer(text):
        if speaker is None or not speaker.match(text, found.end()):
            return found
    return None


@cache
def _pair_subject(lang: str) -> re.Pattern[str] | None:
    raw = numbers_data(lang).get("pair_subject")
    return re.compile(raw) if raw else None


def _pairs(text: str, mentions: list[Mention], lang: str) -> None:
    """ "He and another soldier walked away from their positions", "Рядовой Орлов и ещё один
    срочник сбежали": a subject of two people joined by "and" (one named or a pronoun, the
    other "another", "a fellow", "his", «ещё один», «его» and a noun of a person:
    ``pair_subject`` in ``lang/*/numbers.yaml``) right before the trigger counts two, where the
    mention has no count or only the one of «ещё один»."""
    rx = _pair_subject(lang)
    if rx is None:
        return
    for m in mentions:
        if m.count not in (None, 1) or (m.count == 1 and m.count_from != "number"):
            continue
        cs, _ce = clause_bounds(text, m.start)
        # (or across an apposition's commas: "A sniper and his brother, also a serviceman, fled")
        pair = rx.search(text[cs : m.start]) or rx.search(text[: m.start])
        if pair:
            m.count, m.count_qualifier, m.count_from = 2, "exact", "number"
            # (the pair described by its first: "A conscript and another soldier fled")
            first = _PAIR_AND.split(pair.group(0), maxsplit=1)[0]
            one = _one_described(first, lang)  # (its first only: "he and another soldier": none)
            if m.who is None and one is not None:
                m.who = tidy_who(one.group(0))


def anaphor_type(text: str, start: int, lang: str) -> str | None:
    """The event type an anaphor of the clause at ``start`` names its people by ("Против
    задержанных возбуждены дела", "both detained men were charged": those of the last
    detention), from ``typed_anaphora`` in ``lang/*/numbers.yaml``; None where it names none.
    The group such an anaphor counts is the last group of that type, not the last group told
    (a flight of seven told after the detention of two of them)."""
    found = _typed_anaphora(lang)
    if not found:
        return None
    cs, ce = clause_bounds(text, start)
    clause = text[cs:ce]
    return next((etype for etype, rx in found if rx.search(clause)), None)

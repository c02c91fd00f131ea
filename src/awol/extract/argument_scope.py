"""Sentence level, the scope of a phrase: which trigger of a sentence a date, place or count at
a position may belong to (its clause, a fronted adverbial, a detached adjunct, a conjoined
predicate)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from awol.extract.argument_words import _RU_WORD, _ru_parse, _ru_parses, _rx, _words
from awol.extract.places_source import issuer_rx
from awol.extract.sentences import clause_bounds

if TYPE_CHECKING:
    from awol.extract.mentions import Mention


def _distance(m: Mention, pos: int) -> int:
    return m.start - pos if pos < m.start else max(0, pos - m.end)


def _nearest(mentions: list[Mention], pos: int, text: str) -> Mention | None:
    """The trigger a phrase at ``pos`` belongs to: the closest one before it in its clause
    ("deserted from his unit in Ukraine was detained in Yerevan"), else the closest after it."""
    clause = clause_bounds(text, pos)
    same = [m for m in mentions if clause_bounds(text, m.start) == clause]
    pool = same or mentions
    before = [m for m in pool if m.end <= pos]
    if before:
        return max(before, key=lambda m: m.end)
    return min(pool, key=lambda m: _distance(m, pos), default=None)


def _scope_ok(text: str, m: Mention, pos: int, mentions: list[Mention], lang: str) -> bool:
    """May the phrase at ``pos`` belong to trigger ``m``?

    It must be in the trigger's clause, or in a fronted adverbial clause that holds no trigger
    ("On Saturday, military investigators ... charged").
    """
    cb = clause_bounds(text, pos)
    mb = clause_bounds(text, m.start)
    if cb == mb or cb == clause_bounds(text, max(m.start, m.end - 1)):
        return True  # the trigger may span clauses: "Тело ..., — обнаружили в лесополосе"
    clause = text[cb[0] : cb[1]].strip(" ,.")
    if pos > m.start:
        # a detached adverbial right after the trigger's clause: "was detained in Volgograd,
        # his hometown, in October"
        # ... or a detached place phrase of any length, a preposition of place and its noun
        # group with no trigger of its own ("случился поздно вечером в среду, 4 декабря, в селе
        # Баклуши Тверской области")
        contrast = _words(lang).get("contrast_open")
        if contrast is not None and contrast.match(clause):
            # "покинули позиции под Кременной, а в Чувашии ... полиция объявила их в розыск":
            # the opening of another predicate's clause, no adjunct of the one before
            return False
        adjunct = len(clause) < 25 or bool(
            _rx(lang, "nonfinite").match(clause)
            or _rx(lang, "including").match(clause)
            or _rx(lang, "unit_seat").match(clause)
            or _apposition(text, cb[0], clause, lang)
            or (
                _rx(lang, "locative").match(clause)
                and not any(cb[0] <= x.start < cb[1] for x in mentions)
                and not _has_verb(clause, lang)
            )
        )
        return adjunct and not any(m.start < x.start < pos for x in mentions)
    if any(pos < x.start < mb[0] for x in mentions):
        return False  # another trigger stands between
    if cb[1] - cb[0] < 40 and not any(cb[0] <= x.start < cb[1] for x in mentions):
        return True  # a short fronted adverbial: "Ранее, в июле, суд приговорил"
    if (
        cb[1] <= mb[0]
        and cb[1] - cb[0] < 100
        and _rx(lang, "locative").match(clause)
        and not re.search(r"\w", text[cb[1] : mb[0]])
        and not any(cb[0] <= x.start < cb[1] for x in mentions)
    ):
        return True  # a fronted place right before it: "in the occupied Arapivka of the
        # Luhansk region, 90 servicemen have absconded"
    # a conjoined predicate shares its subject's adverbials: "в среду провели рейд ... и
    # задержали 12 военнослужащих"
    return (
        cb[1] <= mb[0]
        and bool(_rx(lang, "conjoined").match(text, mb[0]))
        and not any(cb[0] <= x.start < cb[1] for x in mentions)
    )


_NAME_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w'’-]*)[\s,–—-]*$")


def _apposition(text: str, start: int, clause: str, lang: str) -> bool:
    """Is ``clause`` (starting at ``start``) a noun phrase set beside a capitalised name right
    before it, that tells what the name is ("in Kamenka, a village in the Kursk region", "в
    Каменке, небольшом селе в Курской области": ``apposition`` in ``lang/<lang>/arguments.yaml``)?
    The place it names is then the name's, where the gazetteer does not know the name itself."""
    rx = _words(lang).get("apposition")
    if rx is None or not rx.match(clause):
        return False
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if name is None or not name.group(1)[0].isupper():
        return False
    lead = text[max(0, name.start() - 1) : name.start()]
    return bool(text[: name.start()].strip()) and lead != "."  # not the sentence's first word


def _has_verb(clause: str, lang: str) -> bool:
    """Does ``clause`` hold a verb of its own (then a place in it is that verb's: "в Курской
    области его видели")?  Russian: a word read first as a finite verb or a short participle
    (pymorphy3), not an imperative; other languages: a subject pronoun or an auxiliary (``clause_verb`` in
    ``lang/<lang>/arguments.yaml``)."""
    if lang == "ru":
        # (a capitalised word is a name: "в селе Шаралдай" is no imperative)
        return any(
            _ru_parse(w.group(0).lower()).tag.POS in ("VERB", "PRTS")
            and "impr" not in _ru_parse(w.group(0).lower()).tag
            for w in _RU_WORD.finditer(clause)
            if not w.group(0)[0].isupper()
        )
    rx = _words(lang).get("clause_verb")
    return bool(rx and rx.search(clause))


def _fronted_adjunct(text: str, m: Mention, pos: int, mentions: list[Mention], lang: str) -> bool:
    """Is the phrase at ``pos`` in a non-finite adverbial that opens the sentence, before the
    first trigger's clause and holding none ("After seeking protection from the police in
    Yerevan, he was detained")?  Its place is where the act happened (not its date: "after
    fleeing in May, he was caught in June")."""
    cb = clause_bounds(text, pos)
    mb = clause_bounds(text, m.start)
    return (
        cb[0] == 0
        and cb[1] <= mb[0]
        # (not a bare participle: "Sitting in a studio in Yerevan, he recalled deserting")
        and bool(_rx(lang, "temporal_adjunct").match(text[cb[0] : cb[1]].strip(" ,.")))
        and not any(x.start < mb[0] for x in mentions)
    )


def _before_passive(text: str, m: Mention, pos: int, mentions: list[Mention], lang: str) -> bool:
    """Is the phrase at ``pos`` in the clause right before the trigger's, when the trigger's is
    a non-finite passive ("got as far as Kaunas before being stopped by a patrol")
    and the phrase's clause holds no trigger?  Where he went is where he was caught."""
    cb = clause_bounds(text, pos)
    mb = clause_bounds(text, m.start)
    return (
        cb[1] <= mb[0]
        and not re.search(r"\w", text[cb[1] : mb[0]])
        and bool(_rx(lang, "nonfinite_passive").match(text, mb[0]))
        and not any(cb[0] <= x.start < cb[1] for x in mentions)
    )


def _before_when(text: str, m: Mention, pos: int, mentions: list[Mention], lang: str) -> bool:
    """Is the phrase at ``pos`` in the clause before the trigger's, when the trigger's is a
    temporal clause ("when"/"while", ``when_clause`` in ``lang/<lang>/arguments.yaml``) and the
    clauses before it hold no trigger?  Where they were is where it happened: "The troops were
    deployed in the Kursk region when they deserted", "находились в Курской области, когда
    сбежали" (a detached phrase with no verb may stand between: ", about four miles from the
    border,")."""
    rx = _words(lang).get("when_clause")
    if rx is None:
        return False
    cb = clause_bounds(text, pos)
    mb = clause_bounds(text, m.start)
    if cb[1] > mb[0] or not rx.match(text[mb[0] : mb[1]].lstrip(" ,")):
        return False
    if any(cb[0] <= x.start < mb[0] for x in mentions):
        return False
    between = text[cb[1] : mb[0]]
    return not re.search(r"[.;:!?]", between) and not _has_verb(between, lang)


def told_in_relative(text: str, start: int, lang: str) -> bool:
    """Is the trigger at ``start`` the predicate of a relative clause about its people ("a
    serviceman who fled his unit", "who had deserted", "военный, который сбежал")?"""
    before = text[max(0, start - 40) : start]
    if _relative_before(lang).search(before) is not None:
        return True
    if lang == "en" and _EN_SUBORDINATE.match(text, start) is not None:
        return True
    # a participle phrase set off by a comma is one too: "военному, сбежавшему из госпиталя,"
    return (
        lang == "ru"
        and _PARTICIPLE_AFTER_COMMA.match(text, start) is not None
        and bool(re.search(r",\s*(?:самовольно\s+|не\s+)?$", before))
    )


# English triggers that hold their own subordination: a trigger opening with its people ("a
# soldier who fled to Kazakhstan"), or a flight told as the reason of a verdict or a charge
# ("jailed for fleeing the front", "charged after deserting")
_EN_SUBORDINATE = re.compile(
    r"(?:(?:contract|mobili[sz]ed|Russian|Ukrainian|North Korean|former|young|\d+-year-old)\s+)?"
    r"(?:soldiers?|servicem[ae]n|service ?members?|conscripts?|marines?|fighters?|contractors?|"
    r"paratroopers?|officers?|pilots?|sailors?|privates?|corporals?|sergeants?|lieutenants?|"
    r"captains?|majors?|mercenar(?:y|ies)|troops?|deserters?|m[ae]n)\s+(?:who|that)\s"
    r"|(?:for|after|over|of|since)\s+\w+ing\b",
    re.IGNORECASE,
)

_PARTICIPLE_AFTER_COMMA = re.compile(
    r"(?:самовольно\s+|не\s+)?\w+ш(?:ий|его|ему|им|ем|ая|ей|ую|ие|их|ими|ое|ые|ых)(?:ся)?\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _relative_before(lang: str) -> re.Pattern[str]:
    rel = _rx(lang, "relative_subject").pattern
    if lang == "ru":
        # a Russian relative clause is set off by commas: its pronoun may stand a few words before
        # its verb ("которые в середине мая самовольно покинули"); an English one is not ("who
        # fled his unit was declared wanted": "declared" is the main verb)
        return re.compile(rf"(?<!\w)(?:{rel})\s+(?:[^\s,;]+\s+){{0,4}}$", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{rel})\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE)


_ACTS_OF_AUTHORITY = ("wanted", "detention", "prosecution", "sentence")


def authority_subject_place(text: str, mentions: list, lang: str) -> None:
    """ "The Kemerovo police, who had been searching for him since May, detained the deserter":
    the place of an authority that is the sentence's subject is where its main predicate happened
    too, not only the relative clause's between them, which took it as the nearer ("Кемеровские
    полицейские, которые разыскивали его с мая, задержали его в пятницу").  Only an act of an
    authority (``issuers_wanted``/``issuers_prosecution`` in ``data/place_cues.yaml`` in the words
    before the relative clause), the first trigger after the relative clause, with no place of
    its own."""
    rxs = [rx for t in ("wanted", "prosecution") if (rx := issuer_rx(lang, t)) is not None]
    ordered = sorted(mentions, key=lambda x: x.start)
    for k, r in enumerate(ordered[:-1]):
        group = r.places
        if not group or not told_in_relative(text, r.start, lang):
            continue
        rel_start = clause_bounds(text, r.start)[0]
        if group[-1].end > rel_start:
            continue  # (a place of the relative clause itself: "a soldier who fled from Pskov")
        subject = text[clause_bounds(text, group[0].start)[0] : rel_start]
        if not any(rx.search(subject) for rx in rxs):
            continue
        m = ordered[k + 1]
        if (
            m.places
            or not m.trigger.place
            or m.type not in _ACTS_OF_AUTHORITY
            or told_in_relative(text, m.start, lang)
        ):
            continue
        m.places = group


# what may stand before a trigger that is the sentence's subject: nothing, or an article
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.IGNORECASE)


def interrupted_main(text: str, m: Mention, pos: int, mentions: list[Mention], lang: str) -> bool:
    """Is the phrase at ``pos`` in the rest of the main clause whose subject is the trigger ``m``,
    after a participle or appositive set off between them ("Тело 30-летнего контрактника,
    самовольно оставившего часть в марте, обнаружили в лесу в Тамбовской области", "Тело X —
    одного из шести контрактников, ... — обнаружили в лесополосе в Мичуринском районе")?  The
    trigger opens the sentence (nothing but an article before it: "Russian authorities announced
    having killed a soldier who left ..., with state media identifying the man as a deserter from
    fighting in Ukraine" is no subject's act), its clause a noun phrase with no verb, and is no
    flight (a deserter named as the subject is a person, not the act: where he was found is not
    where he fled); at least one clause stands between, holding no trigger but ones told in a relative
    clause or participle; the phrase's clause holds no trigger and is no relative clause."""
    if m.type == "desertion" or pos <= m.end:
        return False
    if not _SUBJECT_OPENING.fullmatch(text[: m.start]):
        # (the trigger is the subject's noun, first in the sentence: "Тело", "The body")
        return False
    mb = clause_bounds(text, m.start)
    cb = clause_bounds(text, pos)
    if mb[0] != 0 or cb[0] <= mb[1] or told_in_relative(text, m.start, lang):
        return False
    if any(cb[0] <= x.start < cb[1] for x in mentions):
        return False
    if _rx(lang, "relative").match(text, cb[0]):
        return False
    if _has_verb(text[mb[0] : mb[1]], lang):
        return False  # (a clause of its own: "One of them was detained, three were found in X")
    # something set off between: the phrase's clause is not the one right after the subject's
    # ("According to police alerts, they might be in Belgorod": no)
    after = mb[1] + len(text[mb[1] :]) - len(text[mb[1] :].lstrip(" ,;:—–()"))
    if after >= cb[0]:
        return False
    return all(told_in_relative(text, x.start, lang) for x in mentions if mb[1] <= x.start < cb[0])


def past_main_verb(text: str, m: Mention, pos: int, mentions: list[Mention], lang: str) -> bool:
    """Is the phrase at ``pos`` past the main predicate of a clause in which trigger ``m`` only
    modifies a noun?  "Сбежавшего из части контрактника нашли в лесу под Новочеркасском", "A
    soldier who had deserted from his unit was found in a forest near Shakhty": the flight is
    told by a participle (Russian: a full participle, pymorphy3) or a relative clause with no
    comma (``modifier_before`` in ``lang/<lang>/arguments.yaml``, right before the trigger), and
    a finite verb that is no trigger stands between it and the phrase (Russian: a finite verb or
    a short participle; English: ``main_verb``, with no relative pronoun before it that would
    make it the relative clause's own).  The place is where the main verb happened (a finding
    the extractor may not read as an event), not the flight's."""
    if pos < m.end:
        return False
    cb = clause_bounds(text, m.start)
    if not (cb[0] <= pos < cb[1]):
        return False
    spans = [(x.start, x.end) for x in mentions]

    def free(a: int) -> bool:
        return not any(s <= a < e for s, e in spans)

    if lang == "ru":
        prtf = [
            p
            for w in _RU_WORD.finditer(text, m.start, m.end)
            for p in _ru_parses(w.group(0).lower())
            if "PRTF" in p.tag
        ]
        if not prtf:
            return False
        for w in _RU_WORD.finditer(text, m.end, pos):
            if not w.group(0)[0].isupper() and free(w.start()) and _ru_finite(w.group(0)):
                return True
        # the main verb before it: "Полицейские нашли сбежавшего из части контрактника в лесу
        # под Новочеркасском" (past the participle's noun, the main verb's words)
        head = _ru_head_end(text, m.end, pos, prtf)
        # (the main verb may be a trigger itself: "задержала самовольно оставившего часть
        # мобилизованного на вокзале в Туле" is the detention's place)
        return head is not None and any(
            not w.group(0)[0].isupper() and _ru_finite(w.group(0))
            for w in _RU_WORD.finditer(text, cb[0], m.start)
        )
    before = _words(lang).get("modifier_before")
    main = _words(lang).get("main_verb")
    if before is None or main is None:
        return False
    if not before.search(text[max(cb[0], m.start - 40) : m.start]):
        return False
    rel = _rx(lang, "relative")
    for v in main.finditer(text, m.end, pos):
        if free(v.start()) and not rel.search(text, m.end, v.start()):
            return True
    return False


def _ru_finite(word: str) -> bool:
    """Is a Russian word likely a finite verb or a short participle (any likely reading: "нашли"
    is read first as an imperative of "наслать")?"""
    return any(
        p.score >= 0.3 and p.tag.POS in ("VERB", "PRTS") and "impr" not in p.tag
        for p in _ru_parses(word.lower())
    )


def _ru_head_end(text: str, start: int, end: int, prtf: list) -> int | None:
    """Where the noun a Russian participle stands before ends, if it does before ``end``: the
    first noun (or capitalised name) after ``start`` outside a prepositional phrase that agrees
    with a reading of the participle in case and number ("сбежавшего из воинской части
    контрактника": "контрактника").  None at a conjunction or a word that is neither."""
    forms = {(p.tag.case, p.tag.number) for p in prtf}
    in_pp = False
    words = list(_RU_WORD.finditer(text, start, end))
    for k, w in enumerate(words):
        word = w.group(0)
        parses = _ru_parses(word.lower())
        pos = {p.tag.POS for p in parses if p.score >= 0.1}
        if "PREP" in pos:
            in_pp = True
            continue
        if word[0].isupper():
            if in_pp:
                in_pp = False
                continue
            return w.end()
        if pos & {"ADJF", "PRTF", "NUMR", "ADVB", "ADJS"} and "NOUN" not in pos:
            # a participle or adjective used as a noun ("оставившего часть мобилизованного на
            # вокзале"): one that agrees and has a preposition after it
            nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
            if (
                not in_pp
                and nxt
                and any(p.tag.POS == "PREP" for p in _ru_parses(nxt))
                and any(
                    p.tag.POS in ("ADJF", "PRTF") and (p.tag.case, p.tag.number) in forms
                    for p in parses
                )
            ):
                return w.end()
            continue
        if "NOUN" in pos:
            if in_pp:
                in_pp = False
                continue
            if any(p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) in forms for p in parses):
                return w.end()
            continue
        return None
    return None

"""Who a named person is, where the sentence says it only before the name.

The schema's ``who`` is the descriptor of the people as written.  A sentence that names a
person often gives the descriptor as a title before the name ("Russian Lieutenant Ivan Zabolotnev
has escaped", "sentenced 24-year-old corporal Marcel Gildarov", "приговорил рядового Виталия
Теплякина"): the name counts the event (one named person), so the sentence's descriptor was never
read as the subject of a count.  The title pattern (``role_before_name`` in
``lang/<lang>/arguments.yaml``) is a noun of a serviceman's rank or role with up to a few
modifiers (age, nationality, "former"), ending right before the name.
"""

from __future__ import annotations

import re
from functools import cache

from awol.extract.argument_words import _raw_words, _words
from awol.extract.lexicon import get_lexicon
from awol.extract.titles import (
    INITIALS_BEFORE,
    PRONOUN_LEAD,
    SPEAKS_OF_HIM,
    WHO_CHAIN,
    names_service,
    role_rx,
)
from awol.extract.who_phrase import WORD, tidy_who


def name_at(text: str, name: str) -> int | None:
    """Where ``name`` (as the event gives it, perhaps in another case) starts in ``text``: its
    first word, inflection aside ("Виталий Теплякин" in "рядового Виталия Теплякина")."""
    words = WORD.findall(name)
    if not words:
        return None
    first = words[0]
    stem = first[: max(3, len(first) - 2)]
    m = re.search(rf"(?<!\w){re.escape(stem)}\w*", text)
    return m.start() if m else None


@cache
def _after_name_rx(lang: str) -> re.Pattern[str] | None:
    raw = _raw_words(lang).get("role_after_name")
    return re.compile(raw, re.IGNORECASE) if raw else None


def who_before_name(events: list, lang: str) -> None:
    """Give an event with no ``who`` that names people the title its sentence puts before one
    of their names; else, for one man, the membership a sentence sets after a name ("Yegor
    Volkov, a former member of the Strategic Missile Forces, fled": ``role_after_name``).
    Events are changed in place."""
    rx = role_rx(lang)
    if rx is None:
        return
    after = _after_name_rx(lang)
    wins = bool(_raw_words(lang).get("own_title_wins"))
    for e in events:
        if after is not None and not e.who and e.count in (None, 1):
            m = after.search(e.evidence.text)
            if m is not None:
                e.who = tidy_who(m.group("who"))
                continue
        if not e.names:
            continue
        if e.who and not _short_service_only(e.who, lang):
            own = _own_title(e, rx, lang) if wins else None
            if own is not None and not _shares_word(own, e.who):
                # (another man's title or a word of the case, "Рядовой Игорь X не вернулся ...,
                # а младший сержант Олег Y ушёл", «Третьим осуждённым стал контрактник Руслан
                # Z»: the title right before the event's own name is his; round 49, who49)
                e.who = own
            continue
        text = e.evidence.text
        for name in e.names:
            at = name_at(text, name)
            if at is None:
                continue
            # (a surname read after its initials: the title stands before them, "conscript
            # V.A. Orlov", «рядового Н. А. Орлова»: who35)
            ini = INITIALS_BEFORE.search(text, max(0, at - 8), at)
            at = ini.start() if ini is not None else at
            m = rx.search(text, max(0, at - 80), at)
            if m is not None:
                e.who = tidy_who(m.group(0))
                break
            lead = _lead_role(text, at, lang)
            if lead is not None:
                e.who = lead
                break


def _own_title(e, rx: re.Pattern[str], lang: str) -> str | None:
    """The title its sentence sets right before one of the event's names, where one does and
    the name is not someone other than a deserter (the catcher, an official: ``not_a_deserter``;
    «задержал старший лейтенант Денис X», a name the event took in error)."""
    from awol.extract.name_forms import NameMention
    from awol.extract.people_roles import not_a_deserter

    text = e.evidence.text
    for name in e.names:
        at = name_at(text, name)
        if at is None:
            continue
        more = len(WORD.findall(name)) - 1
        span = re.compile(rf"\w[\w'’-]*(?:\s+\w[\w'’-]*){{0,{more}}}")
        whole = span.match(text, at)
        end = whole.end() if whole is not None else at
        if not_a_deserter(text, NameMention(text[at:end], at, end, name), lang):
            continue
        ini = INITIALS_BEFORE.search(text, max(0, at - 8), at)
        at = ini.start() if ini is not None else at
        m = rx.search(text, max(0, at - 80), at)
        if m is not None and not _acting_after_verb(text, m, lang):
            return tidy_who(m.group(0))
    return None


def _acting_after_verb(text: str, title: re.Match[str], lang: str) -> bool:
    """Is the ``title`` the subject of an event's verb right before it, in the nominative
    («нашёл и задержал старший лейтенант Денис X»: the man who caught him), not its object
    («приговорил рядового X»)?"""
    if not _verb_before(text[: title.start()], lang):
        return False
    words = WORD.findall(title.group(0))
    if lang != "ru" or not words:
        return True
    from awol.extract.morph import get_morph

    parses = get_morph().parse(words[-1])
    return bool(parses) and "nomn" in parses[0].tag


def _shares_word(a: str, b: str) -> bool:
    """Do two descriptors share a word (inflection aside: the first five letters)?"""
    wa = {w.lower()[:5] for w in WORD.findall(a)}
    return any(w.lower()[:5] in wa for w in WORD.findall(b))


def _short_service_only(who: str, lang: str) -> bool:
    """Is ``who`` one short noun of a serviceman's job alone («бойца», «моряк»:
    ``short_service``, who35)?  The title the sentence puts before the man's name, where it has
    one, says more ("бывшего бойца ЧВК «Вагнер» Олега ..."), as it did before such nouns were
    read as a who."""
    short = _words(lang).get("short_service")
    return short is not None and short.fullmatch(who) is not None


def _lead_role(text: str, at: int, lang: str) -> str | None:
    """The words a sentence opens on right before the name at ``at``, where they are a noun
    phrase of a role (``lead_role`` of ``lang/<lang>/arguments.yaml``, and not ``lead_role_not``:
    "In", "On Tuesday", "Yesterday", «Вчера», «В Москве»), as written; else None."""
    rx, stop = _words(lang).get("lead_role"), _words(lang).get("lead_role_not")
    if rx is None or stop is None:
        return None
    m = rx.fullmatch(text, 0, at)
    if m is None or stop.search(m.group(0)) or _verb_before(m.group(0), lang):
        return None
    return tidy_who(m.group(0))


def _verb_before(opening: str, lang: str) -> bool:
    """Does the ``opening`` end on a verb of an event ("The court sentenced", «Суд приговорил»,
    «Полиция задержала»: a trigger of ``lang/<lang>/events.yaml`` right before the name)?  The
    name is then the verb's object, and the opening its subject and verb, no title of his
    (round 37, who37)."""
    lex = get_lexicon(lang)
    end = len(opening.rstrip())
    return any(t.end() == end for t in lex.any_trigger.finditer(opening))


def who_from_sentence_before(events: list, sentences: list, lang: str) -> None:
    """Give an event of one person (or of no count) with no ``who``, whose sentence names him
    by a pronoun near its start, the descriptor of one person the sentence before gives ("the
    soldier abandoned his post. He was later arrested" -> "the soldier"; "Мужчина зашел в
    дом. Его задержали пограничники" -> "Мужчина"): the same man, as the coders keep him.  Only
    the sentence right before, or the one before a chain of such pronoun sentences (up to
    ``WHO_CHAIN`` back), and only a descriptor that is a noun for a serviceman or a man
    (``singular`` of ``lang/<lang>/arguments.yaml``), not a pronoun.  Events are changed in
    place."""
    rx = PRONOUN_LEAD.get(lang)
    if rx is None or not events:
        return
    from awol.extract.argument_counts import _described, _rx, apposed_who
    from awol.extract.argument_number import _one_noun, _substantive_one

    at = {s.start: k for k, s in enumerate(sentences)}
    other = _words(lang).get("another_who")
    superior = _words(lang).get("superior_who")  # (his commander's noun: who32)
    owner = _words(lang).get("superior_owner")  # (where a language asks it: "his commander")
    on = SPEAKS_OF_HIM.get(lang)
    for e in events:
        if e.who or e.count not in (None, 1) or not rx.match(e.evidence.text):
            continue
        k = at.get(e.evidence.start)
        if not k:
            continue
        for j in range(k - 1, max(-1, k - 1 - WHO_CHAIN), -1):
            before = sentences[j].text
            w = _described(_rx(lang, "singular"), before, lang)
            if w is None and lang == "ru":
                # ("Сапер год прослужил в батальоне": a noun of one person the pattern does not
                # spell out, ``singular_nouns``)
                w = _one_noun(_substantive_one(before, lang), lang)
            if w is not None:
                if j < k - 1 and says_no_more(w.group(0), lang):
                    break  # ("this young man" farther back: the man of another passage; who40)
                if not (other is not None and other.match(w.group(0))) and not (
                    superior is not None
                    and superior.search(w.group(0).strip())
                    and (owner is None or owner.search(before[max(0, w.start() - 12) : w.start()]))
                ):
                    e.who = tidy_who(apposed_who(before, w, lang) or w.group(0))
                # ("he and another soldier walked away", "His commander reported him missing.
                # He was detained": not his descriptor)
                break
            if not (rx.match(before) or (on is not None and on.search(before))):
                break  # (only back along a chain of sentences that go on speaking of him)


def says_no_more(who: str, lang: str) -> bool:
    """Does a ``who`` say only that they were people ("a man", "the men", "the 30-year-old",
    «мужчину»: ``vague_who``, ``generic_who``), not who they were («сбежавших», "a deserter")?"""
    words = _words(lang)
    vague, generic = words.get("vague_who"), words.get("generic_who")
    w = who.strip()
    return bool(
        (vague is not None and vague.search(w.lower()))
        or (generic is not None and generic.fullmatch(w))
    )


def _described(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    return next((m.group(g) for g in ("who", "who2") if g in m.re.groupindex and m.group(g)), None)


def who_described_after(events: list, sentences: list, lang: str) -> None:
    """Give an event whose ``who`` says only that they were people ("a man", "the men",
    "мужчину": ``vague_who``, ``generic_who``) the description set beside it: an apposition
    after it in its own sentence ("One of the men we helped, a contract soldier from Buryatia,
    was detained"), else the opening of the next sentence, which speaks of the same man ("...
    detained a man at the station. The man, a reservist called up in 2022, had left his unit";
    "Задержанный — мобилизованный 2022 года"): ``vague_apposition`` and ``described_next`` of
    ``lang/<lang>/arguments.yaml``, only a description that names a serviceman.  Events are
    changed in place."""
    words = _words(lang)
    apposed, following = words.get("vague_apposition"), words.get("described_next")
    if apposed is None and following is None:
        return
    at = {s.start: k for k, s in enumerate(sentences)}
    for e in events:
        if not e.who or not says_no_more(e.who, lang):
            continue
        text = e.evidence.text
        found: str | None = None
        i = text.find(e.who)
        if apposed is not None and i >= 0:
            found = _described(apposed.match(text, i + len(e.who)))
        k = at.get(e.evidence.start)
        if (found is None or not names_service(found, lang)) and following is not None:
            found = None
            if k is not None and k + 1 < len(sentences):
                found = _described(following.match(sentences[k + 1].text))
        if found is not None and names_service(found, lang):
            e.who = tidy_who(found)


def own_who(m, lang: str) -> str | None:
    """A mention's ``who``, unless it is the man's superior told apart from the trigger: a noun
    of a commander (``superior_who`` of ``lang/<lang>/arguments.yaml``) every mention of which
    in the sentence stands in an adverbial clause or phrase without the trigger ("покинули
    часть после гибели командира", "after his commander refused him leave": ``adverbial_who``),
    or as the speaker of a verb of saying whose "that" clause holds the trigger ("Colonel X,
    the commander of the unit, told reporters that a private had left": ``speaker_frame``).  Such a who gives way to the sentence's
    descriptor read without it (a pronoun alone says none), else None.  A commander who is the
    trigger's own subject ("the company commander was detained") stays."""
    who = m.who
    words = _words(lang)
    superior, adverbial = words.get("superior_who"), words.get("adverbial_who")
    frame = words.get("speaker_frame")
    if not who or superior is None or not superior.search(who.strip()):
        return who
    from awol.extract.argument_counts import _described as described
    from awol.extract.argument_counts import _plural_who, _rx

    text = m.sentence.text
    at = [k.start() for k in re.finditer(re.escape(who), text)]
    if not at:
        return who
    phrases = []
    for a in adverbial.finditer(text) if adverbial is not None else ():
        stop = re.compile(r"[,;:]").search(text, a.end())
        end = stop.start() if stop is not None else len(text)
        if not a.start() <= m.start < end:
            phrases.append((a.start(), end))
    masked = text
    for i in at:
        masked = masked[:i] + " " * len(who) + masked[i + len(who) :]
    in_phrase = all(any(s <= i < e for s, e in phrases) for i in at)
    said = next(
        (
            f
            for f in (frame.finditer(text) if frame is not None else ())
            if f.end() <= m.start and all(i < f.start() for i in at)
        ),
        None,
    )
    if not (in_phrase or said is not None):
        return who
    if said is not None:  # (the man is told of in what the speaker says, not in his title)
        masked = " " * said.end() + masked[said.end() :]
    other = described(_rx(lang, "singular"), masked, lang) or (
        _plural_who(masked, lang) if m.count is None or m.count > 1 else None
    )
    return tidy_who(other.group(0)) if other is not None else None

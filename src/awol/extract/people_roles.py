"""Who else a name found in a sentence may be than a deserter: a public figure, a role or a
relative word right before it, an apposition after it, a photo credit or byline, a modifier of a
noun, a victim of a deserter's harm, the one who caught him (:func:`not_a_deserter`); and a
speaker an apposition after his name tells fled (:func:`speaker_who_fled`).  The story's people
(:mod:`awol.extract.people`) leave out whom these mark."""

from __future__ import annotations

import re
from typing import Any

from awol.extract.lexicon import get_lexicon
from awol.extract.morph import get_morph
from awol.extract.names import NameMention
from awol.extract.names_ru import ru_given
from awol.extract.people_data import _data, _lang, _titles, official
from awol.extract.syntax_roles import name_role

__all__ = ["not_a_deserter", "speaker_who_fled"]


def not_a_deserter(text: str, m: NameMention, lang: str) -> bool:
    """Is the person ``m`` names in ``text`` someone other than a deserter (see the module)?"""
    d, lg = _data(), _lang(lang)
    if official(m.normalized):
        return True
    # Russian: the name's role in the sentence's syntax decides where it is clear (round 52)
    role = name_role(text, m.start, m.end, lg)
    if role is not None:
        return role == "other"
    before = text[max(0, m.start - 40) : m.start]
    titles = _titles(lg)
    title = titles.search(before) if titles is not None else None
    if (
        title is not None
        and not (lg == "ru" and _possessor(title.group(), m.text))
        and not speaker_who_fled(text, m.end, lang)  # ("said Roman X, a soldier who fled")
    ):
        return True
    if d["roles_before"][lg].search(before):
        return True
    if d["credit_before"][lg].search(before):
        return True
    if d["role_of_organisation"][lg].search(text, max(0, m.start - 90), m.start):
        return True
    if d["role_rank_before"][lg].search(text, max(0, m.start - 90), m.start):
        return True
    if _harmed(text, m, d, lg):
        return True
    if _catcher(text, m, d, lg):
        return True
    after = text[m.end : m.end + 80]
    if after.startswith(("'s", "’s")):
        return False
    return bool(
        d["credit_after"].match(after)
        or d["role_after"][lg].match(after)
        or d["modified_after"].match(after)
    )


def _harmed(text: str, m: NameMention, d: dict[str, Any], lg: str) -> bool:
    """Is the person ``m`` names the object of a verb of harm in his clause ("A deserter who
    stabbed a shop assistant, Pavel Yermakov", «застрелил пенсионера Николая Зуева»: the victim),
    where the words between do not call him a deserter and no authority acts before the verb
    (``harm_before``, ``harm_deserter``, ``harm_by_authority`` of ``lang/people.yaml``)?"""
    h = d["harm_before"][lg].search(text, max(0, m.start - 80), m.start)
    if h is None or re.search(r"[.;!?:]", text[h.end() : m.start]):
        return False
    if d["harm_deserter"][lg].search(text, h.start(), m.start):
        return False
    return not d["harm_by_authority"][lg].search(text, 0, h.start())


def _catcher(text: str, m: NameMention, d: dict[str, Any], lg: str) -> bool:
    """Is the person ``m`` names the one who caught a man: the subject of an active verb of
    catching right after his name ("Lt. Pavel X detained Corporal Y", «лейтенант Павел X
    задержал ...», the Russian name in the nominative as written), its agent after "by" ("caught
    ... by Senior Lieutenant Denis X"), or a relative ("Tamara X, whose son fled": ``catcher_after``,
    ``catcher_before``, ``relative_whose`` of ``lang/people.yaml``; who36)?"""
    if d["relative_whose"][lg].match(text, m.end):
        return True
    if d["catcher_before"][lg].search(text, max(0, m.start - 90), m.start):
        return True
    if not d["catcher_after"][lg].match(text, m.end):
        return False
    return lg != "ru" or m.text == m.normalized


def _possessor(title: str, name: str) -> bool:
    """Russian: is the name after a role or relative word its possessor, in the genitive after a
    word that is not ("мать Ивана Петрова", "адвокат Ивана Петрова": Ivan is the deserter, the
    mother and the lawyer go unnamed), not an apposition ("мать Анна Петрова", "адвоката Ивана
    Петрова", both genitive, stays the lawyer)?"""

    words = re.findall(r"[а-яё]+", title.lower())
    first = name.split()[0] if name.split() else ""
    if not words or not first:
        return False
    given = ru_given(first)
    if not given or not all("gent" in cases for _, _, cases in given):
        return False
    if any(cases - {"gent", "accs"} for _, _, cases in given):
        return False
    return not any(p.tag.case == "gent" for p in get_morph().parse(words[-1]))


def speaker_who_fled(text: str, name_end: int, lang: str) -> bool:
    """Is the person whose name ends at ``name_end`` described, in an apposition or a relative
    clause of his own right after it, as one who deserted ("said Roman X, a mobilized soldier
    who fled his unit", «рассказал Роман X, мобилизованный, который сбежал из части»:
    ``speaker_who_fled`` of ``lang/people.yaml``, then a trigger that tells a flight by itself
    in that clause; not a word of the topic: "said Ivan X, who helps deserters")?  A speaker so described is the man who fled: his name
    is the event's, though it is its source too (who34)."""
    lg = _lang(lang)
    m = _data()["speaker_who_fled"][lg].match(text, name_end)
    if m is None:
        return False
    stop = re.compile(r"[.;!?]").search(text, m.end())
    clause = text[m.end() : stop.start() if stop else len(text)]
    lex = get_lexicon(lg)
    return any(t.context == "none" and t.pattern.search(clause) for t in lex.triggers)

"""Person-name recognition in Russian: given names from ``lang/ru/given_names.txt`` or pymorphy3
``Name`` tags, followed by a surname (pymorphy3 ``Surn`` or a surname-like ending) and/or a
patronymic, or the formal order Фамилия Имя Отчество; the name is put in the nominative,
agreeing with the given name's gender.  A given name and a surname's initial («Тимофей Ф.»), a
surname after a soldier's rank and his initials («рядовой П. Орлов»), a lone given name after a
cue («по имени Кирилл»).  ``find_ru(text)`` is read through
:func:`awol.extract.names.find_person_names`.  (Split from ``names.py``, round 36.)
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from awol.extract.lexicon import get_lexicon, lang_file
from awol.extract.morph import get_morph
from awol.extract.name_forms import INITIAL_AFTER, NEXT_WORD, NameMention, words

_RU_CUE_RE = re.compile(r"(?:\bпо имени|\bзовут|\bимени)\s+$", re.IGNORECASE)
_RU_MONTHS = {
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь",
}  # fmt: skip
_RU_SURNAME_RE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ова|ева|ёва|ина|ына|ская|цкая|енко|ко|ук|юк|чук|"
    r"ян|янц|дзе|швили|ич|ов[ауе]|ев[ауе]|ин[ауе]|ым|ой|ых|их|ак|як|ец|ун|ур|ай|ей)$"
)


@functools.lru_cache(maxsize=1)
def ru_given_names() -> dict[str, tuple[str, str, frozenset[str]]]:
    """Inflected Russian given name (lowercase, ё->е) -> (nominative, gender "m"/"f", cases)."""
    path = resources.files("awol.extract") / "lang" / "ru" / "given_names.txt"
    out: dict[str, tuple[str, str, frozenset[str]]] = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        name, _, g = ln.partition(" ")
        for form, cases in _decline_given(name, g.strip() or "m"):
            key = form.lower().replace("ё", "е")
            prev = out.get(key)
            if prev and prev[0] == name:
                cases = prev[2] | cases
            elif prev:
                continue
            out[key] = (name, g.strip() or "m", frozenset(cases))
    return out


def _decline_given(n: str, g: str) -> list[tuple[str, set[str]]]:
    forms = [(n, {"nomn"})]
    if n.endswith(("а", "я")):
        stem, soft = n[:-1], n.endswith("я")
        gen = stem + ("и" if soft or stem[-1:] in "гкхжчшщ" else "ы")
        forms += [
            (gen, {"gent"}),
            (stem + ("е" if not n.endswith("ия") else "и"), {"datv", "loct"}),
            (stem + ("ю" if soft else "у"), {"accs"}),
            (stem + ("ей" if soft or stem[-1:] in "жчшщц" else "ой"), {"ablt"}),
        ]
    elif n.endswith("ий"):
        s = n[:-1]
        forms += [(s + "я", {"gent", "accs"}), (s + "ю", {"datv"}), (s + "ем", {"ablt"})]
        forms += [(s + "и", {"loct"})]
    elif n.endswith(("й", "ь")):
        s = n[:-1]
        forms += [(s + "я", {"gent", "accs"}), (s + "ю", {"datv"})]
        forms += [(s + ("ем" if n.endswith("й") else "ем"), {"ablt"}), (s + "е", {"loct"})]
    elif g == "m":
        soft_end = n[-1:] in "жчшщц"
        forms += [(n + "а", {"gent", "accs"}), (n + "у", {"datv"}), (n + "е", {"loct"})]
        forms += [(n + ("ем" if soft_end else "ом"), {"ablt"})]
    return forms


def _cap(w: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))


def _low(w: str) -> str:
    return w.lower().replace("ё", "е")


@functools.lru_cache(maxsize=32768)
def ru_given(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(nominative, gender, cases) readings of a capitalised token as a given name."""
    hit = ru_given_names().get(_low(tok))
    if hit:
        return (hit,)
    out = []
    for p in get_morph().parse(tok):
        if "Name" in p.tag and p.score >= 0.05 and p.tag.number != "plur":
            g = "f" if p.tag.gender == "femn" else "m"
            out.append((_cap(p.normal_form), g, frozenset({p.tag.case})))
    return tuple(out)


@functools.lru_cache(maxsize=32768)
def _ru_patr(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    out = []
    for p in get_morph().parse(tok):
        if "Patr" in p.tag:
            g = "f" if p.tag.gender == "femn" else "m"
            nom = p.inflect({"nomn", "sing"})
            out.append((_cap(nom.word if nom else p.normal_form), g, frozenset({p.tag.case})))
    if not out:
        m = _PATR_RE.search(_low(tok))
        if m:
            stem = tok[: m.start(2)]
            ending = m.group(2)
            if ending.startswith("ич"):
                out.append((stem + "ич", "m", _PATR_M[ending]))
            else:
                out.append((stem + "на", "f", _PATR_F[ending]))
    return tuple(out)


_PATR_RE = re.compile(r"^\w{2,}(?:ов|ев)((ич|ича|ичу|ичем|иче|на|ны|не|ну|ной))$")
_PATR_M = {
    "ич": frozenset({"nomn"}), "ича": frozenset({"gent", "accs"}), "ичу": frozenset({"datv"}),
    "ичем": frozenset({"ablt"}), "иче": frozenset({"loct"}),
}  # fmt: skip
_PATR_F = {
    "на": frozenset({"nomn"}), "ны": frozenset({"gent"}), "не": frozenset({"datv", "loct"}),
    "ну": frozenset({"accs"}), "ной": frozenset({"ablt"}),
}  # fmt: skip


def _surname_rules(tok: str) -> list[tuple[str, str, frozenset[str]]]:
    low = _low(tok)
    out: list[tuple[str, str, frozenset[str]]] = []

    def add(cut: int, add_m: str | None, add_f: str | None, mcases: str, fcases: str) -> None:
        base = tok[: len(tok) - cut] if cut else tok
        if add_m is not None and mcases:
            out.append((base + add_m, "m", frozenset(mcases.split())))
        if add_f is not None and fcases:
            out.append((base + add_f, "f", frozenset(fcases.split())))

    if re.search(r"(ов|ев|ёв|ин|ын)$", low):
        add(0, "", None, "nomn", "")
    elif re.search(r"(ов|ев|ёв|ин|ын)а$", low):
        add(1, "", "а", "gent accs", "nomn")
    elif re.search(r"(ов|ев|ёв|ин|ын)у$", low):
        add(1, "", "а", "datv", "accs")
    elif re.search(r"(ов|ев|ёв|ин|ын)ым$", low):
        add(2, "", None, "ablt", "")
    elif re.search(r"(ов|ев|ёв|ин|ын)е$", low):
        add(1, "", None, "loct", "")
    elif re.search(r"(ов|ев|ёв|ин|ын)ой$", low):
        add(2, None, "а", "", "gent datv ablt loct")
    elif re.search(r"[сц]кий$", low):
        add(0, "", None, "nomn", "")
    elif re.search(r"[сц]кого$", low):
        add(3, "ий", None, "gent accs", "")
    elif re.search(r"[сц]кому$", low):
        add(3, "ий", None, "datv", "")
    elif re.search(r"[сц]ким$", low):
        add(2, "ий", None, "ablt", "")
    elif re.search(r"[сц]ком$", low):
        add(2, "ий", None, "loct", "")
    elif re.search(r"[сц]кая$", low):
        add(0, None, "", "", "nomn")
    elif re.search(r"[сц]кой$", low):
        add(2, "ой", "ая", "nomn", "gent datv ablt loct")
    elif re.search(r"(енко|ко|дзе|швили|ян|янц|их|ых)$", low):
        add(0, "", "", "nomn gent datv accs ablt loct", "nomn gent datv accs ablt loct")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]$", low):
        add(0, "", "", "nomn", "nomn gent datv accs ablt loct")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]а$", low):
        add(1, "", None, "gent accs", "")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]у$", low):
        add(1, "", None, "datv", "")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ](ом|ем)$", low):
        add(2, "", None, "ablt", "")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]е$", low):
        add(1, "", None, "loct", "")
    return out


@functools.lru_cache(maxsize=32768)
def _ru_surname(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(nominative, gender, cases) readings of a capitalised token as a surname."""
    morph = get_morph()
    out: list[tuple[str, str, frozenset[str]]] = []
    proper = False
    for p in morph.parse(tok):
        if "Surn" in p.tag and p.tag.number != "plur":
            g = "f" if p.tag.gender == "femn" else "m"
            nom = p.inflect({"nomn", "sing"})
            out.append((_cap(nom.word if nom else p.normal_form), g, frozenset({p.tag.case})))
        if p.score >= 0.2 and any(t in p.tag for t in ("Geox", "Orgn", "Trad")):
            proper = True
    if not out and not proper and _RU_SURNAME_RE.search(_low(tok)):
        out = _surname_rules(tok)
    if not out and not proper:
        # a capitalised word pymorphy does not know (Дашиев, Цыдыпов, Насибуллин...)
        if not any(p.is_known for p in morph.parse(tok)) or _RU_SURNAME_RE.search(_low(tok)):
            out = _surname_rules(tok)
    return tuple(out)


@functools.lru_cache(maxsize=32768)
def _unknown_surname(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Readings of a word the dictionary does not know, right after a given name, as a surname
    ("обвинили Игоря Шмухта"): the dictionary's guess for an unknown capitalised word (a place,
    an organisation) does not outweigh the given name before it."""
    if any(p.is_known for p in get_morph().parse(tok)):
        return ()
    out = _surname_rules(tok)
    # (or a surname declined as a noun in -а, of a man too: "Шмухта", "Шмухту", "Шмухтой")
    m = re.search(r"(?<=[бвгджзклмнпрстфхцчшщ])(а|ы|и|е|у|ю|ой|ей)$", _low(tok))
    if m and len(tok) - len(m.group(1)) >= 3:
        base = tok[: m.start()] + "а"
        cases = _FIRST_DECLENSION[m.group(1)]
        out += [(base, "m", cases), (base, "f", cases)]
    return tuple(out)


_ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


@functools.lru_cache(maxsize=32768)
def _noun_surname(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Readings of a capitalised word the dictionary knows as a man's common noun, right after a
    given name, as a surname: a surname of a trade or an animal («Олег Мельник», «Олега Коваля»,
    «Ивану Пасечнику»; a woman's, undeclined: «Анна Ткач»).  A common noun is not capitalised
    after a given name; the given name before it says it is his surname (round 37, who37)."""
    soldier = get_lexicon("ru").people  # (not a word for the story's men: «Олег, солдат, ...»)
    out: list[tuple[str, str, frozenset[str]]] = []
    for p in get_morph().parse(tok):
        tag = p.tag
        if tag.POS != "NOUN" or "anim" not in tag or tag.number != "sing" or tag.case is None:
            continue
        if tag.gender != "masc" or any(t in tag for t in ("Name", "Patr", "Geox", "Orgn")):
            continue
        if soldier.search(p.normal_form):
            continue
        nom = p.inflect({"nomn", "sing"})
        base = _cap(nom.word if nom else p.normal_form)
        out.append((base, "m", frozenset({tag.case})))
        if _low(base) == _low(tok):
            out.append((base, "f", _ALL_CASES))
    return tuple(dict.fromkeys(out))


_FIRST_DECLENSION = {
    "а": frozenset({"nomn"}), "ы": frozenset({"gent"}), "и": frozenset({"gent"}),
    "е": frozenset({"datv", "loct"}), "у": frozenset({"accs"}), "ю": frozenset({"accs"}),
    "ой": frozenset({"ablt"}), "ей": frozenset({"ablt"}),
}  # fmt: skip


def _agree(a, b, c=None):
    """Pick readings of given name a, surname/patronymic b (and c) agreeing in gender and case."""
    best = None
    for ga in a:
        for gb in b:
            if ga[1] != gb[1]:
                continue
            cases = ga[2] & gb[2]
            if not cases:
                continue
            if c is None:
                return ga, gb, None
            for gc in c:
                if gc[1] == ga[1] and cases & gc[2]:
                    return ga, gb, gc
            best = best or (ga, gb, None)
    return best


def _is_ru_cap(tok: str) -> bool:
    return (
        len(tok) > 1
        and tok[0].isupper()
        and not tok.isupper()
        and "а" <= _low(tok)[0] <= "я"
        and _low(tok) not in _RU_MONTHS
    )


def find_ru(text: str) -> list[NameMention]:
    toks = words(text)
    n = len(toks)
    out: list[NameMention] = []

    def adjacent(k: int) -> bool:
        return text[toks[k - 1][2] : toks[k][1]].strip() == ""

    def emit(i: int, j: int, parts: list[str]) -> None:
        s, e = toks[i][1], toks[j - 1][2]
        out.append(NameMention(text[s:e], s, e, " ".join(parts)))

    i = 0
    while i < n:
        tok = toks[i][0]
        if not _is_ru_cap(tok):
            i += 1
            continue
        nxt = [toks[k][0] for k in range(i + 1, min(n, i + 3))]
        ok1 = len(nxt) >= 1 and _is_ru_cap(nxt[0]) and adjacent(i + 1)
        ok2 = ok1 and len(nxt) >= 2 and _is_ru_cap(nxt[1]) and adjacent(i + 2)
        giv = ru_given(tok)
        if giv and ok1:
            # Имя Отчество Фамилия
            if ok2:
                pat, sur = _ru_patr(nxt[0]), _ru_surname(nxt[1])
                if pat and sur:
                    r = _agree(giv, pat, sur)
                    if r and r[2]:
                        emit(i, i + 3, [r[0][0], r[1][0], r[2][0]])
                        i += 3
                        continue
            # Имя Фамилия / Имя Отчество
            pat = _ru_patr(nxt[0])
            if pat:
                r = _agree(giv, pat)
                if r:
                    emit(i, i + 2, [r[0][0], r[1][0]])
                    i += 2
                    continue
            sur = _ru_surname(nxt[0]) if not ru_given(nxt[0]) or _ru_surname(nxt[0]) else ()
            if not sur and not ru_given(nxt[0]):
                sur = _unknown_surname(nxt[0])
                if not sur and text[toks[i][2] : toks[i + 1][1]] == " ":
                    # (on the same line: "Кириллов Павел\n\nАдвокат ..." is a signature and
                    # a new line's noun)
                    sur = _noun_surname(nxt[0])
            if sur:
                r = _agree(giv, sur)
                if r:
                    emit(i, i + 2, [r[0][0], r[1][0]])
                    i += 2
                    continue
        # Фамилия Имя Отчество
        if ok2 and not giv:
            sur, giv2, pat = _ru_surname(tok), ru_given(nxt[0]), _ru_patr(nxt[1])
            if sur and giv2 and pat:
                r = _agree(giv2, sur, pat)
                if r and r[2]:
                    emit(i, i + 3, [r[1][0], r[0][0], r[2][0]])
                    i += 3
                    continue
        # a given name and the initial of the surname, as the press shortens a suspect's name:
        # "Тимофей Ф.", "Глеба Ш." (not "Иван И. Петров": a middle initial before a surname)
        ini = INITIAL_AFTER.match(text, toks[i][2]) if giv else None
        if ini and not _ru_surname_after(text, ini.end()):
            s = toks[i][1]
            out.append(
                NameMention(text[s : ini.end()], s, ini.end(), f"{giv[0][0]} {ini.group(1)}.")
            )
            i += 1
            continue
        # a surname after a soldier's rank or role and his initials ("рядовой П. Орлов",
        # "приговорил военнослужащего И. С. Орлова": who35)
        if not giv and (
            ini := _RU_INITIALS_BEFORE.search(text, max(0, toks[i][1] - 8), toks[i][1])
        ):
            before = text[max(0, ini.start() - 40) : ini.start()]
            sur = _ru_surname(tok) if _ru_rank().search(before) else ()
            if sur:
                # (the span with the initials; the name the surname alone, as after a rank with no
                # initials: "Орлов" matches the story's "Олег Орлов" and any writing of them)
                m_ = next((r for r in sur if r[1] == "m"), sur[0])
                s, e = ini.start(), toks[i][2]
                out.append(NameMention(text[s:e], s, e, m_[0]))
                i += 1
                continue
        # lone given name after a cue: "по имени Кирилл"
        if giv and _RU_CUE_RE.search(text[max(0, toks[i][1] - 20) : toks[i][1]]):
            emit(i, i + 1, [giv[0][0]])
        i += 1
    return out


# one or two initials right before a surname ("П. ", "Н. А. ", "И.С. ")
_RU_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,2}\s*$")


@functools.cache
def _ru_rank() -> re.Pattern[str]:
    """A soldier's rank or role of the ranks and file right before his initials (any case; not
    an officer's, a judge's or a policeman's: their initials stay no name): ``rank_before_initials``
    and ``rank_qualifier`` of ``lang/ru/names.yaml``."""
    words = lang_file("ru", "names")
    ranks, qualifier = "|".join(words["rank_before_initials"]), "|".join(words["rank_qualifier"])
    return re.compile(rf"(?<![а-яё])(?:{ranks})(?:\s+(?:{qualifier}))?\s+$", re.IGNORECASE)


def _ru_surname_after(text: str, pos: int) -> bool:
    """Does a word read as a surname follow ``pos`` ("Иван И. Петров")?"""
    m = NEXT_WORD.match(text, pos)
    return bool(m) and bool(_ru_surname(m.group(1)))

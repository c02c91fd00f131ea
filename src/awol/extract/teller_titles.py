"""A teller named after his title and what the title is of (round 38, who38): «Губернатор
Брянской области Александр X сообщил», "The commander of the 3rd battalion, Lt. Col. Nikolai X,
said".  The title's own check (``titles`` right before a name: :func:`awol.extract.people_roles.
not_a_deserter`) misses such a teller where the title's complement stands between; the name then
joined the story's people and an event of the sentence took it (its surname is in the
sentence).  Here a name inside its sentence's own source span (:func:`awol.extract.attribution.
own_source`) after a title in that span is the title's holder, unless the words between name a
man the name may be (the complement's person; data: ``teller_titles.yaml``)."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import yaml

from awol.extract.attribution import Source, own_source
from awol.extract.lexicon import get_lexicon, lang_file
from awol.extract.morph import get_morph
from awol.extract.names import NameMention
from awol.extract.names_ru import ru_given
from awol.extract.people_roles import speaker_who_fled

__all__ = ["relative_teller", "story_tellers", "titled_teller"]


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("awol.extract") / "teller_titles.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=4)
def _rx(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str], re.Pattern[str]]:
    """(the titles, unanchored; the words of them that are no title; the people words)."""
    d = _data()
    titles = get_lexicon(lang).extra.get("titles")
    title = re.compile(rf"(?<![\w-])(?:{titles})(?![\w-])", re.IGNORECASE) if titles else None
    people = (lang_file(lang, "events").get("people") or [r"(?!)"])[0]
    return title, re.compile(d["not_titles"][lang]), re.compile(people, re.IGNORECASE)


def titled_teller(text: str, m: NameMention, lang: str) -> bool:
    """Is the person ``m`` names in the sentence ``text`` its teller named after his title and
    what the title is of (see the module)?"""
    lg = "ru" if (lang or "en").lower().startswith(("ru", "uk", "be")) else "en"
    title_rx, not_title, people = _rx(lg)
    if title_rx is None:
        return False
    before = text[max(0, m.start - 120) : m.start]
    if not title_rx.search(before):  # (cheap: most names have no title before them)
        return False
    src = own_source(text, get_lexicon(lg))
    if src.__class__ is not Source or not (src.start <= m.start < src.end):
        return False
    titles = [
        t for t in title_rx.finditer(text, src.start, m.start) if not not_title.match(t.group())
    ]
    if not titles:
        return False
    t = titles[-1]
    between = text[t.end() : m.start]
    if re.search(r"[.;:!?()\[\]«»\"“”]", between):
        return False
    if lg == "en":
        of = re.compile(_data()["of_person"]["en"]).search(between)
        return not (of and people.search(between, of.end()))
    # (Russian: the name in the title's case is the title's holder, not in the case of a man
    # named between: «Жена контрактника Анна X рассказала» is the wife, «адвокат
    # военнослужащего Ивана X» names the soldier; a name in the genitive after a title not in it
    # is the title's possessor: «Мать Ивана X рассказала», as people_roles._possessor reads it)
    first = m.text.split()[0] if m.text.split() else ""
    cases: set[str] = set()
    for _, _, cs in ru_given(first):
        cases |= set(cs)
    if not cases:
        return False
    morph = get_morph()
    title_cases = {p.tag.case for p in morph.parse(t.group().split()[-1].lower())}
    if cases <= {"gent", "accs"} and "gent" not in title_cases:
        return False
    if not cases & title_cases:
        return False
    persons = list(people.finditer(between))
    if not persons:
        return True
    person_cases = {p.tag.case for p in morph.parse(persons[-1].group().lower())}
    return not cases & person_cases


def relative_teller(text: str, m: NameMention, lang: str) -> bool:
    """Is the person ``m`` names in the sentence ``text`` its source, where the sentence speaks
    of the man as the teller's relative outside the source ("Her husband ... was detained, Yelena
    X told reporters"; ``relative_told`` of ``teller_titles.yaml``)?  Russian: only a name that
    may be in the nominative (a genitive one is the man the teller is named after: «Мать
    военнослужащего Ивана X рассказала, что её сына задержали»)."""
    lg = "ru" if (lang or "en").lower().startswith(("ru", "uk", "be")) else "en"
    rx = _relative_rx(lg)
    if rx is None:
        return False
    rel = [r for r in rx.finditer(text)]
    if not rel:
        return False
    src = own_source(text, get_lexicon(lg))
    if src.__class__ is not Source or not (src.start <= m.start < src.end):
        return False
    if all(src.start <= r.start() < src.end for r in rel):
        return False
    if lg == "ru":
        first = m.text.split()[0] if m.text.split() else ""
        if not any("nomn" in cs for _, _, cs in ru_given(first)):
            return False
    return True


@functools.lru_cache(maxsize=4)
def _relative_rx(lang: str) -> re.Pattern[str] | None:
    raw = (_data().get("relative_told") or {}).get(lang)
    return re.compile(raw) if raw else None


def story_tellers(texts: list[str], named: list[list[NameMention]], lang: str) -> frozenset[str]:
    """The people (normalised names) an article's sentences ``texts`` (with their person names
    ``named``) name as a titled or a relative teller (:func:`titled_teller`,
    :func:`relative_teller`), not told as one who fled (``speaker_who_fled``).  Their names are
    given to no event (:func:`awol.extract.people.name_from_story`); they stay among the story's
    people, so an article that names one of them and one other man does not read as one man's
    story (a teller left out of the story's people let that man's name reach its unnamed
    events: round 37's ``title_complement`` and this reading's first form each moved two
    Russian test names so)."""
    out: set[str] = set()
    for text, ms in zip(texts, named, strict=True):
        for m in ms:
            if m.normalized in out:
                continue
            if (titled_teller(text, m, lang) or relative_teller(text, m, lang)) and not (
                speaker_who_fled(text, m.end, lang)
            ):
                out.add(m.normalized)
    return frozenset(out)

"""The forms of a story person's surname in a sentence (:class:`_Surname`) and the story
people's surnames looked up by a sentence's words (:class:`_Surnames`), read by
:func:`awol.extract.people.name_from_story` (split from ``people.py``)."""

from __future__ import annotations

import re
from typing import Any

from awol.extract.people_data import official


class _Surname:
    """The forms of a story person's surname in a sentence: capitalised, inflected by up to 3
    letters ("Gildarov", "Гильдарова"), spelt with one letter more, less or other (a long
    surname transliterated two ways: "Morzinenko" ~ "Morizinenko") or cut short ("Chetverg")."""

    _CAP = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][^\W\d_]{3,}(?![\w-])")

    def __init__(self, surname: str) -> None:
        stem = surname[:-1] if len(surname) > 4 and surname[-1] in "аяоеыиaeiouy" else surname
        self.surname = surname
        self.stem = stem
        self.rx = re.compile(rf"(?<![\w-]){re.escape(stem)}\w{{0,3}}(?![\w-])")

    def search(self, text: str) -> bool:
        if self.rx.search(text):
            return True
        if len(self.surname) < 7:
            return False
        return any(
            _one_edit(w.group(), self.surname) or self._shortened(w.group())
            for w in self._CAP.finditer(text)
        )

    def _shortened(self, word: str) -> bool:
        """The surname cut short, as a nickname ("Chetverg" for "Chetvergin"): 5 letters or more,
        most of it (70%), and no given name ("Roman" is no "Romanov")."""
        from awol.extract.names import en_given
        from awol.extract.names_ru import ru_given

        return (
            len(word) >= 5
            and len(word) >= 0.7 * len(self.surname)
            and self.surname.startswith(word)
            and not en_given(word)
            and not ru_given(word)
        )


def _one_edit(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one letter inserted, dropped or changed?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# the words a surname's pattern may match (:class:`_Surname`: its stem at the start of a run of
# word characters, not after a word character or a hyphen, and that run ending within three
# characters after the stem, not before a hyphen): each such run whole
_WORD_RUNS = re.compile(r"(?<![\w-])\w+(?![\w-])")
_PLAIN = re.compile(r"\w+")


def _dropped(word: str) -> list[str]:
    """``word`` with each of its letters dropped in turn."""
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


class _Surnames:
    """The story people's surnames (:class:`_Surname`, in order), looked up by the words of a
    sentence rather than each searched in it (a long text names thousands of people).

    A surname's pattern matches a run of word characters that is its stem and up to three
    characters more: the runs of a sentence are looked up by their first ``len - 3`` to ``len``
    characters (a stem of other characters than word ones is searched).  A capitalised word
    one letter off a surname of seven letters or more is, or has, one of its forms with one
    letter dropped, or the surname is one of the word's (one letter changed: both with the
    letter of that place dropped); a surname cut short keeps its first five letters: each
    surname so found is checked against the word (:func:`_one_edit`,
    :meth:`_Surname._shortened`), not searched in the sentence.  So a sentence costs its words,
    however many surnames share their first letters or their ending ("-nko", "-kov"): exactly
    what :meth:`_Surname.search` of each finds (``tests/extract/test_story_people_index.py``)."""

    def __init__(self, surnames: list[tuple[str, _Surname | None]]) -> None:
        self.surnames = surnames
        self.by_stem: dict[str, list[int]] = {}
        self.by_edit: dict[str, list[int]] = {}  # a long surname and its forms one letter short
        self.by_head: dict[str, list[int]] = {}  # a long surname's first five letters
        self.edges: set[str] = set()  # a long surname's first three letters and last three
        self.always: list[int] = []  # (a stem not all of word characters: searched)
        self.of: dict[str, _Surname | None] = {}  # each person's
        self._plain: dict[str, list[str]] = {}  # (a text's people, where no ``keep``)
        self._by_word: dict[str, tuple[int, ...]] = {}  # (a word's people: :meth:`_edited`)
        self.firsts: set[str] = set()  # the first characters of the stems looked up by word
        for k, (p, sx) in enumerate(surnames):
            self.of.setdefault(p, sx)
            if sx is None:
                continue
            if not _PLAIN.fullmatch(sx.stem):
                self.always.append(k)
                continue
            self.by_stem.setdefault(sx.stem, []).append(k)
            self.firsts.add(sx.stem[0])
            if len(sx.surname) >= 7:
                for form in {sx.surname, *_dropped(sx.surname)}:
                    self.by_edit.setdefault(form, []).append(k)
                self.by_head.setdefault(sx.surname[:5], []).append(k)
                self.edges.update((sx.surname[:3], sx.surname[-3:]))

    def hits(self, text: str, keep: Any = None) -> list[str]:
        """The people (``keep(k)`` of their index, where given) whose surname ``text`` uses."""
        if keep is None:
            got = self._plain.get(text)
            if got is None:
                got = self._plain[text] = self._hits(text, None)
            return list(got)
        return self._hits(text, keep)

    def _hits(self, text: str, keep: Any) -> list[str]:
        surnames = self.surnames
        found = {k for k in self.always if surnames[k][1].search(text)}  # type: ignore[union-attr]
        by_stem, firsts = self.by_stem, self.firsts
        # (a run that starts with no stem's first character holds none: most are in lower case)
        for run in {r for r in _WORD_RUNS.findall(text) if r[0] in firsts}:
            for n in range(max(1, len(run) - 3), len(run) + 1):
                ks = by_stem.get(run[:n])
                if ks is not None:
                    found.update(ks)
        if self.by_edit:
            by_word = self._by_word
            for word in set(_Surname._CAP.findall(text)):
                ks = by_word.get(word)
                if ks is None:
                    ks = by_word[word] = self._edited(word)
                if ks:
                    found.update(ks)
        return [surnames[k][0] for k in sorted(found) if keep is None or keep(k)]

    def _edited(self, word: str) -> tuple[int, ...]:
        """The people whose long surname the capitalised ``word`` is, one letter off or cut
        short (a function of the word: read once per word and story)."""
        by_edit, by_head, edges, surnames = self.by_edit, self.by_head, self.edges, self.surnames
        # (one letter off, or cut short: the first three letters or the last three kept)
        if len(word) < 5 or (word[:3] not in edges and word[-3:] not in edges):
            return ()
        out = {k for k in by_head.get(word[:5], ()) if surnames[k][1]._shortened(word)}  # type: ignore[union-attr]
        if len(word) >= 6:  # (one letter off seven or more)
            for form in (word, *_dropped(word)):
                for k in by_edit.get(form, ()):
                    if k not in out and _one_edit(word, surnames[k][1].surname):  # type: ignore[union-attr]
                        out.add(k)
        return tuple(out)

    def coordinated(self, text: str, people: list[str]) -> bool:
        """Does ``text`` join the surnames of ``people`` (each found by its pattern, none an
        official's) in one coordination: "A and B", "A, B and C", "А и Б"?  Nothing but a
        comma, "and", "и" or "&" stands between them."""
        spans = []
        for p in dict.fromkeys(people):
            if p not in self.of:
                continue
            sx = self.of[p]
            m = sx.rx.search(text) if sx is not None else None
            if m is None or official(p):
                return False
            spans.append((m.start(), m.end()))
        spans.sort()
        return len(spans) == len(people) and all(
            _COORDINATION.fullmatch(text[a[1] : b[0]])
            for a, b in zip(spans, spans[1:], strict=False)
        )


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|и\s+)?|(?:and|и|&)\s+)", re.IGNORECASE)


def _surname_rx(name: str) -> _Surname | None:
    """The forms of the surname of ``name`` (its last word; a Russian patronymic-last order,
    "Петров Иван Сергеевич", its first): :class:`_Surname`."""
    parts = name.split()
    if len(parts) < 2:
        return None
    surname = parts[0] if parts[-1].endswith(("вич", "вна")) else parts[-1]
    if len(surname.rstrip("аяоеыиaeiouy")) < 4:
        return None
    return _Surname(surname)

"""No real person's name in the repository (round 34).

The articles of ../shared/corpus/real and the seeds are third-party texts, and the people they
name are real: the repo (code, comments, yaml, tests, probes, docs) must carry none of their
names, only invented ones.  This guard reads both gold files in place, takes the surname of every
name in an event's ``names`` and of every person named in a ``source`` or ``who`` field or in a
document's free-text ``notes`` (a given name followed by a capitalised word, or a name the
project's own finder reads there: "рядовой Пырхачёв", "Mr. Vorbyshev"), and the spelling a
case's or an incident's label (``real/cases.jsonl``, ``incidents.jsonl``) gives one of them
("vorbyshev-flight-2024"), and fails when one appears in a file git tracks.

Matching: whole words, in any case (capitalised, "vorbyshev-case", "VORBYSHEV"; a surname whose
lower-case form is a common word only as written), with inflection: a Cyrillic surname is cut
to its stem (a case ending off, at least four letters kept) and matched with up to three letters
after it ("Пырхачёва" -> "Пырхачёв" matches "Пырхачёвым"); a Latin one with up to two
("Pyrkhachev" matches "Pyrkhacheva", "Pyrkhachev's").  A ../shared document's id
("seeds/mt-2023-...-<surname>.txt") is a reference to the stored copy, not a name: skipped.  Not
checked: commit messages (history is not rewritten).

The failure message names the file, the line and the surname for train and seed documents; for
a test-split document it says "(a test-split name)" and never the name, so nobody reads test gold
through it.  Skips (with the reason) where ../shared or git is absent.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
GOLDS = (SHARED / "real" / "gold.jsonl", SHARED / "seeds" / "gold.jsonl")
SPLITS = SHARED / "real" / "splits.json"
LABELS = (SHARED / "real" / "cases.jsonl", SHARED / "real" / "incidents.jsonl")
MANIFESTS = (SHARED / "real" / "manifest.jsonl", SHARED / "seeds" / "manifest.jsonl")

# ---- the exemptions: one list, a reason each ------------------------------------------------
MIN_LETTERS = 5  # a shorter surname (3-4 letters) is too common a string to search alone: it is
# matched only right after the gold's given name, as FULL_NAME_ONLY's are (an initial: never)
SHORT_LETTERS = 3
EXEMPT_WORDS = {
    "Kievskaya": "a company's name in a unit designation, after an 11th-century queen; no one's",
    "Kyivska": "a company's name in a unit designation, after an 11th-century queen; no one's",
}
# surnames that alone name nobody (a city of the gazetteer, the commonest surnames): matched
# only right after the gold's given name ("Timur Rostov", not "Rostov region"); not in the
# other script either.  A surname the gazetteer reads as a whole place name (in Latin) is
# treated so without a line here (``_a_place``); these are the ones it does not read so
FULL_NAME_ONLY = {
    "Rostov": "a city (Rostov-on-Don) in the gazetteer: the repo's word is the place",
    "Ростов": "a city (Ростов-на-Дону) in the gazetteer: the repo's word is the place",
    "Korolev": "a city (Korolyov, Moscow region) in the gazetteer, the place probes' town-surname",
    "Ivanov": "the commonest Russian surname, the placeholder of forms and examples",
    "Иванов": "the commonest Russian surname, the placeholder of forms and examples",
    "Petrov": "the second commonest Russian surname, a placeholder of examples",
    "Петров": "the second commonest Russian surname, a placeholder of examples",
}
# public officials the project lists as data (lang/people.yaml ``officials``): a gold surname
# they share is not a hit right after the official's own given name ("Dmitry Medvedev")
OFFICIALS = ROOT / "src" / "awol" / "extract" / "lang" / "people.yaml"
EXEMPT_FILES = {
    "src/awol/data/settlements.tsv": "place lexicon (GeoNames): villages share surname stems",
    "src/awol/data/ru_forms.tsv": "place lexicon (declined settlement names), generated",
    "src/awol/data/places.yaml": "place lexicon (regions, cities)",
    "src/awol/extract/lang/en/given_names.txt": "given-name lexicon",
    "src/awol/extract/lang/en/given_names_lexicon.txt": "given-name lexicon (pymorphy3), generated",
    "src/awol/extract/lang/ru/given_names.txt": "given-name lexicon",
}
# A reference to a ../shared file by its id or path ("seeds/mt-2023-...-<surname>.txt") is the
# stored copy's name, not the person's: a hit inside one is skipped (``shared_ids``).
# surnames matched only as the gold writes them (capitalised), not in lower or upper case: a
# lower-case form that is a common word.  A Cyrillic one the dictionary knows as a word (not a
# name) is treated so without a line here (``_a_word``)
AS_WRITTEN_ONLY: dict[str, str] = {}

_CYR = re.compile(r"[а-яё]", re.IGNORECASE)
_RU_ENDINGS = sorted(
    "ыми ими ого его ому ему ой ей ом ем ым им ую юю ая яя ый ий а я у ю ы и е".split(),
    key=len,
    reverse=True,
)
# (-ых/-их surnames do not decline: "Толстопятых" is no "Толстопятой")
_LAT_ENDINGS = (
    "ymi",
    "oyu",
    "oy",
    "oj",
    "ym",
    "om",
    "yj",
    "iy",
    "ij",
    "yi",
    "y",
    "a",
    "i",
    "e",
    "o",
    "u",
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")


@dataclass(frozen=True)
class Surname:
    word: str  # as the gold writes it
    pattern: str  # regex of its forms (no boundaries)
    given: str | None  # regex of the given name required before it (FULL_NAME_ONLY), else None
    train: bool  # from a train or seed document (else only from test-split documents)
    keys: frozenset[str] = frozenset()  # name_key of it and its stem: the other script's
    any_case: bool = True  # matched in lower and upper case too (else only as written)

    @property
    def cyrillic(self) -> bool:
        return bool(_CYR.search(self.word))

    @property
    def regex(self) -> str:
        """``pattern``, case-insensitive where ``any_case``."""
        return f"(?i:{self.pattern})" if self.any_case else self.pattern

    @property
    def given_regex(self) -> str | None:
        if self.given is None:
            return None
        return f"(?i:{self.given})" if self.any_case else self.given


def _stem(word: str) -> str:
    """The word without a case ending (Cyrillic) or a final vowel (Latin), 4 letters kept."""
    ends = _RU_ENDINGS if _CYR.search(word) else _LAT_ENDINGS
    for end in ends:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _stem_pattern(word: str) -> str:
    if _CYR.search(word):
        return re.escape(_stem(word)) + "[а-яё]{0,3}"
    return re.escape(word) + "[a-z]{0,2}"


@functools.cache
def _key(word: str) -> str:
    from awol.extract.names import name_key

    return name_key(word)


def _is_given(tok: str, surname_first: bool = False) -> bool:
    """A given name?  With ``surname_first`` (the word after a given name), a Cyrillic word the
    dictionary also knows as a surname, or as a name only in the plural, is not one (a "-ов"
    surname reads as a given name's genitive plural too)."""
    from awol.extract.names import en_given, lexicon_given

    if _CYR.search(tok):
        parses = [p for p in _morph().parse(tok) if p.score >= 0.05]
        if surname_first:  # a given name in the singular, never a surname
            if any("Surn" in p.tag for p in parses):
                return False
            return any("Name" in p.tag and "sing" in p.tag for p in parses)
        return any("Name" in p.tag for p in parses)
    return en_given(tok) or lexicon_given(tok)


def _morph():
    import pymorphy3

    global _MORPH
    if _MORPH is None:
        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


_MORPH = None


def name_parts(name: str) -> tuple[str | None, str | None]:
    """(given name, surname) of a gold ``names`` entry; surname None for a given name alone or
    a surname cut to an initial ("Gleb Sh.")."""
    toks = _WORD.findall(name)
    if not toks:
        return None, None
    last = toks[-1]
    if last.endswith(".") or len(toks) == 1 and _is_given(last):
        return (toks[0] if len(toks) > 1 else last), None
    return (toks[0] if len(toks) > 1 else None), last


def persons_in(field: str) -> list[tuple[str, str]]:
    """(given, surname) of the people a ``source``, ``who`` or ``notes`` field names: a given
    name followed by a capitalised word that is not a given name ("глава района Тарас Шмыгун"),
    and the names the project's finder reads there (a rank or a title before a surname alone:
    "рядовой Пырхачёв", "Mr. Vorbyshev"; :func:`named_in`)."""
    toks = _WORD.findall(field)
    out = []
    for a, b in zip(toks, toks[1:], strict=False):
        if a[:1].isupper() and b[:1].isupper() and b[1:2].islower() and not b.endswith("."):
            if _is_given(a) and not _is_given(b, surname_first=True):
                out.append((a, b))
    return out + named_in(field)


def named_in(field: str) -> list[tuple[str | None, str | None]]:
    """(given, surname) of each person name :func:`awol.extract.names.find_person_names` reads
    in ``field`` (in its script's language), as :func:`name_parts` cuts it."""
    if not field:
        return []
    from awol.extract.names import find_person_names

    lang = "ru" if _CYR.search(field) else "en"
    return [name_parts(n.normalized) for n in find_person_names(field, lang)]


@functools.cache
def _a_place(word: str) -> bool:
    """Is the surname, or its Latin spelling, a whole place name of the gazetteer (a town
    called like a man: "the town of Serov")?  Such a surname is matched only after the gold's
    given name, as FULL_NAME_ONLY's are."""
    from awol.extract.names import transliterate_ru
    from awol.extract.places import get_gazetteer

    latin = transliterate_ru(word) if _CYR.search(word) else word
    return any(m.start == 0 and m.end == len(latin) for m in get_gazetteer().find(latin, "en"))


@functools.cache
def _a_word(word: str) -> bool:
    """Is the lower-case form of a Cyrillic surname a word of the dictionary that is not a name
    ("Волков" -> "волков": a wolf's)?  Then it is matched only as written."""
    if not _CYR.search(word):
        return False
    parses = [p for p in _morph().parse(word.lower()) if p.score >= 0.05]
    return any(p.is_known and not _NAME_TAGS & p.tag.grammemes for p in parses)


_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox"})


def collect(docs: list[dict], test_ids: set[str], labels: tuple[str, ...] = ()) -> list[Surname]:
    """The surnames the gold documents name, one entry per (word, given name where needed);
    ``labels``: the cases' and incidents' labels, whose words that spell a surname found (its
    ``name_key``, or its stem's) are one more spelling of it (shown where it is)."""
    found: dict[tuple[str, str | None], bool] = {}
    for doc in docs:
        train = doc.get("id") not in test_ids
        pairs = persons_in(doc.get("notes") or "")
        for ev in doc.get("events") or []:
            pairs += [name_parts(n) for n in ev.get("names") or []]
            for key in ("source", "who"):
                pairs += persons_in(ev.get(key) or "")
        for fig in doc.get("figures") or []:
            pairs += persons_in(fig.get("source") or "")
        for given, surname in pairs:
            if not surname or len(surname) < SHORT_LETTERS or surname in EXEMPT_WORDS:
                continue
            short = len(surname) < MIN_LETTERS
            full_only = short or surname in FULL_NAME_ONLY or _a_place(surname)
            need = _stem_pattern(given) if full_only and given else None
            if full_only and not given:
                continue
            k = (surname, need)
            found[k] = found.get(k, False) or train
    keys = {k: w for (w, g), _t in found.items() if g is None for k in (_key(w), _key(_stem(w)))}
    for label in labels:
        for tok in re.findall(r"[^\W\d_]+", label):
            w = tok[:1].upper() + tok[1:]
            gold = keys.get(_key(w)) or keys.get(_key(_stem(w)))
            if len(tok) >= MIN_LETTERS and gold is not None:
                found[(w, None)] = found.get((w, None), False) or found[(gold, None)]
    return [
        Surname(
            w,
            _stem_pattern(w),
            g,
            t,
            frozenset({_key(w), _key(_stem(w))}),
            w not in AS_WRITTEN_ONLY and not _a_word(w),
        )
        for (w, g), t in sorted(found.items())
    ]


@functools.lru_cache(maxsize=1)
def _officials() -> tuple[tuple[str, str], ...]:
    if not OFFICIALS.is_file():
        return ()
    import yaml

    names = (yaml.safe_load(OFFICIALS.read_text(encoding="utf-8")) or {}).get("officials") or []
    return tuple((n.split()[0], n.split()[-1]) for n in names if len(n.split()) > 1)


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    surname: Surname

    def message(self) -> str:
        who = self.surname.word if self.surname.train else "(a test-split name)"
        return f"{self.path}:{self.line}: {who}"


def scan(
    path: str,
    text: str,
    surnames: list[Surname],
    officials: tuple[tuple[str, str], ...] | None = None,
    ids: tuple[str, ...] | None = None,
) -> list[Hit]:
    """Hits of ``surnames`` in ``text`` (whole words, in any case where ``any_case``);
    ``officials`` (given name, surname) default to lang/people.yaml's, ``ids`` (the ../shared
    documents', a hit inside one skipped) to :func:`shared_ids`."""
    officials = _officials() if officials is None else officials
    ids = shared_ids() if ids is None else ids
    hits: list[Hit] = []
    if not surnames:
        return hits
    refs = [m.span() for m in _ids_rx(ids).finditer(text)] if ids else []

    def hit(s: Surname, start: int) -> None:
        if any(a <= start < b for a, b in refs):
            return  # a ../shared document's id: the stored copy's name ("mt-2023-...-surname")
        before = text[max(0, start - 40) : start]
        if s.given and not re.search(r"(?<![^\W_])" + s.given_regex + r"\s+$", before):
            return  # a common surname without the gold's given name
        prev = _WORD.findall(before)[-1:]
        if prev and any(
            _key(_stem(last)) in s.keys and _key(prev[0])[:4] == _key(first)[:4]
            for first, last in officials
        ):
            return  # the listed official of that surname ("Dmitry Medvedev")
        hits.append(Hit(path, text.count("\n", 0, start) + 1, s))

    # one pass over the text in lower case (its offsets the text's: else the slower pattern
    # that ignores case); then which surname it is, in the case written
    low = text.lower()
    union = _any_of(tuple(surnames), len(low) == len(text))
    for m in union.finditer(low if union.flags & re.IGNORECASE == 0 else text):
        word = text[m.start() : m.end()]
        for s in surnames:
            if re.fullmatch(s.regex, word):
                hit(s, m.start())
    # the other script ("Пырхачёва" for a gold "Pyrkhachev", "Shmukhtoy" for "Шмухта",
    # "pyrkhachev-case" for "Пырхачёв"): the word or its stem has the key
    # (awol.extract.names.name_key) of the gold surname or of its stem
    by_key = _by_key(tuple(surnames))
    if by_key:
        for m in _ANY_WORD.finditer(text):
            w = m.group()
            cyr, ks = _word_keys(w)
            if ks.isdisjoint(by_key):
                continue
            found = {s for k in ks for s in by_key.get(k, ()) if s.cyrillic != cyr}
            written = w[:1].isupper() and w[1:].islower()  # (capitalised, as a name is)
            for s in found:
                if written or s.any_case and not _a_word(w):  # ("скворцов": starlings')
                    hit(s, m.start())
    return hits


_ANY_WORD = re.compile(r"(?<![^\W_])[^\W\d_]{4,}(?![^\W_])")


@functools.cache
def _word_keys(word: str) -> tuple[bool, frozenset[str]]:
    """(Cyrillic?, the name_key of the word and of its stem), read once per word."""
    return bool(_CYR.search(word)), frozenset({_key(word), _key(_stem(word))})


@functools.lru_cache(maxsize=4)
def _by_key(surnames: tuple[Surname, ...]) -> dict[str, tuple[Surname, ...]]:
    """The surnames with no given name required, by each of their keys."""
    out: dict[str, list[Surname]] = {}
    for s in surnames:
        if not s.given:
            for k in s.keys:
                out.setdefault(k, []).append(s)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])(?:" + pattern + r")(?![^\W_])")


@functools.lru_cache(maxsize=8)
def _any_of(surnames: tuple[Surname, ...], lowered: bool = True) -> re.Pattern[str]:
    """Every surname's forms, one pattern: in lower case, for the text in lower case (four
    times faster than one that ignores case), else ignoring case.  A match is then told apart
    by the surname's own ``regex`` (as written only, where not ``any_case``)."""
    if lowered:  # (the surnames' patterns in lower case: letters, their classes, escapes of "-")
        return _rx("|".join(s.pattern.lower() for s in surnames))
    return re.compile(_rx("|".join(s.pattern for s in surnames)).pattern, re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _ids_rx(ids: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True)))


@functools.cache
def shared_ids() -> tuple[str, ...]:
    """The ids of the ../shared documents (the manifests'), of those that hold a letter run
    beyond their prefix (a seed's "mt-2023-01-18-<surname>"; not "ren-014")."""
    out = set()
    for p in MANIFESTS:
        if p.is_file():
            for line in p.open(encoding="utf-8"):
                i = json.loads(line).get("id", "") if line.strip() else ""
                if len(re.findall(r"[^\W\d_]{4,}", i)) > 0:
                    out.add(i)
    return tuple(sorted(out))


def _gold_surnames() -> list[Surname]:
    missing = [str(p) for p in GOLDS if not p.is_file()]
    if missing:
        pytest.skip(f"../shared corpus absent ({', '.join(missing)}): nothing to check against")
    test_ids = set(json.loads(SPLITS.read_text(encoding="utf-8")).get("test", []))
    docs = [json.loads(line) for p in GOLDS for line in p.open(encoding="utf-8") if line.strip()]
    labels = tuple(
        row.get("case") or row.get("incident") or ""
        for p in LABELS
        if p.is_file()
        for row in map(json.loads, filter(str.strip, p.open(encoding="utf-8")))
    )
    return collect(docs, test_ids, labels)


def _tracked() -> list[str]:
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError) as e:
        pytest.skip(f"git or the checkout is absent ({e}): no tracked files to scan")
    return [p for p in out.decode("utf-8").split("\0") if p]


def scan_tree(root: Path, paths: list[str], surnames: list[Surname]) -> list[Hit]:
    """Hits in the files ``paths`` under ``root``, the exemptions applied."""
    hits: list[Hit] = []
    for path in paths:
        if path in EXEMPT_FILES:
            continue
        try:
            text = (root / path).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue  # binary (a model) or deleted in the working tree
        hits += scan(path, text, surnames)
    return hits


def test_no_real_name_in_a_tracked_file():
    surnames = _gold_surnames()
    assert surnames, "no surname read from the gold files: the guard would pass silently"
    hits = scan_tree(ROOT, _tracked(), surnames)
    seen = sorted({h.message() for h in hits})
    assert not seen, "real people's names in the repo (use invented ones):\n" + "\n".join(seen)


# ---- the matcher itself (invented names), so the guard cannot pass silently -----------------
def _invented_gold() -> list[dict]:
    return [
        {"id": "t-1", "events": [{"names": ["Ильи Пырхачёва", "Zakhar Vorbyshev"]}]},
        {"id": "t-2", "events": [{"names": ["Тимур Ростов", "Gleb Ivanov", "Savva"]}]},
        {"id": "t-3", "events": [{"names": ["Fedor Sh.", "Oleg Dunkin"], "source": None}]},
        {"id": "t-4", "events": [{"names": [], "source": "глава района Тарас Шмыгун"}]},
        {"id": "t-6", "events": [{"names": [], "source": "глава района Пётр Харитонов"}]},
        {"id": "t-7", "events": [{"names": ["Luka Serov"]}]},
        {"id": "t-5", "events": [{"names": ["Trofim Krendelev"]}]},
    ]


def test_the_matcher_catches_inflected_forms_and_skips_exemptions():
    surnames = collect(_invented_gold(), test_ids={"t-3"})
    words = {s.word for s in surnames}
    assert {
        "Пырхачёва",
        "Vorbyshev",
        "Ivanov",
        "Dunkin",
        "Шмыгун",
        "Харитонов",
        "Krendelev",
    } <= words
    assert "Savva" not in words and "Sh." not in words  # a given name alone; an initial
    text = (
        "Суд приговорил Пырхачёва; о Пырхачёвым писали; Пырхачёв бежал.\n"  # 1: 3 forms
        "Vorbyshev's unit; Vorbysheva.\n"  # 2: 2 forms
        "пырхачёв lower case; Vorbyshevsky is another word; Ростов-на-Дону.\n"  # 3: lower case
        "Ivan Ivanov, the placeholder; but Gleb Ivanov fled; Тимура Ростова.\n"  # 4: 2 full names
        "Ostap Krendelev, the official; Trofim Krendelev; Krendelev's unit.\n"  # 5: 2
        "Шмыгуна назначили.\n"  # 6: a source's person
        "Pyrkhachev and Pyrkhacheva; Ворбышевым.\n"  # 7: the other script, 3
        "Caught near Serov, in the town of Serov; Luka Serov.\n"  # 8: a town's name: the man only
    )
    hits = scan("x.txt", text, surnames, officials=(("Ostap", "Krendelev"),))
    assert sorted(h.line for h in hits) == [1, 1, 1, 2, 2, 3, 4, 4, 5, 5, 6, 7, 7, 7, 8]


def test_a_test_split_name_is_never_printed():
    surnames = collect(_invented_gold(), test_ids={"t-3"})
    hits = scan("tests/x.py", "Oleg Dunkin and Zakhar Vorbyshev", surnames)
    messages = sorted(h.message() for h in hits)
    assert messages == ["tests/x.py:1: (a test-split name)", "tests/x.py:1: Vorbyshev"]


def test_files_on_disk_are_caught_and_the_exempt_ones_skipped(tmp_path):
    (tmp_path / "note.md").write_text("The deserter Пырхачёвым was seen.\n", encoding="utf-8")
    lexicon = next(iter(EXEMPT_FILES))
    (tmp_path / lexicon).parent.mkdir(parents=True)
    (tmp_path / lexicon).write_text("Пырхачёв\n", encoding="utf-8")
    (tmp_path / "model.npz").write_bytes(b"\x80\xffPyrkhachev")
    hits = scan_tree(tmp_path, ["note.md", lexicon, "model.npz"], collect(_invented_gold(), set()))
    assert [h.message() for h in hits] == ["note.md:1: Пырхачёва"]


# ---- round 35 (split35): notes, a title before a surname, labels, any case, ids ------------
def test_notes_and_a_rank_before_a_surname_are_read():
    """A document's ``notes`` are read as its ``who``/``source`` are, and a name the finder reads
    where no given name stands (a rank before the surname) counts too."""
    gold = [
        {"id": "t-1", "notes": "The caption also names Arseny Kolobrodov, a photographer."},
        {"id": "t-2", "events": [{"names": [], "who": "Private Tsyplakevich of the 3rd company"}]},
        {"id": "t-3", "events": [{"names": [], "who": "a conscript", "source": "the Ministry"}]},
    ]
    words = {s.word for s in collect(gold, set())}
    assert words == {"Kolobrodov", "Tsyplakevich"}


def test_a_label_spells_a_gold_surname_in_its_own_way():
    """A case's label ("zarubyakov-flight-2024") spells a gold surname in Latin: that spelling
    is matched too (in any case); its other words are not surnames."""
    gold = [{"id": "t-1", "events": [{"names": ["Ефим Зарубяков"]}]}]
    surnames = collect(gold, set(), ("zarubyakov-flight-2024", "kursk-deserters"))
    assert {s.word for s in surnames} == {"Зарубяков", "Zarubyakov"}
    text = "case zarubyakovs_flight\nThe Kursk deserters\nZARUBYAKOV\n"
    assert sorted(h.line for h in scan("x", text, surnames, officials=(), ids=())) == [1, 3, 3]


def test_any_case_but_a_dictionary_word_and_a_stored_copys_id():
    """Lower and upper case are matched ("vorbyshev-case", "VORBYSHEVA"; the other script's
    too); a Cyrillic surname whose lower case is a dictionary word only as written
    ("Скворцов", "скворцов": starlings'); a ../shared document's id is the copy's name."""
    gold = [{"id": "t-1", "events": [{"names": ["Zakhar Vorbyshev", "Ильи Пырхачёва"]}]}]
    gold += [{"id": "t-2", "events": [{"names": ["Пётр Скворцов"]}]}]
    surnames = collect(gold, set())
    assert {s.word: s.any_case for s in surnames} == {
        "Vorbyshev": True,
        "Пырхачёва": True,
        "Скворцов": False,
    }
    text = (
        "fixture vorbyshev-case; VORBYSHEVA\n"  # 1: 2
        "стая скворцов; Скворцова\n"  # 2: 1 (the man, not the birds)
        "slug pyrkhachev_2024; ВОРБЫШЕВ\n"  # 3: 2 (the other script, any case)
        "see seeds/mt-2023-01-18-vorbyshev.txt\n"  # none: a stored copy's id
    )
    hits = scan("x", text, surnames, officials=(), ids=("mt-2023-01-18-vorbyshev",))
    assert sorted(h.line for h in hits) == [1, 1, 2, 3, 3]
    assert [h.line for h in scan("x", text, surnames, officials=(), ids=())].count(4) == 1


def test_shared_ids_are_those_with_a_word():
    ids = shared_ids()
    assert all(any(len(w) >= 4 for w in re.findall(r"[^\W\d_]+", i)) for i in ids)


def test_the_other_scripts_dictionary_word_is_no_name():
    """A Latin gold surname whose Cyrillic spelling in lower case is a dictionary word
    ("Skvortsov", "скворцов": starlings') is matched in Cyrillic only capitalised."""
    surnames = collect([{"id": "t-1", "events": [{"names": ["Pyotr Skvortsov"]}]}], set())
    text = "стая скворцов\nСкворцова задержали\nSKVORTSOVA\n"
    assert sorted(h.line for h in scan("x", text, surnames, officials=(), ids=())) == [2, 3]


def test_a_short_surname_only_after_its_given_name():
    """A surname of 3-4 letters is a common string ("Lis", a fox): matched only right after the
    gold's given name (in lower case too, unless a dictionary word: "лис", foxes')."""
    gold = [{"id": "t-1", "events": [{"names": ["Rostislav Kuts", "Мирон Лис", "Ivan Ko"]}]}]
    surnames = collect(gold, set())
    assert {(s.word, bool(s.given)) for s in surnames} == {("Kuts", True), ("Лис", True)}
    text = "Rostislav Kuts fled\nKuts fled; лис\nМирона Лиса задержали\nмирон лис\nrostislav kuts"
    assert sorted(h.line for h in scan("x", text, surnames, officials=(), ids=())) == [1, 3, 5]

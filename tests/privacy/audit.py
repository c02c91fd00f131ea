"""Audit of public output for person names (used by the privacy tests and bench_privacy.py).

``leaks(text, names)`` lists the forms of ``names`` found in ``text``, built independently of the
masking code: each name part of at least 3 letters, every pymorphy3 form of a Cyrillic part read
as a name, the transliteration of each form into Latin, and any word extending a form's stem by
at most 3 letters (Гуров -> Гурова, Гуровым; Sablin -> Sablina), all case-insensitive.

``audit_store(store, names_by_doc)`` exports every format with and without names and counts, in
each output record, the forms of the gold names of the documents that record comes from.

``overmasked(raw, public, names)`` compares a text with its public form and sorts each masked
span: a form of a known name, a place the gazetteer knows, a common word, or another word (most
often a person the gold does not list).  ``digest(forms)`` is what a report prints instead of the
forms it found in real texts: their number and a hash, never a name.
"""

from __future__ import annotations

import csv
import difflib
import functools
import hashlib
import io
import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

_CYR = re.compile(r"[А-Яа-яЁё]")
_CAMEL = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")
_PART = re.compile(r"[^\W\d_]{3,}")

OUTPUTS = [
    ("acled-csv", "events"),
    ("csv", "events"),
    ("jsonl", "events"),
    ("geojson", "events"),
    ("parquet", "events"),
    ("jsonl", "incidents"),
    ("jsonl", "cases"),
]


@functools.lru_cache(maxsize=20_000)
def part_patterns(part: str) -> re.Pattern:
    from awol.extract.names import transliterate_ru
    from awol.extract.places import get_morph

    forms = {part}
    if _CYR.search(part):
        for p in get_morph().parse(part)[:4]:
            if any(t in p.tag for t in ("Name", "Surn", "Patr")):
                forms.update(f.word for f in p.lexeme)
        forms |= {transliterate_ru(f) for f in list(forms)}
    alts = []
    for f in sorted(forms, key=len, reverse=True):
        stem = re.sub(r"(?i)[aeiouyаеёиоуыэюяйь]+$", "", f)
        if len(stem) >= 4:
            alts.append(re.escape(stem) + r"\w{0,3}")
        alts.append(re.escape(f))
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=20_000)
def _is_place(word: str) -> bool:
    from awol.extract.places import get_gazetteer

    lang = "ru" if _CYR.search(word) else "en"
    ms = get_gazetteer().find(word, lang)
    return bool(ms) and ms[0].start == 0 and ms[0].end == len(word)


# the endings a name takes in Russian, in Latin letters: a lower-case word extending a Latin
# name's stem by anything else is another word ("romantic" is no form of "Roman")
_LATIN_ENDINGS = frozenset(
    "a u e y i o s om em ym im oy ey oi ei ov ev ogo ego omu emu ykh ikh ykh iy yi ii aya oye "
    "ova eva ovu evu ovy".split()
)


def _latin_common(word: str, part: str) -> bool:
    """Is the Latin ``word``, found as an extension of the stem of ``part`` (or of its Latin
    spelling), another word, its ending being none a name takes ("romantic" beside the name
    "Roman", "Romania" beside "Roman" or "Роман"; "petrova", "Petrovym" stay forms of "Petrov")?
    Lower case or capitalised only: an ALL-CAPS word keeps the benefit of the doubt."""
    if _CYR.search(word) or not (word.islower() or word.istitle()):
        return False
    if _CYR.search(part):
        from awol.extract.names import transliterate_ru

        part = transliterate_ru(part)
    w, part = word.lower(), part.lower()
    if w == part:
        return False
    stem = re.sub(r"[aeiouy]+$", "", part)
    return (
        w.startswith(stem)
        and w[len(stem) :] not in _LATIN_ENDINGS | {""}
        and not (w.startswith(part) and w[len(part) :] in _LATIN_ENDINGS)
    )


# a conjunction between two places: "Ростова и Кубани", "Kursk and Bryansk"
_AND = r"\s*(?:,|и|или|and|or)\s+"
_PREPOSITION = {"ru": ("в ", "из ", "до "), "en": ("in ",)}


def _coordinated_place(text: str, s: int, e: int) -> bool:
    """Is the capitalised word ``text[s:e]`` a place by the place it is coordinated with: the
    gazetteer reads it as a place after a preposition ("из Ростова") and the word it is joined
    to by "и", "and" or a comma is a place the gazetteer finds there ("что касается Ростова и
    Кубани": the city, not a man called Ростов)?"""
    from awol.extract.places import get_gazetteer

    word = text[s:e]
    if re.search(r"[A-ZА-ЯЁ][\w.]*\s+$", text[max(0, s - 30) : s]):
        return False  # a given name or an initial before it: "Владимира Саратова", "В. Саратова"
    lang = "ru" if _CYR.search(word) else "en"
    gaz = get_gazetteer()
    if not any(
        any(m.start == len(p) and m.end == len(p) + len(word) for m in gaz.find(p + word, lang))
        for p in _PREPOSITION[lang]
    ):
        return False
    after = re.match(_AND + r"(\w[\w-]*(?:\s+\w[\w-]*)?)", text[e : e + 60])
    before = re.search(r"(\w[\w-]*(?:\s+\w[\w-]*)?)" + _AND + "$", text[max(0, s - 60) : s])
    for m in (after, before):
        if m is None:
            continue
        ms = gaz.find(m.group(1), lang)
        if any(x.start == 0 for x in ms):
            return True
    return False


# the prepositions that put a place after them ("в Ростове", "из Орла", "in Artyom"); a
# preposition that also takes a person ("from", "у", "от", "к") shows no place
_PLACE_PREPOSITION = {
    "ru": re.compile(
        r"(?:^|[^\w-])(?:в|во|из|изо|под|подо|около|возле|близ|недалеко от|до)\s+$", re.I
    ),
    "en": re.compile(r"(?:^|[^\w-])(?:in|near|outside|into|across|around)\s+$", re.I),
}
# the same in a URL slug, transliterated: "/v-rostove-zaderzhali", "/deserter-in-artyom"
_SLUG_PREPOSITION = re.compile(
    r"(?:^|[/_+. -])(?:v|vo|iz|pod|okolo|vozle|bliz|in|near|outside)[-_+ ]$"
)
# the JSON keys of the place fields (kept by the surfaces benchmark's ``readable``)
_PLACE_KEY = re.compile(r'"(?:place[_ ]text|admin1|place)"\s*:\s*"$')
# a settlement word before it: "the town of Artyom", "в городе Ростове", "г. Орёл"
_SETTLEMENT = {
    "ru": re.compile(
        r"(?:^|[^\w-])(?:город[аеу]?|г\.|пос[её]л(?:ок|ке|ка)|пос\.|сел[оеа]|с\.|деревн[яеи]|"
        r"станиц[аеы]|област[ьи]|район[ае]?)\s*$",
        re.I,
    ),
    "en": re.compile(
        r"(?:^|[^\w-])(?:town|city|village|settlement|port|region|district|province|oblast) "
        r"of\s+$",
        re.I,
    ),
}
# a region code shown right before it, as a page shows a place: "RU-PRI <span>“Artyom”"
_REGION_BEFORE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\s*(?:<[^<>]*>\s*)?[(“\"«]?$")
# a table cell resolved as a place right after it: its country and region codes (",RU,RU-PRI")
# or its coordinates (",45.0,134.5")
_CELL_RESOLVED = re.compile(
    r'^"?[,;\t]"?(?:[A-Z]{2}"?[,;\t]"?[A-Z]{2}-[A-Z0-9]{1,3}\b|-?\d{1,3}\.\d+"?[,;\t]"?-?\d{1,3}\.\d+)'
)


# a quote that opens or closes a JSON string or a CSV cell: a delimiter or a bracket before or
# after it ('"admin1": "Rostov Oblast",' ; ',"Rostov region",')
_FIELD_QUOTE = re.compile(r'(?:(?<=[:,\[{])|(?<=[:,\[{] )|^)"|"(?= ?[:,\]}]|$)')


def _place_reading(text: str, s: int, e: int) -> bool:
    """Does the output show ``text[s:e]`` (a capitalised name form) as a place where it stands?
    The gazetteer resolves a place covering it in its context, and the context uses it as one: a
    longer place it is part of ("Ростов-на-Дону", "Ростовской области"), a place preposition
    before it ("в Ростове", "in Artyom"), a settlement word before it ("the town of Artyom",
    "в городе Ростове"), a place it is coordinated with ("Ростова и Кубани"), a place field
    holding it (a JSON key, a region code before it, or a table cell its country and region
    codes or its coordinates follow: "Artyom,RU,RU-PRI").  A given name or an initial before it ("Владимир Саратов", "В.
    Саратова") makes it a man whatever the gazetteer says."""
    from awol.extract.places import get_gazetteer

    word = text[s:e]
    lang = "ru" if _CYR.search(word) else "en"
    before = text[max(0, s - 30) : s]
    lo = max(0, s - 25)
    # the quotes of a format's fields ('"admin1": "Rostov Oblast"', a CSV cell) are no quoted
    # name of a unit or a group, which the gazetteer does not read as a place
    ctx = _FIELD_QUOTE.sub(" ", text[lo : e + 25])
    covering = [
        (m.start + lo, m.end + lo)
        for m in get_gazetteer().find(ctx, lang)
        if m.start + lo <= s and e <= m.end + lo
    ]
    if any(span != (s, e) for span in covering):
        return True  # part of a longer place: "Ростов-на-Дону", "Ростовской области"
    given = re.search(r"([A-ZА-ЯЁ][\w.]*)\s+$", before)
    if given and not _PLACE_PREPOSITION[lang].search(before):
        return False  # "Владимир Саратов", "В. Саратова"
    if _coordinated_place(text, s, e):
        return True
    if re.search(r'(?:^|[,;\t\n])"?$', before) and _CELL_RESOLVED.match(text[e : e + 40]):
        return _is_place(word)  # a cell holding the place alone
    return bool(covering) and bool(
        _PLACE_PREPOSITION[lang].search(before)
        or _SETTLEMENT[lang].search(before)
        or _PLACE_KEY.search(before)
        or _REGION_BEFORE.search(before)
    )


_TOKEN_CHARS = frozenset("/_-.@#%=+&?:")


def _in_token(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` part of a URL, a slug, a handle, a hashtag or an address (a character of
    such a token touches it, or a URL holds it)?"""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before in _TOKEN_CHARS or (after in _TOKEN_CHARS and after not in ".:?&"):
        return True
    start = max(text.rfind(c, 0, s) for c in " \n\t\"'<>") + 1
    return "://" in text[start:s] or text[start:s].startswith(("www.", "/"))


@functools.lru_cache(maxsize=50_000)
def _common_word(word: str) -> bool:
    """Does the dictionary know the lower-case ``word`` as a common word, no name?  Russian:
    pymorphy3 knows it and no reading of it is a name; English: simplemma knows it and no known
    given name is spelt so."""
    from awol.extract.places import get_morph

    if _CYR.search(word):
        morph = get_morph()
        parses = morph.parse(word)
        return morph.word_is_known(word) and not any(
            t in p.tag for p in parses for t in ("Name", "Surn", "Patr")
        )
    import simplemma

    from awol.extract.names import name_key
    from awol.privacy.recognise import _given_keys

    return (
        simplemma.is_known(word, lang="en") and name_key(word).replace(" ", "") not in _given_keys()
    )


def _common_reading(text: str, s: int, e: int) -> bool:
    """Does the output show ``text[s:e]`` as a common word?  It is written in lower case, in the
    middle of a sentence of prose (a word or a comma before it on its line, no URL, slug, handle
    or hashtag around it), and the dictionary knows it as a common word with no name reading."""
    word = text[s:e]
    if not word.islower() or _in_token(text, s, e):
        return False
    line = text[max(0, s - 60) : s].rsplit("\n", 1)[-1].rstrip()
    if not line or not (line[-1].isalnum() or line[-1] in ",;:"):
        return False  # the start of a line, a sentence, a field or a quote
    return _common_word(word)


def _slug_place_reading(
    text: str, s: int, e: int, slug_place: Callable[[str], bool] | None
) -> bool:
    """Does a URL slug show its lower-case word ``text[s:e]`` as a place?  A transliterated place
    preposition joins it ("/v-rostove-...", "/in-artyom") and the word is a place: the
    gazetteer's in English, or ``slug_place`` (the transliteration of a Cyrillic place)."""
    from awol.extract.places import get_gazetteer

    word = text[s:e]
    if not word.islower() or not _SLUG_PREPOSITION.search(text[max(0, s - 12) : s]):
        return False
    cap = word[:1].upper() + word[1:]
    if any(m.start == 3 and m.end == 3 + len(cap) for m in get_gazetteer().find("in " + cap, "en")):
        return True
    return slug_place is not None and slug_place(word)


def _outlet_reading(text: str, s: int, e: int, outlets: frozenset[str]) -> bool:
    """Is ``text[s:e]`` a word of the name or the web address of an outlet of the corpus (the
    manifest's: "Rostov.blog", "https://rostov.blog/..."), named after a place: the word is a
    place the gazetteer knows and no word of the outlet's name is a known given name?  The output
    shows it as the outlet, in the source fields; an outlet named after a person ("Канал Олега
    Царькова", "Irina Sokol's Blog") is no such reading."""
    if not outlets:
        return False
    from awol.extract.names import name_key
    from awol.privacy.recognise import _given_keys

    low = text.lower()
    word = text[s:e]
    for outlet in outlets:
        o = outlet.lower()
        a = low.find(o, max(0, e - len(o)), s + len(o))
        while a != -1 and a <= s:
            if e <= a + len(o):
                given = _given_keys()
                if any(name_key(w).replace(" ", "") in given for w in _PART.findall(outlet)):
                    return False
                return _is_place(word[:1].upper() + word[1:].lower())
            a = low.find(o, a + 1, s + len(o))
    return False


def reading(
    text: str,
    s: int,
    e: int,
    slug_place: Callable[[str], bool] | None = None,
    outlets: frozenset[str] = frozenset(),
) -> str | None:
    """The other reading the output shows for the name form ``text[s:e]`` where it stands:
    ``"outlet"`` (:func:`_outlet_reading`: ``outlets`` are the corpus's outlet names and web
    hosts), ``"place"`` (:func:`_place_reading`, :func:`_slug_place_reading`), ``"common"``
    (:func:`_common_reading`) or None: then it is a person's name, a leak.  The decision is
    made on evidence in the output, never on the word alone (a surname that is also a town or a
    word is a leak wherever nothing around it makes it the town or the word)."""
    word = text[s:e]
    if _outlet_reading(text, s, e, outlets):
        return "outlet"
    if word[:1].isupper():
        return "place" if _place_reading(text, s, e) else None
    if _in_token(text, s, e):
        return "place" if _slug_place_reading(text, s, e, slug_place) else None
    return "common" if _common_reading(text, s, e) else None


_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def _unescape(m: re.Match) -> str:
    try:
        return bytes.fromhex(m.group().replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return m.group()


def name_forms_in(
    text: str,
    names: Iterable[str],
    slug_place: Callable[[str], bool] | None = None,
    outlets: frozenset[str] = frozenset(),
) -> list[tuple[str, str | None]]:
    """``(form, reading)`` of every form of ``names`` in ``text``: ``reading`` is None for a
    person's name (a leak), else the other reading the output shows where it stands
    (:func:`reading`).  A Latin word that only shares a name's stem ("romantic", "Romania" beside
    "Roman") is no form at all."""
    text, spans = name_form_spans(text, names, slug_place, outlets)
    return [(text[s:e], r) for s, e, r in spans]


def name_form_spans(
    text: str,
    names: Iterable[str],
    slug_place: Callable[[str], bool] | None = None,
    outlets: frozenset[str] = frozenset(),
) -> tuple[str, list[tuple[int, int, str | None]]]:
    """``(read, spans)``: ``text`` as the audit reads it (URL escapes decoded, handles and
    hashtags split into words) and the ``(start, end, reading)`` of every form of ``names`` in
    it (:func:`name_forms_in`)."""
    # a percent-encoded URL ("/%D0%B8%D0%B2%D0%B0%D0%BD-...") is read decoded
    text = _ESCAPES.sub(_unescape, text)
    # a hashtag or a handle ("#FreeIvanZayats", "@ivan_petrov_1990") hides its words from word
    # boundaries: they are read apart (a camel-case capital or an underscore starts a word)
    text = _CAMEL.sub(" ", text.replace("_", " "))
    found: list[tuple[int, int, str | None]] = []
    for name in set(names):
        for part in _PART.findall(name):
            for m in part_patterns(part).finditer(text):
                if _latin_common(m.group(), part):
                    continue
                found.append((m.start(), m.end(), reading(text, m.start(), m.end(), slug_place, outlets)))  # fmt: skip
    return text, found


def leaks(
    text: str,
    names: Iterable[str],
    slug_place: Callable[[str], bool] | None = None,
    outlets: frozenset[str] = frozenset(),
) -> list[str]:
    """Forms of ``names`` in ``text`` that nothing in the output shows as another word: a place
    where it stands ("в Ростове", "in Artyom", "Ростова и Кубани"), a common word in mid-sentence
    ("he will mark"), a place in a URL slug after a preposition ("/v-rostove-"); see
    :func:`reading`.  A lower-case Latin word that only shares a name's stem, "romantic", is not
    counted."""
    return [w for w, r in name_forms_in(text, names, slug_place, outlets) if r is None]


def gold_names(corpus: Path) -> dict[str, set[str]]:
    """Gold names per document id."""
    out: dict[str, set[str]] = {}
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        for ev in doc.get("events", []):
            out.setdefault(doc["id"], set()).update(n for n in ev.get("names") or [] if n)
    return out


def _records(store, fmt: str, what: str, with_names: bool) -> list[tuple[set[str], str]]:
    """(document ids, text) of each output record."""
    from awol.serve.export import export

    if fmt == "parquet":
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        export(store, fmt, buf, with_names=with_names)
        buf.seek(0)
        rows = pq.read_table(buf).to_pylist()
        return [({r["document_id"]}, json.dumps(r, ensure_ascii=False)) for r in rows]
    buf = io.StringIO()
    export(store, fmt, buf, with_names=with_names, what=what)
    out = buf.getvalue()
    if fmt in ("csv", "acled-csv"):
        key = "document_id" if fmt == "csv" else "awol_document_id"
        return [
            ({r[key]}, json.dumps(r, ensure_ascii=False)) for r in csv.DictReader(io.StringIO(out))
        ]
    if fmt == "geojson":
        feats = json.loads(out)["features"]
        return [
            ({f["properties"]["document_id"]}, json.dumps(f, ensure_ascii=False)) for f in feats
        ]
    recs = [json.loads(x) for x in out.splitlines() if x.strip()]
    if what == "incidents":
        return [({d for d, _ in r["events"]}, json.dumps(r, ensure_ascii=False)) for r in recs]
    if what == "cases":
        return [(set(r["documents"]), json.dumps(r, ensure_ascii=False)) for r in recs]
    return [({r["document_id"]}, json.dumps(r, ensure_ascii=False)) for r in recs]


def audit_store(store, names_by_doc: dict[str, set[str]]) -> dict[str, tuple[int, int, list]]:
    """label -> (name forms found with names, found in the default output, sample)."""
    res = {}
    for fmt, what in OUTPUTS:
        label = fmt if what == "events" else f"{what}-jsonl"
        counts = []
        sample: list[str] = []
        for with_names in (True, False):
            n = 0
            for docs, text in _records(store, fmt, what, with_names):
                names = set().union(*(names_by_doc.get(d, set()) for d in docs))
                found = leaks(text, names) if names else []
                n += len(found)
                if not with_names:
                    sample.extend(found)
            counts.append(n)
        res[label] = (counts[0], counts[1], sorted(set(sample))[:10])
    return res


def digest(forms: Iterable[str]) -> str:
    """``"N forms #hash"`` of the distinct ``forms`` (lower case): a report on real texts says
    whether and how much leaked, and whether it is the same leak as before, naming no one."""
    uniq = sorted({f.lower() for f in forms})
    if not uniq:
        return "0 forms"
    h = hashlib.sha256("\n".join(uniq).encode("utf-8")).hexdigest()[:10]
    return f"{len(uniq)} forms #{h}"


def outlets_of(corpus: Path) -> frozenset[str]:
    """The outlet names and the web hosts (without "www.") of the corpus's manifest."""
    from urllib.parse import urlsplit

    out: set[str] = set()
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        m = json.loads(line)
        if m.get("outlet"):
            out.add(m["outlet"])
        host = urlsplit(m.get("url") or "").hostname or ""
        if host:
            out.add(host.removeprefix("www."))
    return frozenset(o for o in out if len(o) >= 3)


def split_folder(corpus: Path, split: str, out: Path) -> Path:
    """A folder of symbolic links to the documents of one split of ``corpus/splits.json`` (read
    in place, never copied), with the manifest and gold lines of those documents only."""
    ids = set(json.loads((corpus / "splits.json").read_text())[split])
    out.mkdir(parents=True, exist_ok=True)
    for p in corpus.iterdir():
        if p.suffix in (".txt", ".html", ".htm") and p.name.split(".")[0] in ids:
            os.symlink(p.resolve(), out / p.name)
    for name in ("manifest.jsonl", "gold.jsonl"):
        lines = [
            ln
            for ln in (corpus / name).read_text(encoding="utf-8").splitlines()
            if ln.strip() and json.loads(ln).get("id") in ids
        ]
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


_WORDS = re.compile(r"[^\W\d_]+")


def masked_spans(raw: str, public: str) -> list[tuple[int, int]]:
    """The spans of ``raw`` that ``public`` (the same text masked) replaced by ``[name]``."""
    out = []
    sm = difflib.SequenceMatcher(None, raw, public, autojunk=False)
    for op, a1, a2, b1, b2 in sm.get_opcodes():
        if op == "replace" and "[name]" in public[b1:b2]:
            out.append((a1, a2))
    return out


@functools.lru_cache(maxsize=50_000)
def _common(word: str) -> bool:
    from awol.extract.places import get_morph

    if _CYR.search(word):
        morph = get_morph()
        if not morph.word_is_known(word.lower()):
            return False
        tags = ("Name", "Surn", "Patr")
        return not any(t in p.tag for p in morph.parse(word) for t in tags)
    return False


def overmasked(
    raw: str, public: str, names: Iterable[str], vocab: frozenset[str] = frozenset()
) -> dict[str, list[str]]:
    """The masked spans of ``raw`` by kind: ``name`` (a form of ``names``), ``place`` (a place
    the gazetteer knows), ``common`` (every word a common word: a Cyrillic word the dictionary
    knows with no name reading, a Latin word ``vocab`` -- the lower-case words of the corpus --
    holds), ``other`` (most often a person the gold does not list)."""
    out: dict[str, list[str]] = {"name": [], "place": [], "common": [], "other": []}
    for s, e in masked_spans(raw, public):
        span = raw[s:e].strip(" ,.;:")
        words = _WORDS.findall(span)
        if not words:
            continue
        if leaks(span, names):
            kind = "name"
        elif _is_place(span[:1].upper() + span[1:]):
            kind = "place"
        elif all(_common(w) or (not _CYR.search(w) and w.lower() in vocab) for w in words):
            kind = "common"
        else:
            kind = "other"
        out[kind].append(span)
    return out

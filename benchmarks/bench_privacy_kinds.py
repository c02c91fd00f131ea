"""What the leaked forms of the surfaces benchmark are, in counts only (``--counts``).

    .venv/bin/python benchmarks/bench_privacy_surfaces.py ../shared/corpus/real --split test --counts

For a split nobody may read (test), whether its leaked forms are people (real leaks) or
homonyms (a word of one article that is a name in another) has to be told without printing a
form, a word or a sentence.  Each leaked occurrence is described by the facts around it, and
only the number of occurrences with each fact is printed, per kind of form (capitalised or lower
case, Cyrillic or Latin):

- ``surface``: which output shows it (an export, an API response, a web page, the feed);
- ``in output``: where the output shows it (a URL / slug / handle, the start of a sentence or a
  line, mid-sentence);
- ``best parse``: pymorphy3's first reading of the word (a surname, a given name, a
  patronymic, a place, a common noun, an adjective, another word, unknown; Latin words apart);
- ``gazetteer``: the word alone is a place the gazetteer knows;
- ``source NER``: natasha's NER over the lines of the split's cleaned document texts (as
  stored) holding the word: the type of a span covering it there (PER before LOC before ORG
  when its occurrences differ), ``none`` (in a text, no span), ``absent`` (in no text: only a
  URL, a title or an outlet);
- ``source start``: whether its occurrences in the texts open a sentence or a line;
- ``source split``: the splits (splits.json) of the documents whose title, URL or text holds it;
- ``located in`` ... ``occurrences``: the same facts for the source occurrences of this very
  occurrence, found by the characters around it in the output (the field -- text, title, URL
  -- of the document(s) that show it so, the NER type there, whether that document's gold
  lists the person, its split, one document or several);
- ``title``: a word of a document's title; ``given name``: a known given name; ``dictionary``:
  a common word of the dictionary (no name reading); ``own``: a form of a name the gold lists for a
  document that holds the word (the person of that article) rather than only another's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

_CYR = re.compile(r"[А-Яа-яЁё]")
_START = re.compile(r"(?:^|[.!?…:;]\s*[\"«“„(]?\s*|\n\s*[\"«“„(\-–—•*]?\s*)$")
_TOKEN_CHARS = frozenset("/_-.@#%=+&?:")


def shape(form: str) -> str:
    script = "cyr" if _CYR.search(form) else "lat"
    return f"{'cap' if form[:1].isupper() else 'lower'}-{script}"


def surface_group(label: str) -> str:
    """The kind of output a surfaces benchmark label is ("export jsonl" -> "export")."""
    if label.startswith("export"):
        return "export"
    if label.startswith("api"):
        return "api"
    if label.startswith("page"):
        return "web page"
    return label.split()[0]


def best_parse(word: str) -> str:
    if not _CYR.search(word):
        return "latin"
    from awol.extract.places import get_morph

    morph = get_morph()
    if not morph.word_is_known(word.lower()):
        return "unknown"
    g = set(morph.parse(word)[0].tag.grammemes)
    for tag, kind in (("Surn", "surname"), ("Name", "given name"), ("Patr", "patronymic"),
                      ("Geox", "place"), ("Orgn", "organisation")):  # fmt: skip
        if tag in g:
            return kind
    if "NOUN" in g:
        return "common noun"
    if {"ADJF", "ADJS", "PRTF"} & g:
        return "adjective"
    return "other"


def where_in_output(text: str, s: int, e: int) -> str:
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    start = max(text.rfind(c, 0, s) for c in " \n\t\"'<>") + 1
    if (
        before in _TOKEN_CHARS
        or (after in _TOKEN_CHARS and after not in ".:?&")
        or "://" in text[start:s]
        or text[start:s].startswith(("www.", "/"))
    ):
        return "url/slug/handle"
    if _START.search(text[max(0, s - 6) : s]):
        return "sentence or line start"
    return "mid-sentence"


class Sources:
    """The split's stored documents (title, text, gold names), read once, to describe a
    form by its occurrences in the sources."""

    def __init__(
        self,
        docs: dict[str, dict],
        names_by_doc: dict[str, set[str]],
        split_of: dict[str, str] | None = None,
    ) -> None:
        self.docs = docs
        self.names = names_by_doc
        self.split_of = split_of or {}
        self._ner: dict[str, tuple[set[str], set[str]]] = {}

    def _occurrences(self, form: str) -> Iterable[tuple[str, str, int, int]]:
        pat = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", re.IGNORECASE)
        for d, doc in self.docs.items():
            for m in pat.finditer(doc.get("text") or ""):
                yield d, doc["text"], m.start(), m.end()

    def _transliterated(self, form: str) -> Iterable[tuple[str, str, int, int]]:
        """The Cyrillic words of the texts a Latin ``form`` spells ("petrova" of "Петрова")."""
        from awol.privacy.forms import loose_key

        k = loose_key(form)
        for d, doc in self.docs.items():
            text = doc.get("text") or ""
            for m in re.finditer(r"[А-ЯЁа-яё]{3,}", text):
                if loose_key(m.group()) == k:
                    yield d, text, m.start(), m.end()

    def ner(self, form: str) -> tuple[str, str]:
        """(NER type, sentence start: yes / no / mixed / absent) of ``form`` in the texts (a
        Latin form written in Cyrillic there: "translit PER" ...)."""
        key = form.lower()
        if key not in self._ner:
            types: set[str] = set()
            starts: set[str] = set()
            occ = list(self._occurrences(form))
            if not occ and not _CYR.search(form):
                occ = list(self._transliterated(form))
                types.add("translit")
            for _, text, s, e in occ:
                a = text.rfind("\n", 0, s) + 1
                b = text.find("\n", e)
                b = len(text) if b == -1 else b
                types.add(_ner_type(text[a:b], s - a, e - a))
                starts.add("yes" if _START.search(text[max(0, s - 6) : s]) else "no")
            self._ner[key] = (types, starts)
        types, starts = self._ner[key]
        pre = "translit " if "translit" in types else ""
        types = types - {"translit"}
        if not types:
            return pre + "absent", "absent"
        t = pre + next((x for x in ("PER", "LOC", "ORG", "none") if x in types), "English text")
        st = "mixed" if len(starts) > 1 else next(iter(starts))
        return t, st

    def split(self, form: str) -> str:
        """The splits of the documents whose title, URL or text holds ``form``."""
        pat = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", re.IGNORECASE)
        found = {
            self.split_of.get(d, "?")
            for d, doc in self.docs.items()
            if pat.search(
                f"{doc.get('title') or ''}\n{doc.get('url') or ''}\n{doc.get('text') or ''}"
            )
        }
        return "+".join(sorted(found)) or "none"

    def locate(self, text: str, s: int, e: int) -> list[tuple[str, str, int]]:
        """``(document, field, position)`` of the source occurrences of the output's word
        ``text[s:e]``: where its field (text, title or URL) holds it with the same characters
        around it as the output shows (up to 15 on each side, cut at a mask, a quote, an
        escape or a line break), with fewer around it where none does."""
        stops = ("[name]", "\\", ">", "<")

        def plain(t: str) -> str:  # a JSON string's escapes as the source text has them
            return t.replace("\\n", "\n").replace('\\"', '"')

        left = plain(text[max(0, s - 40) : s])[-15:]
        for st in stops:
            if st in left:
                left = left[left.rindex(st) + len(st) :]
        right = plain(text[e : e + 40])[:15]
        for st in stops:
            if st in right:
                right = right[: right.index(st)]
        form = text[s:e]
        for lft, rgt in ((left, right), (left, ""), ("", right), ("", "")):
            needle = lft + form + rgt
            found = []
            for d, doc in self.docs.items():
                for field in ("text", "title", "url"):
                    hay = doc.get(field) or ""
                    i = hay.find(needle)
                    while i != -1:
                        p = i + len(lft)
                        ok = not (p and hay[p - 1].isalnum()) and not (
                            p + len(form) < len(hay) and hay[p + len(form)].isalnum()
                        )
                        if ok:
                            found.append((d, field, p))
                        i = hay.find(needle, i + 1)
            if found:
                return found
        return []

    def located(self, text: str, s: int, e: int) -> dict[str, str]:
        """The facts of the source occurrences :meth:`locate` finds for ``text[s:e]``: their
        field, NER type there, sentence start, own gold name of that document, split."""
        from audit import leaks

        form = text[s:e]
        occ = self.locate(text, s, e)
        if not occ:
            return {"located in": "nowhere"}
        fields, types, starts, own, splits = set(), set(), set(), set(), set()
        by_split: dict[str, set[str]] = defaultdict(set)
        for d, field, p in occ:
            doc = self.docs[d]
            fields.add(field)
            splits.add(self.split_of.get(d, "?"))
            is_own = bool(self.names.get(d)) and bool(leaks(form, self.names[d]))
            own.add("yes" if is_own else "no")
            hay = doc.get(field) or ""
            if field == "url":
                t = self._url_ner(d, form)
            else:
                a = hay.rfind("\n", 0, p) + 1
                b = hay.find("\n", p)
                b = len(hay) if b == -1 else b
                t = _ner_type(hay[a:b], p - a, p - a + len(form))
                starts.add("yes" if _START.search(hay[max(0, p - 6) : p]) else "no")
            types.add(t)
            by_split[self.split_of.get(d, "?")].add(f"{t} own" if is_own else t)
            if field == "url":
                continue

        def one(vals: set[str], order: tuple[str, ...] = ()) -> str:
            for o in order:
                if o in vals:
                    return o
            return "+".join(sorted(vals)) or "-"

        return {
            "located in": one(fields),
            "at source": one(types, ("PER", "translit PER", "LOC", "translit LOC", "ORG")),
            "source start": one(starts),
            "own (located)": one(own, ("yes",)),
            "split (located)": one(splits),
            "occurrences": "one document" if len({d for d, _, _ in occ}) == 1 else "several",
            # per split, what the documents of that split showing it so make of it ("PER own":
            # the NER tags a person there and that document's gold lists them)
            **{f"in {sp} docs": "+".join(sorted(v)) for sp, v in sorted(by_split.items())},
        }

    def _url_ner(self, d: str, form: str) -> str:
        """The NER type of the Cyrillic word of document ``d``'s text a slug word spells."""
        from awol.privacy.forms import loose_key

        k = loose_key(form)
        text = self.docs[d].get("text") or ""
        types = set()
        for m in re.finditer(r"[А-ЯЁа-яё]{3,}", text):
            if loose_key(m.group()) == k:
                a = text.rfind("\n", 0, m.start()) + 1
                b = text.find("\n", m.end())
                b = len(text) if b == -1 else b
                types.add(_ner_type(text[a:b], m.start() - a, m.end() - a))
        t = next((x for x in ("PER", "LOC", "ORG", "none") if x in types), "absent")
        return "translit " + t

    def in_title(self, form: str) -> bool:
        pat = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", re.IGNORECASE)
        return any(pat.search(doc.get("title") or "") for doc in self.docs.values())

    def own(self, form: str) -> bool:
        from audit import leaks

        pat = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", re.IGNORECASE)
        for d, doc in self.docs.items():
            blob = f"{doc.get('title') or ''}\n{doc.get('url') or ''}\n{doc.get('text') or ''}"
            if self.names.get(d) and pat.search(blob) and leaks(form, self.names[d]):
                return True
        return False


def _ner_type(line: str, s: int, e: int) -> str:
    if not _CYR.search(line[s:e]):
        return "English text"  # natasha's NER is Russian only
    from awol.privacy.recognise import _ner, _one_thread

    with _one_thread():
        markup = _ner()(line)
    for sp in markup.spans:
        if sp.start <= s and e <= sp.stop:
            return sp.type
    return "none"


def _given(form: str) -> bool:
    from awol.extract.names import name_key
    from awol.privacy.recognise import _given_keys

    return name_key(form).replace(" ", "") in _given_keys()


def _dictionary(form: str) -> str:
    """Is ``form`` (lower-cased) a common word of its language's dictionary (no name reading)?"""
    from audit import _common_word

    return "common word" if _common_word(form.lower()) else "no"


def describe(form: str, label: str, text: str, s: int, e: int, src: Sources) -> dict[str, str]:
    """The facts of one leaked occurrence (see the module's doc)."""
    from audit import _is_place

    ner, start = src.ner(form)
    return {
        "surface": surface_group(label),
        "in output": where_in_output(text, s, e),
        "best parse": best_parse(form),
        "gazetteer": "place" if _is_place(form[:1].upper() + form[1:].lower()) else "no",
        "source NER": ner,
        "source start": start,
        "title": "yes" if src.in_title(form) else "no",
        "given name": "yes" if _given(form) else "no",
        "dictionary": _dictionary(form),
        "own": "yes" if src.own(form) else "no",
        "source split": src.split(form),
        **src.located(text, s, e),
    }


def report(rows: list[tuple[str, dict[str, str]]]) -> None:
    """Print, per kind of form, how many occurrences have each fact (no form, no word)."""
    by_kind: dict[str, list[dict[str, str]]] = defaultdict(list)
    forms: dict[str, set[str]] = defaultdict(set)
    for form, facts in rows:
        by_kind[shape(form)].append(facts)
        forms[shape(form)].add(form.lower())
    print(f"  == leaked occurrences by kind and fact (counts only): {len(rows)}")
    for kind in sorted(by_kind):
        facts = by_kind[kind]
        print(f"  {kind}: {len(facts)} occurrences of {len(forms[kind])} distinct forms")
        for key in dict.fromkeys(k for f in facts for k in f):
            c = Counter(f.get(key, "-") for f in facts)
            print(f"    {key:<13} " + ", ".join(f"{v} {n}" for v, n in c.most_common()))
        # the occurrences found in one document only, by what they are there: a person the NER
        # tags and the gold lists is a leak, a place the NER tags in another's article a homonym
        combos = Counter(
            " / ".join(f.get(k, "-") for k in ("at source", "own (located)", "split (located)"))
            for f in facts
            if f.get("occurrences") == "one document"
        )
        if combos:
            print("    in one document (NER there / its gold lists the person / split): "
                  + ", ".join(f"{v} {n}" for v, n in combos.most_common()))  # fmt: skip

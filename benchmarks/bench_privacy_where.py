"""Where each leaked form of the surfaces benchmark sits, and what it is in its own record's
document, in counts only (``bench_privacy_surfaces.py --counts``).

The surfaces benchmark counts, in every public output, the forms of every gold name of the
corpus: a word of one article that is a person's name in another counts wherever the output
does not show it as something else where it stands ("в Ростове").  This module reads each
output record by record (a JSON Lines line, an API list's item, a CSV row, a GeoJSON feature,
a Parquet row, a record opened by its id) and describes each form found in it by

- ``field``: the record's field that shows it (``evidence.text``, ``title``, ``url``, ``who``,
  ``source``, ``place_text``, ``fields.source`` of an incident, a CSV column, ``members.*`` of
  an incident's events; ``page text`` / ``page link`` / ``page title`` of an HTML page);
- ``token``: what kind of token it is there: a word of a URL's path, of a URL's host, a part of
  a longer token (a handle, a hashtag, a file name, a camel-case word), or a word of prose,
  capitalised or in lower case;
- ``in its document``: what the documents the record comes from make of the word -- ``gold
  person`` (their gold lists a person of this form), ``masker's name`` (a form of a name the
  masker holds for them: stored in their events or recognised in their text, title or outlet),
  ``NER PER`` (natasha tags a person there), else the other reading there: ``NER LOC``, ``NER
  ORG``, ``no entity``, ``English text`` (no Russian NER reading), ``not in its text`` (the
  word is in no text of the record's documents, in no spelling);
- ``person``: ``yes`` for the first three (a person of the record's own document: a real leak,
  the masker's miss), ``no`` otherwise -- a homonym: the word is no person in the document the
  record comes from (the city Ростов in an article about someone else, a slug's "rostov").

A record of a list page or of the feed comes from no one document the page says: ``in its
document`` is ``record unknown`` there (those pages show what the records by id show).
Nothing names a form or a document: only the number of occurrences with each fact.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

_CYR = re.compile(r"[А-Яа-яЁё]")
_PLACE_KEYS = frozenset({"place_text", "admin1", "place"})
_TOKEN_CHARS = frozenset("/_-.@#%=+&?:")
_URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>]+")
_HREF = re.compile(r"""(?:href|src|content|action)\s*=\s*["'][^"']*$""", re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title>[^<]*$|<h1[^>]*>[^<]*$", re.IGNORECASE)


class DocReading:
    """What the record's documents make of a word: their gold names, the masker's names for
    them (stored in their events, recognised in their text, title and outlet) and natasha's
    NER over their lines."""

    def __init__(
        self,
        docs: dict[str, dict],
        gold: dict[str, set[str]],
        masker: dict[str, list[str]],
        public_to_raw: dict[str, str],
    ) -> None:
        self.docs = docs
        self.gold = gold
        self.masker = masker
        self.raw = public_to_raw
        self._memo: dict[tuple[str, tuple[str, ...]], str] = {}

    def of(self, form: str, record_docs: Iterable[str] | None) -> str:
        if record_docs is None:
            return "record unknown"
        ids = tuple(sorted({self.raw.get(d, d) for d in record_docs} & set(self.docs)))
        if not ids:
            return "record unknown"
        key = (form.lower(), ids)
        if key not in self._memo:
            self._memo[key] = self._reading(form, ids)
        return self._memo[key]

    def _reading(self, form: str, ids: tuple[str, ...]) -> str:
        from audit import leaks

        from awol.privacy.forms import NameForms

        gold = set().union(*(self.gold.get(d, set()) for d in ids))
        if gold and leaks(form, gold):
            return "gold person"
        names = [n for d in ids for n in self.masker.get(d, [])]
        if names and NameForms(names).matches(form, loose=True)[0]:
            return "masker's name"
        from bench_privacy_kinds import _ner_type

        from awol.privacy.forms import loose_key

        types: set[str] = set()
        latin = not _CYR.search(form)
        k = loose_key(form)
        for d in ids:
            doc = self.docs[d]
            for field in ("text", "title"):
                hay = doc.get(field) or ""
                pat = (
                    re.compile(r"[А-ЯЁа-яё]{3,}|[A-Za-z]{3,}")
                    if latin
                    else re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", re.IGNORECASE)
                )
                for m in pat.finditer(hay):
                    if latin and loose_key(m.group()) != k:
                        continue
                    a = hay.rfind("\n", 0, m.start()) + 1
                    b = hay.find("\n", m.end())
                    b = len(hay) if b == -1 else b
                    types.add(_ner_type(hay[a:b], m.start() - a, m.end() - a))
        for t, label in (("PER", "NER PER"), ("LOC", "NER LOC"), ("ORG", "NER ORG"),
                         ("none", "no entity"), ("English text", "English text")):  # fmt: skip
            if t in types:
                return label
        return "not in its text"


def _leaves(v: Any, path: str = "") -> Iterable[tuple[str, str]]:
    """``(field path, string)`` of every string of a parsed record (list indices dropped)."""
    if isinstance(v, dict):
        for k, x in v.items():
            yield from _leaves(x, f"{path}.{k}" if path else str(k))
    elif isinstance(v, (list, tuple)):
        for x in v:
            yield from _leaves(x, path)
    elif isinstance(v, str):
        yield path or "value", v


def _documents(item: Any) -> set[str] | None:
    if not isinstance(item, dict):
        return None
    out = {item[k] for k in ("document_id", "awol_document_id", "id") if isinstance(item.get(k), str)}  # fmt: skip
    out |= {d for d in item.get("documents") or [] if isinstance(d, str)}
    out |= {e[0] for e in item.get("events") or [] if isinstance(e, list) and e}
    for m in item.get("members") or []:
        out |= _documents(m) or set()
    if isinstance(item.get("properties"), dict):
        out |= _documents(item["properties"]) or set()
    return out or None


def records_of(text: str, docs: set[str] | None = None) -> list[tuple[set[str] | None, Any]]:
    """``(document ids or None, parsed record or an HTML string)`` of one output's text."""
    s = text.lstrip()
    if s.startswith("<") or s.startswith("<?xml"):
        return [(docs, text)]
    try:
        obj = json.loads(text)
    except ValueError:
        obj = None
    if obj is not None:
        if isinstance(obj, dict) and isinstance(obj.get("items"), list):
            return [(_documents(x), x) for x in obj["items"]]
        if isinstance(obj, dict) and isinstance(obj.get("features"), list):
            return [(_documents(x), x) for x in obj["features"]]
        if isinstance(obj, list):
            return [(_documents(x), x) for x in obj]
        return [(docs or _documents(obj), obj)]
    lines = [x for x in text.splitlines() if x.strip()]
    parsed: list[Any] = []
    for x in lines:
        try:
            parsed.append(json.loads(x))
        except ValueError:
            parsed.append(x)  # a line of another kind: a partition's path
    if any(not isinstance(p, str) for p in parsed):
        out: list[tuple[set[str] | None, Any]] = []
        for p in parsed:
            if isinstance(p, str):
                out.append((docs, {"path": p}))
            elif isinstance(p, list):
                out += [(_documents(r), r) for r in p]
            else:
                out.append((_documents(p), p))
        return out
    head = lines[0] if lines else ""
    if re.fullmatch(r"[a-z][a-z0-9_]*(?:,[a-z][a-z0-9_]*)+", head.strip()):
        rows = list(csv.DictReader(io.StringIO(text)))
        return [(_documents(r), r) for r in rows]
    return [(docs, text)]


def _token(text: str, s: int, e: int) -> str:
    """What kind of token ``text[s:e]`` is in the string that shows it."""
    for m in _URL.finditer(text):
        if m.start() <= s and e <= m.end():
            host_end = text.find("/", m.start() + (m.group().find("://") + 3 if "://" in m.group() else 0))  # fmt: skip
            if host_end == -1 or host_end > m.end() or s < host_end:
                return "url host"
            return "url path"
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before in _TOKEN_CHARS or (after in _TOKEN_CHARS and after not in ".:?&"):
        return "in a longer token"
    if (s and text[s - 1].isalpha()) or (e < len(text) and text[e].isalpha()):
        return "in a longer token"
    return "capitalised word" if text[s : s + 1].isupper() else "lower-case word"


def _html_field(text: str, s: int) -> str:
    before = text[max(0, s - 300) : s]
    if _HREF.search(before):
        return "page link or attribute"
    if _TITLE_TAG.search(before):
        return "page title"
    return "page text"


def describe_records(
    pieces: dict[str, list[tuple[str, set[str] | None]]],
    names: set[str],
    reading: DocReading,
    slug_place: Callable[[str], bool],
    outlets: frozenset[str],
    surface_group: Callable[[str], str],
    readable: Callable[[str], str] = lambda t: t,
) -> tuple[list[dict[str, str]], dict[str, Counter]]:
    """The facts of every form found, record by record, in ``pieces`` (label -> the texts of its
    responses with their records' document ids where the response is one record), and per
    label the count of occurrences that are a person of their own record's document or not."""
    from audit import name_form_spans, part_patterns

    parts = {p for n in names for p in re.findall(r"[^\W\d_]{3,}", n)}
    quick = re.compile("|".join(f"(?:{part_patterns(p).pattern})" for p in sorted(parts)), re.I)
    rows: list[dict[str, str]] = []
    per_label: dict[str, Counter] = defaultdict(Counter)
    for label, texts in pieces.items():
        for text, docs in texts:
            for rec_docs, rec in records_of(text, docs):
                html = isinstance(rec, str)
                # a page without the words of HTML itself (tag and attribute names)
                leaves = [("page", readable(rec))] if html else list(_leaves(rec))
                for path, leaf in leaves:
                    if not quick.search(leaf):
                        continue
                    shown = leaf
                    if path.rsplit(".", 1)[-1] in _PLACE_KEYS:
                        shown = f'"{path.rsplit(".", 1)[-1]}": "{leaf}"'
                    read, spans = name_form_spans(shown, names, slug_place, outlets)
                    for a, b, r in spans:
                        if r is not None:
                            per_label[label]["homonym shown as such"] += 1
                            continue
                        form = read[a:b]
                        where = reading.of(form, rec_docs)
                        person = where in ("gold person", "masker's name", "NER PER")
                        per_label[label]["person" if person else "not a person there"] += 1
                        rows.append(
                            {
                                "kind": _kind(form),
                                "surface": surface_group(label),
                                "label": label,
                                "field": _field(read, a, html, path),
                                "token": _token(read, a, b),
                                "in its document": where,
                                "person": "yes" if person else "no",
                                "form": form,
                            }
                        )
    return rows, per_label


def _field(text: str, s: int, html: bool, path: str) -> str:
    if html and re.fullmatch(r"https?://\S+", text):
        return "response url"  # the final URL of a request (a redirect's target)
    if html:
        return _html_field(text, s)
    return re.sub(r"^(?:properties\.)", "", path)


def _kind(form: str) -> str:
    script = "cyr" if _CYR.search(form) else "lat"
    return f"{'cap' if form[:1].isupper() else 'lower'}-{script}"


def report(rows: list[dict[str, str]], per_label: dict[str, Counter], show: int = 0) -> int:
    """Print the counts (and, with ``show``, the ``show`` most frequent forms of each reading:
    only for invented texts); return the number of occurrences that are a person of their
    record's own document (the leaks proper: target 0)."""
    print("  == where the forms sit, record by record (counts only)")
    print(f"  {'surface':<34} {'person':>6} {'not a person there':>19}")
    for label, c in per_label.items():
        if c["person"] or c["not a person there"]:
            print(f"  {label:<34} {c['person']:>6} {c['not a person there']:>19}")
    persons = sum(c["person"] for c in per_label.values())
    others = sum(c["not a person there"] for c in per_label.values())
    print(f"  {'TOTAL':<34} {persons:>6} {others:>19}")
    for person in ("yes", "no"):
        sel = [r for r in rows if r["person"] == person]
        if not sel:
            continue
        title = "a person of the record's document" if person == "yes" else "no person there (homonym)"  # fmt: skip
        print(f"  {title}: {len(sel)} occurrences")
        for key in ("kind", "surface", "field", "token", "in its document"):
            c = Counter(r[key] for r in sel)
            print(f"    {key:<16} " + ", ".join(f"{v} {n}" for v, n in c.most_common()))
        unknown = Counter(r["label"] for r in sel if r["in its document"] == "record unknown")
        if unknown:
            print("    record unknown   " + ", ".join(f"{v} {n}" for v, n in unknown.most_common()))
        combos = Counter(f"{r['field']} / {r['token']} / {r['in its document']}" for r in sel)
        print("    field / token / in its document: "
              + ", ".join(f"{v} {n}" for v, n in combos.most_common(12)))  # fmt: skip
        if show:
            forms = Counter(r["form"] for r in sel)
            print("    forms            " + ", ".join(f"{v} {n}" for v, n in forms.most_common(show)))  # fmt: skip
    return persons

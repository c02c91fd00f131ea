"""Small, fast stand-ins for the pipeline and the linker (the store's tests do not test them)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from awol.errors import InputError
from awol.model import Article, Document, Event, Evidence, Extraction
from awol.store.repo import text_hash

TYPES = {
    "deserted": "desertion",
    "wanted": "wanted",
    "detained": "detention",
    "sentenced": "sentence",
    "killed": "death",
}
REGIONS = {"Rostov": "RU-ROS", "Saratov": "RU-SAR", "Belgorod": "RU-BEL", "Kursk": "RU-KRS"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.title: str | None = None
        self._in_title = False
        self._skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        if tag == "title":
            self._in_title = True
        if tag in ("script", "style", "head"):
            self._skip += 1
        if tag in ("p", "h1", "br", "div"):
            self.parts.append("\n")

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag == "title":
            self._in_title = False
        if tag in ("script", "style", "head"):
            self._skip -= 1

    def handle_data(self, data):  # noqa: ANN001
        if self._in_title:
            self.title = (self.title or "") + data
        elif not self._skip:
            self.parts.append(data)


def decode(doc: Document) -> str:
    for enc in [doc.encoding, "utf-8", "cp1251"]:
        if not enc:
            continue
        try:
            return doc.content.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(doc.origin, "undecodable")


def clean(doc: Document) -> Article:
    raw = decode(doc)
    title = None
    if doc.media_type == "html" or "<html" in raw[:500].lower():
        p = _Text()
        p.feed(raw)
        raw, title = "".join(p.parts), p.title
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    text = "\n".join(line for line in lines if line)
    if not text:
        raise InputError(doc.origin, "no text")
    if title is None:
        title = text.splitlines()[0]
    return Article(
        id=doc.id or Path(doc.origin).stem.split(".")[0],
        text=text,
        title=title,
        url=doc.url,
        outlet=doc.outlet,
        published=doc.published,
        language=doc.language or "en",
        origin=doc.origin,
        encoding=doc.encoding,
        content_hash=text_hash(text),
    )


def extract(article: Article, version: int = 1) -> Extraction:
    events = []
    for m in re.finditer(r"[^.\n]+[.\n]?", article.text):
        sent = m.group(0).strip()
        for word, etype in TYPES.items():
            if word in sent:
                region = next((c for k, c in REGIONS.items() if k in sent), None)
                date = re.search(r"\d{4}-\d{2}(-\d{2})?", sent)
                names = re.findall(r"Private ([A-Z][a-z]+ [A-Z][a-z]+)", sent)
                count = re.search(r"(\d+) soldiers", sent)
                start = article.text.index(sent, m.start())
                events.append(
                    Event(
                        type=etype,
                        evidence=Evidence(sent, start, start + len(sent)),
                        date=date.group(0) if date else None,
                        country="RU" if region else None,
                        region=region,
                        place_text=region
                        and f"{next(k for k in REGIONS if REGIONS[k] == region)} region",
                        count=int(count.group(1)) if count else (len(names) or None),
                        count_qualifier="exact" if count or names else None,
                        names=names,
                        confidence=0.5 + 0.1 * version,
                    )
                )
    return Extraction(article=article, events=events)


class FakePipeline:
    version = "fake-1"

    def __init__(self, delay: float = 0.0, extractor_version: int = 1) -> None:
        self.delay = delay
        self.extractor_version = extractor_version
        self.version = f"fake-{extractor_version}"

    def extract(self, article: Article) -> Extraction:
        return extract(article, self.extractor_version)

    def process(self, docs: Iterable[Document | InputError]) -> Iterator[Extraction | InputError]:
        docs = list(docs)  # two passes, like the real one
        for d in docs:
            if isinstance(d, InputError):
                yield d
                continue
            if self.delay:
                time.sleep(self.delay)
            try:
                yield self.extract(clean(d))
            except InputError as err:
                yield err


class FakeLinker:
    """Incidents = events of the same type, region and date in two or more documents."""

    def __init__(self, state: dict | None = None) -> None:
        self.docs: dict[str, list] = dict((state or {}).get("docs", {}))

    @classmethod
    def from_state(cls, state: dict) -> FakeLinker:
        return cls(state)

    def add(self, extractions: Iterable[dict]) -> None:
        for ex in extractions:
            self.docs[ex["id"]] = [
                [e["type"], e.get("region"), e.get("date")] for e in ex.get("events") or []
            ]

    def incidents(self) -> list[dict]:
        groups: dict[tuple, list] = {}
        for doc_id, evs in sorted(self.docs.items()):
            for i, (t, r, d) in enumerate(evs):
                if r and d:
                    groups.setdefault((t, r, d), []).append([doc_id, i])
        out = []
        for (t, r, d), members in sorted(groups.items()):
            if len({m[0] for m in members}) >= 2:
                iid = f"inc-{t}-{r}-{d}"
                out.append(
                    {
                        "incident_id": iid,
                        "type": t,
                        "region": r,
                        "date": d,
                        "events": members,
                        "case_id": f"case-{r}",
                    }  # fmt: skip
                )
        return out

    def cases(self) -> list[dict]:
        cases: dict[str, dict] = {}
        for inc in self.incidents():
            c = cases.setdefault(inc["case_id"], {"case_id": inc["case_id"], "incidents": []})
            c["incidents"].append(inc["incident_id"])
        return list(cases.values())

    def state(self) -> dict:
        return {"docs": self.docs}


def fake_linker_factory(state: dict | None) -> FakeLinker:
    return FakeLinker.from_state(state) if state else FakeLinker()


def article_text(n: int, region: str = "Rostov", day: int | None = None) -> str:
    day = day or (n % 28) + 1
    return (
        f"Soldier story number {n}\n"
        f"Private Ivan Petrov{chr(97 + n % 26)}ov deserted from a unit in {region} region on "
        f"2024-03-{day:02d}.\n"
        f"Police said 2 soldiers were detained in {region} region on 2024-04-{day:02d}.\n"
        f"Serial {n}: nothing else happened.\n"
    )

"""Probe suites: invented sentences, generated from a small grammar, that measure extraction
independently of any corpus.

A suite is one YAML file per language (``tests/extract/probes/<lang>.yaml``)::

    language: ru
    published: "2025-03-20"          # the manifest date every probe document gets
    filler: "Подробности уточняются."  # a neutral sentence after every probe
    pins: {recall: 0.8, precision: 0.9, negatives: 0.9}   # what the test requires
    verbatim: false                  # true: texts are used as written (no capitalising, tidying)
    participants:                    # people phrases, one form per grammatical slot
      - id: deserter
        count: 1                     # expected event count (omit: none expected)
        agree: m                     # which variant of an agreeing template to use
        intro: "..."                 # optional sentence before the probe (pronouns)
        adds: [desertion]            # types the intro itself reports (required as well)
        allows: [desertion]          # types the phrase itself may imply (neither way counted)
        tags: [deserter]             # names to select it by in "with"/"without"
        names: [Ivan Petrov]         # optional: the names its found events must give
        nom: дезертир                # any keys: cases, "subj", "obj", ...
        acc: дезертира
    slots:                           # optional phrases rotated over the generated probes
      place:
        - {text: "в Курской области", region: RU-KRS}
        - {text: ""}                 # an empty choice makes the slot optional
      date:
        - {text: "12 марта", date: "2025-03-12"}
    probes:
      - id: detention-3pl            # a row of the report
        form: 3pl impersonal         # what it tests (free text)
        expect: [detention]          # expected event types ([] = a negative probe)
        text: "{P.acc} задержали {place} {date}."
        # or, by agreement:  text: {m: "{P.nom} был задержан.", pl: "{P.nom} были задержаны."}
        with: [deserter, two]        # optional: only these participants (default: all)
        without: [pronoun]           # optional: all but these
        optional: [desertion]        # types neither required nor spurious
        count: false                 # optional: do not check the count for this probe
        events: {desertion: 1, detention: 2}   # optional: how many events of each type (a
                                     # story told several times is one event per happening)
        evidence: {desertion: "left his unit on May 3"}   # optional: words of the sentence
                                     # that must be the evidence of an event of that type (a
                                     # list: one per event); checked where the type is found

A template with ``{P.<key>}`` is crossed with every participant that has that key; one without is
a single probe. ``{place}`` / ``{date}`` take the next choice of their slot (rotating, so a
template crossed with ten participants sees every choice). The first letter of every sentence is
capitalised. Each probe becomes a document ``intro + probe + filler`` run through the whole
pipeline (cleaning, language given, extraction).

Any other ``{name}`` (lower case) is a slot of the suite's ``slots`` too ("{opening}": a place
phrase that opens the sentence).

Scores: recall = expected types found / expected types; precision = predicted types that were
expected / predicted types (over all probes, negatives included); negatives = share of negative
probes with no event (but their optional types); field accuracy (count, region, date) over found events that state them;
granularity = share of the probes that say how many events of each type (``events:``) whose
found events number exactly that (types neither expected nor optional must be absent);
evidence = share of the sentences a probe names (``evidence:``) that are the evidence of a found
event of their type (field ``evidence``, pinned like the others).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_SLOT = re.compile(r"\{([a-z_]+)\}")  # {place}, {date}, or any slot the suite names
_PART = re.compile(r"\{P\.(\w+)\}")


@dataclass
class Probe:
    """One generated probe: its text and what SCHEMA.md says it reports."""

    row: str  # the template's id
    column: str  # the participant's id ("-" for none)
    text: str
    expect: list[str]
    count: int | None = None
    region: str | None = None
    date: str | None = None
    optional: list[str] = field(default_factory=list)  # neither required nor spurious
    names: list[str] | None = None  # the names the found events must give (None: not checked)
    events: dict[str, int] | None = None  # how many events of each type (None: not checked)
    # words of the expected evidence sentence of each event, by type (None: not checked)
    evidence: dict[str, list[str]] | None = None


@dataclass
class Outcome:
    probe: Probe
    predicted: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    @property
    def types(self) -> set[str]:
        return {e["type"] for e in self.predicted}

    @property
    def hits(self) -> int:
        return len(set(self.probe.expect) & self.types)

    @property
    def spurious(self) -> int:
        return len(self.types - set(self.probe.expect) - set(self.probe.optional))

    @property
    def exact(self) -> bool | None:
        """Do the found events number what ``events:`` says, type by type (None: not said)?"""
        want = self.probe.events
        if want is None:
            return None
        got: dict[str, int] = defaultdict(int)
        for e in self.predicted:
            got[e["type"]] += 1
        optional = set(self.probe.optional) - set(want)
        return all(got[t] == n for t, n in want.items()) and not (set(got) - set(want) - optional)

    def field_checks(self) -> list[tuple[str, bool]]:
        """(field, right) for every expected field of every found expected type."""
        out: list[tuple[str, bool]] = []
        for t in set(self.probe.expect) & self.types:
            evs = [e for e in self.predicted if e["type"] == t]
            for name in ("count", "region", "date"):
                want = getattr(self.probe, name)
                if want is not None:
                    out.append((name, any(e.get(name) == want for e in evs)))
            if self.probe.names is not None:
                want_names = sorted(self.probe.names)
                out.append(("names", any(sorted(e.get("names") or []) == want_names for e in evs)))
            for words in (self.probe.evidence or {}).get(t, []):
                told = [_squash(_evidence_text(e)) for e in evs]
                out.append(("evidence", any(_squash(words) in x for x in told)))
        return out


def _evidence_text(e: dict[str, Any]) -> str:
    ev = e.get("evidence")
    return (ev.get("text") or "") if isinstance(ev, dict) else str(ev or "")


def _squash(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Suite:
    language: str
    published: str | None
    filler: str
    pins: dict[str, float]
    probes: list[Probe]
    path: Path


def _cap(text: str) -> str:
    """Upper-case the first letter of the text and of every sentence in it."""

    def up(m: re.Match[str]) -> str:
        return m.group(1) + m.group(2).upper()

    text = re.sub(r"^(\W*)(\w)", up, text)
    return re.sub(r"([.!?]\s+[«\"(]?)(\w)", up, text)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([.,!?:;»)])", r"\1", text)
    text = re.sub(r",+([.!?])", r"\1", text)
    text = re.sub(r",,+", ",", text)
    text = re.sub(r"([«(]) +", r"\1", text)
    # a headline keeps the paragraph break after it (the filler follows as the body)
    tail = "\n\n" if text.rstrip(" ").endswith("\n") else ""
    return _cap(text.strip()) + tail


def _events(spec: dict[str, Any], expect: list[str], where: str) -> dict[str, int] | None:
    """A probe's ``events:`` (type -> number of events), checked against its ``expect``."""
    raw = spec.get("events")
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in raw.values()
    ):
        raise ValueError(f"{where}: 'events' must map event types to numbers of events")
    events = {str(k): int(v) for k, v in raw.items()}
    if {t for t, n in events.items() if n} != set(expect):
        raise ValueError(f"{where}: 'events' must give the types of 'expect', no other")
    return events


def _evidence(spec: dict[str, Any], expect: list[str], where: str) -> dict[str, list[str]] | None:
    """A probe's ``evidence:`` (type -> the words of each expected evidence sentence)."""
    raw = spec.get("evidence")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: 'evidence' must map event types to sentence words")
    out: dict[str, list[str]] = {}
    for t, v in raw.items():
        words = [v] if isinstance(v, str) else v
        if (
            str(t) not in expect
            or not isinstance(words, list)
            or not all(isinstance(w, str) and w.strip() for w in words)
        ):
            raise ValueError(
                f"{where}: 'evidence' gives words (or a list of them) for expected types only"
            )
        out[str(t)] = list(words)
    return out


def load_suite(path: str | Path) -> Suite:
    """Read a suite file and expand its grammar into probes (a clear error on a bad file)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read probe suite: {exc}") from exc
    if not isinstance(data, dict) or "language" not in data or "probes" not in data:
        raise ValueError(f"{path}: a probe suite needs 'language' and 'probes'")
    participants = data.get("participants") or []
    slots: dict[str, list[dict[str, Any]]] = data.get("slots") or {}
    turn: dict[str, int] = defaultdict(int)
    # a story suite written out whole ("verbatim: true") keeps its text as written: no
    # capitalising after a full stop ("рядовой Р. признан виновным" stays lower case)
    verbatim = bool(data.get("verbatim"))

    def fill(template: str, probe: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        found: dict[str, Any] = {}

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            choices = slots.get(name) or [{"text": ""}]
            choice = choices[turn[name] % len(choices)]
            turn[name] += 1
            if choice.get("text"):
                found.update({k: v for k, v in choice.items() if k != "text"})
            return str(choice.get("text", ""))

        return _SLOT.sub(sub, template), found

    probes: list[Probe] = []
    for i, spec in enumerate(data["probes"]):
        where = f"{path}: probe {spec.get('id', i)}"
        if "text" not in spec or "expect" not in spec:
            raise ValueError(f"{where}: needs 'text' and 'expect'")
        expect = list(spec["expect"] or [])
        templates = spec["text"]
        row = str(spec.get("id", i))
        any_template = templates if isinstance(templates, str) else next(iter(templates.values()))
        if not _PART.search(any_template):
            text, found = fill(any_template, spec)
            probes.append(
                Probe(
                    row,
                    "-",
                    text.strip() + "\n\n" if verbatim else _tidy(text),
                    expect,
                    count=spec.get("count") if isinstance(spec.get("count"), int) else None,
                    region=found.get("region", spec.get("region")),
                    date=found.get("date", spec.get("date")),
                    optional=list(spec.get("optional") or []),
                    names=spec.get("names"),
                    events=_events(spec, expect, where),
                    evidence=_evidence(spec, expect, where),
                )
            )
            continue
        only = set(spec.get("with") or [])
        skip = set(spec.get("without") or [])
        for part in participants:
            marks = {part["id"], *(part.get("tags") or [])}
            if (only and not only & marks) or skip & marks:
                continue
            if isinstance(templates, str):
                template = templates
            else:
                template = templates.get(part.get("agree", "m"))
                if template is None:
                    continue
            keys = _PART.findall(template)
            if any(k not in part for k in keys):
                continue
            text = _PART.sub(lambda m, p=part: str(p[m.group(1)]), template)
            text, found = fill(text, spec)
            if part.get("intro"):
                text = f"{part['intro']} {text}"
            count = part.get("count") if spec.get("count", True) is not False else None
            optional = list(spec.get("optional") or []) + list(part.get("allows") or [])
            wanted = list(dict.fromkeys(expect + list(part.get("adds") or [])))
            probes.append(
                Probe(
                    row,
                    str(part["id"]),
                    _tidy(text),
                    wanted,
                    count=count if expect else None,
                    region=found.get("region") if expect else None,
                    date=found.get("date") if expect else None,
                    optional=optional,
                    names=list(part["names"]) if expect and "names" in part else None,
                )
            )
    return Suite(
        language=str(data["language"]),
        published=data.get("published"),
        filler=str(data.get("filler") or ""),
        pins=dict(data.get("pins") or {}),
        probes=probes,
        path=path,
    )


def extract_texts(
    texts: list[str], language: str, published: list[str | None], prefix: str = "probe"
) -> list[list[dict] | str]:
    """Each text through the whole pipeline (cleaning with ``language`` given, extraction):
    its events as dicts, or the reason it was refused (shared by the event and field probes)."""
    from awol.errors import InputError
    from awol.model import Document
    from awol.pipeline import Pipeline

    docs = [
        Document(
            origin=f"{prefix}-{i}",
            content=text.strip().encode("utf-8"),
            id=f"{prefix}-{i}",
            published=pub,
            language=language,
            media_type="text",
        )
        for i, (text, pub) in enumerate(zip(texts, published, strict=True))
    ]
    return [
        str(r) if isinstance(r, InputError) else [e.to_dict() for e in r.events]
        for r in Pipeline().process(docs)
    ]


def run_suite(suite: Suite, probes: Iterable[Probe] | None = None) -> list[Outcome]:
    """Run every probe through the whole pipeline (cleaning with the language given, extraction)."""
    todo = list(suite.probes if probes is None else probes)
    # (a headline probe ends in its paragraph break: the filler is its body)
    texts = [p.text + ("" if p.text.endswith("\n") else " ") + suite.filler for p in todo]
    results = extract_texts(texts, suite.language, [suite.published] * len(todo))
    return [
        Outcome(p, error=r) if isinstance(r, str) else Outcome(p, r)
        for p, r in zip(todo, results, strict=True)
    ]


@dataclass
class Scores:
    recall: float
    precision: float
    negatives: float
    fields: dict[str, float]
    granularity: float | None  # share of the probes with ``events:`` found exactly so
    expected: int
    found: int
    predicted: int


def score(outcomes: list[Outcome]) -> Scores:
    expected = sum(len(set(o.probe.expect)) for o in outcomes)
    hits = sum(o.hits for o in outcomes)
    predicted = sum(len(o.types) for o in outcomes)
    right = sum(len(o.types & set(o.probe.expect)) for o in outcomes)
    predicted -= sum(len(o.types & (set(o.probe.optional) - set(o.probe.expect))) for o in outcomes)
    neg = [o for o in outcomes if not o.probe.expect]
    checks: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        for name, ok in o.field_checks():
            checks[name].append(ok)
    exact = [o.exact for o in outcomes if o.exact is not None]
    return Scores(
        recall=hits / expected if expected else 1.0,
        precision=right / predicted if predicted else 1.0,
        negatives=sum(not o.types - set(o.probe.optional) for o in neg) / len(neg) if neg else 1.0,
        fields={k: sum(v) / len(v) for k, v in sorted(checks.items())},
        granularity=sum(exact) / len(exact) if exact else None,
        expected=expected,
        found=hits,
        predicted=predicted,
    )


def report(outcomes: list[Outcome], failures: bool = True) -> str:
    """Per-row and per-participant recall/precision, a cell matrix and the failing probes."""
    lines: list[str] = []
    s = score(outcomes)
    lines.append(
        f"probes {len(outcomes)}  recall {s.recall:.3f} ({s.found}/{s.expected})  "
        f"precision {s.precision:.3f}  negatives clean {s.negatives:.3f}  "
        + (f"granularity {s.granularity:.3f}  " if s.granularity is not None else "")
        + "  ".join(f"{k} {v:.3f}" for k, v in s.fields.items())
    )
    for key, label in ((lambda o: o.probe.row, "row"), (lambda o: o.probe.column, "participant")):
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in outcomes:
            groups[key(o)].append(o)
        lines.append("")
        lines.append(f"{label:32s}    n  recall  precision  fields")
        for name, group in groups.items():
            g = score(group)
            fields = " ".join(f"{k[0]}{v:.2f}" for k, v in g.fields.items())
            rec = f"{g.recall:6.3f}" if g.expected else "     -"
            lines.append(f"{name:32s} {len(group):4d} {rec}  {g.precision:9.3f}  {fields}")
    # the matrix: rows x participants; '.' all found, 'x' a miss, '+' a spurious type, '!' both
    rows = list(dict.fromkeys(o.probe.row for o in outcomes))
    cols = list(dict.fromkeys(o.probe.column for o in outcomes))
    cell = {(o.probe.row, o.probe.column): o for o in outcomes}
    lines.append("")
    lines.append(
        "cells (. right, x missed, + spurious, ! both, = right types in a wrong number of events;"
        " columns:)"
    )
    for j, c in enumerate(cols):
        lines.append(f"  {j:2d} {c}")
    lines.append(f"{'':32s} " + "".join(f"{j % 10}" for j in range(len(cols))))
    for r in rows:
        marks = []
        for c in cols:
            o = cell.get((r, c))
            if o is None:
                marks.append(" ")
                continue
            miss = o.hits < len(set(o.probe.expect))
            extra = o.spurious > 0
            split = not miss and not extra and o.exact is False
            marks.append(
                "!" if miss and extra else "x" if miss else "+" if extra else "=" if split else "."
            )
        lines.append(f"{r:32s} " + "".join(marks))
    if failures:
        lines.append("")
        lines.append("failures:")
        for o in outcomes:
            wrong = [k for k, ok in o.field_checks() if not ok]
            split = o.exact is False
            if o.hits == len(set(o.probe.expect)) and not o.spurious and not wrong and not split:
                continue
            got = ", ".join(
                f"{e['type']}(n={e.get('count')}, {e.get('region')}, {e.get('date')})"
                for e in o.predicted
            )
            want = ",".join(o.probe.expect) or "-"
            extra = f" fields wrong: {wrong}" if wrong else ""
            if split:
                extra += f" events: want {o.probe.events}"
            if "evidence" in wrong:
                told = [f"{e['type']}: {_evidence_text(e)[:70]}" for e in o.predicted]
                extra += f" evidence: want {o.probe.evidence} got {told}"
            err = f" ERROR {o.error}" if o.error else ""
            lines.append(
                f"  [{o.probe.row} / {o.probe.column}] want {want}"
                f" (n={o.probe.count}, {o.probe.region}, {o.probe.date}) got {got or '-'}"
                f"{extra}{err}\n      {o.probe.text}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(
        prog="python -m awol.evaluate.probes",
        description="Run probe suites (invented sentences) and print recall/precision per cell.",
    )
    ap.add_argument(
        "suites", nargs="+", help="probe suite YAML files (tests/extract/probes/*.yaml)"
    )
    ap.add_argument("--row", help="only rows whose id contains this")
    ap.add_argument("--no-failures", action="store_true", help="do not list failing probes")
    args = ap.parse_args(argv)
    for path in args.suites:
        try:
            suite = load_suite(path)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        probes = [p for p in suite.probes if not args.row or args.row in p.row]
        print(f"== {path} ({suite.language})")
        print(report(run_suite(suite, probes), failures=not args.no_failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

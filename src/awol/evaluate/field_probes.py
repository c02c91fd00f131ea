"""Field probe suites: invented sentences that each report one clear event, with the phrase of
one field (place, count, date) varied systematically, to measure how the fields generalise by
mechanism, independently of any corpus.

A suite is one YAML file per language (``tests/extract/probes/fields/<lang>.yaml``)::

    language: ru
    published: "2025-03-20"              # default publication date of every probe document
    outlet: "Meduza"                     # optional: the outlet of every probe document
    filler: "Подробности уточняются."     # a neutral sentence after every probe
    pins: {region: 0.9, count: 0.9, date: 0.9, found: 0.9}   # what the test requires
    cells:
      - cell: place/v-region-loc         # a row of the report: field/mechanism
        type: detention                  # the event type every probe of the cell expects
        frame: "Дезертира задержали {}."   # optional: every probe's text goes into the frame
        probes:
          - text: "в Курской области"
            region: RU-KRS               # expected fields; a key given as null expects null
            country: RU
          - text: "..."
            published: null              # this probe's document has no publication date
            outlet: "Sibir.Realii"       # this probe's document's outlet (none by default)
            date: "2025-03"
            events:                      # or several expected events, in order of telling
              - {type: detention, count: 2}
              - {type: detention, count: 3}

Every expected event is matched to the predicted events of its type in order (the i-th expected
detention to the i-th predicted detention). Scores: ``found`` = expected events that have a
predicted event of their type; per field, the share of checks (a field an expected event names,
on a found event) that agree. Fields: region, country, count, count_qualifier, date, source (who
the event is attributed to), who (the descriptor of its people), names (the persons named on it: a
list, ``[]`` for none) and armed (true, false or null); source and who agree when most of the words
of the shorter are words of the longer, names when each expected name has a predicted one of all
its words (inflection aside) and there are as many, as the evaluation compares them.

Figures (``figures:`` of a probe) match a predicted figure of the same value (within 1%, as the
evaluation matches them; each predicted figure once): ``fig_found`` = expected figures matched;
``fig_source`` and ``fig_as_of`` = the checks of a matched figure's source (as the evaluation
compares a figure's source: most of the words of the shorter) and as_of (equal).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from awol.evaluate.events import _same_source, same_field

FIELDS = (
    "region",
    "country",
    "count",
    "count_qualifier",
    "date",
    "source",
    "who",
    "names",
    "armed",
)
FIGURE_FIELDS = ("source", "as_of")


@dataclass
class FieldProbe:
    """One probe: a text, its document's publication date and the events it reports."""

    cell: str
    text: str
    published: str | None
    expect: list[dict[str, Any]]
    figures: list[dict[str, Any]] = field(default_factory=list)
    outlet: str | None = None


@dataclass
class FieldOutcome:
    probe: FieldProbe
    predicted: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    figures: list[dict[str, Any]] = field(default_factory=list)

    def checks(self) -> list[tuple[str, bool, Any, Any]]:
        """(field, right, wanted, got) per expected field; ("found", ...) per expected event."""
        out: list[tuple[str, bool, Any, Any]] = []
        seen: dict[str, int] = defaultdict(int)
        for want in self.probe.expect:
            t = want["type"]
            of_type = [e for e in self.predicted if e.get("type") == t]
            i = seen[t]
            seen[t] += 1
            got = of_type[i] if i < len(of_type) else None
            out.append(("found", got is not None, t, None if got is None else t))
            if got is None:
                continue
            for name in FIELDS:
                if name in want:
                    ok = same_field(name, want[name], got.get(name))
                    out.append((name, ok, want[name], got.get(name)))
        used: set[int] = set()
        for want in self.probe.figures:
            value = float(want["value"])
            hit = next(
                (
                    i
                    for i, f in enumerate(self.figures)
                    if i not in used and abs(float(f.get("value") or 0) - value) <= 0.01 * value
                ),
                None,
            )
            out.append(("fig_found", hit is not None, want["value"], None))
            if hit is None:
                continue
            used.add(hit)
            got = self.figures[hit]
            if "source" in want:
                ok = _same_source(want["source"], got.get("source"))
                out.append(("fig_source", ok, want["source"], got.get("source")))
            if "as_of" in want:
                ok = want["as_of"] == got.get("as_of")
                out.append(("fig_as_of", ok, want["as_of"], got.get("as_of")))
        return out


@dataclass
class FieldSuite:
    language: str
    pins: dict[str, float]
    filler: str
    probes: list[FieldProbe]
    path: Path


def load_field_suite(path: str | Path) -> FieldSuite:
    """Read a suite file (a clear error naming the file and the probe on a bad one)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read field probe suite: {exc}") from exc
    if not isinstance(data, dict) or "language" not in data or "cells" not in data:
        raise ValueError(f"{path}: a field probe suite needs 'language' and 'cells'")
    published = data.get("published")
    outlet = data.get("outlet")
    probes: list[FieldProbe] = []
    for i, cell in enumerate(data["cells"] or []):
        name = str(cell.get("cell", i))
        for j, spec in enumerate(cell.get("probes") or []):
            where = f"{path}: cell {name}, probe {j}"
            if not isinstance(spec, dict) or not spec.get("text"):
                raise ValueError(f"{where}: needs 'text'")
            keys = {"text", "type", "published", "outlet", "frame", "events", "figures"}
            bad = set(spec) - set(FIELDS) - keys
            if bad:
                raise ValueError(f"{where}: unknown key(s) {sorted(bad)}")
            figures = [dict(f) for f in spec.get("figures") or []]
            for f in figures:
                bad = set(f) - set(FIGURE_FIELDS) - {"value"}
                if bad or "value" not in f:
                    raise ValueError(f"{where}: a figure needs 'value', knows {FIGURE_FIELDS}")
            if "events" in spec:
                expect = [dict(e) for e in spec["events"] or []]
            else:
                expect = [{k: v for k, v in spec.items() if k in FIELDS}]
                expect[0]["type"] = spec.get("type", cell.get("type"))
            for e in expect:
                e.setdefault("type", cell.get("type"))
                if not e["type"]:
                    raise ValueError(f"{where}: no event type (give 'type' on the cell)")
                bad = set(e) - set(FIELDS) - {"type"}
                if bad:
                    raise ValueError(f"{where}: unknown field(s) {sorted(bad)}")
            text = str(spec["text"])
            frame = spec.get("frame", cell.get("frame"))
            if frame:
                text = str(frame).replace("{}", text)
            text = text[:1].upper() + text[1:]
            probes.append(
                FieldProbe(
                    name,
                    text,
                    spec.get("published", published),
                    expect,
                    figures,
                    spec.get("outlet", outlet),
                )
            )
    return FieldSuite(
        language=str(data["language"]),
        pins=dict(data.get("pins") or {}),
        filler=str(data.get("filler") or ""),
        probes=probes,
        path=path,
    )


def run_field_suite(
    suite: FieldSuite, probes: list[FieldProbe] | None = None
) -> list[FieldOutcome]:
    """Run every probe through the whole pipeline (cleaning with the language given, extraction)."""
    from awol.errors import InputError
    from awol.model import Document
    from awol.pipeline import Pipeline

    todo = list(suite.probes if probes is None else probes)
    docs = [
        Document(
            origin=f"field-probe-{i}",
            content=f"{p.text} {suite.filler}".strip().encode("utf-8"),
            id=f"field-probe-{i}",
            published=p.published,
            outlet=p.outlet,
            language=suite.language,
            media_type="text",
        )
        for i, p in enumerate(todo)
    ]
    return [
        FieldOutcome(p, error=str(r))
        if isinstance(r, InputError)
        else FieldOutcome(
            p, [e.to_dict() for e in r.events], figures=[f.to_dict() for f in r.figures]
        )
        for p, r in zip(todo, Pipeline().process(docs), strict=True)
    ]


def field_scores(outcomes: list[FieldOutcome]) -> dict[str, tuple[int, int]]:
    """Per field (and "found"): (right, checked)."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        for name, ok, _, _ in o.checks():
            tally[name][0] += ok
            tally[name][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(tally.items())}


def _ratio(rc: tuple[int, int]) -> float:
    return rc[0] / rc[1] if rc[1] else 1.0


def field_report(outcomes: list[FieldOutcome], failures: bool = True) -> str:
    """The suite's scores, one line per cell, and the failing probes."""
    lines: list[str] = []
    total = field_scores(outcomes)
    lines.append(
        f"probes {len(outcomes)}  "
        + "  ".join(f"{k} {_ratio(v):.3f} ({v[0]}/{v[1]})" for k, v in total.items())
    )
    cells: dict[str, list[FieldOutcome]] = defaultdict(list)
    for o in outcomes:
        cells[o.probe.cell].append(o)
    lines.append("")
    lines.append(f"{'cell':40s}   n  " + " ".join(f"{k[:7]:>7s}" for k in total))
    for name, group in cells.items():
        s = field_scores(group)
        vals = " ".join(f"{_ratio(s[k]):7.2f}" if k in s else f"{'-':>7s}" for k in total)
        lines.append(f"{name:40s} {len(group):3d}  {vals}")
    if failures:
        lines.append("")
        lines.append("failures:")
        for o in outcomes:
            wrong = [(k, w, g) for k, ok, w, g in o.checks() if not ok]
            if not wrong and not o.error:
                continue
            got = "; ".join(
                [
                    f"{e['type']}(n={e.get('count')}, {e.get('region')}/{e.get('country')}, "
                    f"{e.get('date')}, src={e.get('source')!r}, who={e.get('who')!r}, "
                    f"names={e.get('names')!r}, armed={e.get('armed')!r})"
                    for e in o.predicted
                ]
                + [
                    f"figure({f.get('value')}, src={f.get('source')!r}, as_of={f.get('as_of')})"
                    for f in o.figures
                ]
            )
            err = f" ERROR {o.error}" if o.error else ""
            what = ", ".join(f"{k}: want {w!r} got {g!r}" for k, w, g in wrong)
            lines.append(
                f"  [{o.probe.cell}] {what}{err}\n      {o.probe.text}\n      -> {got or '-'}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(
        prog="python -m awol.evaluate.field_probes",
        description="Run field probe suites (invented sentences) and print accuracy per cell.",
    )
    ap.add_argument("suites", nargs="+", help="tests/extract/probes/fields/*.yaml")
    ap.add_argument("--cell", help="only cells whose name contains this")
    ap.add_argument("--no-failures", action="store_true", help="do not list failing probes")
    args = ap.parse_args(argv)
    for path in args.suites:
        try:
            suite = load_field_suite(path)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        probes = [p for p in suite.probes if not args.cell or args.cell in p.cell]
        print(f"== {path} ({suite.language})")
        print(field_report(run_field_suite(suite, probes), failures=not args.no_failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

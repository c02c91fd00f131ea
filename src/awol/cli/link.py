"""CLI command: link (extractions -> incidents, cases, near-duplicates)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from awol.cli.options import OUTPUT_HELP, output_path


def _read_jsonl(stream) -> list[dict]:
    docs = []
    for n, line in enumerate(stream, 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise click.ClickException(f"line {n}: not JSON ({e.msg})") from e
        problem = _not_an_extraction(obj)
        if problem:
            raise click.ClickException(f"line {n}: {problem}")
        docs.append(obj)
    return docs


def _not_an_extraction(obj: object) -> str | None:
    """Why a JSON value is not one document of `awol extract` output (None if it is): a line
    the linker cannot read is an error naming it, not a traceback or a silently skipped line."""
    if not isinstance(obj, dict):
        return f"expected a JSON object (a document of `awol extract`), got {type(obj).__name__}"
    if not isinstance(obj.get("id"), str) or not obj["id"]:
        return 'the document has no "id" string'
    for field in ("events", "figures"):
        items = obj.get(field, [])
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            return f'document {obj["id"]!r}: "{field}" must be a list of objects'
    for k, e in enumerate(obj.get("events") or []):
        if not isinstance(e.get("type"), str):
            return f'document {obj["id"]!r}: event {k} has no "type" string'
        if not isinstance(e.get("evidence"), (dict, str, type(None))):
            return f'document {obj["id"]!r}: event {k}: "evidence" must be an object'
        if not isinstance(e.get("names") or [], list):
            return f'document {obj["id"]!r}: event {k}: "names" must be a list'
    return None


@click.command("link")
@click.argument("extracted", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--cases", "what", flag_value="cases", help="Print cases (with timelines).")
@click.option("--duplicates", "what", flag_value="duplicates", help="Print near-duplicate groups.")
@click.option("--incidents", "what", flag_value="incidents", default=True,
              help="Print incidents (default).")  # fmt: skip
@click.option("--state", "state_path", type=click.Path(dir_okay=False), callback=output_path,
              help="Linker state file: loaded if it exists, then updated (incremental linking)." + OUTPUT_HELP)  # fmt: skip
@click.option("--multi-report-only", is_flag=True,
              help="Only print incidents/cases told by two or more documents.")  # fmt: skip
def link(extracted: str | None, what: str, state_path: str | None, multi_report_only: bool) -> None:
    """Link extracted events (JSON Lines from `awol extract`, stdin if no file) into
    incidents: one line per real happening, with every report that tells it."""
    from awol.link import Linker

    if extracted and extracted != "-":
        with open(extracted, encoding="utf-8") as fh:
            docs = _read_jsonl(fh)
    else:
        docs = _read_jsonl(sys.stdin)
    linker = Linker()
    if state_path and Path(state_path).exists():
        linker = Linker.from_state(json.loads(Path(state_path).read_text(encoding="utf-8")))
    linker.add(docs)
    if state_path:
        Path(state_path).write_text(
            json.dumps(linker.state(), ensure_ascii=False), encoding="utf-8"
        )
    # incidents and cases are written as they are built (not all held at once)
    rows: Iterable[dict]
    if what == "cases":
        rows = linker.iter_cases()
        if multi_report_only:
            rows = (c for c in rows if len(c["documents"]) > 1)
    elif what == "duplicates":
        rows = linker.duplicates()
    else:
        rows = linker.iter_incidents()
        if multi_report_only:
            rows = (i for i in rows if len({d for d, _ in i["events"]}) > 1)
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


COMMANDS = [link]

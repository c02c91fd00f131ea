"""CLI commands: ``extract`` (articles -> JSON Lines) and ``evaluate`` (score against gold)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from awol.errors import AwolError, InputError


def _load_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"line {n}: not valid JSON ({exc.msg})") from None
    return rows


def run_extract(paths: list[str], manifest: str | None):
    """Yield Extraction | InputError for files/folders (the Python API behind ``awol extract``)."""
    from awol.ingest.files import iter_documents
    from awol.ingest.manifest import load_manifest
    from awol.pipeline import Pipeline

    man = load_manifest(manifest) if manifest else None
    yield from Pipeline().process(iter_documents(paths, man))


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--manifest", type=click.Path(), help="JSON Lines: id, url, outlet, published, language."
)
@click.option("--include-text", is_flag=True, help="Also print the cleaned text of each document.")
def extract_cmd(paths: tuple[str, ...], manifest: str | None, include_text: bool) -> None:
    """Extract events and figures from .txt/.html files or folders; print JSON Lines.

    One line per document, in document order. A file that cannot be read is reported on stderr
    (file and reason) and the others are still processed; the exit status is then 1.
    """
    failed = 0
    try:
        for item in run_extract(list(paths), manifest):
            if isinstance(item, InputError):
                failed += 1
                click.echo(f"awol: error: {item}", err=True)
                continue
            if item.article.language and item.article.language not in ("en", "ru"):
                click.echo(
                    f"awol: note: {item.article.origin or item.article.id}: language "
                    f"'{item.article.language}' is not supported; no events extracted",
                    err=True,
                )
            sys.stdout.write(json.dumps(item.to_dict(include_text), ensure_ascii=False) + "\n")
    except AwolError as exc:
        click.echo(f"awol: error: {exc}", err=True)
        sys.exit(1)
    sys.exit(1 if failed else 0)


@click.command("evaluate")
@click.argument("target", type=click.Path(exists=True))
@click.option(
    "--gold", type=click.Path(exists=True), help="Gold JSON Lines (with PRED file as TARGET)."
)
@click.option(
    "--incidents", type=click.Path(exists=True), help="Gold incidents: also score linking."
)
@click.option("--language", help="Only score documents in this language (en, ru).")
@click.option(
    "--split",
    help="Only score the documents of this split (e.g. train, test) named in the corpus "
    "folder's splits.json (next to the gold file for a predictions file).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--brief", is_flag=True, help="Leave out the lists of misses and spurious events.")
def evaluate_cmd(
    target: str,
    gold: str | None,
    incidents: str | None,
    language: str | None,
    split: str | None,
    as_json: bool,
    brief: bool,
) -> None:
    """Score extraction against gold.

    Either TARGET is a predictions file (what `awol extract` printed) and --gold names the gold,
    or TARGET is a corpus folder holding the articles, manifest.jsonl and gold.jsonl (and
    incidents.jsonl, scored too): it is extracted first, then scored.
    """
    from awol.evaluate.events import by_language, by_split, format_report, score

    try:
        tpath = Path(target)
        if tpath.is_dir():
            gold_path = Path(gold) if gold else tpath / "gold.jsonl"
            if not gold_path.exists():
                raise InputError(str(tpath), "no gold.jsonl in this folder (or give --gold)")
            gold_docs = by_split(_load_jsonl(gold_path), tpath, split)
            gold_docs = by_language(gold_docs, language)
            man = tpath / "manifest.jsonl"
            files = [
                p for p in sorted(tpath.glob("*.txt")) if p.stem in {g["id"] for g in gold_docs}
            ]
            preds = []
            for item in run_extract([str(p) for p in files], str(man) if man.exists() else None):
                if isinstance(item, InputError):
                    click.echo(f"awol: error: {item}", err=True)
                    continue
                preds.append(item.to_dict(include_text=True))
            if incidents is None and (tpath / "incidents.jsonl").exists():
                incidents = str(tpath / "incidents.jsonl")
        else:
            if not gold:
                raise InputError(target, "a predictions file needs --gold GOLD.jsonl")
            gold_docs = by_split(_load_jsonl(Path(gold)), Path(gold).parent, split)
            preds = _load_jsonl(tpath)
        gold_docs = by_language(gold_docs, language)
        res = score(gold_docs, preds)
        link_res = None
        if incidents:
            link_res = _score_linking(preds, gold_docs, _load_jsonl(Path(incidents)), res)
            res["linking"] = link_res
    except AwolError as exc:
        click.echo(f"awol: error: {exc}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(res, details=not brief))
        if link_res is not None:
            from awol.evaluate.linking import format_linking_report

            click.echo("")
            click.echo(format_linking_report(link_res))


def _score_linking(
    preds: list[dict], gold_docs: list[dict], gold_incidents: list[dict], res: dict
) -> dict:
    """Link the predictions, then score the links in gold index space.

    Predicted events are mapped to the gold events they matched (``res["alignment"]``); links
    between unmatched events cannot be judged and are left out.
    """
    from awol.evaluate.linking import score_linking
    from awol.link import Linker

    ids = {g["id"] for g in gold_docs}
    linker = Linker()
    linker.add([p for p in preds if p["id"] in ids])
    to_gold = {(d, i): j for d, i, j in res.get("alignment", [])}
    predicted = []
    for inc in linker.incidents():
        evs = [[d, to_gold[(d, i)]] for d, i in inc["events"] if (d, i) in to_gold]
        if evs:
            predicted.append({**inc, "events": evs})
    gold_inc = [{**i, "events": [e for e in i["events"] if e[0] in ids]} for i in gold_incidents]
    return score_linking(predicted, gold_inc, gold_docs)


COMMANDS = [extract_cmd, evaluate_cmd]

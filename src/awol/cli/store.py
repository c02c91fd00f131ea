"""CLI commands of the event database: ingest, failures, reextract, override, export, stats.

A thin layer over :class:`awol.store.Store`, :mod:`awol.store.ingest` and
:mod:`awol.serve.export`.  The database is ``--db URL`` (else $AWOL_DB, else ``sqlite:///awol.db``).
"""

from __future__ import annotations

import getpass
import json
import os
import sys

import click

from awol.cli.options import OUTPUT_HELP, output_path
from awol.errors import AwolError

DB_HELP = (
    "Database URL: sqlite:///FILE (default sqlite:///awol.db, or $AWOL_DB) or postgresql://..."
)


def db_option(f):  # noqa: ANN001, ANN201
    return click.option("--db", "db", metavar="URL", envvar="AWOL_DB", help=DB_HELP)(f)


def _open(db: str | None, must_exist: bool = False):  # noqa: ANN202
    """The store at ``db``; commands that only read it need it to exist (a mistyped --db is an
    error, not a new empty database)."""
    from awol.store import Store

    try:
        return Store(db, must_exist=must_exist)
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None


def _refuse_missing_folder(db: str | None) -> None:
    """A new SQLite database is created, the folder it goes in is not: a missing folder in --db
    (or $AWOL_DB) is most often a typo ("~/awol/dta/awol.db"), refused before anything is
    made."""
    from awol.store.engine import sqlite_path

    path = sqlite_path(db)
    if path is None:
        return
    folder = path.parent
    if not folder.is_dir():
        raise click.ClickException(
            f"no folder {folder} for the database (check --db or $AWOL_DB; a new database file "
            "is created, its folder is not: create it first)"
        )


def _filters(since, until, types, regions) -> dict:  # noqa: ANN001
    """Validated --since/--until/--type/--region (a clear error before any query)."""
    from awol.validate import check_filters

    try:
        return check_filters(since, until, _split(types), _split(regions))
    except AwolError as exc:
        raise click.BadParameter(str(exc)) from None


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def filter_options(f):  # noqa: ANN001, ANN201
    f = click.option("--region", "regions", multiple=True, help="ISO 3166-2 region (RU-ROS) or country (RU); repeatable or comma-separated.")(f)  # fmt: skip
    f = click.option("--type", "types", multiple=True, help="Event type (desertion, wanted, detention, death, prosecution, sentence); repeatable or comma-separated.")(f)  # fmt: skip
    f = click.option("--until", metavar="DATE", help="Only events on or before DATE (YYYY[-MM[-DD]]).")(f)  # fmt: skip
    f = click.option("--since", metavar="DATE", help="Only events on or after DATE (YYYY[-MM[-DD]]).")(f)  # fmt: skip
    return f


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option("--manifest", type=click.Path(dir_okay=False), help="JSON Lines manifest (id, url, outlet, published, language) for files.")  # fmt: skip
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal).")  # fmt: skip
@click.option("--chunk-size", type=click.IntRange(min=1), default=200, show_default=True, help="Documents cleaned and extracted together.")  # fmt: skip
@click.option("--user-agent", default=None, help="User agent for HTTP fetching.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, help="Seconds between requests to one host.")  # fmt: skip
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=20.0,
    show_default=True,
    help="HTTP timeout in seconds for each read; a whole response may take 3 times as long.",
)
@click.option("--telegram-username", default=None, help="Channel username for t.me links of a Telegram export.")  # fmt: skip
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Clean and extract on N local worker processes (a Dask LocalCluster); see docs/scale.md.")  # fmt: skip
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None, help="Clean and extract on an existing Dask cluster (its workers must read the SOURCE paths).")  # fmt: skip
def ingest(
    sources,
    db,
    manifest,
    progress,
    chunk_size,
    user_agent,
    delay,
    timeout,
    telegram_username,
    workers,
    scheduler,
):  # noqa: ANN001, ANN201
    """Store documents, events, figures, incidents and cases from SOURCEs.

    A SOURCE is a file or folder (.txt/.html, with --manifest or the folder's manifest.jsonl),
    an RSS/Atom feed (file or URL), a WARC/WARC.gz archive, a Telegram Desktop export
    (result.json), or a URL (fetched politely: robots.txt, rate limit, timeout).  Ingesting again
    stores nothing twice; a changed page becomes a new version.  Bad documents are recorded
    (see `awol failures`); exit status 1 if there were any.  A post, feed entry or archive
    record that holds no prose (channel furniture, only hashtags or links) is counted and named
    as skipped, not a failure (see `awol failures --skipped`).
    """
    from awol.ingest.http import USER_AGENT, Fetcher
    from awol.ingest.sources import iter_sources
    from awol.store.ingest import ingest as run

    man = None
    if manifest:
        from awol.ingest.manifest import load_manifest

        try:
            man = load_manifest(manifest)
        except AwolError as exc:
            raise click.ClickException(str(exc)) from None
    _refuse_missing_folder(db)
    fetcher = Fetcher(user_agent=user_agent or USER_AGENT, delay=delay, timeout=timeout)
    store = _open(db)
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        if workers or scheduler:  # the same ingest on Dask workers (awol.scale)
            from awol.scale import ingest_parallel
            from awol.store.lock import writer_lock

            with writer_lock(store, on_wait=lambda m: click.echo(m, err=True)):
                summary = ingest_parallel(
                    store, sources, workers=workers, scheduler=scheduler, manifest=man,
                    fetcher=fetcher, telegram_username=telegram_username,
                    chunk_size=max(1, chunk_size), progress=progress,
                )  # fmt: skip
        else:
            items = iter_sources(
                sources, manifest=man, fetcher=fetcher, telegram_username=telegram_username
            )
            summary = run(store, items, chunk_size=max(1, chunk_size), progress=progress)
    except KeyboardInterrupt:
        click.echo("interrupted: committed documents are kept; run the same command again", err=True)  # fmt: skip
        sys.exit(130)
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    for line in summary.lines():
        click.echo(line)
    _print_failures(summary)
    sys.exit(1 if summary.failures else 0)


MAX_SHOWN = 50


def _print_failures(summary) -> None:  # noqa: ANN001
    """Each failure of this run: its path (or URL) and the reason, on stderr."""
    failed = list(getattr(summary, "failed", None) or [])
    for origin, reason in failed[:MAX_SHOWN]:
        click.echo(f"failed: {origin}: {reason}", err=True)
    if len(failed) > MAX_SHOWN:
        click.echo(f"... and {len(failed) - MAX_SHOWN} more (see `awol failures`)", err=True)


def _print_skips(rows: list[dict], as_json: bool) -> None:
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if not rows:
        click.echo("nothing skipped")
        return
    for r in rows:
        click.echo(f"{r['last_seen']}  {r['origin']}: skipped: {r['reason']}")
    click.echo(f"{len(rows)} skipped (no prose)", err=True)


@click.command()
@db_option
@click.option("--all", "show_all", is_flag=True, help="Include failures resolved by a later ingest.")  # fmt: skip
@click.option("--limit", type=int, default=None, help="Show at most N failures (newest first).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--skipped", is_flag=True, help="List instead the posts, feed entries and archive records skipped as holding no prose (not failures).")  # fmt: skip
def failures(db, show_all, limit, as_json, skipped):  # noqa: ANN001, ANN201
    """List documents that could not be ingested, with the reason.

    With --skipped: the well-formed posts, feed entries and archive records that hold no prose
    (channel furniture, only hashtags or links, a photo without a caption), which ingest counts
    as skipped, not as failures."""
    store = _open(db, must_exist=True)
    if skipped:
        rows = store.skips(limit=limit)
        store.close()
        _print_skips(rows, as_json)
        return
    rows = store.failures(include_resolved=show_all, limit=limit)
    store.close()
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if not rows:
        click.echo("no failures")
        return
    for r in rows:
        extra = f" (x{r['attempts']})" if r["attempts"] > 1 else ""
        extra += " [resolved]" if r["resolved"] else ""
        click.echo(f"{r['last_seen']}  {r['origin']}: {r['reason']}{extra}")
    click.echo(f"{len(rows)} failure(s)", err=True)


@click.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract every document, not only those extracted by another extractor version.")  # fmt: skip
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr.")
@click.option("--relink", is_flag=True, help="Only rebuild incidents and cases from the stored events (after a failed linking step).")  # fmt: skip
def reextract(db, everything, progress, relink):  # noqa: ANN001, ANN201
    """Re-run the extractor on stored documents after an extractor upgrade.

    Previous events are kept as history; corrections made with `awol override` are re-applied;
    incidents and cases are rebuilt.  With --relink, only incidents and cases are rebuilt.
    """
    from awol.store.ingest import reextract as run

    store = _open(db, must_exist=True)
    if relink:
        from awol.store.ingest import Linking, default_linker_factory

        try:
            linking = Linking(store, default_linker_factory())
            linking.rebuild()
            totals = store.counts()
        finally:
            store.close()
        click.echo(f"linking    {linking.status}")
        click.echo(f"database   {totals['incidents']} incidents, {totals['cases']} cases")
        sys.exit(0 if linking.status == "ok" else 1)
    try:
        summary = run(
            store,
            everything=everything,
            progress=sys.stderr.isatty() if progress is None else progress,
        )
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    for line in summary.lines():
        click.echo(line)
    sys.exit(1 if summary.failures else 0)


@click.command()
@click.argument("event_id")
@click.argument("field", required=False)
@click.argument("value", required=False)
@db_option
@click.option("--who", default=None, help="Who makes the correction (default: $AWOL_USER or the login name).")  # fmt: skip
@click.option("--note", default=None, help="Why (free text).")
@click.option("--clear", is_flag=True, help="Remove the override of FIELD.")
def override(event_id, field, value, db, who, note, clear):  # noqa: ANN001, ANN201
    """Correct FIELD of an event by hand (survives re-extraction), or show its overrides.

    VALUE is JSON when it parses (3, null, true, ["a","b"]), else a string.  EVENT_ID is the
    `event_id` of `awol export --format jsonl`.  FIELD `rejected` with VALUE true hides the event.
    Without FIELD, prints the event, its overrides and its history.  Values are checked: a date
    is YYYY[-MM[-DD]], region an ISO 3166-2 code, count a whole number, armed true/false, type
    an event type, names a JSON list of strings.
    """
    store = _open(db, must_exist=True)
    try:
        if field is None:
            ev = store.event(event_id)
            if ev is None:
                raise click.ClickException(f"no event with id {event_id!r}")
            click.echo(json.dumps(ev, ensure_ascii=False, indent=2))
            for o in store.overrides(event_id):
                click.echo(json.dumps(o, ensure_ascii=False))
            return
        if value is None and not clear:
            raise click.UsageError("give a VALUE, or --clear to remove the override")
        if value is not None:
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                pass
        who = who or os.environ.get("AWOL_USER") or _login()
        r = store.set_override(event_id, field, value, who=who, note=note, clear=clear)
        click.echo(
            f"{event_id}: {field} "
            + ("cleared" if clear else f"= {json.dumps(r['value'], ensure_ascii=False)}")
            + f" (by {who})"
        )
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "csv", "jsonl", "geojson", "parquet", "gold"]), default="jsonl", show_default=True, help="gold: the documents whose every event an editor reviewed, in the gold shape of SCHEMA.md (for `awol evaluate --gold`; it holds names: needs --with-names).")  # fmt: skip
@click.option("--output", "-o", default="-", callback=output_path, help="Output file (default: stdout; required for parquet)." + OUTPUT_HELP)  # fmt: skip
@filter_options
@click.option("--with-names", is_flag=True, help="Include names of people (left out by default).")
@click.option("--what", type=click.Choice(["events", "incidents", "cases"]), default="events", show_default=True, help="What to export (incidents and cases: jsonl only).")  # fmt: skip
@click.option("--partitioned", metavar="DIR", default=None, callback=output_path, help="With --format parquet: Hive-partitioned Parquet in DIR (year=YYYY/month=MM), for Dask, DuckDB, Spark. DIR is created if absent; the folder it is in must exist.")  # fmt: skip
def export(db, fmt, output, since, until, types, regions, with_names, what, partitioned):  # noqa: ANN001, ANN201
    """Export events (with their incident and case ids) as ACLED-style CSV, CSV, JSON Lines,
    GeoJSON (points at region centroids) or Parquet."""
    from awol.serve.export import export as run

    if fmt == "gold":
        if not with_names:  # the gold schema holds names and evidence as written
            raise click.UsageError(
                "--format gold writes the reviewed documents with the names of the people in "
                "them (the gold schema, for `awol evaluate --gold`): add --with-names"
            )

        click.echo(f"{export_gold(db, output)} reviewed documents exported", err=True)
        return
    if partitioned and (fmt != "parquet" or what != "events"):
        raise click.UsageError("--partitioned needs --format parquet (events only)")
    if partitioned:  # awol.serve.parquet: one file per year and month
        from awol.serve.parquet import export_partitioned

        def run(store, _fmt, _out, **kw):  # noqa: ANN001, ANN202
            kw.pop("what")
            return export_partitioned(store, partitioned, **kw)

    flt = _filters(since, until, types, regions)
    store = _open(db, must_exist=True)
    try:
        n = run(store, fmt, output, **flt, with_names=with_names, what=what)
    except AwolError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    click.echo(f"{n} {what} exported", err=True)


@click.command()
@db_option
@filter_options
def stats(db, since, until, types, regions):  # noqa: ANN001, ANN201
    """Print the totals (documents, events, figures, incidents, cases, failures, skipped records)
    and event counts by type, month and region."""
    from awol.serve.export import stats_table

    flt = _filters(since, until, types, regions)
    store = _open(db, must_exist=True)
    try:
        st = store.stats(**flt)
        totals = store.counts()
    finally:
        store.close()
    click.echo(
        f"{totals['documents']} documents, {totals['events']} events, {totals['figures']} figures, "
        f"{totals['incidents']} incidents, {totals['cases']} cases, {totals['failures']} failures, "
        f"{totals['skipped']} skipped (no prose; see awol failures --skipped)\n"
    )
    click.echo(stats_table(st), nl=False)


def export_gold(db: str | None, output: str) -> int:
    """Write the fully reviewed documents as gold JSON Lines (SCHEMA.md) for `awol evaluate`."""
    import json

    from awol.query import Query

    store = _open(db, must_exist=True)
    try:
        docs = Query(store).gold()
    finally:
        store.close()
    fh = sys.stdout if output in (None, "-") else open(output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    finally:
        if fh is not sys.stdout:
            fh.close()
    return len(docs)


COMMANDS = [ingest, failures, reextract, override, export, stats]

"""Hive-partitioned Parquet export: ``DIR/year=YYYY/month=MM/part-0.parquet``.

    awol export --format parquet --partitioned events/
    pyarrow.dataset.dataset("events/", partitioning="hive")          # or
    dask.dataframe.read_parquet("events/")                           # or
    duckdb: SELECT * FROM read_parquet('events/**/*.parquet', hive_partitioning = true)

Rows are those of the flat CSV/Parquet export, made and masked by the export module itself
(``PublicEvents`` then :func:`awol.serve.export.flat_row`: names left out and masked unless
``with_names``), partitioned by the event's date.  An event dated only to a year
goes to ``month=__HIVE_DEFAULT_PARTITION__``, an undated one to
``year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__``: the partition Hive, Spark,
pyarrow and DuckDB read as null (such events still have ``published``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from awol.serve.export import ExportError, PublicEvents, arrow_schema, flat_row
from awol.store.repo import Store
from awol.validate import check_output

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
BATCH = 20_000


def partition_of(date: str | None) -> tuple[str | None, str | None]:
    """("2024", "03") for 2024-03-05 or 2024-03; ("2024", None) for 2024; (None, None) undated."""
    if not date or len(date) < 4 or not date[:4].isdigit():
        return None, None
    if len(date) >= 7 and date[5:7].isdigit():
        return date[:4], date[5:7]
    return date[:4], None


def export_partitioned(
    store: Store,
    out_dir: str | Path,
    *,
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] | None = None,
    regions: Iterable[str] | None = None,
    with_names: bool = False,
) -> int:
    """Write the events to ``out_dir`` as Hive-partitioned Parquet; return the number of rows.

    ``out_dir`` must be empty, missing, or a previous partitioned export (replaced whole)."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    out = Path(out_dir)
    _clear(out)
    events = store.events(since=since, until=until, types=types, regions=regions)
    public = PublicEvents(events, with_names, store)  # the masking every export uses
    schema = arrow_schema(with_names)
    full = schema.append(pa.field("year", pa.string())).append(pa.field("month", pa.string()))

    def batches() -> Iterator[pa.RecordBatch]:
        for i in range(0, len(events), BATCH):
            rows = []
            for ev in events[i : i + BATCH]:
                row = flat_row(public(ev), with_names, True)
                row["year"], row["month"] = partition_of(ev.get("date"))
                rows.append({c: row.get(c) for c in full.names})
            yield pa.RecordBatch.from_pylist(rows, schema=full)

    check_output(out, "partitioned", folder=True)  # DIR is made; the folder it is in must exist
    out.mkdir(exist_ok=True)
    if not events:
        return 0
    ds.write_dataset(
        batches(),
        str(out),
        schema=full,
        format="parquet",
        partitioning=ds.partitioning(
            pa.schema([("year", pa.string()), ("month", pa.string())]), flavor="hive"
        ),
        basename_template="part-{i}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )
    return len(events)


def _clear(out: Path) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise ExportError(f"{out}: exists and is not a directory")
    entries = list(out.iterdir())
    foreign = [e.name for e in entries if not (e.is_dir() and e.name.startswith("year="))]
    if foreign:
        raise ExportError(
            f"{out}: not empty and not a partitioned export (has {', '.join(sorted(foreign)[:3])}); "
            "choose an empty or new directory"
        )
    for e in entries:  # a previous export: replaced, so no stale partition is left
        shutil.rmtree(e)

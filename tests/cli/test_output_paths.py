"""Every command that writes a file treats its path alike: the file is created (or replaced) in
a folder that must exist; a missing folder is a usage error naming it, given before any work,
and no folder is created (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from awol.cli import main
from awol.store import Store
from awol.validate import ValidationError, check_output


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    Store(url).close()
    return url


def _run(args: list[str]):  # noqa: ANN202
    return CliRunner().invoke(main, args)


def _commands(db: str, out: Path) -> dict[str, list[str]]:
    return {
        "export csv": ["export", "--db", db, "--format", "csv", "-o", str(out / "e.csv")],
        "export jsonl": ["export", "--db", db, "-o", str(out / "e.jsonl")],
        "export parquet": ["export", "--db", db, "--format", "parquet", "-o", str(out / "e.pq")],
        "export incidents": ["export", "--db", db, "--what", "incidents", "-o", str(out / "i.jsonl")],
        "export gold": ["export", "--db", db, "--format", "gold", "--with-names", "-o", str(out / "g.jsonl")],
        "export partitioned": ["export", "--db", db, "--format", "parquet", "--partitioned", str(out / "parts")],
        "link --state": ["link", "--state", str(out / "state.json"), "-"],
        "train --output": ["train", "--output", str(out / "model.npz"), "/nonexistent-corpus"],
    }  # fmt: skip


@pytest.mark.parametrize(
    "name",
    [
        "export csv",
        "export jsonl",
        "export parquet",
        "export incidents",
        "export gold",
        "export partitioned",
        "link --state",
        "train --output",
    ],
)
def test_a_missing_folder_is_an_error_naming_it(tmp_path, db, name):
    missing = tmp_path / "missing"
    res = _run(_commands(db, missing / "deeper")[name])
    assert res.exit_code == 2, res.output
    assert str(missing) in res.output and "create it first" in res.output
    assert not missing.exists()  # no folder made


@pytest.mark.parametrize("name", ["export csv", "export jsonl", "export incidents", "export gold", "export partitioned"])  # fmt: skip
def test_an_existing_folder_gets_the_file(tmp_path, db, name):
    res = _run(_commands(db, tmp_path)[name])
    assert res.exit_code == 0, res.output
    assert any(p.name not in ("a.db",) for p in tmp_path.iterdir())


def test_link_state_is_written_in_an_existing_folder(tmp_path):
    state = tmp_path / "state.json"
    res = CliRunner().invoke(main, ["link", "--state", str(state), "-"], input="")
    assert res.exit_code == 0, res.output
    assert json.loads(state.read_text(encoding="utf-8"))


def test_a_folder_where_a_file_goes_is_an_error(tmp_path, db):
    res = _run(["export", "--db", db, "-o", str(tmp_path)])
    assert res.exit_code == 2 and "it is a folder" in res.output


def test_help_says_so():
    for args in (["export", "--help"], ["link", "--help"], ["train", "--help"]):
        assert "folder must exist" in " ".join(_run(args).output.split())


def test_library_export_refuses_a_missing_folder_too(tmp_path, db):
    from awol.serve.export import export

    store = Store(db)
    try:
        with pytest.raises(ValidationError, match="create it first"):
            export(store, "csv", tmp_path / "missing" / "e.csv")
    finally:
        store.close()
    assert not (tmp_path / "missing").exists()
    assert check_output(tmp_path / "new.csv") == tmp_path / "new.csv"

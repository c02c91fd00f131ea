"""Bad input through CLI options and readers: a clear error naming it, never a traceback or a
silently skipped line (issue 12, hostile tester)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from awol.cli import main


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ('{"id": "x", "events": "nope"}', '"events" must be a list of objects'),
        ('{"id": "x", "events": ["nope"]}', '"events" must be a list of objects'),
        ("[1, 2]", "expected a JSON object"),
        ('"text"', "expected a JSON object"),
        ('{"events": []}', 'no "id"'),
        ('{"id": "x", "events": [{"evidence": "e"}]}', 'no "type"'),
        ('{"id": "x", "events": [{"type": "desertion", "evidence": 5}]}', '"evidence" must be'),
        (
            '{"id": "x", "events": [{"type": "desertion", "names": "Ivan"}]}',
            '"names" must be a list',
        ),
        ('{"id": "x", "events": [], "figures": {}}', '"figures" must be a list'),
    ],
)
def test_link_refuses_a_line_it_cannot_read(line, said):
    res = CliRunner().invoke(main, ["link", "-"], input=line + "\n")
    assert res.exit_code == 1, res.output
    assert "line 1" in res.output and said in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)  # no traceback


def test_link_reads_a_minimal_extraction():
    line = json.dumps({"id": "a", "events": [{"type": "desertion", "evidence": None}]})
    res = CliRunner().invoke(main, ["link", "-"], input=line + "\n")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output.splitlines()[0])["events"] == [["a", 0]]


@pytest.mark.parametrize(
    ("option", "value"),
    [("--chunk-size", "0"), ("--chunk-size", "-3"), ("--delay", "-1"), ("--timeout", "0")],
)
def test_ingest_refuses_impossible_numbers(tmp_path, option, value):
    (tmp_path / "a.txt").write_text("Deserter detained in Tver.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'a.db'}"
    res = CliRunner().invoke(main, ["ingest", "--db", db, str(tmp_path / "a.txt"), option, value])
    assert res.exit_code == 2 and option in res.output, res.output
    assert not (tmp_path / "a.db").exists()  # refused before anything is stored


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Russian contract soldier who deserted from his unit detained in Rostov region", "en",
         "detention"),
        ("Сбежавшего из части контрактника задержали в Ростовской области", "ru", "detention"),
    ],
)  # fmt: skip
def test_a_one_line_text_without_final_punctuation_is_read(tmp_path, text, lang, want):
    """Issue 12: a one-line text (a headline, a post) with no final punctuation was dropped as
    "no prose"; it is read and gives its event."""
    path = tmp_path / f"{lang}-oneline.txt"
    path.write_text(text, encoding="utf-8")  # no final period, no newline
    res = CliRunner().invoke(main, ["extract", str(path)])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output.strip().splitlines()[-1])
    assert doc["language"] == lang and want in {e["type"] for e in doc["events"]}

"""Posts, feed entries and archive records that hold no prose are *skipped*, not failures
(end to end through `awol ingest` on SQLite; invented exports written here).

A channel export always holds furniture ("Ставьте лайк", "Подписывайтесь на наш канал"),
posts of only hashtags or links and photos without a caption: they are counted and named in the
summary, listed by `awol failures --skipped`, recorded once per post however often the export is
ingested, and the exit status stays 0.  A file the user names that holds no prose, a malformed
post and a missing source stay failures (exit status 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from awol.cli import main

POSTS = [
    {"id": 1, "type": "service", "action": "create_channel", "text": ""},
    {"id": 2, "type": "message", "date": "2024-05-02T09:00:00",
     "text": "Дезертира задержали в Курске."},
    {"id": 3, "type": "message", "date": "2024-05-02T10:00:00", "text": "Ставьте лайк ❤️"},
    {"id": 4, "type": "message", "date": "2024-05-02T11:00:00", "photo": "photos/p4.jpg",
     "text": ""},  # a photo without a caption
    {"id": 5, "type": "message", "date": "2024-05-02T12:00:00", "text": [
        {"type": "hashtag", "text": "#новости"}, " ", {"type": "link", "text": "https://t.me/x"}]},
    {"id": 6, "type": "message", "date": "2024-05-03T09:00:00",
     "text": "A deserter was detained in Belgorod."},
    {"id": 7, "type": "message", "date": "2024-05-03T10:00:00",
     "text": "Ставьте лайк ❤️"},  # the same furniture again (the same bytes)
]  # fmt: skip

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Invented Wire</title>
<item><title>Deserter detained in Kursk</title><guid>iw-1</guid></item>
<item><guid>iw-2</guid><link>https://example.org/iw-2</link></item>
</channel></rss>
"""

SKIPPED = ["result.json#3", "result.json#4", "result.json#5", "result.json#7", "wire.xml#iw-2"]


def _export(folder: Path, messages: list) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"name": "Invented channel", "type": "public_channel", "id": 1700000099,
            "messages": messages}  # fmt: skip
    (folder / "result.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def _ingest(db: str, *sources: Path | str):
    return CliRunner().invoke(main, ["ingest", *map(str, sources), "--db", db, "--no-progress"])


def _cli(*args: str):
    return CliRunner().invoke(main, list(args))


def _skips(db: str) -> list[dict]:
    res = _cli("failures", "--skipped", "--json", "--db", db)
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.output.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("noprose")
    channel = _export(tmp / "channel", POSTS)
    feed = tmp / "wire.xml"
    feed.write_text(FEED, encoding="utf-8")
    db = f"sqlite:///{tmp / 'a.db'}"
    first = _ingest(db, channel, feed)
    skips_first = _skips(db)
    again = _ingest(db, channel, feed)
    return db, first, skips_first, again


def _line(output: str, head: str) -> str:
    return next(ln for ln in output.splitlines() if ln.startswith(head))


def test_posts_without_prose_are_skipped_not_failed(runs):
    db, first, _, _ = runs
    assert first.exit_code == 0, first.output
    assert "failures   0" in first.output
    assert "failed:" not in first.output
    line = _line(first.output, "skipped")
    assert line.startswith("skipped    5 posts/entries with no prose")
    # named: the export's posts by their number after the first one, the feed's entry
    assert "channel/result.json#3, #4, #5, #7" in line and "wire.xml#iw-2" in line
    assert "`awol failures --skipped`" in line
    assert "documents  8 read: 3 new, 0 updated, 0 unchanged" in first.output  # 5 skipped
    assert _cli("failures", "--db", db).output.strip() == "no failures"


def test_skips_are_listed_with_their_reason(runs):
    _, _, skips, _ = runs
    assert sorted(s["origin"].rsplit("/", 1)[1] for s in skips) == sorted(SKIPPED)
    reasons = {s["origin"].rsplit("/", 1)[1]: s["reason"] for s in skips}
    assert reasons["result.json#3"] == "no prose left in the text after removing boilerplate"
    assert reasons["result.json#7"] == reasons["result.json#3"]
    assert reasons["result.json#4"] == "no text (a post without a caption)"
    assert reasons["wire.xml#iw-2"] == "feed entry has no content and no headline"
    text = _cli("failures", "--skipped", "--db", runs[0])
    assert "result.json#4: skipped: no text" in text.output


def test_stats_counts_the_skipped_records(runs):
    db = runs[0]
    res = _cli("stats", "--db", db)
    assert res.exit_code == 0, res.output
    head = res.output.splitlines()[0]
    assert "3 documents" in head and "0 failures" in head, head
    assert f"{len(SKIPPED)} skipped (no prose; see awol failures --skipped)" in head, head


def test_reingest_is_idempotent(runs):
    db, first, skips_first, again = runs
    assert again.exit_code == 0, again.output
    assert "0 new, 0 updated, 3 unchanged" in again.output
    assert _line(again.output, "skipped") == _line(first.output, "skipped")
    assert _line(again.output, "database") == _line(first.output, "database")
    skips = _skips(db)
    assert len(skips) == len(skips_first) == 5  # one row per post, however often ingested
    assert {s["seen"] for s in skips} == {2}
    assert _cli("failures", "--db", db).output.strip() == "no failures"


def test_a_real_failure_in_the_same_run_still_fails(tmp_path):
    broken = [*POSTS, {"id": 8, "type": "message", "text": 42}]  # a malformed post
    channel = _export(tmp_path / "channel", broken)
    db = f"sqlite:///{tmp_path / 'b.db'}"
    res = _ingest(db, channel, tmp_path / "no-such-export")
    assert res.exit_code == 1, res.output
    assert "failures   2" in res.output
    assert "result.json#8: malformed message: 'text' is a int" in res.output
    assert "no-such-export: no such file or directory" in res.output
    assert _line(res.output, "skipped").startswith("skipped    4 posts/entries with no prose")
    # and again: the failures stay failures, the skips stay skips
    res = _ingest(db, channel)
    assert res.exit_code == 1 and "failures   1" in res.output
    assert _line(res.output, "skipped").startswith("skipped    4 ")


def test_a_file_the_user_names_that_holds_no_prose_is_an_error(tmp_path):
    f = tmp_path / "furniture.txt"
    f.write_text("Подписывайтесь на наш канал 👉 @invented\n#новости https://t.me/x\n")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    res = _ingest(db, f)
    assert res.exit_code == 1, res.output
    assert f"failed: {f}: no prose left in the text after removing boilerplate" in res.output
    assert "skipped" not in res.output
    assert _skips(db) == []


def test_an_earlier_no_prose_failure_of_a_post_is_resolved(tmp_path):
    """A database where an earlier version recorded the furniture post as a failure."""
    from awol.store import Store

    channel = _export(tmp_path / "channel", POSTS[:3])
    db = f"sqlite:///{tmp_path / 'd.db'}"
    origin = f"{channel / 'result.json'}#3"
    with Store(db) as store:
        store.record_failure(origin, "no prose left in the text after removing boilerplate")
    res = _ingest(db, channel)
    assert res.exit_code == 0, res.output
    assert _cli("failures", "--db", db).output.strip() == "no failures"
    assert [s["origin"] for s in _skips(db)] == [origin]

"""Short and messy inputs end to end through `awol ingest` on SQLite (invented fixtures):
one-line Telegram posts (hashtags, emoji, links, a forwarded post, channel furniture, ALL CAPS),
headline-only RSS items, one-sentence files, a post in a language AWOL does not read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from awol.cli import main

SHORT = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "short_posts"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('short') / 'short.db'}"
    sources = [SHORT / "channel", SHORT / "headlines.xml", *sorted(SHORT.glob("*.txt"))]
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", *map(str, sources), "--db", db, "--no-progress"])
    # with names: the document ids as given ("en-post"; a public export shows an id with a
    # word of four letters or more as a digest, awol.privacy.public_id)
    out = runner.invoke(main, ["export", "--db", db, "--format", "jsonl", "--with-names"])
    assert out.exit_code == 0, out.output
    events: dict[str, list[dict]] = {}
    for line in out.output.splitlines():
        if line.startswith("{"):
            ev = json.loads(line)
            events.setdefault(ev["document_id"], []).append(ev)
    return res, events


def _types(events: dict[str, list[dict]], doc: str) -> set[str]:
    return {e["type"] for e in events.get(doc, [])}


def test_one_sentence_posts_give_their_event(ingested):
    _res, events = ingested
    assert _types(events, "tg-c1700000001-2") == {"detention"}  # 4 words: "Беглецов задержали..."
    assert events["tg-c1700000001-2"][0]["region"] == "RU-BEL"
    assert _types(events, "tg-c1700000001-8") == {"detention"}  # "A deserter was detained ..."
    assert _types(events, "tg-c1700000001-7") == {"detention"}  # with a hashtag
    assert _types(events, "en-post") == {"prosecution"}
    assert _types(events, "ru-post") == {"desertion"}


def test_telegram_furniture_is_not_the_text(ingested):
    res, events = ingested
    # emoji, bold text, hashtags and a link: the event of the post, in Kursk
    (ev,) = events["tg-c1700000001-3"]
    assert ev["type"] == "detention" and ev["region"] == "RU-KRS"
    assert "#" not in ev["evidence"]["text"] and "t.me" not in ev["evidence"]["text"]
    assert _types(events, "tg-c1700000001-5") == {"sentence"}  # a forwarded post
    assert _types(events, "tg-c1700000001-6") == {"desertion"}  # ALL CAPS with emoji
    # channel furniture states no event: skipped as holding no prose (named), not an article
    # and not a failure (a channel export always holds some)
    for post in (4, 9):
        assert f"tg-c1700000001-{post}" not in events
        assert f"result.json#{post}: no prose left" not in res.output  # no "failed:" line
    assert "skipped    2 posts/entries with no prose" in res.output
    assert "channel/result.json#4, #9" in res.output


def test_headline_only_feed_items(ingested):
    _res, events = ingested
    assert _types(events, "bw-1") == {"detention"}
    assert _types(events, "bw-3") == {"detention"}  # Russian headline in an undeclared feed
    assert "sentence" in _types(events, "bw-2")  # an ALL-CAPS headline
    assert _types(events, "bw-5") == {"prosecution"}  # a description only
    assert "bw-4" not in events  # weather: stored, no event


def test_unread_language_is_reported(ingested):
    res, events = ingested
    assert "de-post" not in events
    line = next(ln for ln in res.output.splitlines() if ln.startswith("language"))
    assert "1 document stored without events" in line and "(de 1;" in line
    assert "failures   0" in res.output  # the two furniture posts are skipped, not failures
    assert res.exit_code == 0, res.output


def test_extract_notes_an_unread_language(tmp_path):
    res = CliRunner().invoke(main, ["extract", str(SHORT / "de-post.txt")])
    assert res.exit_code == 0
    assert "language 'de' is not supported (AWOL reads en, ru)" in res.output

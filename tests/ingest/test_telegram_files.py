"""The files beside a Telegram export's result.json (round 22): a text attachment of a post is
read as a document with the post's metadata; every other file is not read and says so (a
skipped record with its reason, a line of `awol ingest`, `awol failures --skipped`).  Invented
posts."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from awol.cli import main
from awol.errors import NotText
from awol.ingest.sources import iter_sources
from awol.model import Document

POST = "A contract soldier deserted from his unit in the Kursk region, the channel reported."
REPORT = (
    "Court report\n\nThe garrison military court in Kursk sentenced a contract soldier to five "
    "years in a penal colony for desertion, the court's press service said.\n"
)


def _export(tmp_path: Path) -> Path:
    d = tmp_path / "ChatExport"
    messages = [
        {"id": 1, "type": "message", "date": "2024-05-20T10:00:00", "text": POST,
         "photo": "photos/photo_1@20-05-2024_10-00-00.jpg"},
        {"id": 2, "type": "message", "date": "2024-05-21T09:00:00", "text": "",
         "file": "files/report.txt", "mime_type": "text/plain"},
        {"id": 3, "type": "message", "date": "2024-05-22T09:00:00", "text": "",
         "file": "files/scan.pdf", "mime_type": "application/pdf"},
        {"id": 4, "type": "message", "date": "2024-05-23T09:00:00", "text": "",
         "file": "(File not included. Change data exporting settings to download.)",
         "mime_type": "text/plain"},
    ]  # fmt: skip
    data = {"name": "Invented Channel", "type": "public_channel", "id": 1700000099,
            "messages": messages}  # fmt: skip
    (d / "photos").mkdir(parents=True)
    (d / "files").mkdir()
    (d / "stickers").mkdir()
    (d / "result.json").write_text(json.dumps(data), encoding="utf-8")
    (d / "photos" / "photo_1@20-05-2024_10-00-00.jpg").write_bytes(b"\xff\xd8\xff\xe0jpeg")
    (d / "files" / "report.txt").write_text(REPORT, encoding="utf-8")
    (d / "files" / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    (d / "stickers" / "s.webp").write_bytes(b"RIFFwebp")
    (d / "other.json").write_text("{}", encoding="utf-8")
    (d / "messages.html").write_text("<html><body>Exported</body></html>", encoding="utf-8")
    return d


def test_the_reader_reads_text_attachments_and_names_every_other_file(tmp_path):
    d = _export(tmp_path)
    items = list(iter_sources([str(d)]))
    docs = [i for i in items if isinstance(i, Document)]
    assert [x.id for x in docs] == ["tg-c1700000099-1", "tg-c1700000099-2-file"]
    att = docs[1]
    assert att.content.decode() == REPORT and att.origin == str(d / "files" / "report.txt")
    assert (att.published, att.outlet) == ("2024-05-21", "Invented Channel")
    assert att.url == "https://t.me/c/1700000099/2"
    not_read = {Path(e.origin).name if not e.origin.endswith("/") else e.origin: e.reason
                for e in items if isinstance(e, NotText)}  # fmt: skip
    by_name = {k.rstrip("/").rsplit("/", 1)[-1]: v for k, v in not_read.items()}
    assert set(by_name) == {"photos", "files", "stickers", "other.json", "messages.html", "file"}
    assert "photos of posts: 1" in by_name["photos"]
    assert "files of posts, not text: 1" in by_name["files"]  # scan.pdf; report.txt is read
    assert "no post names them: 1" in by_name["stickers"]
    assert "other JSON" in by_name["other.json"]
    (post2,) = [e for e in items if e.origin.endswith("result.json#2")]
    assert "its text attachment 'files/report.txt' is read" in post2.reason
    assert "not in the export" in by_name["file"] and "File not included" in by_name["file"]
    assert str(d / "photos") + "/" in not_read


def test_ingest_says_what_it_did_not_read_and_stays_idempotent(tmp_path):
    d = _export(tmp_path)
    db = f"sqlite:///{tmp_path / 'a.db'}"
    res = CliRunner().invoke(main, ["ingest", str(d), "--db", db, "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "2 new" in res.output, res.output
    line = next(x for x in res.output.splitlines() if x.startswith("not read"))
    for name in ("ChatExport/files/", " photos/", " stickers/", " other.json", " messages.html"):
        assert name in line, line
    assert "result.json#4/file" in line
    res = CliRunner().invoke(main, ["failures", "--skipped", "--db", db])
    assert res.exit_code == 0 and "photos of posts" in res.output, res.output
    assert "not in the export" in res.output
    res = CliRunner().invoke(main, ["ingest", str(d), "--db", db, "--no-progress"])
    assert res.exit_code == 0 and "0 new, 0 updated, 2 unchanged" in res.output, res.output

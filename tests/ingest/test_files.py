from __future__ import annotations

from pathlib import Path

import pytest

from awol.errors import InputError
from awol.ingest import iter_documents, load_manifest
from awol.ingest.manifest import PUBLISHED_PROBLEM
from awol.model import Document

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "clean"
DEV = REPO / "corpus" / "dev"  # the bundled development corpus


def write(p: Path, data: bytes) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def test_load_manifest(tmp_path):
    m = write(
        tmp_path / "m.jsonl",
        b'{"id": "a", "url": "https://x.example/a", "outlet": "X", "published": "2024-01-02"}\n'
        b"\n"
        b'{"url": "https://x.example/b"}\n',
    )
    man = load_manifest(m)
    assert man["a"]["outlet"] == "X"
    assert "https://x.example/b" in man


@pytest.mark.parametrize(
    ("data", "msg"),
    [
        (b'{"id": "a"}\n{"id": "b",\n', "line 2: invalid JSON"),
        (b'["a"]\n', "line 1: expected a JSON object"),
        (b'{"outlet": "X"}\n', "line 1: entry has neither id nor url"),
        (b'{"id": "a", "published": 2024}\n', "line 1: published must be a string"),
        (
            b'{"id": "a"}\n{"id": "b", "published": "banana"}\n',
            "line 2: published 'banana' is not a date",
        ),
        (
            b'{"id": "a", "published": "20240-01-01"}\n',
            "line 1: published '20240-01-01' is not a date",
        ),
        # a language that is no language code was silently replaced by the detected one
        (
            b'{"id": "a", "language": "en"}\n{"id": "b", "language": "xx"}\n',
            "line 2: language 'xx' is not a language code",
        ),
        (
            b'{"id": "a", "language": "English"}\n',
            "line 1: language 'English' is not a language code",
        ),
        (b'{"id": "a", "language": "ru-"}\n', "line 1: language 'ru-' is not a language code"),
        # a repeated id silently dropped the first line's metadata
        (
            b'{"id": "a", "outlet": "X"}\n\n{"id": "a", "outlet": "Y"}\n',
            "line 3: id 'a' is repeated (first on line 1)",
        ),
        (
            b'{"url": "https://x.example/1"}\n{"url": "https://x.example/1"}\n',
            "line 2: url 'https://x.example/1' is repeated",
        ),
        # a mistyped field silently dropped its value (here the publication date)
        (
            b'{"id": "a", "publshed": "2024-01-02"}\n',
            "line 1: unknown field 'publshed' (did you mean 'published'?)",
        ),
        (
            b'{"id": "a", "date": "2024-01-02"}\n',
            "line 1: unknown field 'date' (did you mean 'published'?)",
        ),
        (
            b'{"id": "a", "Outlet": "X"}\n',
            "line 1: unknown field 'Outlet' (did you mean 'outlet'?)",
        ),
        (
            b'{"id": "a", "topic": "x"}\n',
            "line 1: unknown field 'topic'; a manifest line holds id, url",
        ),
    ],
)
def test_bad_manifest(tmp_path, data, msg):
    m = write(tmp_path / "m.jsonl", data)
    with pytest.raises(InputError) as exc:
        load_manifest(m)
    assert exc.value.origin == str(m)
    assert exc.value.reason.startswith(msg)


def test_fields_of_the_users_own_start_with_an_underscore(tmp_path):
    m = write(tmp_path / "m.jsonl", b'{"id": "a", "outlet": "X", "_note": "from the archive"}\n')
    assert load_manifest(m)["a"]["outlet"] == "X"


def test_missing_manifest(tmp_path):
    with pytest.raises(InputError, match="cannot read manifest"):
        load_manifest(tmp_path / "nope.jsonl")


def test_directory_expansion_ids_and_metadata(tmp_path):
    write(tmp_path / "b.txt", b"second")
    write(tmp_path / "a.html", b"<!DOCTYPE html><html><body><p>x</p></body></html>")
    write(tmp_path / "sub" / "c.text", b"third")
    write(tmp_path / "sub" / "d.cp1251.txt", "Текст".encode("cp1251"))
    write(tmp_path / "manifest.jsonl", b'{"id": "b"}\n')
    write(tmp_path / "gold.jsonl", b"{}\n")
    write(tmp_path / "notes.md", b"ignored")
    write(tmp_path / ".hidden.txt", b"ignored")
    man = {"b": {"id": "b", "url": "https://x.example/b", "outlet": "X", "language": "en",
                 "published": "2024-05-06"},
           "d": {"id": "d", "outlet": "Y"}}  # fmt: skip
    out = list(iter_documents([tmp_path], man))
    assert all(isinstance(d, Document) for d in out)
    assert [Path(d.origin).name for d in out] == ["a.html", "b.txt", "c.text", "d.cp1251.txt"]
    a, b, c, d = out
    assert a.media_type == "html" and a.id == "a"
    assert b.id == "b" and b.outlet == "X" and b.published == "2024-05-06" and b.language == "en"
    assert b.url == "https://x.example/b" and b.media_type == "text" and b.content == b"second"
    assert c.id == "c" and c.outlet is None
    assert d.id == "d" and d.outlet == "Y" and d.encoding == "cp1251"


def test_bad_files_become_errors_and_iteration_continues(tmp_path):
    empty = write(tmp_path / "empty.txt", b" \n")
    big = write(tmp_path / "big.txt", b"x" * 200)
    binary = write(tmp_path / "bin.txt", b"\x00\x01\x02PK\x03\x04" * 10)
    good = write(tmp_path / "good.txt", b"A soldier fled.")
    missing = tmp_path / "missing.txt"
    out = list(iter_documents([empty, big, binary, missing, good], max_bytes=100))
    reasons = [o.reason if isinstance(o, InputError) else None for o in out]
    assert reasons[0] == "empty file"
    assert reasons[1].startswith("file too large")
    assert reasons[2].startswith("binary")
    assert reasons[3] == "no such file"
    assert reasons[4] is None and out[4].id == "good"
    assert [o.origin for o in out[:4]] == [str(empty), str(big), str(binary), str(missing)]


def test_html_sniffed_in_txt_and_explicit_other_extension(tmp_path):
    p = write(tmp_path / "page.txt", b"  <!doctype html><html><body>x</body></html>")
    q = write(tmp_path / "note.md", b"plain words")
    d1, d2 = iter_documents([p, q])
    assert d1.media_type == "html" and d2.media_type == "text"


def test_utf16_with_bom_is_not_binary(tmp_path):
    p = write(tmp_path / "u16.txt", "Солдат сбежал.".encode("utf-16"))
    (d,) = iter_documents([p])
    assert isinstance(d, Document)


def test_empty_directory(tmp_path):
    (err,) = iter_documents([tmp_path])
    assert isinstance(err, InputError)


def test_dev_corpus_ids_match_manifest():
    if not DEV.exists():
        pytest.skip(f"dev corpus not found at {DEV}")
    man = load_manifest(DEV / "manifest.jsonl")
    docs = list(iter_documents([DEV], man))
    assert len(docs) == 56 and all(isinstance(d, Document) for d in docs)
    by_name = {Path(d.origin).name: d for d in docs}
    assert by_name["ru-01.cp1251.txt"].id == "ru-01"
    assert by_name["ru-01.cp1251.txt"].outlet == "Новости Приграничья"
    assert by_name["en-03.html"].media_type == "html"
    assert by_name["en-03.html"].published == "2025-05-21"


@pytest.mark.parametrize("value", ["2024", "2024-09", "2024-09-18", "2024-09-18T10:00:00+03:00"])
def test_manifest_published_forms_accepted(tmp_path, value):
    m = write(tmp_path / "m.jsonl", f'{{"id": "a", "published": "{value}"}}\n'.encode())
    assert load_manifest(m)["a"]["published"] == value
    assert PUBLISHED_PROBLEM not in load_manifest(m)["a"]


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("0001-01-01", "a year from 1000 to 2999"),  # a CMS's empty date: was kept as given
        ("9999-12-31", "a year from 1000 to 2999"),
        ("0001", "a year from 1000 to 2999"),
        ("2024-13-45", "the month must be 01-12"),  # was a whole manifest refused
        ("2024-02-30T10:00:00", "that day does not exist"),
    ],
)
def test_manifest_published_no_filter_could_ask_for_is_that_documents_failure(tmp_path, value, why):
    """The manifest and the filters agree (years 1000-2999, real days): such a date is a
    failure of the document it describes, with its reason and the value given; the document is
    still read, its date left empty (`awol ingest` lists it, `awol failures` keeps it)."""
    write(tmp_path / "a.txt", b"A contract soldier deserted from his unit in Kursk region.")
    write(tmp_path / "b.txt", b"Another soldier was detained in Rostov region.")
    m = write(
        tmp_path / "m.jsonl",
        f'{{"id": "a", "published": "{value}"}}\n{{"id": "b", "published": "2024-05-01"}}\n'.encode(),
    )
    man = load_manifest(m)
    assert man["a"]["published"] is None and man["b"]["published"] == "2024-05-01"
    items = list(iter_documents([tmp_path / "a.txt", tmp_path / "b.txt"], man))
    err, doc_a, doc_b = items
    assert isinstance(err, InputError) and err.origin == str(tmp_path / "a.txt")
    assert repr(value) in err.reason and why in err.reason, err.reason
    assert "stored without a publication date" in err.reason and "m.jsonl line 1" in err.reason
    assert isinstance(doc_a, Document) and doc_a.published is None
    assert isinstance(doc_b, Document) and doc_b.published == "2024-05-01"


@pytest.mark.parametrize("value", ["en", "ru", "uk", "RU", "en-GB", "ru_RU", "sr-Latn", "de"])
def test_manifest_language_codes_accepted(tmp_path, value):
    m = write(tmp_path / "m.jsonl", f'{{"id": "a", "language": "{value}"}}\n'.encode())
    assert load_manifest(m)["a"]["language"] == value

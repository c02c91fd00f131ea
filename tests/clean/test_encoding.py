from __future__ import annotations

import codecs

import pytest

from awol.clean import clean_document, decode_document
from awol.clean.encoding import decode, plausibility
from awol.errors import InputError
from awol.model import Document

RU = (
    "Военная полиция задержала в Тамбове контрактника, который самовольно оставил часть. "
    "Об этом сообщили в военной комендатуре, уточнив, что мужчина не сопротивлялся."
)
EN = "Police detained a soldier who had left his unit without permission, officials said."


def doc(content: bytes, **kw) -> Document:
    return Document(origin="mem.txt", content=content, id="x", **kw)


def test_utf8_plain():
    text, enc = decode(RU.encode("utf-8"), "o")
    assert text == RU and enc == "utf-8"


def test_utf8_bom_is_stripped():
    text, enc, html = decode_document(doc(codecs.BOM_UTF8 + RU.encode()))
    assert text == RU and enc == "utf-8-sig" and not html


def test_utf16_with_bom():
    text, enc = decode(RU.encode("utf-16"), "o")
    assert text == RU and enc == "utf-16"


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_legacy_cyrillic_detected(codec):
    text, enc = decode(RU.encode(codec), "o")
    assert text == RU
    assert codecs.lookup(enc).name == codecs.lookup(codec).name


def test_latin1_text_is_not_mistaken_for_cyrillic():
    s = "Der Soldat floh über die Grenze nach Österreich, sagte die Polizei am Dienstag."
    text, enc = decode(s.encode("cp1252"), "o")
    assert text == s


def test_html_meta_charset_is_used():
    html = f'<html><head><meta charset="windows-1251"><title>t</title></head><body><p>{RU}</p></body></html>'
    text, enc = decode(html.encode("cp1251"), "o", html=True)
    assert RU in text and enc == "cp1251"


def test_random_invalid_bytes_are_rejected():
    junk = bytes((i * 97 + 31) % 128 + 128 for i in range(2000))  # high bytes, no NULs
    with pytest.raises(InputError) as exc:
        clean_document(doc(junk))
    assert exc.value.origin == "mem.txt"


def test_binary_content_is_rejected():
    with pytest.raises(InputError, match="binary"):
        clean_document(doc(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4))


def test_empty_content_is_rejected():
    with pytest.raises(InputError, match="empty"):
        clean_document(doc(b"  \n\n "))


def test_cp1251_mojibake_scores_low():
    assert plausibility(RU) > 0.8
    assert plausibility(RU.encode("utf-8").decode("cp1251")) < 0.55
    assert plausibility(RU.encode("cp1251").decode("koi8_r")) < 0.55
    assert plausibility(RU.encode("koi8_r").decode("cp1251")) < 0.55


def test_cp1251_dev_copy(dev_dir):
    raw = (dev_dir / "ru-01.cp1251.txt").read_bytes()
    text, enc, _ = decode_document(doc(raw))
    assert enc == "cp1251"
    assert "Погоново" in text
    a = clean_document(doc(raw))
    assert a.encoding == "cp1251" and a.language == "ru"

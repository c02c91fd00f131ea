"""The gazetteer reads the common English spellings of every Russian region and of its centre
(``scripts/gazetteer/check_en_spellings.py``: generic words, romanisation alternations)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_CHECK = Path(__file__).resolve().parents[2] / "scripts" / "gazetteer" / "check_en_spellings.py"


def _check():
    spec = importlib.util.spec_from_file_location("check_en_spellings", _CHECK)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_region_and_centre_spelling_resolves():
    lines, n = _check().failures()
    assert n > 500  # (every region, its generic words and spellings, and its centre)
    assert lines == []


def test_the_check_makes_the_alternations():
    check = _check()
    forms = {f for _, _, f in check.all_forms()}
    assert {"Primorskiy Krai", "the Tambov region", "Ekaterinburg", "Orel", "Ulianovsk"} <= forms
    assert "Altay Krai" in forms and "Altai Kray" in forms


def test_the_signs_of_a_transliteration_are_left_out_in_running_text():
    from awol.extract.places import get_gazetteer

    g = get_gazetteer()
    # GeoNames writes "Zhigulëvsk", "Severobaykal’sk", "Sol’-Iletsk"
    for text, region in (
        ("He was detained in Zhigulevsk.", "RU-SAM"),
        ("He was detained in Zhigulyovsk.", "RU-SAM"),
        ("He was detained in Severobaikalsk.", "RU-BU"),
        ("He was detained in Sol-Iletsk.", "RU-ORE"),
    ):
        assert [m.region for m in g.find(text, "en")] == [region], text

"""The document reader's stages (round 52, doc52): ``scripts/carry_ablation.py`` switches off a
carry by patching the name the reader calls it by; every name it patches must exist, and the
carries every on-topic article runs through must be looked up there when the reader runs."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import pytest

from awol.extract.document import extract_article
from awol.model import Article

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "carry_ablation.py"

TEXT = (
    "Soldier who fled his unit detained.\n\n"
    "A private who left his unit near Ostrovka in March was detained on Tuesday, the regional "
    "police said. He had been on the wanted list since April. "
    "A garrison court in Ostrovka charged him with desertion."
)


def _switches() -> dict:
    spec = importlib.util.spec_from_file_location("carry_ablation", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SWITCHES


def test_every_switch_names_an_attribute_of_today() -> None:
    for name, (module, attr, _value) in _switches().items():
        assert hasattr(importlib.import_module(module), attr), (name, module, attr)


@pytest.mark.parametrize(
    "name", ["occurred", "flights", "near", "court", "bounded_month", "date_story"]
)
def test_switch_is_where_the_reader_calls_it(name: str, monkeypatch) -> None:
    module, attr, _value = _switches()[name]
    mod = importlib.import_module(module)
    real, calls = getattr(mod, attr), []

    def counted(*a, **k):
        calls.append(a)
        return real(*a, **k)

    monkeypatch.setattr(mod, attr, counted)
    art = Article(id="d52", text=TEXT, language="en", published="2024-06-30")
    assert extract_article(art).events
    assert calls, name

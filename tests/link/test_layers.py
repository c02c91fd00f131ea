"""The extraction never imports the linker (round 26): the words both read of a person (ages,
descriptor classes) live on the extract side, in :mod:`awol.extract.person_words`."""

from __future__ import annotations

import ast
from pathlib import Path

import awol.extract
from awol.extract.people import said_of_another
from awol.extract.person_words import ages, descriptor_classes
from awol.link import text

_EXTRACT = Path(awol.extract.__file__).parent


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_extract_imports_nothing_of_the_linker() -> None:
    bad = {
        f"{p.relative_to(_EXTRACT)}: {m}"
        for p in _EXTRACT.rglob("*.py")
        for m in _imports(p)
        if m == "awol.link" or m.startswith("awol.link.")
    }
    assert not bad, sorted(bad)


def test_the_linker_reads_the_same_words() -> None:
    assert text.ages is ages and text.descriptor_classes is descriptor_classes
    assert ages("a 22-year-old contract soldier", "38-летний мобилизованный") == {22, 38}
    assert descriptor_classes("контрактника") == {"contract"}
    assert "second_case" in text._descriptors() and text.exclusive_classes() == {
        "contract",
        "mobilized",
        "conscript",
    }


def test_said_of_another_reads_age_and_status() -> None:
    own = ["Суд приговорил 25-летнего контрактника Ивана Петрова."]
    assert said_of_another("Напомним, в среду суд приговорил 29-летнего контрактника.", own)
    assert said_of_another("Ранее тот же суд приговорил мобилизованного.", own)
    assert not said_of_another("Ранее суд арестовал 25-летнего военнослужащего.", own)

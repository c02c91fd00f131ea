"""Round 40 (who40): the who and names fields.

- The title readers (the title set right before a name, the initials it stands before, the
  pronoun that opens a sentence about one man, whether a description names a serviceman) are a
  public module of their own, ``awol.extract.titles``, that both who readers import:
  ``who_story`` no longer imports private names of ``descriptors``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import awol.extract.who_story as who_story
from awol.extract import titles

SRC = Path(who_story.__file__).resolve().parent


def _private_imports(module: str) -> list[str]:
    tree = ast.parse((SRC / f"{module}.py").read_text(encoding="utf-8"))
    return [
        f"{n.module}.{a.name}"
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and n.module == "awol.extract.descriptors"
        for a in n.names
        if a.name.startswith("_")
    ]


def test_who_story_imports_no_private_name_of_descriptors() -> None:
    assert _private_imports("who_story") == []


def test_the_title_readers_are_public_and_read_as_before() -> None:
    rx = titles.role_rx("en")
    assert rx is not None and rx.search("sentenced junior sergeant ") is not None
    assert titles.INITIALS_BEFORE.search("рядового Н. А. ") is not None
    assert titles.PRONOUN_LEAD["en"].match("On Friday he was detained")
    assert not titles.PRONOUN_LEAD["en"].match("He said that two soldiers fled")
    assert titles.names_service("a contract soldier", "en")
    assert not titles.names_service("a man of 40", "en")
    assert titles.WHO_CHAIN >= 1

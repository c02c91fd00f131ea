"""The recogniser's version covers what the recogniser imports and reads (round 38, code38).

:func:`awol.privacy.stored.recogniser_version` digests the files :mod:`awol.privacy.sources`
derives from the code (until round 37 a hand-kept list, which forgot modules the recogniser
imported).  Checked on the package itself and on small invented package trees.
"""

from __future__ import annotations

from pathlib import Path

from awol.privacy.sources import dependency_files, digest, recogniser_files
from awol.privacy.stored import recogniser_version

# round 37's hand-kept list: every file of it is still covered
_HAND_LIST = (
    "privacy/mask.py",
    "privacy/recognise.py",
    "privacy/forms.py",
    "privacy/slugs.py",
    "privacy/person_cues.yaml",
    "privacy/slug_letters.yaml",
    "privacy/cues.py",
    "extract/names.py",
    "extract/lang/en/given_names.txt",
    "extract/lang/ru/given_names.txt",
    "extract/people_given.py",
    "extract/names_ru.py",
    "extract/name_forms.py",
    "extract/places.py",
    "extract/places_en.py",
    "extract/places_ru.py",
    "extract/places_tokens.py",
    "extract/places_data.py",
    "extract/places_index.py",
    "extract/places_reading.py",
    "data/places.yaml",
    "data/settlements.tsv",
    "data/place_cues.yaml",
    "data/ru_forms.tsv",
)


def test_the_recogniser_s_files_cover_what_it_imports_and_reads() -> None:
    files = set(recogniser_files())
    assert set(_HAND_LIST) <= files
    # imported by the recogniser (known_en; the place readers' split-off modules; the names'
    # lexicon) or read by what it imports, and missing from the hand-kept list
    assert {
        "extract/tokens.py",
        "extract/places_context.py",
        "extract/places_spelling.py",
        "extract/lexicon.py",
        "extract/lang/en/names.yaml",
        "extract/lang/ru/names.yaml",
        "extract/lang/en/given_names_lexicon.txt",
    } <= files
    # what the recogniser never imports is not in it: a new extraction module needs no new
    # recognition of stored spans
    assert not files & {"extract/document.py", "extract/figures.py", "link/cases.py"}
    assert not any(f.startswith(("link/", "store/", "serve/")) for f in files)


def test_the_version_is_a_digest_of_those_files() -> None:
    assert len(recogniser_version()) == 32
    assert recogniser_version() == recogniser_version()  # read once per process


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        p = root / "awol" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root / "awol"


_ENTRY = ("awol.privacy.recognise",)
_BASE = {
    "__init__.py": "",
    "privacy/__init__.py": "",
    "privacy/recognise.py": "from awol.extract.names import given\n",
    "extract/__init__.py": (
        "from awol.extract.base import X\n\n"
        "def extract():\n    from awol.extract import document\n    return document\n"
    ),
    "extract/base.py": "X = 1\n",
    "extract/document.py": "import awol.extract.figures\n",
    "extract/figures.py": "",
    "extract/names.py": (
        "def given():\n"
        "    from awol.extract import names_ru\n"
        "    from . import spelling\n"
        '    return lang_file("en", "names"), "lang/ru/given_names.txt"\n'
    ),
    "extract/names_ru.py": "",
    "extract/spelling.py": "",
    "extract/lang/en/names.yaml": "a: 1\n",
    "extract/lang/ru/names.yaml": "a: 1\n",
    "extract/lang/ru/given_names.txt": "Иван\n",
    "extract/lang/en/events.yaml": "b: 1\n",
}


def test_imports_anywhere_in_a_module_and_the_files_it_names(tmp_path: Path) -> None:
    root = _tree(tmp_path, _BASE)
    assert dependency_files(root, _ENTRY) == (
        "__init__.py",
        "extract/__init__.py",
        "extract/base.py",  # a package's top-level import: run by importing a submodule
        "extract/lang/en/names.yaml",  # lang_file(lang, "names"): named by its stem
        "extract/lang/ru/given_names.txt",  # a path
        "extract/lang/ru/names.yaml",
        "extract/names.py",
        "extract/names_ru.py",  # imported inside a function
        "extract/spelling.py",  # relative
        "privacy/__init__.py",
        "privacy/recognise.py",
    )  # not document.py (imported only in a function of the package's __init__), figures.py


def test_a_new_or_split_module_changes_the_version_without_an_edit(tmp_path: Path) -> None:
    root = _tree(tmp_path, _BASE)
    before = digest(root, dependency_files(root, _ENTRY))
    # a helper split out of names.py: names imports it, the recogniser's version changes
    _tree(tmp_path, {"extract/name_parts.py": "PARTS = 2\n"})
    assert digest(root, dependency_files(root, _ENTRY)) == before  # not imported yet
    names = _BASE["extract/names.py"].replace(
        "def given", "from awol.extract.name_parts import PARTS\n\ndef given"
    )
    _tree(tmp_path, {"extract/names.py": names})
    assert "extract/name_parts.py" in dependency_files(root, _ENTRY)
    split = digest(root, dependency_files(root, _ENTRY))
    assert split != before
    # then an edit of the new module changes it again; one of a module never imported does not
    _tree(tmp_path, {"extract/name_parts.py": "PARTS = 3\n"})
    edited = digest(root, dependency_files(root, _ENTRY))
    assert edited != split
    _tree(tmp_path, {"extract/figures.py": "Y = 2\n", "extract/lang/en/events.yaml": "b: 2\n"})
    assert digest(root, dependency_files(root, _ENTRY)) == edited

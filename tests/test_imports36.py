"""No two modules of ``src/awol`` import each other, directly or through others, not even by an
import inside a function (round 36: the brief's "no import cycles"; ``scripts/import_cycles.py``
lists them)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _checker():
    spec = importlib.util.spec_from_file_location(
        "import_cycles", ROOT / "scripts" / "import_cycles.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("import_cycles", mod)
    spec.loader.exec_module(mod)
    return mod


def test_no_import_cycle_in_src() -> None:
    found = _checker().cycles()
    assert found == [], "\n".join(" <-> ".join(c) for c in found)


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_a_function_level_import_makes_a_cycle(tmp_path: Path) -> None:
    src = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from pkg.b import two\n\ndef one():\n    return two()\n",
            "b.py": "def two():\n    from pkg import a\n    return a\n",
            "c.py": "from pkg.a import one\n",
        },
    )
    ic = _checker()
    assert ic.cycles(src, "pkg") == [["pkg.a", "pkg.b"]]
    ((ab, ba),) = ic.mutual_pairs(src, "pkg")
    assert (ab.source, ab.target, ab.nested) == ("pkg.a", "pkg.b", False)
    assert (ba.source, ba.target, ba.nested) == ("pkg.b", "pkg.a", True)


def test_a_cycle_through_a_third_module_and_a_relative_import(tmp_path: Path) -> None:
    src = _package(
        tmp_path,
        {
            "__init__.py": "",
            "sub/__init__.py": "",
            "sub/x.py": "from . import y\n",
            "sub/y.py": "import pkg.z\n",
            "z.py": "class K:\n    def m(self):\n        from pkg.sub.x import y\n",
        },
    )
    assert _checker().cycles(src, "pkg") == [["pkg.sub.x", "pkg.sub.y", "pkg.z"]]


def test_an_import_for_annotations_only_is_no_cycle(tmp_path: Path) -> None:
    src = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from pkg.b import two\n",
            "b.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from pkg.a import A\n"
                "def two(x: 'A'):\n    return x\n"
            ),
        },
    )
    assert _checker().cycles(src, "pkg") == []

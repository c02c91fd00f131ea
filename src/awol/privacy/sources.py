"""The files the person-name recogniser's output depends on, derived from its code (round 38).

:func:`awol.privacy.stored.recogniser_version` digests them.  The list was kept by hand until
round 37, and a module the recogniser came to import (a split, a new helper) was missed until
someone added it: stored spans stayed stale without a sign.  Now it is read from the source:

- **modules**: the awol modules imported, transitively, from the recogniser's entry modules
  (:data:`ENTRIES`), by ``import`` statements anywhere in a module (a function's own import is
  code the recogniser may run), and the packages above each (their ``__init__``: only its
  top-level imports, which importing a submodule runs; a function's there is not run);
- **data**: every data file of the package (``.yaml``, ``.txt``, ``.tsv``, ...) whose name, or
  whose name without its suffix, is a string those modules write ("given_names.txt",
  ``lang_file(lang, "names")`` for ``lang/*/names.yaml``, "lang/ru/given_names.txt").

It over-covers rather than under-covers (a string that names a file another function reads, a
function's import never run by the recogniser): a needless re-recognition costs time once per
text, a stale span shows a wrong mask.  Not seen: a module imported by a computed name
(``importlib.import_module(x)``) or a file opened by a computed name: none in these modules.
Read once per process (about 30 modules parsed: tens of milliseconds).
"""

from __future__ import annotations

import ast
import functools
import hashlib
from pathlib import Path

ENTRIES = ("awol.privacy.recognise", "awol.privacy.mask")
DATA_SUFFIXES = (".yaml", ".yml", ".txt", ".tsv", ".json", ".csv", ".npz")
ROOT = Path(__file__).resolve().parents[1]  # the awol package


def _file(root: Path, module: str) -> Path | None:
    """The source file of ``module`` (``awol.x.y``) under ``root`` (the ``awol`` folder)."""
    parts = module.split(".")[1:]
    base = root.joinpath(*parts)
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    py = base.with_suffix(".py") if parts else None
    return py if py is not None and py.is_file() else None


def _imports(root: Path, module: str, tree: ast.Module, is_package: bool) -> set[str]:
    """The awol modules ``module`` imports (of a package's ``__init__``: at its top level)."""
    top = root.name
    package = module if is_package else module.rpartition(".")[0]
    nodes = tree.body if is_package else ast.walk(tree)
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == top)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package, up level-1
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            if base.split(".")[0] != top:
                continue
            out.add(base)
            out.update(f"{base}.{a.name}" for a in node.names if _file(root, f"{base}.{a.name}"))
    return {m for m in out if _file(root, m)}


def _strings(tree: ast.Module) -> set[str]:
    """The string constants of a module (and the constant parts of its f-strings)."""
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def module_closure(root: Path, entries: tuple[str, ...]) -> tuple[dict[str, Path], set[str]]:
    """The modules ``entries`` import transitively under ``root`` (name -> file) and the strings
    they write."""
    files: dict[str, Path] = {}
    strings: set[str] = set()
    todo = list(entries)
    while todo:
        module = todo.pop()
        if module in files:
            continue
        path = _file(root, module)
        if path is None:
            continue
        files[module] = path
        tree = ast.parse(path.read_text(encoding="utf-8"))
        strings |= _strings(tree)
        parts = module.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]  # the packages above
        todo += _imports(root, module, tree, path.name == "__init__.py")
    return files, strings


def data_files(root: Path, strings: set[str]) -> list[Path]:
    """The data files under ``root`` named (by name or stem) by one of ``strings``."""
    names = {s.rsplit("/", 1)[-1] for s in strings if s and len(s) < 200}
    return [
        p
        for p in root.rglob("*")
        if p.suffix in DATA_SUFFIXES and (p.name in names or p.stem in names) and p.is_file()
    ]


def dependency_files(root: Path, entries: tuple[str, ...]) -> tuple[str, ...]:
    """Every file the modules ``entries`` depend on (:func:`module_closure`, :func:`data_files`),
    as paths under ``root`` (sorted)."""
    modules, strings = module_closure(root, entries)
    paths = set(modules.values()) | set(data_files(root, strings))
    return tuple(sorted(p.relative_to(root).as_posix() for p in paths))


def digest(root: Path, files: tuple[str, ...]) -> str:
    """SHA-256 of the files' paths and bytes (hex)."""
    h = hashlib.sha256()
    for name in files:
        h.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    return h.hexdigest()


@functools.cache
def recogniser_files() -> tuple[str, ...]:
    """The recogniser's files (of :data:`ENTRIES` under the installed package), read once."""
    return dependency_files(ROOT, ENTRIES)

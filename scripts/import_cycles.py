"""List the import cycles between the modules of ``src/awol``, function-level imports included.

Every ``import`` and ``from ... import`` in a module counts, wherever it stands (top level, in a
function, a method, a ``try``), except under ``if TYPE_CHECKING:`` (never run).  ``from awol.x
import y`` is an edge to ``awol.x.y`` where that is a module, else to ``awol.x`` (the package's
``__init__`` when ``awol.x`` is a package); the parent packages a dotted import runs are not
edges (every module would then depend on ``awol/__init__``).

    PYTHONPATH=src .venv/bin/python scripts/import_cycles.py          # cycles, then mutual pairs
    PYTHONPATH=src .venv/bin/python scripts/import_cycles.py --edges  # every edge, where it stands

Exit status 1 when a cycle exists (``tests/test_imports36.py`` asks :func:`cycles`).
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


@dataclass(frozen=True, order=True)
class Edge:
    source: str
    target: str
    line: int
    nested: bool  # inside a function (or a class): run when called, not on import


def modules(src: Path = SRC, package: str = "awol") -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` under ``src/<package>``."""
    out: dict[str, Path] = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST):
    """(node, nested) for each import node, skipping ``if TYPE_CHECKING:`` bodies."""
    stack: list[tuple[ast.AST, bool]] = [(tree, False)]
    while stack:
        node, nested = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for c in child.orelse:
                    stack.append((c, nested))
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child, nested
            inner = nested or isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
            )
            stack.append((child, inner))


def _resolve(name: str, mods: dict[str, Path]) -> str | None:
    while name and name not in mods:
        name = name.rpartition(".")[0]
    return name or None


def edges(src: Path = SRC, package: str = "awol") -> list[Edge]:
    mods = modules(src, package)
    out: list[Edge] = []
    for mod, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_pkg = path.name == "__init__.py"
        for node, nested in _imports(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    parent = mod.split(".") if is_pkg else mod.split(".")[:-1]
                    parent = parent[: len(parent) - (node.level - 1)]
                    base = ".".join(parent + ([base] if base else []))
                for a in node.names:
                    full = f"{base}.{a.name}"
                    targets.append(full if full in mods else base)
            for t in targets:
                if not (t == package or t.startswith(package + ".")):
                    continue
                r = _resolve(t, mods)
                if r and r != mod:
                    out.append(Edge(mod, r, node.lineno, nested))
    return out


def cycles(src: Path = SRC, package: str = "awol") -> list[list[str]]:
    """The strongly connected components of more than one module (each a set of modules that
    import each other, directly or through others), sorted."""
    graph: dict[str, set[str]] = {}
    for e in edges(src, package):
        graph.setdefault(e.source, set()).add(e.target)
        graph.setdefault(e.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan, iterative over each node's successors
        work = [(v, iter(sorted(graph[v])))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        while work:
            node, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                    break
                if w in on:
                    low[node] = min(low[node], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == node:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


def mutual_pairs(src: Path = SRC, package: str = "awol") -> list[tuple[Edge, Edge]]:
    """Pairs of modules that import each other directly: (a -> b, b -> a), the first edge each."""
    first: dict[tuple[str, str], Edge] = {}
    for e in edges(src, package):
        first.setdefault((e.source, e.target), e)
    return sorted((e, first[(b, a)]) for (a, b), e in first.items() if a < b and (b, a) in first)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edges", action="store_true", help="print every edge")
    ap.add_argument("--src", type=Path, default=SRC, help="the source folder (default: src)")
    args = ap.parse_args()
    src = args.src
    if args.edges:
        for e in edges(src):
            print(
                f"{e.source} -> {e.target}  line {e.line}{' (in a function)' if e.nested else ''}"
            )
    found = cycles(src)
    for comp in found:
        print(f"cycle ({len(comp)} modules): {' '.join(comp)}")
    for a, b in mutual_pairs(src):
        where = lambda e: f"{e.source}:{e.line}{' (function)' if e.nested else ''}"  # noqa: E731
        print(f"mutual: {where(a)} <-> {where(b)}")
    print(f"{len(found)} cycles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

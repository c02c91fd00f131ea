"""Speed's guard: the whole extraction output of every corpus and probe, dumped canonically, so
that a change meant to make reading faster can be shown to change NOTHING.

    PYTHONPATH=src .venv/bin/python benchmarks/guard_output.py dump OUT.json
    PYTHONPATH=src .venv/bin/python benchmarks/guard_output.py diff A.json B.json

``dump`` reads, with ``awol extract``'s own path (:func:`awol.runs.run_extract`, each folder with
its manifest): the dev corpus, the seeds, the real corpus (train AND test, read in place from
../shared), the article, place and link probe folders, and every ``text:`` of the yaml probes
(sentence, field and story probes, read as a document of the file's language and publication
date).  Each document's output (events, figures: ``Extraction.to_dict``) is kept as canonical JSON;
of the real corpus's TEST documents only a sha1 is kept, so that a dump or a diff never shows a
test article's text or extraction.  ``diff`` prints how many documents of each group differ and,
for non-test documents, the first differing field of each (at most ``--show`` of them); its exit
status is 1 when anything differs.  No text is printed by ``dump``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
PROBES = ROOT / "tests" / "extract" / "probes"


def _folders() -> list[tuple[str, Path]]:
    out = [("dev", ROOT / "corpus" / "dev"), ("seeds", SHARED / "seeds"), ("real", SHARED / "real")]
    out += [(f"articles/{lang}", PROBES / "articles" / lang) for lang in ("en", "ru")]
    out += [(f"places/{lang}", PROBES / "places" / lang) for lang in ("en", "ru")]
    out.append(("link", ROOT / "tests" / "link" / "probes"))
    return [(name, path) for name, path in out if path.is_dir()]


def _test_ids() -> set[str]:
    splits = SHARED / "real" / "splits.json"
    return set(json.loads(splits.read_text())["test"]) if splits.exists() else set()


def _canon(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)


def _yaml_texts(node: object, out: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                out.append(value)
            else:
                _yaml_texts(value, out)
    elif isinstance(node, list):
        for value in node:
            _yaml_texts(value, out)


def _yaml_docs() -> list:
    import yaml

    from awol.model import Document

    docs = []
    for path in sorted(PROBES.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        texts: list[str] = []
        _yaml_texts(data.get("probes", data), texts)
        rel = path.relative_to(PROBES).as_posix()
        for i, text in enumerate(texts):
            docs.append(
                Document(
                    origin=f"{rel}#{i}",
                    content=text.encode(),
                    id=f"{rel}#{i}",
                    published=str(data.get("published") or "") or None,
                    language=data.get("language"),
                )
            )
    return docs


def dump(out: Path) -> None:
    from awol.errors import InputError
    from awol.pipeline import Pipeline
    from awol.runs import run_extract

    test = _test_ids()
    result: dict[str, dict[str, str]] = {}
    for name, folder in _folders():
        manifest = folder / "manifest.jsonl"
        group: dict[str, str] = {}
        for item in run_extract([str(folder)], str(manifest) if manifest.exists() else None):
            if isinstance(item, InputError):
                group[f"error {len(group)}"] = str(item)
                continue
            key = item.article.id or item.article.origin
            blob = _canon(item.to_dict(False))
            if name == "real" and Path(str(key)).stem in test:
                blob = "sha1 " + hashlib.sha1(blob.encode()).hexdigest()
            group[str(key)] = blob
        result[name] = group
        print(f"{name}: {len(group)} documents", file=sys.stderr)
    group = {}
    for item in Pipeline().process(_yaml_docs()):
        if isinstance(item, InputError):
            group[f"error {len(group)}"] = str(item)
            continue
        group[str(item.article.id)] = _canon(item.to_dict(False))
    result["yaml probes"] = group
    print(f"yaml probes: {len(group)} texts", file=sys.stderr)
    out.write_text(_canon(result), encoding="utf-8")


def _first_difference(a: object, b: object, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {str(a)[:120]!r} vs {str(b)[:120]!r}"


def diff(a_path: Path, b_path: Path, show: int) -> int:
    a = json.loads(a_path.read_text(encoding="utf-8"))
    b = json.loads(b_path.read_text(encoding="utf-8"))
    differing = 0
    for name in sorted(set(a) | set(b)):
        ga, gb = a.get(name, {}), b.get(name, {})
        keys = sorted(k for k in set(ga) | set(gb) if ga.get(k) != gb.get(k))
        differing += len(keys)
        print(f"{name}: {len(ga)} vs {len(gb)} documents, {len(keys)} differ")
        for key in keys[:show]:
            va, vb = ga.get(key), gb.get(key)
            if va is None or vb is None or va.startswith("sha1 ") or vb.startswith("sha1 "):
                print(f"  {key}: differs")
                continue
            print(f"  {key}{_first_difference(json.loads(va), json.loads(vb))}")
    print("SAME" if not differing else f"{differing} documents differ")
    return 1 if differing else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out)
    else:
        sys.exit(diff(args.a, args.b, args.show))


if __name__ == "__main__":
    main()

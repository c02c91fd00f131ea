"""The same text gives the same extraction whatever the process's string-hash seed.

Python orders a set of strings by their hashes, which change with ``PYTHONHASHSEED`` from one
process to the next: a place read by walking a set of lemma keys picked one namesake or another
by that order ("в Люблине": Lublin, PL-06, or Moscow's Lyublino, RU-MOW, run by run).  Issue 12:
the same bytes must give the same result.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import awol

TEXT = "Дезертира задержали в Люблине. Его задержали в Покровке.\n"


def _extract(path: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    src = str(Path(awol.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, "-m", "awol", "extract", str(path)],
        capture_output=True, text=True, env=env, timeout=300, check=True,
    )  # fmt: skip
    return out.stdout


def test_same_places_under_any_hash_seed(tmp_path: Path) -> None:
    path = tmp_path / "namesakes.txt"
    path.write_text(TEXT, encoding="utf-8")
    first = _extract(path, "1")
    assert '"region"' in first
    for seed in ("4", "7"):
        assert _extract(path, seed) == first

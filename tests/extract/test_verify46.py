"""Round 46 (verify46): the held-out measures of the learned parts.

``scripts/variant46.py`` measures a variant of the sentence model on real train ``--folds 5``,
on a fifth of train set aside by a fixed hash (whose per-document output nobody reads), and on
the invented articles (which the sentence model never learns from); the slice must stay the
same from run to run and from round to round, so a later round can read the same figures.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str):
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_the_set_aside_slice_is_fixed_by_the_id_alone() -> None:
    mod = _script("variant46")
    ids = [f"ren-{n:03d}" for n in range(1, 41)] + [f"rru-{n:03d}" for n in range(1, 41)]
    got = mod.slice_ids(ids)
    # the same ids whatever else is in the list, about a fifth of them
    assert got == mod.slice_ids(list(reversed(ids)))
    assert {i for i in got if i <= "ren-040"} == mod.slice_ids(ids[:40])
    assert 8 <= len(got) <= 24
    assert {"ren-008", "ren-017", "ren-026", "ren-027", "ren-030", "rru-013"} <= got
    assert "ren-001" not in got


def test_a_variant_sets_the_trainer_constants_it_names(monkeypatch) -> None:
    mod = _script("variant46")
    from awol.extract import train

    monkeypatch.setattr(train, "C", train.C)
    monkeypatch.setattr(train, "CONFIRM", dict(train.CONFIRM))
    mod._apply('train.C=1.5;train.CONFIRM={"en": 0.25, "ru": 0.35}')
    assert train.C == 1.5
    assert train.CONFIRM == {"en": 0.25, "ru": 0.35}

"""The gazetteer's cache on disk (round 37, code37): keyed by the very bytes of the data files the
process read and built from, written atomically, and any file that is not one of this key and
format rebuilt, never used (round 36's landing: a long-lived process that had read
``data/ru_forms.tsv`` before a merge wrote its pickle under the key of the files after it, and
the next processes used that stale gazetteer).
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from awol.extract import places_data

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = ("places.yaml", "settlements.tsv", "ru_forms.tsv", "place_cues.yaml")


class Toy:
    def __init__(self, value: str) -> None:
        self.value = value


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("AWOL_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _toy(cache_dir: Path, value: str = "new") -> tuple[Toy, list[int]]:
    calls: list[int] = []
    obj = places_data.cached("toy", lambda: calls.append(1) or Toy(value), Toy, "code-v1")
    return obj, calls


def test_a_cache_file_of_this_key_and_format_is_used(cache):
    first, calls = _toy(cache)
    assert calls == [1] and first.value == "new"
    again, calls = _toy(cache, "other")
    assert calls == [] and again.value == "new"  # (loaded, not built)


@pytest.mark.parametrize(
    "stale",
    [
        "another key inside",
        "another format",
        "no header (a pickle of round 36)",
        "another class",
        "garbage",
        "truncated",
    ],
)
def test_a_stale_file_under_the_current_key_is_not_used(cache, stale):
    key = places_data.cache_key("code-v1")
    path = cache / f"toy-{key}.pickle"
    cache.mkdir(parents=True, exist_ok=True)
    old = Toy("stale")
    blob = {
        "another key inside": pickle.dumps((places_data._FORMAT, "0" * 16, old)),
        "another format": pickle.dumps((places_data._FORMAT - 1, key, old)),
        "no header (a pickle of round 36)": pickle.dumps(old),
        "another class": pickle.dumps((places_data._FORMAT, key, {"value": "stale"})),
        "garbage": b"garbage",
        "truncated": pickle.dumps((places_data._FORMAT, key, old))[:-5],
    }[stale]
    path.write_bytes(blob)
    obj, calls = _toy(cache)
    assert calls == [1] and obj.value == "new"
    # (and the rebuilt object replaced it)
    again, calls = _toy(cache, "other")
    assert calls == [] and again.value == "new"


def test_the_key_is_of_the_bytes_read_not_of_the_files_now(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    for name in DATA_FILES:
        shutil.copy(ROOT / "src" / "awol" / "data" / name, data / name)
    monkeypatch.setattr(places_data, "DATA", data)
    places_data.data_bytes.cache_clear()
    try:
        before = places_data.cache_key("code")
        read = places_data.data_bytes("ru_forms.tsv")
        (data / "ru_forms.tsv").write_bytes(read + b"# a merge\n")
        # the process still reads, builds from and keys by the bytes it read
        assert places_data.data_bytes("ru_forms.tsv") == read
        assert places_data.cache_key("code") == before
        places_data.data_bytes.cache_clear()  # (a new process)
        assert places_data.cache_key("code") != before
        assert places_data.cache_key("other code") != places_data.cache_key("code")
    finally:
        places_data.data_bytes.cache_clear()


def test_other_keys_files_are_kept_to_a_few_and_a_crash_s_temporary_file_removed(cache):
    cache.mkdir(parents=True)
    old = time.time() - 10 * 3600
    for k in range(6):
        f = cache / f"toy-{k:016x}.pickle"
        f.write_bytes(b"x")
        os.utime(f, (old + k, old + k))
    stray = cache / ".toy-crashed.tmp"
    stray.write_bytes(b"x")
    os.utime(stray, (old, old))
    fresh = cache / ".toy-writing.tmp"  # (another process writing now)
    fresh.write_bytes(b"x")
    _toy(cache)
    kept = sorted(p.name for p in cache.glob("toy-*.pickle"))
    assert len(kept) == places_data._KEEP
    assert f"toy-{places_data.cache_key('code-v1')}.pickle" in kept
    assert "toy-0000000000000005.pickle" in kept and "toy-0000000000000000.pickle" not in kept
    assert not stray.exists() and fresh.exists()


_DRIVER = r"""
import sys
from pathlib import Path

from awol.extract import places_data

data = Path(sys.argv[1])
places_data.DATA = data
from awol.extract import places

built = []
real = places.build_gazetteer
places.build_gazetteer = lambda: built.append(1) or real()
if sys.argv[2] == "merge":
    places_data.forms_table()  # (read before the merge, as a long-lived process did)
    forms = data / "ru_forms.tsv"
    forms.write_bytes(forms.read_bytes() + b"# a merge\n")
g = places.get_gazetteer()
assert g.region_of("Yelets") == "RU-LIP"
print("built" if built else "loaded")
"""


def _run(data: Path, cache_dir: Path, step: str = "") -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "AWOL_CACHE_DIR": str(cache_dir)}
    return subprocess.Popen(
        [sys.executable, "-c", _DRIVER, str(data), step],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _out(p: subprocess.Popen) -> str:
    out, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    return out.strip()


def test_a_process_that_read_the_data_before_a_merge_leaves_no_stale_gazetteer(tmp_path):
    """Round 36's landing: process 1 reads the forms table, a merge changes it, process 1 then
    builds and caches its gazetteer; process 2, started after the merge, must build its own (its
    bytes differ), process 3 loads process 2's, and process 4 on the data before the merge
    loads process 1's."""
    data = tmp_path / "data"
    data.mkdir()
    for name in DATA_FILES:
        shutil.copy(ROOT / "src" / "awol" / "data" / name, data / name)
    before = (data / "ru_forms.tsv").read_bytes()
    cache_dir = tmp_path / "cache"
    assert _out(_run(data, cache_dir, "merge")) == "built"
    assert _out(_run(data, cache_dir)) == "built"
    assert _out(_run(data, cache_dir)) == "loaded"
    assert len(list(cache_dir.glob("gazetteer-*.pickle"))) == 2
    (data / "ru_forms.tsv").write_bytes(before)
    assert _out(_run(data, cache_dir)) == "loaded"


def test_two_processes_building_at_once_leave_one_whole_file(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for name in DATA_FILES:
        shutil.copy(ROOT / "src" / "awol" / "data" / name, data / name)
    cache_dir = tmp_path / "cache"
    both = [_run(data, cache_dir), _run(data, cache_dir)]
    assert sorted(_out(p) for p in both) in (["built", "built"], ["built", "loaded"])
    assert len(list(cache_dir.glob("gazetteer-*.pickle"))) == 1
    assert not list(cache_dir.glob(".*.tmp"))
    assert _out(_run(data, cache_dir)) == "loaded"

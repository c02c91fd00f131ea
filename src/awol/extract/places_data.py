"""The gazetteer's data files and the on-disk cache of its built indexes.

- ``data/places.yaml``: the curated core (countries, first-level regions, areas, main towns);
- ``data/settlements.tsv``: settlements built from GeoNames by ``scripts/build_gazetteer.py``;
- ``data/ru_forms.tsv``: lemmas and word classes of every Russian name token (built with
  pymorphy3 by the same script, so no process runs pymorphy3 over the gazetteer at start-up);
- ``data/place_cues.yaml``: settlement words and institution nouns.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

__all__ = [
    "cue_lang",
    "cache_dir",
    "cache_key",
    "cached",
    "code_digest",
    "cues",
    "curated_entries",
    "data_bytes",
    "forms_table",
    "load_entries",
    "load_settlements",
    "oblast_colloquial",
]

T = TypeVar("T")
_DATA_FILES = ("places.yaml", "settlements.tsv", "ru_forms.tsv", "place_cues.yaml")


# where the data files are read from (a test points it at a copy)
DATA: Any = resources.files("awol") / "data"


@functools.cache
def data_bytes(name: str) -> bytes:
    """The bytes of a data file as this process reads it: once.  Everything the process builds
    from the file (the forms table, the cues, the gazetteer's entries) and the key its built
    gazetteer is cached under (:func:`cached`) come from these same bytes, whatever a merge or a
    checkout writes to the file meanwhile (round 36: a process that had read ``ru_forms.tsv``
    before a merge wrote its pickle under the key of the files after it)."""
    return (DATA / name).read_bytes()


def _read(name: str) -> str:
    return data_bytes(name).decode("utf-8")


def load_settlements() -> list[dict[str, Any]]:
    """The settlements built from GeoNames as gazetteer entries (type "city")."""
    out: list[dict[str, Any]] = []
    for line in _read("settlements.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        gid, country, region, pop, name_en, en, ru, flags, alts = line.split("\t")
        ru_names = ru.split("|")
        out.append(
            {
                "id": gid,
                "type": "city",
                "country": country or None,
                "region": region or None,
                "name_en": name_en,
                "name_ru": ru_names[0],
                "en": en.split("|"),
                "ru": ru_names,
                "pop": int(pop),
                "cue": "cue" in flags.split(","),
                "shadow": "shadow" in flags.split(","),
                "alts": alts.split("|") if alts else [],
            }
        )
    return out


def oblast_colloquial(name_ru: str) -> str | None:
    """The colloquial Russian name of an oblast, made from its adjective as the language makes it:
    "-ская область" -> "-щина" ("Псковская" -> "Псковщина", "Харьковская" -> "Харьковщина"), a
    stem in д, ж or ц(к) -> "-чина" ("Белгородская" -> "Белгородчина", "Воронежская" ->
    "Воронежчина", "Донецкая" -> "Донетчина").  None for a name of another shape."""
    words = name_ru.split()
    if len(words) != 2 or words[1] != "область":
        return None
    adj = words[0]
    if adj.endswith("цкая"):
        return adj[: -len("цкая")] + "тчина"
    if not adj.endswith("ская"):
        return None
    stem = adj[: -len("ская")]
    return stem + ("чина" if stem[-1:] in ("д", "ж") else "щина")


def curated_entries() -> list[dict[str, Any]]:
    """``data/places.yaml``, each oblast of Russia and Ukraine also under its colloquial name
    (:func:`oblast_colloquial`: "на Псковщине", "на Полтавщине"), unless the file gives it one
    of one word already ("Подмосковье", "Кузбасс", "Волынь")."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~20x faster
    data = yaml.load(_read("places.yaml"), Loader=loader)  # noqa: S506
    for e in data["places"]:
        ru = e.get("ru") or []
        if e.get("subtype") != "oblast" or e.get("country") not in ("RU", "UA"):
            continue
        if any(len(n.split()) == 1 for n in ru):
            continue
        name = oblast_colloquial(e.get("name_ru") or "")
        if name:
            e["ru"] = [*ru, name]
    return data["places"]


def load_entries() -> list[dict[str, Any]]:
    """Curated entries first (they win over a generated entry of the same name), then the
    generated settlements."""
    curated = curated_entries()
    return curated + _own_russian_names(curated, load_settlements())


def _own_russian_names(
    curated: list[dict[str, Any]], settlements: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """A generated settlement that the build marked a ``shadow`` (a namesake of a curated place,
    read only with its country named) because a curated town has its English name, while that
    curated town has no Russian name and is the same place (its country, and its region or one
    of the settlement's candidate regions): the town's only Russian name, read as any generated
    one (with its ``cue``): "в городе Свободном", "в Глухове", "части в Полярном" (13 curated
    towns have English names only; their Russian names were read nowhere, and "в городе
    Прохладный" was Crimea's village Прохладное; place47)."""
    english_only: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in curated:
        # (not one whose Russian name is kept out on purpose: "Реж" is also a verb)
        if c.get("type") == "city" and not (c.get("ru") or c.get("name_ru")) and c.get("country"):
            for name in c.get("en") or ():
                english_only.setdefault((name, c["country"]), []).append(c)
    if not english_only:
        return settlements
    for s in settlements:
        if not s["shadow"] or not s["country"]:
            continue
        for name in s["en"]:
            same = [
                c
                for c in english_only.get((name, s["country"]), ())
                if c.get("region") in ({s["region"]} | set(s["alts"]))
            ]
            if same:
                s["shadow"] = False
                break
    return settlements


@functools.lru_cache(maxsize=1)
def forms_table() -> dict[str, tuple[frozenset[str], str, frozenset[str]]]:
    """token -> (lemma keys, flags "c"ommon/"n"ame/"s"urname, adjective lemmas)."""
    out = {}
    for line in _read("ru_forms.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        tok, keys, flags, adjf = line.split("\t")
        out[tok] = (
            frozenset(keys.split("|")),
            flags,
            frozenset(adjf.split("|")) if adjf else frozenset(),
        )
    return out


_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+", re.DOTALL)


def lower_words(pattern: str) -> str:
    """``pattern`` in lower case but for its regex escapes: "parents\\W?" stays a non-word
    character ("\\W"), not the word character a plain ``str.lower`` made of it ("\\w")."""
    return "".join(
        part if part.startswith("\\") else part.lower() for part in _ESCAPE_OR_TEXT.findall(pattern)
    )


def cue_lang(lang: str | None) -> str:
    """The key of ``data/place_cues.yaml`` a document's language reads: "ru" for Russian and the
    languages written in its script that it stands for (uk, be), else "en"."""
    return "ru" if (lang or "en").startswith(("ru", "uk", "be")) else "en"


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """``data/place_cues.yaml`` with word lists as sets (words in lower case; the regex
    escapes of its patterns kept as written)."""
    data = yaml.safe_load(_read("place_cues.yaml"))
    capitals = data.pop("capitals", {})
    around = data.pop("around_cities", {})
    held = data.pop("held_regions", {})
    abroad = data.pop("war_abroad", [])
    out = {
        lang: {
            k: {lower_words(str(w)): c for w, c in v.items()}
            if isinstance(v, dict)
            else {lower_words(str(w)) for w in v}
            for k, v in d.items()
        }
        for lang, d in data.items()
    }
    out["capitals"] = {str(k): str(v) for k, v in capitals.items()}
    out["around_cities"] = {str(k): str(v) for k, v in around.items()}
    out["held_regions"] = {str(k): frozenset(map(str, v)) for k, v in held.items()}
    out["war_abroad"] = frozenset(map(str, abroad))
    return out


def cache_dir() -> Path:
    """Where derived indexes are cached: $AWOL_CACHE_DIR, else $XDG_CACHE_HOME/awol or
    ~/.cache/awol."""
    if os.environ.get("AWOL_CACHE_DIR"):
        return Path(os.environ["AWOL_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "awol"


def code_digest(files: tuple[str, ...]) -> str:
    """A digest of the source files of the code that shapes a cached object, read when the
    caller calls it: at the import of the module that holds the builder (:mod:`awol.extract.places`),
    so of the code the process runs, not of what a later merge writes."""
    h = hashlib.sha1()
    for f in files:
        h.update(Path(f).read_bytes())
    return h.hexdigest()


_FORMAT = 2  # a cache file holds (_FORMAT, its key, the object)
_KEEP = 4  # the cache files of one name kept (other keys: other trees, branches, versions)
_STRAY = 3600  # seconds after which a writer's temporary file is taken as left by a crash


def cache_key(code: str) -> str:
    """The key of an object built from the data files as this process read them
    (:func:`data_bytes`), by the code of digest ``code`` (:func:`code_digest`), on this
    Python."""
    h = hashlib.sha1(f"awol-cache {_FORMAT}\n".encode())
    for name in _DATA_FILES:
        data = data_bytes(name)
        h.update(f"{name} {len(data)}\n".encode())
        h.update(data)
    h.update(code.encode())
    h.update(sys.version.encode())
    return h.hexdigest()[:16]


def _load(path: Path, key: str, kind: type) -> Any:
    """The object cached in ``path`` if it is one of ``kind`` written under ``key`` in this
    format, else None (a missing, broken, truncated or foreign file: any problem means
    rebuild)."""
    try:
        # (one read: unpickling from a file object is three times slower)
        fmt, written_key, obj = pickle.loads(path.read_bytes())  # noqa: S301 - our own cache
    except Exception:  # noqa: BLE001 - any cache problem means: rebuild
        return None
    if fmt != _FORMAT or written_key != key or not isinstance(obj, kind):
        return None
    return obj


def _store(path: Path, key: str, obj: Any, name: str) -> None:
    """Write ``obj`` to ``path`` atomically (a temporary file of the same directory, renamed:
    a reader sees the whole of one file or none), then prune the name's other cache files
    beyond the ``_KEEP`` newest (several trees share one cache directory: a tree's writing
    must not make the others rebuild every time) and temporary files left by a crash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump((_FORMAT, key, obj), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    now = time.time()
    others = []
    for old in path.parent.glob(f"{name}-*.pickle"):
        if old != path:
            try:
                others.append((old.stat().st_mtime, old))
            except OSError:
                continue
    for _, old in sorted(others, reverse=True)[_KEEP - 1 :]:
        old.unlink(missing_ok=True)
    for stray in path.parent.glob(f".{name}-*.tmp"):
        try:
            if now - stray.stat().st_mtime > _STRAY:
                stray.unlink(missing_ok=True)
        except OSError:
            continue


def cached(name: str, build: Callable[[], T], kind: type, code: str) -> T:
    """``build()``, cached on disk as a pickle keyed by :func:`cache_key`: a digest of the data
    files as this process read them (the very bytes ``build`` reads: :func:`data_bytes`), of
    the code that shapes the object (``code``: :func:`code_digest` at import) and of the Python
    version.  A missing, broken or foreign cache file (another format, another key written
    inside it, another class) is rebuilt; an unwritable cache directory only costs the
    rebuild."""
    key = cache_key(code)
    path = cache_dir() / f"{name}-{key}.pickle"
    enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small objects: the collector would run many times
    try:
        obj = _load(path, key, kind)
        if obj is not None:
            return obj
        obj = build()
    finally:
        if enabled:
            gc.enable()
    try:
        _store(path, key, obj, name)
    except OSError:
        pass
    return obj

"""Running the extractor over files and folders (:func:`run_extract`, the Python API behind
``awol extract``), and the corpora ``awol train`` and the held-out measures read by default
(:data:`DEFAULT_CORPORA`).  Light to import (the pipeline is imported when a run starts): read
by the command line, the held-out measures (:mod:`awol.evaluate.heldout`), the verifier's
trainer (:mod:`awol.extract.verify_train`) and the linker's fits.  (Moved from
``cli/extract.py``, round 36: those imported the command line, which imported them.)
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the checkout: corpus/dev, ../shared beside it
DEFAULT_CORPORA = (ROOT.parent / "shared" / "corpus" / "real", ROOT / "corpus" / "dev")


def run_extract(paths: list[str], manifest: str | None):
    """Yield Extraction | InputError for files/folders (the Python API behind ``awol extract``)."""
    from awol.ingest.files import iter_documents
    from awol.ingest.manifest import load_manifest
    from awol.pipeline import Pipeline

    man = load_manifest(manifest) if manifest else None
    yield from Pipeline().process(iter_documents(paths, man))

"""`awol` with the fake pipeline and linker (for subprocess tests: the crash test).

    python tests/store/store_fake_cli.py ingest DIR --db URL
Env AWOL_FAKE_DELAY: seconds of "extraction" per document.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import store_fakes  # noqa: E402

import awol.store.ingest as ingest_mod  # noqa: E402


def _pipeline():
    p = store_fakes.FakePipeline(delay=float(os.environ.get("AWOL_FAKE_DELAY", "0")))
    return p.process, p.version


ingest_mod.default_pipeline = _pipeline
ingest_mod.default_linker_factory = lambda: store_fakes.fake_linker_factory

from awol.cli import main  # noqa: E402

if __name__ == "__main__":
    main()

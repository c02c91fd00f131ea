"""A real `awol serve` (uvicorn on loopback, in a thread) and a real headless Chromium.

Chromium and its driver are Debian's packages (/usr/bin/chromium, /usr/bin/chromedriver:
scripts/test.sh installs them when missing); nothing is downloaded.  These tests are marked
``browser`` and run when ``AWOL_BROWSER_TESTS=1`` (scripts/test.sh sets it) or with ``-m browser``.
Screenshots go to ``artifacts/browser/`` (gitignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest
from tests.conftest import REPO
from tests.serve.conftest import sample_db  # noqa: F401  (the ingested corpus, session-wide)

CHROMIUM = Path(os.environ.get("AWOL_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("AWOL_CHROMEDRIVER", "/usr/bin/chromedriver"))
SHOTS = REPO / "artifacts" / "browser"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,1000")  # fmt: skip


def pytest_collection_modifyitems(config, items):
    wanted = os.environ.get("AWOL_BROWSER_TESTS") == "1" or "browser" in (config.getoption("-m") or "")  # fmt: skip
    for item in items:
        if "tests/browser" not in str(item.fspath):
            continue
        item.add_marker(pytest.mark.browser)
        if not wanted:
            item.add_marker(pytest.mark.skip(reason="browser test: set AWOL_BROWSER_TESTS=1 or run -m browser (scripts/test.sh does)"))  # fmt: skip
        elif not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
            item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} / {CHROMEDRIVER} missing: apt-get install chromium chromium-driver (scripts/test.sh does)"))  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_db, tmp_path_factory):  # noqa: F811
    """`awol serve`'s app on http://127.0.0.1:PORT over a copy of the sample database."""
    import uvicorn

    from awol.serve.app import create_app

    db = tmp_path_factory.mktemp("browser") / "awol.db"
    shutil.copy(sample_db, db)
    app = create_app(f"sqlite:///{db}")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    app.state.awol.query.warm()
    yield f"http://127.0.0.1:{port}", app
    srv.should_exit = True
    t.join(10)
    app.state.awol.store.close()


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="awol-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for f in FLAGS:
        opts.add_argument(f)
    opts.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def shot(browser):
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        p = SHOTS / f"{name}.png"
        browser.save_screenshot(str(p))
        return p

    return take

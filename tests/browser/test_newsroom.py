"""A journalist's and an editor's session in a real browser: read the dashboard anonymously,
sign in, filter, open a case, correct a field, see it on the dashboard, add a missed event by
selecting its evidence, undo."""

from __future__ import annotations

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait
from tests.serve.conftest import PASSWORD

pytestmark = pytest.mark.browser


def _type_count(browser, t: str) -> int:
    cells = browser.find_elements(By.CSS_SELECTOR, f'#by-type td[data-type="{t}"]')
    return int(cells[0].text) if cells else 0


def _submit(browser, wait, button) -> None:
    """Click a form's submit button and wait until the browser has left the page: the next
    page may hold the same elements, so waiting for one of them could read the old page."""
    page = browser.find_element(By.TAG_NAME, "html")
    button.click()
    # while the page is being replaced, chromedriver may answer the staleness probe with an
    # "unhandled inspector error" (the old page's context is gone, the new one not yet there):
    # that is no answer, ask again until the old element is reported stale
    left = WebDriverWait(browser, 30, ignored_exceptions=(WebDriverException,))
    left.until(EC.staleness_of(page))
    wait.until(lambda b: b.execute_script("return document.readyState") == "complete")


def test_editor_session(server, browser, shot):
    base, app = server
    wait = WebDriverWait(browser, 30)

    # anonymous: the dashboard, no names, no console errors from the CSP
    browser.get(base + "/")
    assert "public view" in browser.find_element(By.CSS_SELECTOR, ".who").text
    assert browser.find_element(By.CSS_SELECTOR, "svg.map").is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect")
    shot("01-dashboard-anonymous")

    # sign in
    browser.find_element(By.ID, "signin").click()
    browser.find_element(By.ID, "name").send_keys("editor")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    _submit(browser, wait, browser.find_element(By.ID, "login-submit"))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".who .role")))
    assert "editor" in browser.find_element(By.CSS_SELECTOR, ".who").text
    shot("02-signed-in")

    # filter the incidents: detentions reported in Russian
    browser.get(base + "/incidents")
    form = browser.find_element(By.ID, "filters")
    Select(form.find_element(By.NAME, "type")).select_by_value("detention")
    Select(form.find_element(By.NAME, "language")).select_by_value("ru")
    form.find_element(By.ID, "apply").click()
    wait.until(EC.url_contains("type=detention"))
    assert "language=ru" in browser.current_url
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tr")[1:]
    assert rows and all("detention" in r.text for r in rows)
    shot("03-incidents-filtered")

    # open a case told in several reports
    browser.get(base + "/cases")
    browser.find_element(By.CSS_SELECTOR, "#results a.case-link").click()
    wait.until(EC.presence_of_element_located((By.ID, "timeline")))
    assert browser.find_elements(By.CSS_SELECTOR, "article.report")
    shot("04-case")

    # correct a field of the case's first event: its type becomes "sentence"
    browser.get(base + "/")
    before = _type_count(browser, "sentence")
    browser.back()
    wait.until(EC.presence_of_element_located((By.ID, "timeline")))
    event_type = browser.find_element(By.CSS_SELECTOR, "article.report .badge").text
    assert event_type != "sentence" or pytest.skip("first event is a sentence already")
    form = browser.find_element(By.CSS_SELECTOR, "article.report form.correct")
    Select(form.find_element(By.NAME, "field")).select_by_visible_text("type")
    form.find_element(By.NAME, "value").send_keys("sentence")
    _submit(browser, wait, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait.until(EC.presence_of_element_located((By.ID, "timeline")))
    assert "corrected: type" in browser.page_source
    shot("05-case-corrected")

    # ... and see it on the dashboard
    browser.get(base + "/")
    assert _type_count(browser, "sentence") == before + 1
    shot("06-dashboard-after-correction")

    # an invalid correction: a clear message, nothing changed
    browser.back()
    form = browser.find_element(By.CSS_SELECTOR, "article.report form.correct")
    Select(form.find_element(By.NAME, "field")).select_by_visible_text("count")
    form.find_element(By.NAME, "value").send_keys("many")
    _submit(browser, wait, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    msg = wait.until(EC.presence_of_element_located((By.ID, "error-message"))).text
    assert "count" in msg and "whole number" in msg
    shot("07-invalid-correction")

    # add a missed event by selecting its evidence in the article
    browser.get(base + "/documents/en-02")
    span = browser.find_element(By.CSS_SELECTOR, "#article-text span[data-start]")
    browser.execute_script(
        "const n = arguments[0].firstChild; const r = document.createRange();"
        "r.setStart(n, 0); r.setEnd(n, Math.min(40, n.length));"
        "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
        "document.dispatchEvent(new Event('selectionchange'));",
        span,
    )
    wait.until(lambda b: b.find_element(By.ID, "sel-end").get_attribute("value"))
    start = int(browser.find_element(By.ID, "sel-start").get_attribute("value"))
    end = int(browser.find_element(By.ID, "sel-end").get_attribute("value"))
    assert start == int(span.get_attribute("data-start")) and end > start
    form = browser.find_element(By.ID, "add-event")
    Select(form.find_element(By.NAME, "type")).select_by_value("wanted")
    _submit(browser, wait, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    wait.until(EC.presence_of_element_located((By.ID, "article-text")))
    assert "added by hand" in browser.page_source
    shot("08-event-added")

    # the audit log shows every change; undo the type correction
    browser.get(base + "/audit")
    rows = browser.find_elements(By.CSS_SELECTOR, "#audit tr")
    assert any("correct" in r.text and "type" in r.text for r in rows)
    undo = next(r for r in rows if "correct" in r.text and "type" in r.text)
    _submit(browser, wait, undo.find_element(By.CSS_SELECTOR, "button"))
    wait.until(EC.presence_of_element_located((By.ID, "audit")))
    shot("09-audit-undone")
    browser.get(base + "/")
    assert _type_count(browser, "sentence") == before

    # no console errors (a CSP violation would be one)
    logs = [e for e in browser.get_log("browser")
            if e["level"] == "SEVERE" and "status of 422" not in e["message"]]  # fmt: skip
    assert not logs, logs


def test_api_docs_render_offline(server, browser, shot):
    base, _ = server
    browser.get(base + "/docs")
    WebDriverWait(browser, 30).until(
        EC.presence_of_element_located((By.CSS_SELECTOR, ".swagger-ui .opblock"))
    )
    assert "/api/events" in browser.page_source
    shot("10-api-docs")

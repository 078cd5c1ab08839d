"""The summary on every phone, in a real headless Chromium: the facilitator shares the
PDF handout while the participant's page is open; the page shows the download link at
once (no reload) and the link gives the PDF from the laptop."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from phone_browser import check, screen, wait_until
from selenium.webdriver.common.by import By
from served import Facilitator

from exports.handout import handout_pdf

pytestmark = pytest.mark.browser


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Facilitator]:
    facilitator = Facilitator(tmp_path)
    yield facilitator
    facilitator.close()


def test_the_page_offers_the_shared_summary(room: Facilitator, browser: Any) -> None:
    driver = browser
    driver.get(f"{room.base_url}/j/{room.code}")
    screen(driver, "waiting")
    driver.execute_script("window.samskabNoReload = true")
    link = driver.find_element(By.ID, "handout")
    assert not link.is_displayed()

    room.server.share_handout(handout_pdf(room.library, room.workshop_id), "Borgermøde opsamling.pdf")
    wait_until(driver, lambda d: d.find_element(By.ID, "handout").is_displayed(), "the link did not appear")
    assert driver.execute_script("return window.samskabNoReload") is True
    link = driver.find_element(By.ID, "handout")
    assert link.text == "Hent opsamlingen (PDF)"
    assert link.get_attribute("download") == "Borgermoede-opsamling.pdf"
    href = link.get_attribute("href")
    assert href == f"{room.base_url}/api/session/{room.code}/handout"
    assert link.size["height"] >= 44
    check(driver, "handout")  # CSP, axe, tap sizes, 200 % text

    # The page's own fetch gets the PDF from the laptop ...
    fetched = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "fetch(document.getElementById('handout').href).then(function (r) {"
        "  return r.arrayBuffer().then(function (b) {"
        "    done([r.status, r.headers.get('content-type'), b.byteLength,"
        "          String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))]); }); },"
        " function (e) { done(String(e)); });")
    assert fetched[:2] == [200, "application/pdf"] and fetched[3] == "%PDF-"
    assert fetched[2] == room.server.handout.pdf.__len__()  # type: ignore[union-attr]
    # ... and so does the address the link names.
    with urllib.request.urlopen(href, timeout=10) as answer:  # noqa: S310 - loopback, the test's own server
        assert answer.headers["Content-Type"] == "application/pdf" and answer.read(5) == b"%PDF-"

    # In English, on another screen, the link is still there.
    driver.find_element(By.ID, "lang").click()
    wait_until(driver, lambda d: d.find_element(By.ID, "handout").text == "Download the summary (PDF)")
    room.open_writing()
    screen(driver, "writing")
    assert driver.find_element(By.ID, "handout").is_displayed()
    check(driver, "handout-writing")

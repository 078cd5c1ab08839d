"""The phone page in a real headless Chromium (Debian's chromium and chromedriver,
driven by Selenium): open the QR address, pick a name, place dots, see the
confirmation, change the ballot — and the library holds exactly that ballot. Also
the join-code start page, and an idea's HTML showing as text."""

from __future__ import annotations

import random
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.library import Library, open_library
from app.operations import add_idea, create_workshop, open_round
from app.queries import load_workshop
from app.templates import load_templates
from app.voting import RoundInfo, ballot_count, read_ballot, round_info
from phone.server import PhoneServer

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HOSTILE = '<img src=x onerror="document.title=\'pwned\'">Frokost'


@dataclass
class Room:
    library: Library
    server: PhoneServer
    info: RoundInfo
    ideas: list[uuid.UUID]
    anne: uuid.UUID


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    library = open_library(tmp_path / "library.sqlite3", rng=random.Random(99))
    wid = create_workshop(library, load_templates()["samarbejdsdrevet-innovation"], title="Borgermøde",
                          participants=[("Anne", ""), ("Bo", "")]).subject
    assert wid is not None
    ideas = [add_idea(library, wid, text).subject for text in ("Fælles kaffe", HOSTILE, "Cykelpulje")]
    rid = open_round(library, wid, "dots", budget=3, max_per_option=2, title="Hvad skal vi prøve først?").subject
    assert rid is not None
    info = round_info(library, rid)
    server = PhoneServer(library, host="127.0.0.1").start()
    server.serve_round(info)
    anne = [p.id for p in load_workshop(library, wid).participants if p.name == "Anne"][0]
    yield Room(library, server, info, [i for i in ideas if i], anne)
    server.stop()
    library.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("needs Debian's chromium and chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--window-size=390,844",
                     f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(argument)
    # A phone's screen (390×844 CSS pixels); a window alone cannot be narrower than 500.
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0, "touch": True}}
    )
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


def visible(driver: object, element_id: str) -> object:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 15).until(ec.visibility_of_element_located((By.ID, element_id)))  # type: ignore[arg-type]


def test_vote_from_the_qr_address_and_change_it(room: Room, browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    driver.get(room.server.round_url(room.info.token))  # type: ignore[attr-defined]
    visible(driver, "who")
    names = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#names button")]  # type: ignore[attr-defined]
    assert names == ["Anne", "Bo"]
    driver.find_element(By.XPATH, "//div[@id='names']/button[text()='Anne']").click()  # type: ignore[attr-defined]
    visible(driver, "vote")
    cards = driver.find_elements(By.CSS_SELECTOR, "#options .card")  # type: ignore[attr-defined]
    assert len(cards) == 3
    # The idea's HTML is shown as text, and its script never ran.
    assert HOSTILE in cards[1].text and driver.title != "pwned"  # type: ignore[attr-defined]
    assert not driver.find_elements(By.CSS_SELECTOR, "#options img")  # type: ignore[attr-defined]
    assert "3 af 3" in driver.find_element(By.ID, "remaining").text  # type: ignore[attr-defined]

    def tap(index: int, button: int) -> None:
        # As a thumb does: scroll the card to the middle of the screen, then tap.
        target = driver.find_elements(By.CSS_SELECTOR, "#options .card")[index].find_elements(By.TAG_NAME, "button")[button]  # type: ignore[attr-defined]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)  # type: ignore[attr-defined]
        target.click()

    def plus(index: int) -> None:
        tap(index, 1)

    plus(0)
    plus(0)
    # At the maximum of 2 per idea the + is disabled.
    assert not driver.find_elements(By.CSS_SELECTOR, "#options .card")[0].find_elements(By.TAG_NAME, "button")[1].is_enabled()  # type: ignore[attr-defined]
    plus(2)
    assert "0 af 3" in driver.find_element(By.ID, "remaining").text  # type: ignore[attr-defined]
    driver.execute_script("window.scrollTo(0, 0)")  # type: ignore[attr-defined]
    driver.save_screenshot(str(tmp_path / "phone-ballot.png"))  # type: ignore[attr-defined]
    driver.find_element(By.ID, "send").click()  # type: ignore[attr-defined]
    visible(driver, "done")
    driver.save_screenshot(str(tmp_path / "phone-done.png"))  # type: ignore[attr-defined]
    counted = driver.find_element(By.ID, "counted").text  # type: ignore[attr-defined]
    assert "2 prikker" in counted and "Fælles kaffe" in counted and "1 prik" in counted and "Cykelpulje" in counted
    view = read_ballot(room.library, room.info.id, "phone:" + driver.execute_script(  # type: ignore[attr-defined]
        "return localStorage.getItem('samskab:voter:' + arguments[0])", room.info.token))
    assert view is not None and view.dots == {room.ideas[0]: 2, room.ideas[2]: 1} and view.participant_id == room.anne

    # Change the ballot: one dot moves from the first idea to the second.
    driver.find_element(By.ID, "change").click()  # type: ignore[attr-defined]
    visible(driver, "vote")
    tap(0, 0)
    plus(1)
    driver.find_element(By.ID, "send").click()  # type: ignore[attr-defined]
    visible(driver, "done")
    WebDriverWait(driver, 10).until(lambda d: "Frokost" in d.find_element(By.ID, "counted").text)  # type: ignore[attr-defined, no-any-return]
    count = ballot_count(room.library, room.info.id)
    assert count.ballots == 1
    assert read_ballot(room.library, room.info.id, view.voter_key).dots == {  # type: ignore[union-attr]
        room.ideas[0]: 1, room.ideas[1]: 1, room.ideas[2]: 1}

    # Reloading shows what was counted; English on request.
    driver.refresh()  # type: ignore[attr-defined]
    visible(driver, "done")
    driver.find_element(By.ID, "lang").click()  # type: ignore[attr-defined]
    assert "counted" in driver.find_element(By.ID, "done-title").text  # type: ignore[attr-defined]


def test_join_code_and_abstain(room: Room, browser: object) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(room.server.base_url)  # type: ignore[attr-defined]
    visible(driver, "join")
    field = driver.find_element(By.ID, "code")  # type: ignore[attr-defined]
    field.send_keys("WRONG2")
    field.submit()
    error = visible(driver, "join-error")
    assert "passer ikke" in error.text  # type: ignore[attr-defined]
    field = driver.find_element(By.ID, "code")  # type: ignore[attr-defined]
    field.send_keys(room.info.join_code.lower())
    field.submit()
    visible(driver, "who")
    assert driver.current_url == room.server.round_url(room.info.token)  # type: ignore[attr-defined]
    driver.find_element(By.ID, "anonymous").click()  # type: ignore[attr-defined]
    visible(driver, "vote")
    driver.find_element(By.ID, "abstain").click()  # type: ignore[attr-defined]
    visible(driver, "done")
    assert "ikke" in driver.find_element(By.ID, "done-title").text  # type: ignore[attr-defined]
    count = ballot_count(room.library, room.info.id)
    assert (count.ballots, count.abstained) == (1, 1)


TORTURE = [
    "<script>document.title='pwned'</script>",
    "<b>fed</b> & <i>kursiv</i>",
    "שלום עולם",
    "Cykel 🚲 familie 👩‍👩‍👧‍👦 flag 🏳️‍🌈",
    "æøåÆØÅ Ærø Århus",
]


def test_every_torture_text_is_shown_exactly_as_text(tmp_path: Path, browser: object) -> None:
    """The texts of tests/exports/test_text_torture.py on a phone: each option card
    holds the text exactly (textContent), no markup became an element, no script ran."""
    from selenium.webdriver.common.by import By

    library = open_library(tmp_path / "torture.sqlite3", rng=random.Random(7))
    wid = create_workshop(library, load_templates()["samarbejdsdrevet-innovation"], title="Tortur").subject
    assert wid is not None
    for text in TORTURE:
        add_idea(library, wid, text)
    rid = open_round(library, wid, "dots", budget=3, anonymous=True, title="<u>Stem</u> 🗳️").subject
    assert rid is not None
    info = round_info(library, rid)
    server = PhoneServer(library, host="127.0.0.1").start()
    try:
        server.serve_round(info)
        driver = browser
        driver.get(server.round_url(info.token))  # type: ignore[attr-defined]
        visible(driver, "vote")
        cards = driver.find_elements(By.CSS_SELECTOR, "#options .card")  # type: ignore[attr-defined]
        shown = [card.get_attribute("textContent") for card in cards]
        assert len(shown) == len(TORTURE)
        for text, card_text in zip(TORTURE, shown, strict=True):
            assert text in card_text, (text, card_text)
        page = driver.find_element(By.TAG_NAME, "body").get_attribute("textContent")  # type: ignore[attr-defined]
        assert "<u>Stem</u> 🗳️" in page
        for tag in ("#options script", "#options b", "#options i", "u"):
            assert not driver.find_elements(By.CSS_SELECTOR, tag), tag  # type: ignore[attr-defined]
        assert driver.title != "pwned"  # type: ignore[attr-defined]
    finally:
        server.stop()
        library.close()

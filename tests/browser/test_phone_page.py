"""The phone page in a real headless Chromium, driven as a participant: join by code
on the number pad, follow the facilitator live (waiting, writing ideas, the ballot of
each kind, thanks, the result, closed) without a reload, lose and regain the network,
a wrong or old code; axe-core, tap sizes and 200 % text on every screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from phone_browser import Relay, check, in_view, screen, tap, wait_until
from selenium.webdriver.common.by import By
from served import HOSTILE, Facilitator

pytestmark = pytest.mark.browser

@pytest.fixture
def room(tmp_path: Path) -> Iterator[Facilitator]:
    facilitator = Facilitator(tmp_path)
    yield facilitator
    facilitator.close()


def join(driver: Any, room: Facilitator, base: str = "") -> None:
    """Arrive through the QR address, and mark the page so a reload would show."""
    driver.get(f"{base or room.base_url}/j/{room.code}")
    screen(driver, "waiting")
    driver.execute_script("window.samskabNoReload = true")


def not_reloaded(driver: Any) -> None:
    assert driver.execute_script("return window.samskabNoReload") is True, "the page was reloaded"


def device(driver: Any) -> str:
    return str(driver.execute_script("return localStorage.getItem('samskab:device')"))


def text(driver: Any, element_id: str) -> str:
    return str(driver.find_element(By.ID, element_id).text)


def test_join_by_code_on_the_number_pad(room: Facilitator, browser: Any) -> None:
    driver = browser
    driver.get(room.base_url + "/")
    screen(driver, "join")
    field = driver.find_element(By.ID, "code")
    assert field.get_attribute("inputmode") == "numeric"
    check(driver, "join")

    def press(digits: str) -> None:
        for digit in digits:
            driver.find_element(By.CSS_SELECTOR, f"[data-digit='{digit}']").click()

    wrong = room.code[:5] + str((int(room.code[5]) + 1) % 10)
    press(wrong[:5])
    driver.find_element(By.ID, "join-go").click()
    error = screen(driver, "join-error")
    assert "6 cifre" in error.text and "5" in error.text
    assert driver.switch_to.active_element == error and in_view(driver, error)
    # A wrong code: said beside the field, announced, nothing else changes.
    press("9")
    driver.find_element(By.ID, "erase").click()
    press(wrong[5])
    assert field.get_attribute("value") == wrong
    driver.find_element(By.ID, "join-go").click()
    wait_until(driver, lambda d: "passer ikke" in text(d, "join-error"))
    assert field.get_attribute("aria-invalid") == "true" and in_view(driver, error)
    check(driver, "join-wrong-code")
    # The right code: the waiting screen with the question, and the QR address kept.
    driver.find_element(By.ID, "erase").click()
    press(room.code[5])
    driver.find_element(By.ID, "join-go").click()
    screen(driver, "waiting")
    assert driver.current_url == f"{room.base_url}/j/{room.code}"
    assert text(driver, "waiting-title") == "Hvordan får flere lyst til at cykle?"
    assert text(driver, "waiting-phase").startswith("Fase: ")
    check(driver, "waiting")


@pytest.mark.parametrize("address", ["/j/999999", "/j?code=999999", "/j/12", "/r/ABCDEFGH23456789/"])
def test_a_wrong_or_old_address_has_its_own_screen(room: Facilitator, browser: Any, address: str) -> None:
    driver = browser
    driver.get(room.base_url + address)
    missing = screen(driver, "missing")
    assert "Koden findes ikke" in missing.text and "{" not in missing.text
    if address == "/j/999999":
        check(driver, "wrong-code")
    driver.find_element(By.ID, "to-join").click()
    screen(driver, "join")
    assert driver.switch_to.active_element == driver.find_element(By.ID, "code")


def test_write_edit_and_withdraw_ideas(room: Facilitator, browser: Any) -> None:
    driver = browser
    join(driver, room)
    room.open_writing()
    screen(driver, "writing")
    not_reloaded(driver)
    # Sending nothing: the error is beside the button and announced.
    tap(driver, driver.find_element(By.ID, "idea-send"))
    error = screen(driver, "idea-error")
    assert "Skriv din idé" in error.text and in_view(driver, error)
    # A hostile idea for table 2, without a name: shown literally in "Dine idéer".
    driver.find_element(By.ID, "idea-text").send_keys(HOSTILE)
    tap(driver, driver.find_element(By.XPATH, "//label[span='Bord 2']"))
    tap(driver, driver.find_element(By.ID, "idea-send"))
    wait_until(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#mine li")) == 1)
    item = driver.find_element(By.CSS_SELECTOR, "#mine li")
    assert HOSTILE in item.text and "Bord 2" in item.text and "Venter hos facilitatoren" in item.text
    assert not driver.find_elements(By.CSS_SELECTOR, "#mine img") and driver.title != "pwned"
    assert driver.find_element(By.ID, "idea-text").get_attribute("value") == ""
    driver.find_element(By.ID, "idea-text").send_keys("Cykelparkering ved skolen")
    driver.find_element(By.ID, "idea-name").send_keys("Anne")
    tap(driver, driver.find_element(By.ID, "idea-send"))
    wait_until(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#mine li")) == 2)
    assert sorted(room.ideas_of(device(driver))) == sorted([(HOSTILE, "inbox"), ("Cykelparkering ved skolen", "inbox")])
    driver.execute_script("window.scrollTo(0, 0)")
    check(driver, "writing")
    # Edit the first idea.
    first = driver.find_element(By.CSS_SELECTOR, "#mine li:first-child")
    tap(driver, first.find_element(By.XPATH, ".//button[text()='Ret']"))
    area = screen(driver, "edit-text")
    assert driver.switch_to.active_element == area
    area.clear()
    area.send_keys("Frokost <b>sammen</b>")
    check(driver, "writing-edit")
    tap(driver, driver.find_element(By.XPATH, "//li//button[text()='Gem']"))
    wait_until(driver, lambda d: "Frokost <b>sammen</b>" in text(d, "mine"))
    assert ("Frokost <b>sammen</b>", "inbox") in room.ideas_of(device(driver))
    # Withdraw the other.
    second = driver.find_element(By.XPATH, "//li[contains(., 'Cykelparkering')]")
    tap(driver, second.find_element(By.XPATH, ".//button[text()='Træk tilbage']"))
    # Asked once more, with the focus on "No": a slip of the thumb loses nothing.
    no = wait_until(driver, lambda d: d.find_element(By.XPATH, "//li[contains(., 'Cykelparkering')]//button[text()='Nej']"))
    assert driver.switch_to.active_element == no
    check(driver, "writing-withdraw")
    tap(driver, driver.find_element(By.XPATH, "//li[contains(., 'Cykelparkering')]//button[text()='Ja, træk den tilbage']"))
    wait_until(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#mine li")) == 1)
    assert "Cykelparkering ved skolen" not in [t for t, status in room.ideas_of(device(driver)) if status != "withdrawn"]
    # Writing closes: the waiting screen, no reload.
    room.close_writing()
    screen(driver, "waiting")
    not_reloaded(driver)


def mark_ballot(driver: Any, kind: str) -> None:
    cards = driver.find_elements(By.CSS_SELECTOR, "#options .card")
    assert len(cards) >= 3
    if kind == "dots":
        assert "3 af 3" in text(driver, "remaining")
        tap(driver, cards[0].find_elements(By.TAG_NAME, "button")[1])
        tap(driver, driver.find_elements(By.CSS_SELECTOR, "#options .card")[0].find_elements(By.TAG_NAME, "button")[1])
        # At the maximum of 2 per idea the + is disabled.
        plus = driver.find_elements(By.CSS_SELECTOR, "#options .card")[0].find_elements(By.TAG_NAME, "button")[1]
        assert not plus.is_enabled()
        tap(driver, driver.find_elements(By.CSS_SELECTOR, "#options .card")[2].find_elements(By.TAG_NAME, "button")[1])
        assert "0 af 3" in text(driver, "remaining")
    elif kind == "statements":
        tap(driver, cards[0].find_element(By.XPATH, ".//button[text()='Enig']"))
        tap(driver, driver.find_elements(By.CSS_SELECTOR, "#options .card")[2].find_element(By.XPATH, ".//button[text()='Ved ikke']"))
    else:
        tap(driver, cards[0].find_elements(By.TAG_NAME, "button")[4])   # Effekt 5
        tap(driver, driver.find_elements(By.CSS_SELECTOR, "#options .card")[0].find_elements(By.TAG_NAME, "button")[6])  # Let 2


def expected(room: Facilitator, kind: str) -> dict[str, Any]:
    if kind == "dots":
        return {"dots": {room.option_id(0): 2, room.option_id(2): 1}}
    if kind == "statements":
        return {"answers": {room.option_id(0): "enig", room.option_id(2): "ved_ikke"}}
    return {"scores": {room.option_id(0): {str(room.criteria[0]["id"]): 5, str(room.criteria[1]["id"]): 2}}}


@pytest.mark.parametrize("kind", ["dots", "statements", "criteria"])
def test_vote_in_each_kind_then_result_and_closed(room: Facilitator, browser: Any, kind: str) -> None:
    driver = browser
    join(driver, room)
    room.open_round(kind)
    screen(driver, "vote")
    not_reloaded(driver)
    # The idea's HTML is shown as text, and its script never ran.
    if kind != "statements":  # statements are the workshop's, not ideas
        assert HOSTILE in text(driver, "options")
    assert driver.title != "pwned"
    assert not driver.find_elements(By.CSS_SELECTOR, "#options img")
    # Sending nothing: said beside the button.
    driver.find_element(By.ID, "send").click()
    assert "ikke valgt" in screen(driver, "vote-error").text
    mark_ballot(driver, kind)
    driver.execute_script("window.scrollTo(0, 0)")
    check(driver, f"ballot-{kind}")
    tap(driver, driver.find_element(By.ID, "send"))
    screen(driver, "done")
    assert "Tak" in text(driver, "done-title")
    ballot = room.ballot(device(driver))
    assert ballot is not None and {k: v for k, v in ballot.items() if v and k != "participant"} == expected(room, kind)
    if kind == "dots":
        assert "2 prikker" in text(driver, "counted") and "1 prik" in text(driver, "counted")
        check(driver, "thanks")
        # Change the vote; a reload shows what was counted; English on request.
        tap(driver, driver.find_element(By.ID, "change"))
        screen(driver, "vote")
        tap(driver, driver.find_elements(By.CSS_SELECTOR, "#options .card")[0].find_elements(By.TAG_NAME, "button")[0])
        tap(driver, driver.find_element(By.ID, "send"))
        wait_until(driver, lambda d: "1 prik" in text(d, "counted") and "2 prikker" not in text(d, "counted"))
        assert room.ballot(device(driver))["dots"] == {room.option_id(0): 1, room.option_id(2): 1}  # type: ignore[index]
        driver.refresh()
        screen(driver, "done")
        toggle = driver.find_element(By.ID, "lang")
        tap(driver, toggle)
        assert "counted" in text(driver, "done-title")
        tap(driver, driver.find_element(By.ID, "lang"))
        driver.execute_script("window.samskabNoReload = true")
    room.reveal()
    screen(driver, "result")
    not_reloaded(driver)
    assert "Resultat" in text(driver, "result")
    rows = driver.find_elements(By.CSS_SELECTOR, "#results li")
    assert len(rows) == len(room.options)
    if kind == "dots":
        assert "Fælles kaffe" in rows[0].text and "1 prik" in rows[0].text and "Nr. 1" in rows[0].text
    elif kind == "statements":
        assert room.options[0]["text"] in rows[0].text and "Enig: 1" in rows[0].text
        assert "Ved ikke: 1" in rows[2].text
    else:
        assert "Fælles kaffe" in rows[0].text and "Nr. 1" in rows[0].text and "gennemsnit 5" in rows[0].text
    check(driver, f"result-{kind}")
    room.close_phones()
    closed = screen(driver, "closed")
    assert "lukket" in closed.text
    not_reloaded(driver)
    if kind == "dots":
        check(driver, "closed")


def test_a_named_round_asks_who_you_are(room: Facilitator, browser: Any) -> None:
    driver = browser
    join(driver, room)
    room.open_round("statements", anonymous=False)
    who = screen(driver, "who")
    assert [b.text for b in who.find_elements(By.CSS_SELECTOR, "#names button")] == ["Anne", "Bo"]
    check(driver, "who")
    tap(driver, who.find_element(By.XPATH, ".//button[text()='Anne']"))
    screen(driver, "vote")
    assert text(driver, "voter") == "Du stemmer som Anne."
    tap(driver, driver.find_element(By.XPATH, "//div[@id='options']/div[2]//button[text()='Uenig']"))
    tap(driver, driver.find_element(By.ID, "send"))
    screen(driver, "done")
    ballot = room.ballot(device(driver))
    assert ballot is not None and ballot["participant"] == room.participant_id("Anne")
    assert ballot["answers"] == {room.option_id(1): "uenig"}


def test_a_round_closed_before_voting_says_so(room: Facilitator, browser: Any) -> None:
    driver = browser
    join(driver, room)
    room.open_round("statements")
    screen(driver, "vote")
    room.close_round()
    screen(driver, "waiting")
    assert "Afstemningen er lukket" in text(driver, "waiting-notice")


@pytest.fixture
def network(room: Facilitator) -> Iterator[Relay]:
    relay = Relay(room.port).start()
    yield relay
    relay.stop()


def test_the_network_lost_and_back(room: Facilitator, browser: Any, network: Relay) -> None:
    driver = browser
    join(driver, room, network.url)
    room.open_round("dots")
    screen(driver, "vote")
    mark_ballot(driver, "dots")
    network.stop()
    banner = driver.find_element(By.ID, "banner")
    wait_until(driver, lambda d: banner.is_displayed() and "Forbindelsen er væk" in banner.text)
    assert banner.get_attribute("role") == "alert"
    # Voting without a network: "not sent" beside the button, with a retry button in focus.
    tap(driver, driver.find_element(By.ID, "send"))
    error = screen(driver, "vote-error")
    wait_until(driver, lambda d: "Ikke sendt" in error.text)
    retry = error.find_element(By.TAG_NAME, "button")
    assert driver.switch_to.active_element == retry and in_view(driver, error)
    check(driver, "connection-lost")
    # The network comes back on the same port: the banner says so, the vote is sent by itself.
    network.start()
    wait_until(driver, lambda d: "tilbage" in banner.text)
    screen(driver, "done")
    assert room.ballot(device(driver)) is not None
    not_reloaded(driver)
    # And the page still follows the facilitator.
    room.reveal()
    screen(driver, "result")


def test_the_idea_not_sent_is_retried_when_the_network_is_back(
        room: Facilitator, browser: Any, network: Relay) -> None:
    driver = browser
    join(driver, room, network.url)
    room.open_writing()
    screen(driver, "writing")
    network.stop()
    wait_until(driver, lambda d: d.find_element(By.ID, "banner").is_displayed())
    driver.find_element(By.ID, "idea-text").send_keys("Lys på cykelstien")
    tap(driver, driver.find_element(By.ID, "idea-send"))
    error = screen(driver, "idea-error")
    wait_until(driver, lambda d: "Ikke sendt" in error.text)
    network.start()
    wait_until(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#mine li")) == 1)
    assert not error.is_displayed()
    assert room.ideas_of(device(driver)) == [("Lys på cykelstien", "inbox")]


def test_the_server_restarted_on_the_same_port(room: Facilitator, browser: Any) -> None:
    driver = browser
    join(driver, room)
    room.open_writing()
    screen(driver, "writing")
    driver.find_element(By.ID, "idea-text").send_keys("Halvskrevet idé")
    room.stop_server()
    screen(driver, "closed")
    # The page finds the server again by itself: writing, with the draft kept.
    room.start_server_again()
    screen(driver, "writing")
    assert driver.find_element(By.ID, "idea-text").get_attribute("value") == "Halvskrevet idé"
    assert not driver.find_element(By.ID, "banner").is_displayed()
    not_reloaded(driver)


def test_english_and_the_language_button(room: Facilitator, browser: Any) -> None:
    driver = browser
    driver.get(room.base_url + "/")
    screen(driver, "join")
    toggle = driver.find_element(By.ID, "lang")
    assert toggle.size["height"] >= 44 and toggle.size["width"] >= 44
    tap(driver, toggle)
    assert text(driver, "join-title") == "Join the workshop"
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    check(driver, "join-english")
    driver.refresh()
    assert text(driver, "join-title") == "Join the workshop"


TORTURE = [
    "<script>document.title='pwned'</script>",
    "<b>fed</b> & <i>kursiv</i>",
    "שלום עולם",
    "Cykel 🚲 familie 👩‍👩‍👧‍👦 flag 🏳️‍🌈",
    "æøåÆØÅ Ærø Århus",
]


def test_every_torture_text_is_shown_exactly_as_text(
        browser: Any, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    driver = browser
    room = Facilitator(tmp_path, ideas=tuple(TORTURE), question="<u>Spørgsmål</u> 🗳️")
    request.addfinalizer(room.close)
    join(driver, room)
    assert text(driver, "waiting-title") == "<u>Spørgsmål</u> 🗳️"
    room.open_round("dots")
    screen(driver, "vote")
    shown = [card.get_attribute("textContent") for card in driver.find_elements(By.CSS_SELECTOR, "#options .card")]
    for expected_text, card_text in zip(TORTURE, shown, strict=True):
        assert expected_text in card_text, (expected_text, card_text)
    for tag in ("#options script", "#options b", "#options i", "u"):
        assert not driver.find_elements(By.CSS_SELECTOR, tag), tag
    assert driver.title != "pwned"

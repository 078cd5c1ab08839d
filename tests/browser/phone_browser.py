"""The checks every screen of the phone page must pass, in real Chromium: axe-core
finds no violation, no tap target under 44 px, no sideways scrolling at 200 % text
size. Also writes the screenshots: `PHONE_SCREENSHOTS=docs/screenshots python -m pytest
tests/browser` saves each checked screen as docs/screenshots/phone-NAME.png."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

WAIT = 15


def wait_until(driver: Any, condition: Callable[[Any], Any], message: str = "") -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(condition, message)


def screen(driver: Any, section: str) -> Any:
    """Wait until the page shows the screen (a <section> id) and return it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    return wait_until(driver, ec.visibility_of_element_located((By.ID, section)), f"screen {section}")


def tap(driver: Any, element: Any) -> None:
    """As a thumb does: bring the control to the middle of the screen, then tap."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def in_view(driver: Any, element: Any) -> bool:
    """Whether the element is inside the visible part of the screen."""
    return bool(driver.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element))


SMALL_TARGETS = """
var small = [];
document.querySelectorAll('button, a[href], input, textarea, select').forEach(function (node) {
  var target = node.type === 'radio' || node.type === 'checkbox' ? node.closest('label') : node;
  var r = target.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) { return; }  // not shown
  if (r.width < 44 || r.height < 44) {
    small.push((node.id || node.textContent.trim() || node.type) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
  }
});
return small;
"""

OVERFLOW = """
var root = document.documentElement;
var wide = [];
document.querySelectorAll('body *').forEach(function (node) {
  var r = node.getBoundingClientRect();
  if (r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)) {
    var style = getComputedStyle(node);
    if (style.position !== 'fixed') { wide.push((node.id || node.className || node.tagName) + ' ' + Math.round(r.right)); }
  }
});
return {scroll: root.scrollWidth, width: window.innerWidth, wide: wide.slice(0, 5)};
"""


def axe_violations(driver: Any) -> list[dict[str, Any]]:
    from axe_selenium_python import Axe  # type: ignore[import-untyped]

    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    return list(results["violations"])


def check(driver: Any, name: str) -> None:
    """Every screen: the CSP refused nothing, axe finds no violation, every tap target is at least 44 px, the
    page never scrolls sideways at 200 % text size; and the screenshot, when asked."""
    folder = os.environ.get("PHONE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        # The waiting dot's pulse at its start, so that a screen draws the same every time.
        driver.execute_script("document.getAnimations().forEach(function (a) { a.currentTime = 0; a.pause(); })")
        driver.save_screenshot(str(Path(folder) / f"phone-{name}.png"))
    # The server's strict CSP refused nothing (no inline script or style on the page).
    refused = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
    assert not refused, f"{name}: {refused}"
    violations = axe_violations(driver)
    assert not violations, name + ": " + json.dumps(
        [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations], ensure_ascii=False)
    small = driver.execute_script(SMALL_TARGETS)
    assert not small, f"{name}: tap targets under 44 px: {small}"
    y = driver.execute_script("return window.scrollY")
    driver.execute_script("document.documentElement.style.fontSize = '225%'")  # 2 × the page's 112.5 %
    try:
        wide = driver.execute_script(OVERFLOW)
        assert wide["scroll"] <= wide["width"] and not wide["wide"], f"{name} at 200 %: {wide}"
    finally:
        driver.execute_script("document.documentElement.style.fontSize = ''; window.scrollTo(0, arguments[0])", y)


class Relay:
    """The room's network between the phone and the server: a TCP relay on a port of
    its own. stop() is the network gone (every connection cut, nothing answers);
    start() brings it back on the same port. The server itself keeps running."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream = upstream_port
        self.port = 0
        self.listener: socket.socket | None = None
        self.open: set[socket.socket] = set()
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Relay:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self.listener is not None:
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread (Linux)
            self.listener.close()
            self.listener = None
        with self.lock:
            for sock in self.open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.open.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.upstream))
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open.update((client, server))
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                target.shutdown(socket.SHUT_WR)

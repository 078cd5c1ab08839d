"""The desk's side of the phone server: "Åbn for telefoner" opens the workshop's
session and starts one server for it, with one join code and QR code for every
round; ballots and ideas from phones reach the GUI through queued signals; closing
(or closing the window) closes the session and stops the server."""

from __future__ import annotations

import http.client
import json
import random
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.library import Library, open_library
from app.operations import add_idea, create_workshop
from app.phones import session_of_workshop
from app.templates import load_templates
from ui.controller import Controller
from ui.voting.panel import VotingPanel
from ui.voting.projector import ResultsView

DEVICE = "ui-test-phone-000001"


@pytest.fixture
def plib(tmp_path: Path, empty_library_file: Path) -> Iterator[Library]:
    path = tmp_path / "library.sqlite3"
    shutil.copy(empty_library_file, path)
    library = open_library(path, rng=random.Random(7))
    yield library
    library.close()


@pytest.fixture
def workshop(plib: Library) -> tuple[uuid.UUID, list[uuid.UUID]]:
    template = load_templates()["samarbejdsdrevet-innovation"]
    wid = create_workshop(plib, template, title="Borgermøde", participants=[("Anne", ""), ("Bo", "")]).subject
    assert wid is not None
    ideas = [add_idea(plib, wid, text).subject for text in ("Kaffe", "Cykler")]
    return wid, [i for i in ideas if i]


@pytest.fixture
def panel(qtbot: QtBot, plib: Library, workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> Iterator[VotingPanel]:
    widget = VotingPanel(Controller(plib), workshop[0], phone_host="127.0.0.1")
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    yield widget
    widget.shutdown()


def open_dots(qtbot: QtBot, panel: VotingPanel) -> uuid.UUID:
    panel.kind.setCurrentIndex(panel.kind.findData("dots"))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    round_id = panel.current_round
    assert round_id is not None
    return round_id


def request(port: int, method: str, path: str, payload: object | None = None) -> tuple[int, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        body = json.dumps(payload) if payload is not None else None
        connection.request(method, path, body, {"Content-Type": "application/json"} if body else {})
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def open_phones_by_click(qtbot: QtBot, panel: VotingPanel) -> tuple[str, str, bytes]:
    with qtbot.waitSignal(panel.phone_did_open) as opened:
        qtbot.mouseClick(panel.phone.toggle, Qt.MouseButton.LeftButton)
    url, code, png = opened.args
    return url, code, png


def test_open_for_phones_opens_the_session_with_one_code(qtbot: QtBot, panel: VotingPanel, plib: Library,
                                                         workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    assert panel.phone.interface.currentData() == "127.0.0.1" and panel.phone.interface.isEnabled()
    assert panel.phone.toggle.isEnabled()  # no round needed: the session is the workshop's
    url, code, png = open_phones_by_click(qtbot, panel)
    server = panel.phone_server
    assert server is not None and server.running
    assert url == f"http://127.0.0.1:{server.port}/j/{code}" and len(code) == 6 and code.isdigit()
    assert png.startswith(b"\x89PNG")
    session = session_of_workshop(plib, workshop[0])
    assert session is not None and session.is_open and session.code == code
    assert code in panel.phone.code.text() and url == panel.phone.address.text()
    assert not panel.phone.qr.pixmap().isNull() and not panel.phone.interface.isEnabled()
    assert panel.controller.undo_stack.count() == 0  # opening to phones is not an edit to undo
    with qtbot.waitSignal(panel.phone_did_close):
        qtbot.mouseClick(panel.phone.toggle, Qt.MouseButton.LeftButton)
    assert panel.phone_server is None and not server.running
    session = session_of_workshop(plib, workshop[0])
    assert session is not None and not session.is_open
    assert panel.phone.code.text() == "" and panel.phone.interface.isEnabled()


def test_ballots_arrive_through_the_queued_signal_and_rounds_keep_the_code(
        qtbot: QtBot, panel: VotingPanel, plib: Library, workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    projector = ResultsView(plib)
    qtbot.addWidget(projector)
    panel.round_did_select.connect(projector.set_round)
    panel.ballots_did_change.connect(projector.set_count)
    panel.phone_did_open.connect(projector.set_phone)
    panel.phone_did_close.connect(lambda: projector.set_phone("", "", None))
    url, code, _ = open_phones_by_click(qtbot, panel)
    server = panel.phone_server
    assert server is not None
    first = open_dots(qtbot, panel)
    gui = threading.current_thread()
    arrived_in: list[threading.Thread] = []
    panel._bridge.ballot_did_arrive.connect(lambda _e: arrived_in.append(threading.current_thread()),
                                            Qt.ConnectionType.QueuedConnection)
    with qtbot.waitSignal(panel.ballots_did_change, check_params_cb=lambda n: n == 1):
        status, _ = request(server.port, "POST", f"/api/session/{code}/ballot",
                            {"round": str(first), "voter": DEVICE, "dots": {str(workshop[1][0]): 1}})
        assert status == 200
    assert arrived_in == [gui]  # reached the GUI in its own thread
    assert panel.results.ballots == 1 and "1" in panel.phone.count.text() and projector.ballots == 1
    # The other views hear of the phone's ballot too (coalesced), never on the undo stack.
    with qtbot.waitSignal(panel.controller.changes_did_happen) as heard:
        pass
    assert heard.args[0].label == "cast_ballots" and heard.args[0].inverse is None
    assert panel.controller.undo_stack.count() == 1  # "Open vote" only
    # Closing the round keeps the workshop open to phones, with the same code.
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert panel.phone_server is server and server.running
    second = open_dots(qtbot, panel)
    assert projector.round_id == second and projector.join_code == code and projector.phone_url == url
    status, state = request(server.port, "GET", f"/api/session/{code}")
    assert status == 200 and state["code"] == code
    # The desk's change reached the server at once (poked), or at its next look.
    qtbot.waitUntil(lambda: request(server.port, "GET", f"/api/session/{code}")[1]["round"]["id"] == str(second))


def test_ideas_from_phones_reach_the_desk(qtbot: QtBot, panel: VotingPanel, plib: Library,
                                          workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    from app.operations.phones import open_writing
    from app.queries import load_workshop

    _, code, _ = open_phones_by_click(qtbot, panel)
    server = panel.phone_server
    assert server is not None
    phase = load_workshop(plib, workshop[0]).phases[0].id
    panel.controller.run("Åbn for idéer", open_writing, workshop[0], phase, "board")
    qtbot.waitUntil(lambda: request(server.port, "GET", f"/api/session/{code}")[1]["screen"] == "writing")
    with qtbot.waitSignal(panel.controller.changes_did_happen, timeout=10_000) as heard:
        status, idea = request(server.port, "POST", f"/api/session/{code}/ideas",
                               {"device": DEVICE, "text": "Lektiecafé om lørdagen", "group": None, "name": None})
        assert status == 201 and idea["text"] == "Lektiecafé om lørdagen"
    assert heard.args[0].workshop_id == workshop[0]
    assert any(i.text == "Lektiecafé om lørdagen" for i in load_workshop(plib, workshop[0]).ideas)


def test_closing_the_window_closes_the_workshop_to_phones(qtbot: QtBot, panel: VotingPanel, plib: Library,
                                                          workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    open_phones_by_click(qtbot, panel)
    server = panel.phone_server
    assert server is not None
    panel.shutdown()
    assert panel.phone_server is None and not server.running
    session = session_of_workshop(plib, workshop[0])
    assert session is not None and not session.is_open


def test_a_bad_address_is_a_message_not_a_crash(qtbot: QtBot, panel: VotingPanel, plib: Library,
                                                workshop: tuple[uuid.UUID, list[uuid.UUID]],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    panel.phone.interface.addItem("10.9.9.9", "10.9.9.9")
    panel.phone.interface.setCurrentIndex(panel.phone.interface.count() - 1)
    qtbot.mouseClick(panel.phone.toggle, Qt.MouseButton.LeftButton)
    assert shown and "10.9.9.9" in shown[0]
    assert panel.phone_server is None and session_of_workshop(plib, workshop[0]) is None


def test_the_projector_shows_the_join_code_and_one_qr_code(qtbot: QtBot, panel: VotingPanel) -> None:
    """Wired as the workshop window wires it: the code in the status line on every
    page, the QR code and the short address beside the phase; gone once closed."""
    from ui.desk.projector import ProjectorWindow

    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    panel.phone_did_open.connect(projector.set_phone)
    panel.phone_did_close.connect(lambda: projector.set_phone("", "", None))
    projector.show_body(projector.PHASE)
    projector.show()
    url, code, _ = open_phones_by_click(qtbot, panel)
    assert projector.join_label.isVisible() and code in projector.join_label.text()
    assert projector.join_box.isVisible() and not projector.join_qr.pixmap().isNull()
    assert projector.join_address.text() == url.split("/j/")[0] + "/"
    assert projector.join_label.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(panel.phone_did_close):
        qtbot.mouseClick(panel.phone.toggle, Qt.MouseButton.LeftButton)
    assert not projector.join_label.isVisible() and not projector.join_box.isVisible()


def fetch_pdf(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_sharing_the_summary_opens_for_phones_and_serves_the_pdf_without_names(
        qtbot: QtBot, panel: VotingPanel, plib: Library, workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    assert panel.phone_server is None and not panel.phone.with_names.isChecked()
    assert panel.phone.share.accessibleName() and panel.phone.with_names.accessibleName()
    with qtbot.waitSignal(panel.phone_did_open):
        qtbot.mouseClick(panel.phone.share, Qt.MouseButton.LeftButton)  # not open yet: opened first
    server = panel.phone_server
    assert server is not None and server.code is not None
    qtbot.waitUntil(lambda: server.handout is not None, timeout=30000)
    assert panel.phone.share.isEnabled() and "kB" in panel.phone.shared.text()
    status, headers, body = fetch_pdf(server.port, f"/api/session/{server.code}/handout")
    assert status == 200 and headers["content-type"] == "application/pdf" and body.startswith(b"%PDF-")
    assert headers["content-disposition"].startswith('attachment; filename="Borgermoede')
    text = pdf_text(body)
    assert "Kaffe" in text and "Cykler" in text
    assert "Anne" not in text  # the version without names
    status, state = request(server.port, "GET", f"/api/session/{server.code}")
    assert state["handout"] == {"name": server.handout.name, "size": len(body)}  # type: ignore[union-attr]

    first = server.handout
    panel.phone.with_names.setChecked(True)
    qtbot.mouseClick(panel.phone.share, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: server.handout is not first, timeout=30000)
    _, headers, body = fetch_pdf(server.port, f"/api/session/{server.code}/handout")
    assert "Anne" in pdf_text(body)  # the facilitator chose the version with names
    assert f'"{first.name}"' not in headers["content-disposition"]  # type: ignore[union-attr]

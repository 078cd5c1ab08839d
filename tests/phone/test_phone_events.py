"""The page following the facilitator: the event stream (Server-Sent Events) and the
watcher that notices changes made anywhere — this process's desk or another process
on the same library. Waiting is on the stream's own events, never by sleeping."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from phone_helpers import EventStream, Served

from app.operations import close_round, open_round, set_current_phase
from app.operations.phones import close_phones, open_phones
from app.queries import load_workshop

ROOT = Path(__file__).resolve().parents[2]


def test_the_stream_starts_with_the_state(served: Served) -> None:
    stream = served.events()
    try:
        assert stream.status == 200
        assert "content-type: text/event-stream" in stream.headers and "cache-control: no-store" in stream.headers
        assert "content-security-policy" in stream.headers
        state = stream.state()
        assert state == served.get(served.api)[1]  # the same JSON as GET /api/session/{code}
        assert stream.text == "" or stream.text.startswith("event:")
    finally:
        stream.close()


def test_every_change_reaches_the_stream(served: Served) -> None:
    stream = served.events()
    try:
        first = stream.state()
        close_round(served.library, served.round_id)
        closed = stream.state(lambda s: s["round"] is None)
        assert closed["screen"] == "waiting" and closed["revision"] > first["revision"]
        phase = load_workshop(served.library, served.workshop_id).phases[1]
        set_current_phase(served.library, served.workshop_id, phase.id)
        moved = stream.state(lambda s: s["phase"] is not None and s["phase"]["name"] == phase.name)
        assert moved["revision"] > closed["revision"]
        rid = open_round(served.library, served.workshop_id, "statements").subject
        voting = stream.state(lambda s: s["screen"] == "ballot")
        assert voting["round"]["id"] == str(rid) and voting["round"]["kind"] == "statements"
    finally:
        stream.close()


def test_closing_and_opening_again(served: Served) -> None:
    stream = served.events()
    code = served.code
    try:
        stream.state()
        close_phones(served.library, served.workshop_id)
        closed = stream.state(lambda s: s["screen"] == "closed")
        assert closed["code"] == code and closed["round"] is None and closed["title"] == "Borgermøde"
        # The closed code still tells a reloaded page "closed"; writes are refused.
        status, state = served.get(f"/api/session/{code}")
        assert status == 200 and state["screen"] == "closed"
        status, _ = served.vote({"voter": "late-phone-0123456789", "dots": {str(served.ideas[0]): 1}})
        assert status == 409
        assert served.server.code is None and served.server.join_url is None
        open_phones(served.library, served.workshop_id)
        assert stream.state(lambda s: s["screen"] != "closed")["code"] == code  # the same code, same stream
    finally:
        stream.close()


def test_a_change_from_another_process_reaches_every_page(served: Served) -> None:
    """``samskab vote close`` in a second terminal: the watcher sees the other
    process's commit (PRAGMA data_version) and 40 pages hear of it."""
    streams = [served.events() for _ in range(40)]
    try:
        for stream in streams:
            stream.state()
        path = served.library.engine.url.database
        assert path is not None
        result = subprocess.run(
            [sys.executable, "-m", "cli.main", "--library", path, "vote", "close", str(served.workshop_id),
             "--round", str(served.round_id)], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        for stream in streams:
            assert stream.state(lambda s: s["round"] is None)["screen"] == "waiting"
    finally:
        for stream in streams:
            stream.close()


def test_a_heartbeat_keeps_idle_streams_open(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    import phone.app

    monkeypatch.setattr(phone.app, "HEARTBEAT", 0.05)
    stream = served.events()
    try:
        stream.state()
        assert stream.next_event() == (":", "")
    finally:
        stream.close()


def test_a_page_that_leaves_is_forgotten(served: Served) -> None:
    streams = [served.events() for _ in range(5)]
    for stream in streams:
        stream.state()
    assert served.server.app.streams == 5
    for stream in streams:
        stream.close()
    # The server notices the pages left when it next writes to them, or at once.
    close_round(served.library, served.round_id)
    last = served.events()
    try:
        last.state(lambda s: s["round"] is None)
        assert served.server.app.streams == 1
    finally:
        last.close()


def test_wrong_code_streams_are_404(served: Served) -> None:
    other = "000000" if served.code != "000000" else "111111"
    stream = EventStream(served.server.port, other)
    try:
        assert stream.status == 404
    finally:
        stream.close()


def test_the_state_json_is_one_line_per_event(served: Served) -> None:
    """A title with newlines must not break the event's single ``data:`` line."""
    from app.operations import update_workshop

    stream = served.events()
    try:
        stream.state()
        update_workshop(served.library, served.workshop_id, title="To\nlinjer")
        state = stream.state(lambda s: s["title"] != "Borgermøde")
        assert state["title"] in ("To\nlinjer", "To linjer")
        assert json.loads(served.request("GET", served.api)[2])["title"] == state["title"]
    finally:
        stream.close()

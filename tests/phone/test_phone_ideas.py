"""Ideas from phones over HTTP: writing opened by the facilitator, board and inbox
modes, a phone's own list, editing and withdrawing, the core's refusals as 4xx
answers (closed writing 409, limits 429, bad text 422), hostile text kept literally."""

from __future__ import annotations

import json
import uuid

import pytest
from phone_helpers import DEVICE, Served, error_of

from app.operations.phones import close_writing, open_writing
from app.phones import MAX_IDEAS_PER_DEVICE, inbox
from app.queries import load_workshop

OTHER = "other-phone-0123456789"


def open_for_writing(served: Served, mode: str = "board") -> dict[str, object]:
    """Open writing for the first phase and wait (on the event stream) until the
    phones see it; the state."""
    phase = load_workshop(served.library, served.workshop_id).phases[0].id
    stream = served.events()
    try:
        open_writing(served.library, served.workshop_id, phase, mode)
        return stream.state(lambda s: s["writing"] is not None and s["writing"]["mode"] == mode)
    finally:
        stream.close()


def post(served: Served, text: str, device: str = DEVICE, **more: object) -> tuple[int, dict[str, object]]:
    status, body = served.send("POST", served.api + "/ideas", {"device": device, "text": text, "group": None,
                                                              "name": None, **more})
    return status, body


def test_writing_closed_is_409(served: Served) -> None:
    status, body = post(served, "Kaffe til alle")
    assert status == 409 and body["error"]["da"]


def test_board_mode_puts_the_idea_on_the_board(served: Served) -> None:
    state = open_for_writing(served)
    writing = state["writing"]
    assert isinstance(writing, dict) and writing["phase"] and writing["mode"] == "board"
    status, idea = post(served, "<img src=x onerror=alert(1)> & mere")
    assert status == 201 and idea["status"] == "board" and idea["text"] == "<img src=x onerror=alert(1)> & mere"
    assert set(idea) == {"id", "text", "group", "group_name", "name", "status", "number"}
    texts = [i.text for i in load_workshop(served.library, served.workshop_id).ideas]
    assert "<img src=x onerror=alert(1)> & mere" in texts
    assert [e.changes.workshop_id for e in served.idea_events] == [served.workshop_id]


def test_inbox_mode_waits_for_the_facilitator(served: Served) -> None:
    open_for_writing(served, "inbox")
    status, idea = post(served, "Lektiecafé", name="Åse")
    assert status == 201 and idea["status"] == "inbox" and idea["name"] == "Åse"
    assert [i.text for i in inbox(served.library, served.workshop_id)] == ["Lektiecafé"]
    assert "Lektiecafé" not in [i.text for i in load_workshop(served.library, served.workshop_id).ideas]


def test_own_list_edit_and_withdraw(served: Served) -> None:
    open_for_writing(served, "inbox")
    _, first = post(served, "Første")
    _, second = post(served, "Anden")
    post(served, "Naboens", device=OTHER)
    status, mine = served.get(f"{served.api}/ideas?device={DEVICE}")
    assert status == 200 and [i["text"] for i in mine["ideas"]] == ["Første", "Anden"]
    status, edited = served.send("PUT", f"{served.api}/ideas/{first['id']}", {"device": DEVICE, "text": "Første, rettet"})
    assert status == 200 and edited["text"] == "Første, rettet"
    # Another phone can neither edit nor withdraw it.
    status, _ = served.send("PUT", f"{served.api}/ideas/{first['id']}", {"device": OTHER, "text": "Kapret"})
    assert status == 404
    status, _, _ = served.request("DELETE", f"{served.api}/ideas/{second['id']}?device={OTHER}")
    assert status == 404
    status, _, _ = served.request("DELETE", f"{served.api}/ideas/{second['id']}?device={DEVICE}")
    assert status == 200
    assert [i["text"] for i in served.get(f"{served.api}/ideas?device={DEVICE}")[1]["ideas"]] == ["Første, rettet"]
    # Once writing closes, nothing more is accepted.
    stream = served.events()
    try:
        close_writing(served.library, served.workshop_id)
        stream.state(lambda s: s["writing"] is None)
    finally:
        stream.close()
    assert post(served, "For sent")[0] == 409
    status, _ = served.send("PUT", f"{served.api}/ideas/{first['id']}", {"device": DEVICE, "text": "For sent"})
    assert status == 409


@pytest.mark.parametrize(("payload", "status"), [
    ({"device": DEVICE, "text": ""}, 422),  # empty: the core's rule
    ({"device": DEVICE, "text": "x" * 5000}, 422),  # too long
    ({"device": DEVICE, "text": 5}, 400),
    ({"device": DEVICE, "text": "Godt", "name": 7}, 400),
    ({"device": DEVICE, "text": "Godt", "group": "not-a-group"}, 400),
    ({"device": DEVICE, "text": "Godt", "group": str(uuid.UUID(int=3))}, 404),  # no such table group
    ({"device": DEVICE, "text": "Godt", "admin": True}, 400),
    ({"device": "short", "text": "Godt"}, 400),
    ({"text": "Godt"}, 400),
])
def test_bad_ideas_are_refused_and_change_nothing(served: Served, payload: dict[str, object], status: int) -> None:
    open_for_writing(served, "inbox")
    got, _, body = served.request("POST", served.api + "/ideas", json.dumps(payload),
                                  {"Content-Type": "application/json"})
    assert got == status
    error_of(body)
    assert inbox(served.library, served.workshop_id) == []


def test_the_limit_of_ideas_per_phone_is_429(served: Served) -> None:
    open_for_writing(served, "inbox")
    for n in range(MAX_IDEAS_PER_DEVICE):
        served.clock.now += 10  # the request rate is not what is tested here
        assert post(served, f"Idé {n}")[0] == 201
    served.clock.now += 10
    status, body = post(served, "En for meget")
    assert status == 429 and body["error"]["da"]


def test_bad_idea_addresses(served: Served) -> None:
    open_for_writing(served)
    for method, path in (("PUT", "/ideas/not-a-uuid"), ("DELETE", "/ideas/not-a-uuid?device=" + DEVICE),
                         ("DELETE", f"/ideas/{uuid.uuid4()}"), ("GET", "/ideas"), ("GET", "/ideas?device=x"),
                         ("GET", f"/ideas?device={DEVICE}&extra=1")):
        status, _, body = served.request(method, served.api + path, "{}" if method == "PUT" else None,
                                         {"Content-Type": "application/json"} if method == "PUT" else {})
        assert status in (400, 404), (method, path, status)
        error_of(body)

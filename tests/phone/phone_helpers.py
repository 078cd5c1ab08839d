"""The phone server's test helpers (the fixtures are in conftest.py): a workshop open to phones with a round, a
server on loopback, plain HTTP requests and an event-stream reader over raw sockets.

Waiting is done on the server's own events (the Server-Sent Events stream), never
by sleeping.
"""

from __future__ import annotations

import http.client
import json
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.library import Library
from app.operations import add_idea, create_workshop, open_round
from app.operations.phones import open_phones
from app.queries import load_workshop
from app.templates import Template
from phone.server import BallotEvent, IdeaEvent, PhoneServer

DEVICE = "phone-key-0123456789"


class StepClock:
    """A monotonic clock the test moves by hand (for the rate limits)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class EventStream:
    """``GET /api/session/{code}/events`` over a raw socket: each ``state`` event's
    JSON, in order (the answer is chunked; events are read as they come)."""

    def __init__(self, port: int, code: str, *, timeout: float = 10) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.sock.sendall(f"GET /api/session/{code}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        self.buffer = b""
        head = self._until(b"\r\n\r\n")
        self.status = int(head.split(b" ", 2)[1])
        self.headers = head.decode("latin-1").lower()
        self.text = ""

    def _until(self, marker: bytes) -> bytes:
        while marker not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("the server ended the stream")
            self.buffer += chunk
        found, _, self.buffer = self.buffer.partition(marker)
        return found

    def _chunk(self) -> bytes:
        size = int(self._until(b"\r\n"), 16)
        if size == 0:
            raise EOFError("the stream ended")
        while len(self.buffer) < size + 2:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("the server ended the stream")
            self.buffer += chunk
        data, self.buffer = self.buffer[:size], self.buffer[size + 2:]
        return data

    def next_event(self) -> tuple[str, str]:
        """The next event or comment: (``event`` name or ``":"``, data)."""
        while "\n\n" not in self.text:
            self.text += self._chunk().decode("utf-8")
        block, _, self.text = self.text.partition("\n\n")
        name, data = "", ""
        for line in block.split("\n"):
            if line.startswith(":"):
                name = name or ":"
            elif line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data += line[6:]
        return name, data

    def state(self, until: Callable[[dict[str, Any]], bool] = lambda _: True) -> dict[str, Any]:
        """The next ``state`` for which ``until`` holds (earlier ones are skipped)."""
        while True:
            name, data = self.next_event()
            if name == "state":
                value: dict[str, Any] = json.loads(data)
                if until(value):
                    return value

    def close(self) -> None:
        self.sock.close()


@dataclass
class Served:
    library: Library
    server: PhoneServer
    workshop_id: uuid.UUID
    round_id: uuid.UUID
    ideas: list[uuid.UUID]
    people: list[uuid.UUID]
    clock: StepClock
    ballots: list[BallotEvent] = field(default_factory=list)
    idea_events: list[IdeaEvent] = field(default_factory=list)

    @property
    def code(self) -> str:
        code = self.server.code
        assert code is not None
        return code

    @property
    def api(self) -> str:
        return f"/api/session/{self.code}"

    def request(self, method: str, path: str, body: bytes | str | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def get(self, path: str) -> tuple[int, Any]:
        status, _, body = self.request("GET", path)
        return status, json.loads(body)

    def send(self, method: str, path: str, payload: object) -> tuple[int, Any]:
        status, _, body = self.request(method, path, json.dumps(payload), {"Content-Type": "application/json"})
        return status, json.loads(body)

    def vote(self, payload: dict[str, Any]) -> tuple[int, Any]:
        return self.send("POST", self.api + "/ballot", {"round": str(self.round_id), **payload})

    def raw(self, data: bytes, *, half_close: bool = True) -> bytes:
        """Send raw bytes (for requests http.client refuses to make); the answer."""
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=10) as sock:
            sock.sendall(data)
            if half_close:
                sock.shutdown(socket.SHUT_WR)
            chunks = []
            try:
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            except ConnectionResetError:
                pass
        return b"".join(chunks)

    def events(self) -> EventStream:
        return EventStream(self.server.port, self.code)


def error_of(body: bytes) -> dict[str, str]:
    payload = json.loads(body)
    assert set(payload["error"]) == {"da", "en"} and all(payload["error"].values())
    error: dict[str, str] = payload["error"]
    return error


def status_of(answer: bytes) -> int:
    assert answer.startswith(b"HTTP/1.1 "), answer[:80]
    return int(answer.split(b" ", 2)[1])


def serve(library: Library, workshop_id: uuid.UUID, **options: Any) -> PhoneServer:
    options.setdefault("host", "127.0.0.1")
    return PhoneServer(library, workshop_id, **options).start()


def make_served(library: Library, templates: dict[str, Template]) -> Served:
    """A workshop open to phones with a dot round (budget 3, at most 2 per idea) and
    three ideas, served on loopback with the limit per address on."""
    wid = create_workshop(
        library, templates["samarbejdsdrevet-innovation"], title="Borgermøde", participants=[("Anne", ""), ("Bo", "")]
    ).subject
    assert wid is not None
    ideas = [add_idea(library, wid, text).subject for text in ("Kaffe", "<img src=x onerror=alert(1)>", "Cykler")]
    open_phones(library, wid)
    rid = open_round(library, wid, "dots", budget=3, max_per_option=2).subject
    assert rid is not None
    clock = StepClock()
    result = Served(library, None, wid, rid, [i for i in ideas if i],  # type: ignore[arg-type]
                    [p.id for p in load_workshop(library, wid).participants], clock)
    result.server = serve(library, wid, on_ballot=result.ballots.append, on_idea=result.idea_events.append,
                          clock=clock, limit_loopback=True)
    return result

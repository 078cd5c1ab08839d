"""Fuzzing the phone server's request handling with Hypothesis, over real sockets.

Random paths (dot segments, ``%2e%2e``, encoded slashes, absolute paths, backslashes),
random methods, random headers (``Content-Length`` that lies, odd types, chunked),
random JSON bodies and random bytes. For every request: an HTTP answer (never
silence), never a 5xx, the server keeps answering, and a refused request changes
nothing in the library (a snapshot of every row a phone could touch is compared).
Examples are bounded so the whole file takes seconds.
"""

from __future__ import annotations

import json
import random
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.library import Library, open_library
from app.operations import add_idea, create_workshop, open_round
from app.operations.phones import open_phones
from app.templates import load_templates
from phone.server import PhoneServer

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])


class RisingClock:
    """Every read is a minute later: the rate limits never hold the fuzzer back, so
    the requests reach the deeper checks."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 60.0
        return self.now


@dataclass
class Room:
    library: Library
    server: PhoneServer
    round_id: uuid.UUID
    ideas: list[uuid.UUID]

    @property
    def code(self) -> str:
        code = self.server.code
        assert code is not None
        return code

    def send(self, data: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=10) as sock:
            sock.sendall(data)
            try:
                sock.shutdown(socket.SHUT_WR)
            except OSError:  # the server may already have answered and closed
                pass
            chunks = []
            try:
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            except ConnectionResetError:
                pass
        return b"".join(chunks)

    def snapshot(self) -> tuple[Any, ...]:
        """Every row a phone request could change, with its revision."""
        with self.library.engine.connect() as conn:
            return tuple(
                tuple(conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).all())
                for table in ("ballots", "scores", "vote_rounds", "ideas", "participants", "workshops", "phone_ideas")
            )


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Room]:
    path: Path = tmp_path_factory.mktemp("fuzz") / "library.sqlite3"
    library = open_library(path, rng=random.Random(99))
    templates = load_templates()
    wid = create_workshop(library, templates["samarbejdsdrevet-innovation"], title="Fuzz",
                          participants=[("Anne", ""), ("Bo", "")]).subject
    assert wid is not None
    ideas = [add_idea(library, wid, t).subject for t in ("Kaffe", "Cykler", "Bænke")]
    open_phones(library, wid)
    rid = open_round(library, wid, "dots", budget=3, max_per_option=2).subject
    assert rid is not None
    server = PhoneServer(library, wid, host="127.0.0.1", clock=RisingClock(), limit_loopback=True).start()
    yield Room(library, server, rid, [i for i in ideas if i])
    server.stop()
    library.close()


def status_of(answer: bytes, request: bytes) -> int:
    if not answer:
        assert not request.strip(), request[:200]  # silence only for no request at all
        return 0
    assert answer.startswith(b"HTTP/1.1 "), answer[:80]
    return int(answer.split(b" ", 2)[1])


# -- strategies -------------------------------------------------------------------------------

SEGMENTS = st.sampled_from([
    "", ".", "..", "%2e%2e", "%2E%2E", "%2f", "%2F", "%5c", "..%2f", "%252e%252e", "\\..", "etc", "passwd",
    "CODE", "123456", "api", "session", "events", "ballot", "ideas", "static", "app.js", "app.css",
    "index.html", "j", "..;", "~root", "%00", "ø", "app.js%00.png", "api?x=1", "#frag", "?device=x",
])


@st.composite
def paths(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        path = "/" + "/".join(draw(st.lists(SEGMENTS, max_size=6)))
    elif kind == 1:
        path = draw(st.sampled_from(["/etc/passwd", "//etc/passwd", "http://evil/", "*", "C:\\Windows",
                                     "/phone/server.py", "/static/../server.py", "/static/%2e%2e/server.py",
                                     "/api/session/CODE/%2e%2e/%2e%2e/etc/passwd", "/api/session/CODE/../events",
                                     "/api/session/CODE%2fevents", "/api/session/CODE//events",
                                     "/j?code=CODE&a=1&b=2", "/j?code=CODE&code=1"]))
    elif kind == 2:
        path = "/" + draw(st.text(st.characters(min_codepoint=33, max_codepoint=0x2FF), max_size=40))
    else:
        path = "/api/session/CODE/" + draw(st.sampled_from(["ballot", "ideas", "events", "ideas/" + str(uuid.uuid4())])) + draw(
            st.sampled_from(["", "/", "?device=fuzz-voter-0123456789", "?device=x&device=y", "/..", "%2f..", "/%2e"]))
    return path


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


@st.composite
def ballots(draw: st.DrawFn, room: Room) -> Any:
    """Bodies shaped almost like a ballot: right keys, wrong or edge values."""
    ids = [str(i) for i in room.ideas] + [str(uuid.uuid4()), "not-a-uuid", ""]
    voter = draw(st.sampled_from(["fuzz-voter-0123456789", "short", "", "x" * 65, None, 7, "ø" * 20]))
    body: dict[str, Any] = {"voter": voter, "round": draw(st.sampled_from([str(room.round_id), str(uuid.uuid4()), 5]))}
    for key in draw(st.lists(st.sampled_from(["dots", "answers", "scores", "abstain", "participant", "extra"]),
                             max_size=3, unique=True)):
        if key == "abstain":
            body[key] = draw(st.sampled_from([True, False, "yes", 1, None]))
        elif key == "participant":
            body[key] = draw(st.sampled_from(ids + [None, 3]))
        elif key == "scores":
            body[key] = {draw(st.sampled_from(ids)): {draw(st.sampled_from(ids)): draw(json_values)}}
        else:
            body[key] = draw(st.dictionaries(st.sampled_from(ids), json_values, max_size=4))
    return body


@st.composite
def requests(draw: st.DrawFn, room: Room) -> bytes:
    method = draw(st.sampled_from(["GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT",
                                   "PATCH", "BREW", "get", "P\x00ST", ""]))
    code = draw(st.sampled_from([room.code, "000000", "AAAAAA", "1" * 7, "", "../.."]))
    path = draw(paths()).replace("CODE", code)
    if draw(st.booleans()):
        path = f"/api/session/{code}/" + draw(st.sampled_from(["ballot", "ideas"]))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        body = draw(st.binary(max_size=300))
    elif kind == 1:
        body = json.dumps(draw(json_values)).encode()
    elif kind == 2:
        body = json.dumps(draw(ballots(room))).encode()
    else:
        body = b""
    headers: list[tuple[str, str]] = [("Host", "127.0.0.1")]
    length = draw(st.sampled_from(["right", "short", "long", "negative", "junk", "huge", "none", "twice"]))
    values = {"right": str(len(body)), "short": str(max(0, len(body) - 3)), "long": str(len(body) + 7),
              "negative": "-1", "junk": "12abc", "huge": str(10**12), "twice": str(len(body))}
    if length in values:
        headers.append(("Content-Length", values[length]))
    if length == "twice":
        headers.append(("Content-Length", "0"))
    headers.append(("Content-Type", draw(st.sampled_from(
        ["application/json", "application/json; charset=utf-8", "text/plain", "", "application/JSON", "multipart/form-data"]))))
    if draw(st.integers(0, 5)) == 0:
        headers.append(("Transfer-Encoding", "chunked"))
    for _ in range(draw(st.integers(0, 2))):
        headers.append((draw(st.text(st.characters(min_codepoint=33, max_codepoint=126, exclude_characters=":"),
                                     min_size=1, max_size=12)),
                        draw(st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30))))
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("utf-8", "surrogatepass") + body


# -- the properties ---------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_random_requests_never_get_5xx_and_refusals_change_nothing(room: Room, data: st.DataObject) -> None:
    request = data.draw(requests(room))
    before = room.snapshot()
    status = status_of(room.send(request), request)
    assert status < 500, request[:200]
    if status >= 300:
        assert room.snapshot() == before, (status, request[:200])


@FUZZ
@given(body=st.binary(max_size=2000))
def test_random_bytes_as_a_whole_request(room: Room, body: bytes) -> None:
    before = room.snapshot()
    status = status_of(room.send(body), body)
    assert status < 500
    assert room.snapshot() == before


@FUZZ
@given(ballot=st.data())
def test_random_ballots_are_either_accepted_or_refused_without_change(room: Room, ballot: st.DataObject) -> None:
    body = json.dumps(ballot.draw(ballots(room))).encode()
    request = (f"POST /api/session/{room.code}/ballot HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    before = room.snapshot()
    answer = room.send(request)
    status = status_of(answer, request)
    assert status in (200, 400, 409, 413, 422), answer[:300]
    payload = json.loads(answer.split(b"\r\n\r\n", 1)[1])
    if status == 200:
        assert payload["ok"] is True
    else:
        assert set(payload["error"]) == {"da", "en"}
        assert room.snapshot() == before


def test_the_server_still_serves_after_the_fuzzing(room: Room) -> None:
    request = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
    assert status_of(room.send(request), request) == 200
    request = f"GET /api/session/{room.code} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    assert status_of(room.send(request), request) == 200
    with room.library.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

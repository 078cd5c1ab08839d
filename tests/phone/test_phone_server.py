"""The phone server over real HTTP on loopback: every route, every rejection (no
token, wrong token, oversized, malformed, over budget, after close, unknown option,
path traversal...), the security headers and the rate limits. No Qt."""

from __future__ import annotations

import http.client
import json
import re
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.library import Library
from app.operations import (
    abstain,
    add_idea,
    close_round,
    create_workshop,
    open_round,
    reveal_round,
)
from app.queries import load_workshop
from app.templates import Template
from app.voting import RoundInfo, ballot_count, read_ballot, round_info
from phone.server import MAX_BODY, RATE_BURST, BallotEvent, PhoneServer, qr_png, qr_svg

VOTER = "phone-key-0123456789"


class StepClock:
    """A monotonic clock the test moves by hand (for the rate limits)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Served:
    library: Library
    server: PhoneServer
    info: RoundInfo
    ideas: list[uuid.UUID]
    people: list[uuid.UUID]
    events: list[BallotEvent]
    clock: StepClock
    workshop_id: uuid.UUID

    @property
    def base(self) -> str:
        return f"/r/{self.info.token}/"

    def request(
        self, method: str, path: str, body: bytes | str | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def post(self, payload: object, path: str | None = None) -> tuple[int, dict[str, object]]:
        status, _, body = self.request(
            "POST", path or self.base + "api/ballot", json.dumps(payload), {"Content-Type": "application/json"}
        )
        return status, json.loads(body)

    def raw(self, data: bytes) -> bytes:
        """Send raw bytes (for requests http.client refuses to make); the answer."""
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=10) as sock:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)


@pytest.fixture
def served(library: Library, templates: dict[str, Template]) -> Iterator[Served]:
    wid = create_workshop(
        library, templates["samarbejdsdrevet-innovation"], title="Borgermøde", participants=[("Anne", ""), ("Bo", "")]
    ).subject
    assert wid is not None
    ideas = [add_idea(library, wid, text).subject for text in ("Kaffe", "<img src=x onerror=alert(1)>", "Cykler")]
    rid = open_round(library, wid, "dots", budget=3, max_per_option=2).subject
    assert rid is not None
    info = round_info(library, rid)
    events: list[BallotEvent] = []
    clock = StepClock()
    server = PhoneServer(library, host="127.0.0.1", on_ballot=events.append, clock=clock).start()
    server.serve_round(info)
    people = [p.id for p in load_workshop(library, wid).participants]
    yield Served(library, server, info, [i for i in ideas if i], people, events, clock, wid)
    server.stop()


def error_of(body: bytes) -> dict[str, str]:
    payload = json.loads(body)
    assert set(payload["error"]) == {"da", "en"} and all(payload["error"].values())
    return payload["error"]


# -- pages and headers ---------------------------------------------------------------------


def test_page_and_static_files_with_security_headers(served: Served) -> None:
    status, headers, body = served.request("GET", served.base)
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["cache-control"] == "no-store"
    page = body.decode()
    # No inline script or style (the CSP forbids them) and nothing from elsewhere.
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/app.js" defer>']
    assert "style=" not in page and "http" not in page.replace('http-equiv', '')
    for name, kind in (("app.js", "text/javascript"), ("app.css", "text/css")):
        status, headers, body = served.request("GET", f"/static/{name}")
        assert status == 200 and headers["content-type"].startswith(kind) and body
    assert b"innerHTML" not in served.request("GET", "/static/app.js")[2]
    status, _, body = served.request("GET", "/")
    assert status == 200 and b"<form" in body


def test_round_json_has_options_and_names_only(served: Served) -> None:
    status, headers, body = served.request("GET", served.base + "api/round")
    assert status == 200 and headers["cache-control"] == "no-store"
    data = json.loads(body)["round"]
    assert data["budget"] == 3 and data["max_per_option"] == 2 and data["kind"] == "dots"
    assert [o["id"] for o in data["options"]] == [str(i) for i in served.ideas]
    assert data["options"][1]["text"] == "<img src=x onerror=alert(1)>"  # text, escaped by JSON
    assert [p["name"] for p in data["participants"]] == ["Anne", "Bo"]
    assert set(data) == {"kind", "state", "title", "anonymous", "budget", "max_per_option", "language",
                         "options", "criteria", "participants"}


def test_anonymous_round_shows_no_names_and_refuses_one(served: Served) -> None:
    rid = open_round(served.library, served.workshop_id, "dots", anonymous=True).subject
    assert rid is not None
    info = round_info(served.library, rid)
    served.server.serve_round(info)
    data = json.loads(served.request("GET", f"/r/{info.token}/api/round")[2])["round"]
    assert data["participants"] == [] and data["anonymous"] is True
    status, body = served.post({"voter": VOTER, "participant": str(served.people[0]), "dots": {str(served.ideas[0]): 1}},
                               f"/r/{info.token}/api/ballot")
    assert status == 422 and "anonym" in body["error"]["da"]  # type: ignore[index]


# -- casting -------------------------------------------------------------------------------


def test_cast_change_and_read_own_ballot(served: Served) -> None:
    status, body = served.post({"voter": VOTER, "dots": {str(served.ideas[0]): 2}})
    assert status == 200 and body["ok"] is True
    assert body["ballot"]["dots"] == {str(served.ideas[0]): 2}  # type: ignore[index]
    status, body = served.post({"voter": VOTER, "participant": str(served.people[1]), "dots": {str(served.ideas[1]): 1}})
    assert status == 200
    view = read_ballot(served.library, served.info.id, "phone:" + VOTER)
    assert view is not None and view.dots == {served.ideas[1]: 1} and view.participant_id == served.people[1]
    assert ballot_count(served.library, served.info.id).ballots == 1
    assert [e.ballots for e in served.events] == [1, 1]
    assert all(e.round_id == served.info.id for e in served.events)
    status, _, raw = served.request("GET", served.base + "api/me", headers={"X-Samskab-Voter": VOTER})
    assert status == 200 and json.loads(raw)["ballot"]["dots"] == {str(served.ideas[1]): 1}
    # Another phone cannot read it: its key finds nothing.
    status, _, raw = served.request("GET", served.base + "api/me", headers={"X-Samskab-Voter": "other-key-0123456789"})
    assert status == 200 and json.loads(raw)["ballot"] is None


def test_abstain_from_phone(served: Served) -> None:
    status, body = served.post({"voter": VOTER, "abstain": True})
    assert status == 200 and body["ballot"]["abstained"] is True  # type: ignore[index]
    assert ballot_count(served.library, served.info.id).abstained == 1
    status, _ = served.post({"voter": VOTER, "abstain": True, "dots": {str(served.ideas[0]): 1}})
    assert status == 400


def test_a_name_cannot_be_taken_by_another_phone(served: Served) -> None:
    assert served.post({"voter": VOTER, "participant": str(served.people[0]), "dots": {str(served.ideas[0]): 1}})[0] == 200
    status, body = served.post({"voter": "another-phone-123456", "participant": str(served.people[0]),
                                "dots": {str(served.ideas[0]): 1}})
    assert status == 422 and "anden enhed" in body["error"]["da"]  # type: ignore[index]


# -- rejections: each changes nothing and answers 4xx JSON ---------------------------------


@pytest.mark.parametrize(
    ("payload", "status", "word"),
    [
        ({"voter": VOTER, "dots": {"IDEA0": 3}}, 422, "Højst 2"),  # over the maximum per idea
        ({"voter": VOTER, "dots": {"IDEA0": 2, "IDEA1": 2}}, 422, "prikker"),  # over budget
        ({"voter": VOTER, "dots": {str(uuid.UUID(int=1)): 1}}, 422, "ikke er med"),  # unknown option
        ({"voter": VOTER, "dots": {"not-a-uuid": 1}}, 422, "ikke er med"),
        ({"voter": VOTER, "dots": {"IDEA0": "1"}}, 422, "helt tal"),
        ({"voter": VOTER, "dots": {"IDEA0": 1.5}}, 422, "helt tal"),
        ({"voter": VOTER, "dots": {}}, 422, "mindst én"),
        ({"voter": VOTER, "dots": [1]}, 400, "læses"),
        ({"voter": VOTER, "answers": {"IDEA0": "enig"}}, 400, "læses"),
        ({"voter": VOTER, "dots": {"IDEA0": 1}, "admin": True}, 400, "læses"),
        ({"voter": VOTER, "abstain": "yes"}, 400, "læses"),
        ({"dots": {"IDEA0": 1}}, 400, "nøgle"),  # no voter key
        ({"voter": "short", "dots": {"IDEA0": 1}}, 400, "nøgle"),
        ({"voter": "<script>alert(1)</script>xx", "dots": {"IDEA0": 1}}, 400, "nøgle"),
        ({"voter": VOTER, "participant": str(uuid.UUID(int=4)), "dots": {"IDEA0": 1}}, 422, "Navnet"),
        ({"voter": VOTER, "participant": 7, "dots": {"IDEA0": 1}}, 422, "ikke er med"),
        ([1, 2], 400, "læses"),
        ("ballot", 400, "læses"),
    ],
)
def test_bad_ballots_are_refused_and_change_nothing(served: Served, payload: object, status: int, word: str) -> None:
    assert served.post({"voter": VOTER, "dots": {str(served.ideas[2]): 1}})[0] == 200
    text = json.dumps(payload)
    for n, idea in enumerate(served.ideas):
        text = text.replace(f"IDEA{n}", str(idea))
    got, headers, body = served.request("POST", served.base + "api/ballot", text, {"Content-Type": "application/json"})
    assert got == status and word in error_of(body)["da"]
    assert headers["content-type"].startswith("application/json")
    view = read_ballot(served.library, served.info.id, "phone:" + VOTER)
    assert view is not None and view.dots == {served.ideas[2]: 1}
    assert len(served.events) == 1


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        (b"{not json", {"Content-Type": "application/json"}, 400),
        (b'{"voter": "a", "voter": "b"}', {"Content-Type": "application/json"}, 400),  # duplicate key
        (b'{"voter": NaN}', {"Content-Type": "application/json"}, 400),
        (b"\xff\xfe{}", {"Content-Type": "application/json"}, 400),
        (b"[" * 100_00, {"Content-Type": "application/json"}, 400),  # deep nesting, within the size
        (b'{"voter": "x"}', {"Content-Type": "text/plain"}, 415),
        (b"x" * (MAX_BODY + 1), {"Content-Type": "application/json"}, 413),
    ],
)
def test_malformed_and_oversized_bodies(served: Served, body: bytes, headers: dict[str, str], status: int) -> None:
    got, _, answer = served.request("POST", served.base + "api/ballot", body, headers)
    assert got == status
    error_of(answer)
    assert ballot_count(served.library, served.info.id).ballots == 0


def test_missing_length_and_chunked_bodies(served: Served) -> None:
    path = served.base + "api/ballot"
    answer = served.raw(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 411")
    answer = served.raw(
        f"POST {path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
        "2\r\n{}\r\n0\r\n\r\n".encode()
    )
    assert answer.startswith(b"HTTP/1.1 411")
    answer = served.raw(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 400")
    answer = served.raw(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\nContent-Type: application/json\r\n\r\n{{}}".encode())
    assert answer.startswith(b"HTTP/1.1 400")  # the body ended early


def test_no_token_wrong_token_and_unserved_round(served: Served) -> None:
    payload = {"voter": VOTER, "dots": {str(served.ideas[0]): 1}}
    for path in ("/r/", "/r//api/ballot", "/api/ballot", "/r/WRONGTOKEN2345678ABCDEFGH/api/ballot",
                 f"/r/{served.info.token[:-1]}X/api/ballot", f"/r/{served.info.token.lower()}/api/ballot"):
        status, body = served.post(payload, path)
        assert status in (404, 405), path
    for path in ("/r/WRONGTOKEN2345678ABCDEFGH/", "/r/WRONGTOKEN2345678ABCDEFGH/api/round", "/r/x/"):
        status, _, body = served.request("GET", path)
        assert status == 404
        error_of(body)
    # A round in the library but not opened for phones is unknown to the server.
    rid = open_round(served.library, served.workshop_id, "statements").subject
    assert rid is not None
    token = round_info(served.library, rid).token
    assert served.request("GET", f"/r/{token}/api/round")[0] == 404
    assert served.post(payload, f"/r/{token}/api/ballot")[0] == 404
    served.server.stop_round(served.info.id)
    assert served.post(payload)[0] == 404
    assert ballot_count(served.library, served.info.id).ballots == 0


def test_after_close_nothing_is_accepted(served: Served) -> None:
    assert served.post({"voter": VOTER, "dots": {str(served.ideas[0]): 1}})[0] == 200
    close_round(served.library, served.info.id)
    status, body = served.post({"voter": VOTER, "dots": {str(served.ideas[1]): 2}})
    assert status == 409 and "lukket" in body["error"]["da"]  # type: ignore[index]
    status, _ = served.post({"voter": VOTER, "abstain": True})
    assert status == 409
    reveal_round(served.library, served.info.id)
    assert served.post({"voter": "late-phone-123456789", "dots": {str(served.ideas[1]): 1}})[0] == 409
    view = read_ballot(served.library, served.info.id, "phone:" + VOTER)
    assert view is not None and view.dots == {served.ideas[0]: 1}
    state = json.loads(served.request("GET", served.base + "api/round")[2])["round"]["state"]
    assert state == "revealed"


@pytest.mark.parametrize(
    "path",
    [
        "/../phone/server.py",
        "/static/../server.py",
        "/static/..%2Fserver.py",
        "/static/%2e%2e/server.py",
        "/static/app.js/../../server.py",
        "/static/%61pp.js",
        "/static/index.html",
        "/static/",
        "/static/..\\server.py",
        "//etc/passwd",
        "/r/TOKEN/../../static/app.js",
        "/r/TOKEN/api%2Fround",
        "/r/TOKEN/./api/round",
        "/r/TOKEN/api/round/extra",
        "/etc/passwd",
        "/favicon.ico",
    ],
)
def test_no_path_outside_the_routes(served: Served, path: str) -> None:
    status, _, body = served.request("GET", path.replace("TOKEN", served.info.token))
    assert status == 404
    assert b"import" not in body and b"root:" not in body
    error_of(body)


def test_methods_and_bad_request_lines_never_get_5xx(served: Served) -> None:
    for method in ("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"):
        status, headers, body = served.request(method, served.base + "api/ballot")
        assert status == 405 and "allow" in headers
        error_of(body)
    assert served.request("GET", served.base + "api/ballot")[0] == 405
    assert served.request("POST", served.base + "api/round", "{}", {"Content-Type": "application/json"})[0] == 405
    for raw in (b"FOO / HTTP/1.1\r\nHost: x\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"GARBAGE\r\n\r\n",
                b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"):
        answer = served.raw(raw)
        status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0
        assert status == 0 or 400 <= status < 500, answer[:80]


def test_rate_limit_per_voter_key(served: Served) -> None:
    payload = {"voter": VOTER, "dots": {str(served.ideas[0]): 1}}
    answers = [served.post(payload)[0] for _ in range(RATE_BURST + 2)]
    assert answers[:RATE_BURST] == [200] * RATE_BURST and answers[RATE_BURST:] == [429, 429]
    # Another phone behind the same address is not held back.
    assert served.post({"voter": "neighbour-phone-0001", "dots": {str(served.ideas[0]): 1}})[0] == 200
    served.clock.now += 5
    assert served.post(payload)[0] == 200


def test_join_code_leads_to_the_round_and_wrong_codes_are_limited(served: Served) -> None:
    status, headers, _ = served.request("GET", f"/j?code={served.info.join_code.lower()}")
    assert status == 303 and headers["location"] == served.base
    status, headers, _ = served.request("GET", "/j?code=AAAAAA")
    assert status == 303 and headers["location"] == "/?error=code"
    statuses = [served.request("GET", "/j?code=BBBBBB")[0] for _ in range(25)]
    assert 429 in statuses
    # The right code still works for others; closing the round retires the code.
    abstain(served.library, served.info.id, "someone")
    close_round(served.library, served.info.id)
    served.clock.now += 120
    assert served.request("GET", f"/j?code={served.info.join_code}")[1]["location"] == "/?error=code"


# -- the server itself --------------------------------------------------------------------


def test_port_taken_picks_another(library: Library) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        taken = blocker.getsockname()[1]
        server = PhoneServer(library, host="127.0.0.1", port=taken).start()
        try:
            assert server.port != taken and server.port_changed
            assert server.base_url == f"http://127.0.0.1:{server.port}/"
        finally:
            server.stop()
    assert not server.running


def test_listener_failure_does_not_lose_the_ballot(served: Served) -> None:
    def broken(_: BallotEvent) -> None:
        raise RuntimeError("listener broke")

    served.server.on_ballot = broken
    assert served.post({"voter": VOTER, "dots": {str(served.ideas[0]): 1}})[0] == 200
    assert ballot_count(served.library, served.info.id).ballots == 1


def test_qr_codes(served: Served, tmp_path: Path) -> None:
    pytest.importorskip("segno")
    url = served.server.round_url(served.info.token)
    assert qr_svg(url).lstrip().startswith(b"<svg")
    assert qr_png(url).startswith(b"\x89PNG")


def test_an_http_0_9_request_gets_a_status_line_and_the_headers(served: Served) -> None:
    """``GET /`` without a version made the standard library answer a bare body,
    without status line or security headers (found by the fuzzer)."""
    for raw in (b"GET /\r\n\r\n", b" / HTTP/1.1\r\n\r\n", f"GET {served.base}\r\n\r\n".encode()):
        answer = served.raw(raw)
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400 "), answer[:80]
        assert b"X-Content-Type-Options: nosniff" in head and b"Content-Security-Policy:" in head
        error_of(body)


def test_ballot_answers_are_never_cached_and_carry_the_headers(served: Served) -> None:
    for payload in ({"voter": VOTER, "dots": {str(served.ideas[0]): 1}}, {"voter": VOTER, "dots": "x"}):
        status, headers, _ = served.request(
            "POST", served.base + "api/ballot", json.dumps(payload), {"Content-Type": "application/json"}
        )
        assert status in (200, 400)
        assert headers["cache-control"] == "no-store"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"
        assert "default-src 'self'" in headers["content-security-policy"]
    for path in ("api/me", "api/round"):
        _, headers, _ = served.request("GET", served.base + path, headers={"X-Samskab-Voter": VOTER})
        assert headers["cache-control"] == "no-store"


def test_a_taken_port_shows_in_the_round_address_and_its_qr_code(served: Served) -> None:
    pytest.importorskip("segno")
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        taken = blocker.getsockname()[1]
        server = PhoneServer(served.library, host="127.0.0.1", port=taken).start()
        try:
            url = server.serve_round(served.info)
            assert url == f"http://127.0.0.1:{server.port}/r/{served.info.token}/" and server.port != taken
            svg = qr_svg(url)
            assert svg == qr_svg(server.round_url(served.info.token)) and svg != qr_svg(url.replace(str(server.port), str(taken)))
            status, _, _ = Served(served.library, server, served.info, [], [], [], served.clock, served.workshop_id).request(
                "GET", served.base + "api/round")
            assert status == 200
        finally:
            server.stop()


def test_a_stopped_server_no_longer_listens(library: Library) -> None:
    server = PhoneServer(library, host="127.0.0.1").start()
    port = server.port
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    server.stop()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_stopping_ends_a_silent_connection_at_once(served: Served) -> None:
    """A phone that connects and sends nothing held a worker for the handler's 5 s
    timeout, and quitting the app waited for it. Stopping now ends such connections."""
    silent = socket.create_connection(("127.0.0.1", served.server.port), timeout=3)
    try:
        # Connections are accepted in order: once a later request is answered, the
        # silent one has been taken by a worker.
        status, _, _ = served.request("GET", served.base)
        assert status == 200
        served.server.stop()
        # Ended by the server now, not by the handler's timeout (5 s > this 3 s).
        assert silent.recv(1) == b""
    finally:
        silent.close()

"""The phone server over real HTTP on loopback: the session's routes (state, events,
ballots), every refusal as a 4xx JSON answer that changes nothing, the security
headers, binding errors and stopping. No Qt. Ideas: test_phone_ideas.py; slow
connections and limits: test_phone_security.py; the watcher: test_phone_events.py."""

from __future__ import annotations

import json
import re
import socket
import uuid
from pathlib import Path

import pytest
from phone_helpers import DEVICE, Served, error_of, serve, status_of

from app.library import Library
from app.operations import close_round, open_round, reveal_round
from app.voting import ballot_count, read_ballot
from phone.app import MAX_BODY
from phone.server import BallotEvent, PhoneServer, PhoneServerError, qr_png, qr_svg

# -- pages and headers ---------------------------------------------------------------------


def test_page_and_static_files_with_security_headers(served: Served) -> None:
    for path in ("/", f"/j/{served.code}", "/j/000000", "/j/ABC234"):
        status, headers, body = served.request("GET", path)
        assert status == 200 and headers["content-type"].startswith("text/html")
        assert "default-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-frame-options"] == "DENY"
    page = body.decode()
    # No inline script or style (the CSP forbids them) and nothing from elsewhere.
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", page))
    assert "http://" not in page and "https://" not in page
    for name, kind in (("app.js", "text/javascript"), ("app.css", "text/css")):
        status, headers, body = served.request("GET", f"/static/{name}")
        assert status == 200 and headers["content-type"].startswith(kind) and body


def test_head_answers_like_get_without_a_body(served: Served) -> None:
    status, headers, body = served.request("HEAD", served.api)
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0


def test_the_old_join_form_redirects_to_the_code(served: Served) -> None:
    status, headers, _ = served.request("GET", f"/j?code={served.code}")
    assert status == 303 and headers["location"] == f"/j/{served.code}"
    for query in ("code=ABC234&a=1&b=2", "code=1&code=2", "code=%31", "code=", "code=" + "1" * 40, "x=1",
                  "code=12+34", "code"):
        status, _, body = served.request("GET", f"/j?{query}")
        assert status == 400, query
        error_of(body)


# -- the state ------------------------------------------------------------------------------


def test_state_of_an_open_round(served: Served) -> None:
    status, headers, body = served.request("GET", served.api)
    assert status == 200 and headers["cache-control"] == "no-store"
    assert headers["content-type"] == "application/json; charset=utf-8"
    state = json.loads(body)
    assert set(state) == {"revision", "code", "title", "question", "phase", "screen", "writing", "round", "results",
                          "handout"}
    assert state["screen"] == "ballot" and state["title"] == "Borgermøde" and state["code"] == served.code
    assert re.fullmatch(r"[0-9]{6}", state["code"])
    round_ = state["round"]
    assert round_["id"] == str(served.round_id) and round_["state"] == "open" and round_["kind"] == "dots"
    assert round_["budget"] == 3 and round_["max_per_option"] == 2
    assert [o["id"] for o in round_["options"]] == [str(i) for i in served.ideas]
    assert round_["options"][1]["text"] == "<img src=x onerror=alert(1)>"  # text, escaped by JSON
    assert [p["name"] for p in round_["participants"]] == ["Anne", "Bo"]
    assert state["results"] is None and state["writing"] is None


def test_state_is_built_once_per_change_not_per_request(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    import phone.state

    built: list[int] = []
    original = phone.state.build
    monkeypatch.setattr(phone.state, "build", lambda *a: built.append(1) or original(*a))
    bodies = {served.request("GET", served.api)[2] for _ in range(20)}
    assert len(bodies) == 1 and built == []
    stream = served.events()
    try:
        stream.state()
        close_round(served.library, served.round_id)
        assert stream.state(lambda s: s["round"] is None)["screen"] == "waiting"
    finally:
        stream.close()
    assert built == [1]


def test_wrong_codes_are_404_and_say_so(served: Served) -> None:
    other = "000000" if served.code != "000000" else "111111"
    for path in (f"/api/session/{other}", f"/api/session/{other}/events", "/api/session/ABCDEF",
                 "/api/session/1234567", "/api/session/12345"):
        status, _, body = served.request("GET", path)
        assert status == 404, path
        assert "Koden" in error_of(body)["da"]
    status, _ = served.send("POST", f"/api/session/{other}/ballot", {"round": str(served.round_id), "voter": DEVICE})
    assert status == 404


def test_revealed_round_shows_its_results(served: Served) -> None:
    assert served.vote({"voter": DEVICE, "dots": {str(served.ideas[2]): 2}})[0] == 200
    stream = served.events()
    try:
        close_round(served.library, served.round_id)
        reveal_round(served.library, served.round_id)
        state = stream.state(lambda s: s["screen"] == "result")
    finally:
        stream.close()
    results = state["results"]
    assert state["round"]["state"] == "revealed"
    assert results["kind"] == "dots" and results["voters"] == 1
    assert results["dots"][0]["option"]["id"] == str(served.ideas[2]) and results["dots"][0]["dots"] == 2


# -- ballots --------------------------------------------------------------------------------


def test_cast_change_and_read_own_ballot(served: Served) -> None:
    status, body = served.vote({"voter": DEVICE, "dots": {str(served.ideas[0]): 2}})
    assert status == 200 and body["ok"] is True and body["message"]["da"]
    assert body["ballot"]["dots"] == {str(served.ideas[0]): 2} and body["ballot"]["round"] == str(served.round_id)
    status, body = served.vote({"device": DEVICE, "participant": str(served.people[1]), "dots": {str(served.ideas[1]): 1}})
    assert status == 200
    view = read_ballot(served.library, served.round_id, "phone:" + DEVICE)
    assert view is not None and view.dots == {served.ideas[1]: 1} and view.participant_id == served.people[1]
    assert ballot_count(served.library, served.round_id).ballots == 1
    assert [e.ballots for e in served.ballots] == [1, 1]
    assert all(e.round_id == served.round_id for e in served.ballots)
    status, mine = served.get(f"{served.api}/ballot?device={DEVICE}&round={served.round_id}")
    assert status == 200 and mine["ballot"]["dots"] == {str(served.ideas[1]): 1}
    # Another phone cannot read it: its key finds nothing.
    status, theirs = served.get(f"{served.api}/ballot?device=other-key-0123456789&round={served.round_id}")
    assert status == 200 and theirs["ballot"] is None
    assert served.get(f"{served.api}/ballot?device={DEVICE}")[0] == 400


def test_abstain_from_phone(served: Served) -> None:
    status, body = served.vote({"voter": DEVICE, "abstain": True})
    assert status == 200 and body["ballot"]["abstained"] is True
    assert ballot_count(served.library, served.round_id).abstained == 1
    assert served.vote({"voter": DEVICE, "abstain": True, "dots": {str(served.ideas[0]): 1}})[0] == 400


def test_anonymous_round_shows_no_names_and_refuses_one(served: Served) -> None:
    stream = served.events()
    try:
        rid = open_round(served.library, served.workshop_id, "dots", anonymous=True).subject
        state = stream.state(lambda s: s["round"] is not None and s["round"]["id"] == str(rid))
    finally:
        stream.close()
    assert state["round"]["participants"] == [] and state["round"]["anonymous"] is True
    status, body = served.send("POST", served.api + "/ballot", {
        "round": str(rid), "voter": DEVICE, "participant": str(served.people[0]), "dots": {str(served.ideas[0]): 1}})
    assert status == 422 and "anonym" in body["error"]["da"]


def test_a_name_cannot_be_taken_by_another_phone(served: Served) -> None:
    assert served.vote({"voter": DEVICE, "participant": str(served.people[0]), "dots": {str(served.ideas[0]): 1}})[0] == 200
    status, body = served.vote({"voter": "another-phone-123456", "participant": str(served.people[0]),
                                "dots": {str(served.ideas[0]): 1}})
    assert status == 422 and "anden enhed" in body["error"]["da"]


@pytest.mark.parametrize(
    ("payload", "status", "word"),
    [
        ({"voter": DEVICE, "dots": {"IDEA0": 3}}, 422, "Højst 2"),  # over the maximum per idea
        ({"voter": DEVICE, "dots": {"IDEA0": 2, "IDEA1": 2}}, 422, "prikker"),  # over budget
        ({"voter": DEVICE, "dots": {str(uuid.UUID(int=1)): 1}}, 422, "ikke er med"),  # unknown option
        ({"voter": DEVICE, "dots": {"not-a-uuid": 1}}, 422, "ikke er med"),
        ({"voter": DEVICE, "dots": {"IDEA0": "1"}}, 422, "helt tal"),
        ({"voter": DEVICE, "dots": {"IDEA0": 1.5}}, 422, "helt tal"),
        ({"voter": DEVICE, "dots": {}}, 422, "mindst én"),
        ({"voter": DEVICE, "dots": [1]}, 400, "læses"),
        ({"voter": DEVICE, "answers": {"IDEA0": "enig"}}, 400, "læses"),
        ({"voter": DEVICE, "dots": {"IDEA0": 1}, "admin": True}, 400, "læses"),
        ({"voter": DEVICE, "abstain": "yes"}, 400, "læses"),
        ({"dots": {"IDEA0": 1}}, 400, "nøgle"),  # no device key
        ({"voter": DEVICE, "device": DEVICE, "dots": {"IDEA0": 1}}, 400, "nøgle"),  # two
        ({"voter": "short", "dots": {"IDEA0": 1}}, 400, "nøgle"),
        ({"voter": "<script>alert(1)</script>xx", "dots": {"IDEA0": 1}}, 400, "nøgle"),
        ({"voter": DEVICE, "participant": str(uuid.UUID(int=4)), "dots": {"IDEA0": 1}}, 422, "Navnet"),
        ({"voter": DEVICE, "participant": 7, "dots": {"IDEA0": 1}}, 422, "ikke er med"),
        ({"voter": DEVICE, "round": "not-a-round", "dots": {"IDEA0": 1}}, 400, "læses"),
        ({"voter": DEVICE, "round": str(uuid.UUID(int=9)), "dots": {"IDEA0": 1}}, 409, "ikke åben"),
    ],
)
def test_bad_ballots_are_refused_and_change_nothing(served: Served, payload: dict[str, object], status: int,
                                                    word: str) -> None:
    assert served.vote({"voter": DEVICE, "dots": {str(served.ideas[2]): 1}})[0] == 200
    text = json.dumps({"round": str(served.round_id), **payload})
    for n, idea in enumerate(served.ideas):
        text = text.replace(f"IDEA{n}", str(idea))
    got, headers, body = served.request("POST", served.api + "/ballot", text, {"Content-Type": "application/json"})
    assert got == status and word in error_of(body)["da"]
    assert headers["content-type"].startswith("application/json")
    view = read_ballot(served.library, served.round_id, "phone:" + DEVICE)
    assert view is not None and view.dots == {served.ideas[2]: 1}
    assert len(served.ballots) == 1


@pytest.mark.parametrize("body", [
    b"{not json",
    b'{"voter": "a", "voter": "b"}',  # a key twice
    b'{"voter": NaN}',
    b'{"voter": 1e999}',
    b"\xff\xfe{}",  # not UTF-8
    b'{"voter": "\xed\xa0\x80"}',  # a lone surrogate in UTF-8
    b"[" * 10_000,  # deep nesting, within the size
    b"",
    b"[]",
])
def test_malformed_bodies_are_400(served: Served, body: bytes) -> None:
    status, _, answer = served.request("POST", served.api + "/ballot", body, {"Content-Type": "application/json"})
    assert status == 400
    error_of(answer)
    assert ballot_count(served.library, served.round_id).ballots == 0


def test_a_ballot_with_a_number_of_5000_digits_is_400(served: Served) -> None:
    number = "9" * 5000
    body = f'{{"round": "{served.round_id}", "voter": "{DEVICE}", "dots": {{"{served.ideas[0]}": {number}}}}}'
    status, _, answer = served.request("POST", served.api + "/ballot", body, {"Content-Type": "application/json"})
    assert status == 400
    error_of(answer)


def test_wrong_type_and_huge_bodies(served: Served) -> None:
    status, _, body = served.request("POST", served.api + "/ballot", '{"voter": "x"}', {"Content-Type": "text/plain"})
    assert status == 415
    error_of(body)
    status, headers, body = served.request("POST", served.api + "/ballot", b"x" * (MAX_BODY + 1),
                                           {"Content-Type": "application/json"})
    assert status == 413 and headers["connection"] == "close"
    error_of(body)
    # A Content-Length of a gigabyte is refused before a byte of the body is read.
    answer = served.raw(f"POST {served.api}/ballot HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {10**9}\r\n\r\n".encode(), half_close=False)
    assert status_of(answer) == 413
    # Chunked, growing past the limit: 413 too.
    chunk = b"%x\r\n%s\r\n" % (4096, b"x" * 4096)
    answer = served.raw(f"POST {served.api}/ballot HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n".encode() + chunk * 5 + b"0\r\n\r\n")
    assert status_of(answer) == 413
    answer = served.raw(f"POST {served.api}/ballot HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n"
                        "Content-Type: application/json\r\n\r\n{}".encode())
    assert status_of(answer) == 400  # the body ended early
    assert ballot_count(served.library, served.round_id).ballots == 0


def test_after_close_nothing_is_accepted(served: Served) -> None:
    assert served.vote({"voter": DEVICE, "dots": {str(served.ideas[0]): 1}})[0] == 200
    stream = served.events()
    try:
        close_round(served.library, served.round_id)
        stream.state(lambda s: s["round"] is None)
    finally:
        stream.close()
    status, body = served.vote({"voter": DEVICE, "dots": {str(served.ideas[1]): 2}})
    assert status == 409 and "ikke åben" in body["error"]["da"]
    assert served.vote({"voter": DEVICE, "abstain": True})[0] == 409
    view = read_ballot(served.library, served.round_id, "phone:" + DEVICE)
    assert view is not None and view.dots == {served.ideas[0]: 1}


def test_a_round_closed_while_the_ballot_waits_for_the_writer_is_409(served: Served) -> None:
    """The snapshot still says "open" (the watcher has not looked yet): the core refuses."""
    close_round(served.library, served.round_id)
    status, body = served.vote({"voter": DEVICE, "dots": {str(served.ideas[1]): 1}})
    assert status == 409 and "lukket" in body["error"]["da"]


# -- refused paths and methods ----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/../phone/server.py",
        "/static/../server.py",
        "/static/..%2Fserver.py",
        "/static/%2e%2e/server.py",
        "/static/app.js/../../server.py",
        "/static/%61pp.js",
        "/static/server.py",
        "/static/",
        "/static/..\\server.py",
        "//etc/passwd",
        "/api/session/CODE/../../static/app.js",
        "/api/session/CODE%2Fevents",
        "/api/session/CODE/./events",
        "/api/session/CODE/events/extra",
        "/api/session/CODE/ideas/x/y",
        "/api/session",
        "/api/round",
        "/r/ABCDEFGH/",
        "/etc/passwd",
        "/favicon.ico",
        "/j/ABC/DEF",
        "/j/" + "1" * 40,
        "/j/%31%32",
    ],
)
def test_no_path_outside_the_routes(served: Served, path: str) -> None:
    status, _, body = served.request("GET", path.replace("CODE", served.code))
    assert status == 404, path
    assert b"import" not in body and b"root:" not in body
    error_of(body)


def test_a_browser_at_an_unknown_address_gets_the_page_with_404(served: Served) -> None:
    """An old per-round QR code opened in a browser: the page (which says the address is
    wrong or old), still a 404; an API client asking the same gets the JSON error."""
    status, headers, body = served.request("GET", "/r/ABCDEFGH/", headers={"Accept": "text/html,*/*"})
    assert status == 404 and headers["content-type"].startswith("text/html") and b"<html" in body.lower()
    status, _, body = served.request("GET", "/api/nope", headers={"Accept": "text/html"})
    assert status == 404
    error_of(body)


def test_wrong_methods_are_405_with_allow(served: Served) -> None:
    for method, path, allow in (
        ("POST", "/", "GET, HEAD"), ("DELETE", "/static/app.js", "GET, HEAD"), ("PUT", served.api, "GET, HEAD"),
        ("POST", served.api + "/events", "GET"), ("DELETE", served.api + "/ballot", "GET, POST"),
        ("PATCH", served.api + "/ideas", "GET, POST"), ("GET", served.api + f"/ideas/{uuid.uuid4()}", "PUT, DELETE"),
        ("OPTIONS", served.api, "GET, HEAD"), ("TRACE", "/", "GET, HEAD"),
    ):
        status, headers, body = served.request(method, path)
        assert status == 405 and headers["allow"] == allow, (method, path)
        error_of(body)


@pytest.mark.parametrize("raw", [
    b"FOO / HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET / HTTP/9.9\r\n\r\n",
    b"GARBAGE\r\n\r\n",
    b" / HTTP/1.1\r\n\r\n",
    b"GET /\xff HTTP/1.1\r\nHost: x\r\n\r\n",  # not ASCII
    b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nX: \x01\r\n\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  # TLS hello
    b"POST /api/session/123456/ballot HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n",
    b"POST /api/session/123456/ballot HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
    b"POST /api/session/123456/ballot HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\n",  # cut short
])
def test_unparsable_requests_get_a_4xx_json_answer(served: Served, raw: bytes) -> None:
    answer = served.raw(raw)
    status = status_of(answer)
    assert 400 <= status < 500, answer[:120]
    error_of(answer.partition(b"\r\n\r\n")[2])


def test_an_http_0_9_request_gets_a_status_line_and_the_headers(served: Served) -> None:
    """``GET /`` without a version made the standard library answer a bare body,
    without status line or security headers."""
    head = served.raw(b"GET /\r\n\r\n").partition(b"\r\n\r\n")[0].lower()
    assert head.startswith(b"http/1.1 ") and b"content-security-policy:" in head and b"x-content-type-options" in head


def test_headers_over_8_kib_are_431(served: Served) -> None:
    for raw in (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
                b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n",
                b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-A: b\r\n" * 2000 + b"\r\n"):
        answer = served.raw(raw, half_close=False)
        assert status_of(answer) == 431, answer[:80]
        error_of(answer.partition(b"\r\n\r\n")[2])
    # An endless header, sent in pieces, is cut off as it grows (not kept in memory).
    with socket.create_connection(("127.0.0.1", served.server.port), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Endless: ")
        try:
            for _ in range(100):
                sock.sendall(b"a" * 1000)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = sock.recv(4096)
    assert status_of(answer) == 431


def test_answers_are_never_cached_and_carry_the_headers(served: Served) -> None:
    for payload in ({"voter": DEVICE, "dots": {str(served.ideas[0]): 1}}, {"voter": DEVICE, "dots": "x"}):
        status, headers, _ = served.request("POST", served.api + "/ballot",
                                            json.dumps({"round": str(served.round_id), **payload}),
                                            {"Content-Type": "application/json"})
        assert status in (200, 400)
        assert headers["cache-control"] == "no-store"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"
        assert "default-src 'self'" in headers["content-security-policy"]


def test_a_broken_listener_does_not_lose_the_ballot(served: Served) -> None:
    def broken(_: BallotEvent) -> None:
        raise RuntimeError("listener broke")

    served.server.on_ballot = broken
    assert served.vote({"voter": DEVICE, "dots": {str(served.ideas[0]): 1}})[0] == 200
    assert ballot_count(served.library, served.round_id).ballots == 1


# -- the server itself ---------------------------------------------------------------------------


def test_join_url_and_qr_codes(served: Served) -> None:
    url = served.server.join_url
    assert url == f"http://127.0.0.1:{served.server.port}/j/{served.code}"
    assert qr_svg(url).lstrip().startswith(b"<svg")
    assert qr_png(url).startswith(b"\x89PNG")


def test_a_taken_port_is_an_error_unless_any_port_will_do(served: Served) -> None:
    taken = served.server.port
    with pytest.raises(PhoneServerError, match=f"Port {taken} er optaget"):
        serve(served.library, served.workshop_id, port=taken)
    other = serve(served.library, served.workshop_id, port=taken, any_port=True)
    try:
        assert other.port != taken and other.port_changed
        assert other.join_url == f"http://127.0.0.1:{other.port}/j/{served.code}"
    finally:
        other.stop()


@pytest.mark.parametrize(("host", "words"), [("10.9.9.9", "hører ikke til denne maskine"),
                                            ("no-such-host.invalid", "findes ikke")])
def test_an_address_not_on_this_machine_is_one_clear_error(served: Served, host: str, words: str) -> None:
    with pytest.raises(PhoneServerError, match=words) as caught:
        PhoneServer(served.library, served.workshop_id, host=host).start()
    assert "\n" not in str(caught.value) and caught.value.en


def test_a_stopped_server_no_longer_listens(library: Library, served: Served) -> None:
    server = serve(served.library, served.workshop_id)
    port = server.port
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    server.stop()
    assert not server.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_stopping_ends_silent_connections_and_streams_at_once(served: Served) -> None:
    silent = socket.create_connection(("127.0.0.1", served.server.port), timeout=5)
    stream = served.events()
    try:
        assert served.request("GET", served.api)[0] == 200
        stream.state()
        served.server.stop()
        # The page hears "closed", then the stream ends; the silent connection is closed.
        assert stream.state()["screen"] == "closed"
        with pytest.raises(EOFError):
            stream.next_event()
        assert silent.recv(1) == b""
    finally:
        silent.close()
        stream.close()


def test_a_workshop_never_opened_to_phones_answers_no_code(served: Served, tmp_path: Path) -> None:
    from app.operations import create_workshop
    from app.templates import load_templates

    other = create_workshop(served.library, load_templates()["samarbejdsdrevet-innovation"], title="Ny").subject
    assert other is not None
    server = serve(served.library, other)
    try:
        assert server.code is None and server.join_url is None
    finally:
        server.stop()

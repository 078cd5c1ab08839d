"""Slow and silent connections, the bound on connections and the rate limits.

Loopback only and small numbers (a few hundred sockets at most): the room-sized runs
are in ``python -m bench phone``. No timing assertions: what is checked is that honest
requests are answered while the slow ones are held, and that every limit answers.
"""

from __future__ import annotations

import socket
import threading
import tracemalloc
import uuid
from collections.abc import Iterator

import pytest
from phone_helpers import DEVICE, Served, error_of, serve, status_of

from phone.app import ADDRESS_BURST, DEVICE_BURST, JOIN_BURST
from phone.limits import RateLimiter


def connect(port: int, first: bytes = b"") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=20)
    if first:
        sock.sendall(first)
    return sock


class Trickle:
    """Connections that each send their request line one byte at a time, a byte every
    ``every`` seconds, for ever (the slow-loris attack)."""

    def __init__(self, sockets: list[socket.socket], every: float) -> None:
        self.sockets = sockets
        self.every = every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        line = b"GET /api/session/000000 HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10_000
        position = 0
        while not self.stop.wait(self.every):  # the attacker's pace, not a test waiting
            for sock in self.sockets:
                try:
                    sock.send(line[position:position + 1])
                except OSError:
                    pass
            position = (position + 1) % len(line)

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        for sock in self.sockets:
            sock.close()


@pytest.fixture
def quick(served: Served) -> Iterator[Served]:
    """The same workshop on a second server whose requests must arrive within 0.5 s."""
    server = serve(served.library, served.workshop_id, read_timeout=0.5, max_connections=60)
    other = Served(served.library, server, served.workshop_id, served.round_id, served.ideas, served.people, served.clock)
    yield other
    server.stop()


def test_a_trickling_request_is_cut_off_by_the_deadline_per_request(quick: Served) -> None:
    """A byte every 0.1 s keeps any timeout per read happy; the deadline is per request."""
    sock = connect(quick.server.port)
    trickle = Trickle([sock], every=0.1)
    try:
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
        assert status_of(answer) == 408
        assert "for lang tid" in error_of(answer.partition(b"\r\n\r\n")[2])["da"]
    finally:
        trickle.close()


def test_a_silent_connection_is_closed_with_408(quick: Served) -> None:
    sock = connect(quick.server.port)
    try:
        answer = sock.recv(4096)
        assert status_of(answer) == 408
    finally:
        sock.close()


def test_a_slow_body_is_cut_off_too(quick: Served) -> None:
    sock = connect(quick.server.port, f"POST {quick.api}/ballot HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                      "Content-Length: 500\r\n\r\n{".encode())
    try:
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
        assert status_of(answer) == 408
    finally:
        sock.close()


def test_slow_and_silent_connections_do_not_hold_honest_phones(served: Served) -> None:
    """150 connections trickling their headers and 150 silent ones, held open while
    honest phones vote and read the state: every honest request is answered."""
    port = served.server.port
    slow = [connect(port) for _ in range(150)]
    silent = [connect(port) for _ in range(150)]
    trickle = Trickle(slow, every=0.2)
    try:
        for n in range(30):
            assert served.request("GET", served.api)[0] == 200
            assert served.vote({"voter": f"honest-phone-{n:08d}", "dots": {str(served.ideas[0]): 1}})[0] == 200
        stream = served.events()
        assert stream.state()["screen"] == "ballot"
        stream.close()
    finally:
        trickle.close()
        for sock in silent:
            sock.close()


def test_beyond_the_bound_the_longest_waiting_connection_makes_room(quick: Served) -> None:
    """60 connections at most: 70 silent ones do not shut honest phones out; the
    oldest silent ones are closed to make room."""
    port = quick.server.port
    silent = [connect(port) for _ in range(70)]
    try:
        assert quick.request("GET", quick.api)[0] == 200
        # The first ones were closed (with 408) when the later ones came.
        assert status_of(silent[0].recv(4096)) == 408
    finally:
        for sock in silent:
            sock.close()


# -- rate limits -------------------------------------------------------------------------------


def test_the_limit_per_phone(served: Served) -> None:
    payload = {"voter": DEVICE, "dots": {str(served.ideas[0]): 1}}
    answers = [served.vote(payload)[0] for _ in range(DEVICE_BURST + 2)]
    assert answers[:DEVICE_BURST] == [200] * DEVICE_BURST and answers[DEVICE_BURST:] == [429, 429]
    status, headers, body = served.request("GET", f"{served.api}/ideas?device={DEVICE}")
    assert status == 429 and int(headers["retry-after"]) >= 1
    assert "denne telefon" in error_of(body)["da"]
    # Another phone behind the same address is not held back.
    assert served.vote({"voter": "neighbour-phone-0001", "dots": {str(served.ideas[0]): 1}})[0] == 200
    served.clock.now += 5
    assert served.vote(payload)[0] == 200


def test_made_up_keys_cannot_get_round_the_limit(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    """One address inventing a new key for every request meets the limit per address
    (made 40 here instead of 600, to keep the test short)."""
    import phone.app

    monkeypatch.setattr(phone.app, "ADDRESS_BURST", 40)
    server = serve(served.library, served.workshop_id, clock=served.clock, limit_loopback=True)
    other = Served(served.library, server, served.workshop_id, served.round_id, served.ideas, served.people, served.clock)
    try:
        statuses = [other.vote({"voter": f"rotating-key-{n:010d}", "dots": {str(served.ideas[0]): 1}})[0]
                    for n in range(45)]
        assert statuses[:40] == [200] * 40 and statuses[40:] == [429] * 5
        status, headers, body = other.request("GET", other.api)
        assert status == 429 and "netværk" in error_of(body)["da"] and int(headers["retry-after"]) >= 1
    finally:
        server.stop()


def test_sixty_phones_behind_one_address_all_get_through(served: Served) -> None:
    """A router: 60 phones, one address, each joining, reading its ballot and voting."""
    for n in range(60):
        device = f"router-phone-{n:08d}"
        assert served.request("GET", served.api)[0] == 200
        assert served.request("GET", f"{served.api}/ballot?device={device}&round={served.round_id}")[0] == 200
        assert served.vote({"voter": device, "dots": {str(served.ideas[n % 3]): 1}})[0] == 200


def test_guessing_codes_is_limited_per_address(served: Served) -> None:
    wrong = "000000" if served.code != "000000" else "111111"
    statuses = [served.request("GET", f"/api/session/{wrong}")[0] for _ in range(JOIN_BURST + 3)]
    assert statuses[:JOIN_BURST] == [404] * JOIN_BURST and statuses[JOIN_BURST:] == [429] * 3
    assert served.request("GET", served.api)[0] == 200  # the right code still works


def test_this_laptop_is_not_limited_per_address_unless_asked(served: Served) -> None:
    server = serve(served.library, served.workshop_id)  # limit_loopback off: the default
    other = Served(served.library, server, served.workshop_id, served.round_id, served.ideas, served.people, served.clock)
    try:
        assert all(other.request("GET", other.api)[0] == 200 for _ in range(ADDRESS_BURST + 5))
    finally:
        server.stop()


def test_the_limiter_keeps_at_most_its_capacity_and_forgets_the_oldest() -> None:
    now = [0.0]
    limiter = RateLimiter(2, 1.0, lambda: now[0], capacity=1000)
    assert limiter.allow("a") and limiter.allow("a") and not limiter.allow("a")
    for n in range(5000):
        limiter.allow(f"key-{n}")
    assert len(limiter) == 1000
    assert limiter.allow("a")  # forgotten: a fresh bucket (more lenient, never stricter)
    now[0] += 10
    for n in range(3):
        limiter.allow(f"late-{n}")
    assert len(limiter) < 1000  # full buckets are dropped as the clock moves on


def test_100000_keys_take_under_20_mb() -> None:
    keys = [uuid.uuid4().hex + uuid.uuid4().hex[:11] for _ in range(100_000)]  # 43 characters, as a page makes
    tracemalloc.start()
    try:
        limiter = RateLimiter(20, 2.0, lambda: 5.0)
        before = tracemalloc.get_traced_memory()[0]
        for key in keys:
            limiter.allow(key)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(limiter) == 100_000
    assert grown < 20 * 1024 * 1024, grown

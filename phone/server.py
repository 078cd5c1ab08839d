"""The phone server: participants vote from their own phones on the room's network.

A standard-library ``ThreadingHTTPServer`` in a thread of its own (PySide6's
``QtHttpServer`` binding can answer only a ``str`` with status 200). It is pure
Python — no Qt: each accepted ballot is reported through the ``on_ballot`` callback,
which the UI connects to a *queued* Qt signal and the command line ignores.

The page is reachable by anyone on the room's network, so the server

* answers only its own routes (``docs/phone-api.md``) and only for rounds opened for
  phones (:meth:`PhoneServer.serve_round`), found by their random token;
* validates every request: method, ``Content-Length`` at most 16 KiB, JSON shape,
  known ids; bad input gets a 4xx answer ``{"error": {"da": ..., "en": ...}}`` and
  changes nothing — never a 5xx;
* casts ballots through the same core operations as the facilitator's window
  (:mod:`app.operations.voting`), which enforce the round's rules;
* rate-limits per voter key (many phones can share one address) and failed join
  codes per address;
* sends a Content-Security-Policy allowing only its own files, ``nosniff``, no
  referrer, and ``no-store`` for the API; the page builds every text with
  ``textContent``, so an idea's HTML shows as text.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import queue
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from app.changes import Changes
from app.errors import NotFound, SamskabError, VoteError
from app.library import Library
from app.model import RoundKind
from app.operations.voting import BallotRequest, RoundNotOpen, cast_ballots
from app.voting import (
    BallotView,
    RoundInfo,
    read_ballot,
    round_by_token,
    token_for_join_code,
)

log = logging.getLogger(__name__)

MAX_BODY = 16 * 1024
#: Requests one voter key may make: a burst of ``RATE_BURST``, then ``RATE_PER_SECOND``.
RATE_BURST = 10
RATE_PER_SECOND = 1.0
#: Wrong join codes one address may try per minute.
JOIN_FAILURES_PER_MINUTE = 20
PHONE_PREFIX = "phone:"
_VOTER = re.compile(r"[A-Za-z0-9_-]{16,64}")
_TOKEN = re.compile(r"[A-Z0-9]{8,64}")
_STATIC = {
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def _read_static(name: str) -> bytes:
    return resources.files("phone").joinpath("static", name).read_bytes()


def lan_address() -> str:
    """The address of the interface this laptop uses for its network (the room's
    Wi-Fi or hotspot), or 127.0.0.1 when there is none.

    A UDP socket "connected" to an address outside any network sends nothing; it
    only makes the system pick the interface it would use.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.254.254.254", 1))
            address = str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"
    return "127.0.0.1" if address.startswith("0.") else address


@dataclass(frozen=True)
class BallotEvent:
    """An accepted ballot, as reported to ``on_ballot``: the round, how many ballots
    it now has, the core's ``Changes``, and when the server began handling it and
    when it was stored (``time.perf_counter()``, for the benchmark's latencies)."""

    round_id: uuid.UUID
    ballots: int
    changes: Changes
    accepted_at: float
    received_at: float = 0.0


class RequestError(Exception):
    """A refused request: an HTTP status and a message in Danish and English."""

    def __init__(self, status: int, da: str, en: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(en)
        self.status = status
        self.da = da
        self.en = en
        self.headers = headers or {}


class _Pending:
    """A ballot waiting for the writer thread; the handler thread waits on ``done``."""

    __slots__ = ("round_id", "request", "received_at", "done", "result")

    def __init__(self, round_id: uuid.UUID, request: BallotRequest, received_at: float) -> None:
        self.round_id = round_id
        self.request = request
        self.received_at = received_at
        self.done = threading.Event()
        self.result: BallotView | SamskabError | None = None


#: The most ballots stored in one transaction (one disk sync).
BATCH = 200
#: How long a phone's request waits for the writer before it is told to retry.
WRITE_TIMEOUT = 30.0


def _not_found() -> RequestError:
    return RequestError(404, "Siden findes ikke. Tjek adressen eller koden.", "There is no such page. Check the address or the code.")


class _RateLimiter:
    """A token bucket per key; thread-safe. Old keys are forgotten as buckets refill."""

    def __init__(self, burst: float, per_second: float, clock: Callable[[], float]) -> None:
        self.burst = burst
        self.per_second = per_second
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.per_second)
            if len(self._buckets) > 20_000:  # forget full buckets: they carry no state
                self._buckets = {k: v for k, v in self._buckets.items() if v[0] < self.burst}
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                return False
            self._buckets[key] = (tokens - 1, now)
            return True


class _Server(ThreadingHTTPServer):
    """Connections are handled by a fixed pool of threads, not one thread each: a
    burst of hundreds of phones then waits in the listen queue instead of hundreds
    of threads fighting for the interpreter lock (which starved the writer and the
    facilitator's window). Every answer closes its connection, so an idle phone
    never holds a worker; a silent one is dropped after ``_Handler.timeout``."""

    # The default backlog of 5 resets connections at about 30 simultaneous phones.
    request_queue_size = 1024
    daemon_threads = True
    allow_reuse_address = True
    workers = 48
    phone: PhoneServer

    def server_activate(self) -> None:
        super().server_activate()
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="phone-http")
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        self._pool.submit(self.process_request_thread, request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.shutdown(wait=False)
            # A phone that connected and sent nothing held a worker until its timeout,
            # and Python joins the pool's threads at exit: closing the app waited up
            # to 5 s. Ending what is left to read frees those workers at once (and the
            # queued connections end as soon as a worker takes them); an answer being
            # written still goes out.
            with self._open_lock:
                waiting = list(self._open)
            for connection in waiting:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RD)


class PhoneServer:
    """Serves the phone page for the rounds opened for phones.

    ``host`` is the interface to bind (by default :func:`lan_address`); ``port`` 0
    lets the system choose; if the port asked for is taken, another is chosen and
    :attr:`port_changed` says so. ``on_ballot`` is called (in a server thread) after
    every accepted ballot or abstention.
    """

    def __init__(
        self,
        library: Library,
        *,
        host: str | None = None,
        port: int = 0,
        on_ballot: Callable[[BallotEvent], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.library = library
        self.host = host or lan_address()
        self.requested_port = port
        self.on_ballot = on_ballot
        self.port_changed = False
        # token -> the round as opened (its options are fixed; its state is the core's)
        self._rounds: dict[str, RoundInfo] = {}
        self._rounds_lock = threading.Lock()
        # One writer thread stores ballots in batches: SQLite has one writer anyway,
        # and a burst of phones then costs one disk sync per batch, not one each.
        self._pending: queue.Queue[_Pending | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self.voter_limit = _RateLimiter(RATE_BURST, RATE_PER_SECOND, clock)
        self.join_limit = _RateLimiter(JOIN_FAILURES_PER_MINUTE, JOIN_FAILURES_PER_MINUTE / 60, clock)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._page = _read_static("index.html")
        self._static = {name: _read_static(name) for name in _STATIC}

    # -- life cycle -------------------------------------------------------------------
    def start(self) -> PhoneServer:
        """Bind and serve in a daemon thread; returns ``self``."""
        try:
            server = _Server((self.host, self.requested_port), _Handler)
        except OSError as error:
            if error.errno != errno.EADDRINUSE or self.requested_port == 0:
                raise
            server = _Server((self.host, 0), _Handler)
            self.port_changed = True
        server.phone = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="phone-server", daemon=True
        )
        self._thread.start()
        self._writer = threading.Thread(target=self._write_loop, name="phone-writer", daemon=True)
        self._writer.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port (waits for the serving thread)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._writer is not None:
            self._pending.put(None)
            self._writer.join(timeout=10)
            self._writer = None
        while True:  # anything still waiting is answered "busy, try again", not left hanging
            try:
                item = self._pending.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item.done.set()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the phone server is not running")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """The short address to type: ``http://host:port/`` (then the join code)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def round_url(self, token: str) -> str:
        """The round's full address, for the QR code."""
        return f"{self.base_url}r/{token}/"

    # -- rounds -----------------------------------------------------------------------
    def serve_round(self, info: RoundInfo) -> str:
        """Open ``info``'s round for phones; returns its address."""
        with self._rounds_lock:
            self._rounds[info.token] = info
        return self.round_url(info.token)

    def stop_round(self, round_id: uuid.UUID) -> None:
        with self._rounds_lock:
            self._rounds = {t: r for t, r in self._rounds.items() if r.id != round_id}

    @property
    def served_rounds(self) -> list[uuid.UUID]:
        with self._rounds_lock:
            return [r.id for r in self._rounds.values()]

    def _round(self, token: str, *, fresh: bool = False) -> RoundInfo:
        """The served round with ``token`` (404 otherwise); ``fresh`` reads its state
        and names again, else the copy taken when it was opened for phones."""
        with self._rounds_lock:
            info = self._rounds.get(token)
        if info is not None and fresh:
            info = round_by_token(self.library, token)
        if info is None:
            raise _not_found()
        return info

    # -- requests (called from the handler threads) -------------------------------------
    def round_json(self, token: str) -> dict[str, Any]:
        info = self._round(token, fresh=True)
        return {"round": _round_json(info)}

    def join(self, code: str, client: str) -> str:
        """Where the join code ``code`` leads: the round's page, or back to the start
        page with an error. Wrong codes are rate-limited per address."""
        token = token_for_join_code(self.library, code)
        with self._rounds_lock:
            served = token is not None and token in self._rounds
        if not served:
            if not self.join_limit.allow(client):
                raise RequestError(429, "For mange forkerte koder. Vent et minut.", "Too many wrong codes. Wait a minute.",
                                   headers={"Retry-After": "60"})
            return "/?error=code"  # the start page says the code did not match
        assert token is not None
        return f"/r/{token}/"

    def me(self, token: str, voter: str) -> dict[str, Any]:
        info = self._round(token, fresh=True)
        key = _voter_key(voter)
        self._limit(key)
        view = read_ballot(self.library, info.id, key)
        return {"state": info.state, "ballot": _ballot_json(view) if view else None}

    def ballot(self, token: str, body: Any, received_at: float | None = None) -> dict[str, Any]:
        received = time.perf_counter() if received_at is None else received_at
        info = self._round(token)
        if not isinstance(body, dict):
            raise _bad_shape()
        allowed = {"voter", "participant", "abstain", "dots", "answers", "scores"}
        if set(body) - allowed:
            raise _bad_shape()
        key = _voter_key(body.get("voter"))
        self._limit(key)
        participant = _participant(info, body.get("participant"))
        abstaining = body.get("abstain", False)
        if not isinstance(abstaining, bool):
            raise _bad_shape()
        if abstaining:
            if any(body.get(k) for k in ("dots", "answers", "scores")):
                raise _bad_shape()
            request = BallotRequest(key, participant, abstain=True)
        else:
            request = BallotRequest(key, participant, **_marks(info, body))
        pending = _Pending(info.id, request, received)
        self._pending.put(pending)
        if not pending.done.wait(WRITE_TIMEOUT) or pending.result is None:
            raise RequestError(503, "Samskab har travlt. Prøv igen om lidt.", "Samskab is busy. Try again in a moment.",
                               headers={"Retry-After": "2"})
        if isinstance(pending.result, SamskabError):
            raise pending.result
        view = pending.result
        message = ({"da": "Du har valgt ikke at stemme. Du kan stadig stemme, til afstemningen lukker.",
                    "en": "You chose not to vote. You can still vote until the vote closes."}
                   if abstaining else
                   {"da": "Din stemme er talt med. Du kan ændre den, til afstemningen lukker.",
                    "en": "Your vote is counted. You can change it until the vote closes."})
        return {"ok": True, "ballot": _ballot_json(view), "message": message}

    def _write_loop(self) -> None:
        """The writer thread: take what is waiting (up to :data:`BATCH`), store it in
        one transaction per round, answer each waiting phone, report each ballot."""
        while True:
            first = self._pending.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while len(batch) < BATCH:
                try:
                    item = self._pending.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                    break
                batch.append(item)
            by_round: dict[uuid.UUID, list[_Pending]] = {}
            for item in batch:
                by_round.setdefault(item.round_id, []).append(item)
            for round_id, items in by_round.items():
                self._write(round_id, items)
            if stop:
                return

    def _write(self, round_id: uuid.UUID, items: list[_Pending]) -> None:
        try:
            outcome = cast_ballots(self.library, round_id, [item.request for item in items])
        except SamskabError as error:  # the library is busy or full: every phone may retry
            log.warning("phone ballots not stored: %s", error.en)
            for item in items:
                item.result = error
                item.done.set()
            return
        except Exception:  # never leave a phone waiting
            log.exception("phone ballots not stored")
            for item in items:
                item.done.set()
            return
        accepted = time.perf_counter()
        for item, result in zip(items, outcome.results, strict=True):
            item.result = result
            item.done.set()
        if self.on_ballot is not None and outcome.changes is not None:
            for item, result in zip(items, outcome.results, strict=True):
                if isinstance(result, BallotView):
                    try:
                        self.on_ballot(BallotEvent(round_id, outcome.ballots, outcome.changes, accepted, item.received_at))
                    except Exception:  # a broken listener must not stop the writer
                        log.exception("on_ballot failed")

    def _limit(self, key: str) -> None:
        if not self.voter_limit.allow(key):
            raise RequestError(429, "For mange forsøg fra denne telefon. Vent lidt, og prøv igen.",
                               "Too many tries from this phone. Wait a little and try again.",
                               headers={"Retry-After": "2"})


# -- JSON in and out ----------------------------------------------------------------------


def _bad_shape() -> RequestError:
    return RequestError(400, "Stemmesedlen kunne ikke læses.", "The ballot could not be read.")


def _unknown() -> RequestError:
    return RequestError(422, "Stemmesedlen nævner en mulighed, der ikke er med i afstemningen.",
                        "The ballot names an option that is not in this vote.")


def _voter_key(voter: object) -> str:
    if not isinstance(voter, str) or not _VOTER.fullmatch(voter):
        raise RequestError(400, "Telefonens nøgle mangler eller er ugyldig. Genindlæs siden.",
                           "The phone's key is missing or not valid. Reload the page.")
    return PHONE_PREFIX + voter


def _uuid(value: object) -> uuid.UUID:
    if not isinstance(value, str) or len(value) != 36:
        raise _unknown()
    try:
        return uuid.UUID(value)
    except ValueError:
        raise _unknown() from None


def _participant(info: RoundInfo, value: object) -> uuid.UUID | None:
    if value is None:
        return None
    if info.anonymous:
        raise RequestError(422, "Afstemningen er anonym: vælg intet navn.", "The vote is anonymous: choose no name.")
    person = _uuid(value)
    if person not in {p.id for p in info.participants}:
        raise RequestError(422, "Navnet findes ikke i workshoppen.", "The name is not in the workshop.")
    return person


def _marks(info: RoundInfo, body: dict[str, Any]) -> dict[str, Any]:
    """The ballot's marks as the core operation takes them; shape only — the rules
    (budget, maximum, 1–5) are the core's."""
    if info.kind == RoundKind.DOTS:
        dots = body.get("dots")
        if not isinstance(dots, dict) or body.get("answers") or body.get("scores"):
            raise _bad_shape()
        return {"dots": {_uuid(k): v for k, v in dots.items()}}
    if info.kind == RoundKind.STATEMENTS:
        answers = body.get("answers")
        if not isinstance(answers, dict) or body.get("dots") or body.get("scores"):
            raise _bad_shape()
        return {"answers": {_uuid(k): v for k, v in answers.items()}}
    scores = body.get("scores")
    if not isinstance(scores, dict) or body.get("dots") or body.get("answers"):
        raise _bad_shape()
    flat: dict[tuple[uuid.UUID, uuid.UUID], Any] = {}
    for idea, per in scores.items():
        if not isinstance(per, dict):
            raise _bad_shape()
        for criterion, value in per.items():
            flat[(_uuid(idea), _uuid(criterion))] = value
    return {"scores": flat}


def _round_json(info: RoundInfo) -> dict[str, Any]:
    return {
        "kind": info.kind,
        "state": info.state,
        "title": info.title,
        "anonymous": info.anonymous,
        "budget": info.budget,
        "max_per_option": info.max_per_option,
        "language": info.language,
        "options": [{"id": str(o.id), "number": o.number, "text": o.text} for o in info.options],
        "criteria": [{"id": str(c.id), "name": c.name, "description": c.description} for c in info.criteria],
        # Names only in a named round: an anonymous round reveals nobody.
        "participants": [] if info.anonymous else [{"id": str(p.id), "name": p.name} for p in info.participants],
    }


def _ballot_json(view: BallotView) -> dict[str, Any]:
    scores: dict[str, dict[str, int]] = {}
    for (idea, criterion), value in view.scores.items():
        scores.setdefault(str(idea), {})[str(criterion)] = value
    return {
        "abstained": view.abstained,
        "participant": str(view.participant_id) if view.participant_id else None,
        "dots": {str(k): v for k, v in view.dots.items()},
        "answers": {str(k): v for k, v in view.answers.items()},
        "scores": scores,
    }


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A key twice ("one answer per statement" sent twice) is refused, not guessed at.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _bad_shape()
        result[key] = value
    return result


def _reject_constant(_: str) -> Any:
    raise _bad_shape()  # NaN, Infinity


# -- the handler ----------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "Samskab"
    sys_version = ""
    timeout = 5  # a phone that opens a connection and sends nothing is dropped
    # Headers and body go out in separate writes; with Nagle's algorithm the body
    # waits for the phone's delayed ACK (about 40 ms on Linux) on every answer.
    disable_nagle_algorithm = True
    error_content_type = "application/json; charset=utf-8"
    # A request line of two words ("GET /") is HTTP/0.9 to the standard library, which
    # then answers with a bare body: no status line and none of the security headers.
    # Answers always carry both; such requests are refused (see parse_request).
    default_request_version = "HTTP/1.0"

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if len(self.requestline.split()) != 3:  # no HTTP version: the HTTP/0.9 form
            self.send_error(HTTPStatus.BAD_REQUEST)
            return False
        return True

    # The standard library answers an unknown method with 501 and a bad request line
    # with 505: bad input must never get a 5xx, so both become 4xx JSON answers.
    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code == HTTPStatus.NOT_IMPLEMENTED:
            code = HTTPStatus.METHOD_NOT_ALLOWED
        elif code >= 500:
            code = HTTPStatus.BAD_REQUEST
        texts = {
            405: ("Metoden er ikke tilladt.", "Method not allowed."),
            408: ("Forespørgslen tog for lang tid.", "The request took too long."),
            414: ("Adressen er for lang.", "The address is too long."),
            431: ("Forespørgslens hoveder er for store.", "The request headers are too large."),
        }.get(code, ("Forespørgslen kunne ikke læses.", "The request could not be read."))
        self.close_connection = True
        self._json(code, {"error": {"da": texts[0], "en": texts[1]}}, extra={"Allow": "GET, POST"} if code == 405 else None)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        log.debug("%s " + format, self.address_string(), *args)

    def _headers(self, status: int, content_type: str, length: int, *, cache: str = "no-store",
                 extra: dict[str, str] | None = None) -> None:
        self.close_connection = True  # one request per connection: no idle phone holds a worker
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cache-Control", cache)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()

    def _json(self, status: int, payload: dict[str, Any], *, extra: dict[str, str] | None = None) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._headers(status, "application/json; charset=utf-8", len(body), extra=extra)
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send(self, content_type: str, body: bytes, *, cache: str = "no-store") -> None:
        self._headers(200, content_type, len(body), cache=cache)
        if self.command != "HEAD":
            self.wfile.write(body)

    def _route(self) -> tuple[list[str], str]:
        raw = self.path
        path, _, query = raw.partition("?")
        # Only plain ASCII routes exist: any escape, dot segment, backslash or empty
        # segment is refused before routing (no way out of the routes).
        if (not path.startswith("/") or "%" in path or "\\" in path or "//" in path
                or any(seg in (".", "..") for seg in path.split("/")) or len(raw) > 2048):
            raise _not_found()
        return path.strip("/").split("/") if path != "/" else [], query

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except RequestError as error:
            if error.status >= 400 and self.command == "POST" and not getattr(self, "_body_read", False):
                self.close_connection = True  # the unread body must not be taken for a request
            self._json(error.status, {"error": {"da": error.da, "en": error.en}}, extra=error.headers)
        except VoteError as error:
            status = 409 if isinstance(error, RoundNotOpen) else 422
            self._json(status, {"error": {"da": error.da, "en": error.en}})
        except NotFound as error:
            self._json(422, {"error": {"da": error.da, "en": error.en}})
        except SamskabError as error:  # the library is busy, the disk is full: not the phone's fault
            log.warning("phone request failed: %s", error.en)
            self._json(503, {"error": {"da": error.da, "en": error.en}}, extra={"Retry-After": "2"})
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    # -- methods --------------------------------------------------------------------------
    def do_GET(self) -> None:
        self._run(self._get)

    def do_HEAD(self) -> None:
        self._run(self._get)

    def do_POST(self) -> None:
        self._run(self._post)

    def _refuse_method(self) -> None:
        self.send_error(405)

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _refuse_method

    def _get(self) -> None:
        phone = self.server.phone
        parts, query = self._route()
        if parts == []:
            self._send("text/html; charset=utf-8", phone._page)
        elif len(parts) == 2 and parts[0] == "static" and parts[1] in _STATIC:
            self._send(_STATIC[parts[1]], phone._static[parts[1]], cache="no-cache")
        elif parts == ["j"]:
            code = parse_qs(query, max_num_fields=2).get("code", [""])[0]
            location = phone.join(code, self.client_address[0])
            self._headers(303, "text/plain; charset=utf-8", 0, extra={"Location": location})
        elif len(parts) >= 2 and parts[0] == "r" and _TOKEN.fullmatch(parts[1]):
            token, rest = parts[1], parts[2:]
            if rest == []:
                phone._round(token)  # 404 for an unknown token, before any page
                self._send("text/html; charset=utf-8", phone._page)
            elif rest == ["api", "round"]:
                self._json(200, phone.round_json(token))
            elif rest == ["api", "me"]:
                self._json(200, phone.me(token, self.headers.get("X-Samskab-Voter", "")))
            elif rest in (["api", "ballot"],):
                raise RequestError(405, "Metoden er ikke tilladt.", "Method not allowed.", headers={"Allow": "POST"})
            else:
                raise _not_found()
        else:
            raise _not_found()

    def _post(self) -> None:
        received = time.perf_counter()
        phone = self.server.phone
        parts, _ = self._route()
        if not (len(parts) == 4 and parts[0] == "r" and _TOKEN.fullmatch(parts[1]) and parts[2:] == ["api", "ballot"]):
            readable = parts in ([], ["j"]) or (len(parts) >= 2 and parts[0] in ("r", "static"))
            if readable:
                raise RequestError(405, "Metoden er ikke tilladt.", "Method not allowed.", headers={"Allow": "GET"})
            raise _not_found()
        token = parts[1]
        phone._round(token)  # an unknown token learns nothing more
        body = self._body()
        self._json(200, phone.ballot(token, body, received))

    def _body(self) -> Any:
        if self.headers.get("Transfer-Encoding"):
            raise RequestError(411, "Forespørgslen skal have en længde.", "The request needs a Content-Length.")
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            raise RequestError(411, "Forespørgslen skal have en længde.", "The request needs a Content-Length.")
        try:
            length = int(length_text)
        except ValueError:
            raise RequestError(400, "Forespørgslens længde er ugyldig.", "The request's length is not valid.") from None
        if length < 0:
            raise RequestError(400, "Forespørgslens længde er ugyldig.", "The request's length is not valid.")
        if length > MAX_BODY:
            raise RequestError(413, "Stemmesedlen er for stor.", "The ballot is too large.")
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise RequestError(415, "Stemmesedlen skal sendes som JSON.", "The ballot must be sent as JSON.")
        data = self.rfile.read(length)
        self._body_read = True
        if len(data) != length:
            raise RequestError(400, "Stemmesedlen kom ikke helt frem.", "The ballot did not arrive whole.")
        try:
            return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise _bad_shape() from None


def qr_svg(url: str) -> bytes:
    """The QR code of ``url`` as SVG (segno, imported only when a QR is shown)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=8, border=2, xmldecl=False)
    return buffer.getvalue()


def qr_png(url: str, scale: int = 10) -> bytes:
    """The QR code of ``url`` as PNG bytes, for the window and the projector."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()

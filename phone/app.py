"""The phone page's routes: a plain ASGI application (no framework; ``docs/phone-api.md``).

Runs on the phone server's event loop, so nothing here may block: state answers are
copied from the current :class:`~phone.state.Snapshot`; writes go to the server's one
writer thread and reads of a phone's own ideas or ballot to a small reader pool, both
awaited as futures. Every refusal is a 4xx answer ``{"error": {"da": ..., "en": ...}}``
(a 503 only when the library cannot write); nothing a phone sends can cause a
traceback or a 5xx.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from importlib import resources
from typing import Any, Protocol

from app.errors import InvalidInput, LibraryError, NotFound, SamskabError, VoteError
from app.model import RoundKind
from app.operations.voting import BallotRequest, RoundNotOpen
from app.phones import PhoneError, PhoneIdeaView, PhoneLimit
from app.voting import BallotView, RoundInfo
from phone.limits import RateLimiter
from phone.state import Snapshot, ballot_json, dumps, idea_json

log = logging.getLogger(__name__)

Headers = list[tuple[bytes, bytes]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]

#: The largest request body accepted (a ballot, an idea), in bytes.
MAX_BODY = 16 * 1024
#: Requests one phone (device key) may make: a burst, then so many a second.
DEVICE_BURST, DEVICE_PER_SECOND = 20, 2.0
#: Requests to the API from one network address: enough for 60 phones behind one router.
ADDRESS_BURST, ADDRESS_PER_SECOND = 600, 60.0
#: Wrong join codes one address may try: a burst, then one every two seconds.
JOIN_BURST, JOIN_PER_SECOND = 30, 0.5
#: Seconds between the event stream's keep-alive comments.
HEARTBEAT = 15.0
#: The device key's prefix in a ballot's voter key (ballots cast by phones).
PHONE_PREFIX = "phone:"

_DEVICE = re.compile(r"[A-Za-z0-9_-]{16,64}")
_CODE = re.compile(r"[0-9]{6}")
_JOIN = re.compile(r"[A-Za-z0-9]{1,32}")
_SAFE_PATH = re.compile(rb"/[A-Za-z0-9._/-]*")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TYPES = {
    ".html": b"text/html; charset=utf-8",
    ".css": b"text/css; charset=utf-8",
    ".js": b"text/javascript; charset=utf-8",
    ".svg": b"image/svg+xml",
    ".png": b"image/png",
    ".woff2": b"font/woff2",
    ".json": b"application/json; charset=utf-8",
}
CSP = (
    b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    b"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
SECURITY: Headers = [
    (b"content-security-policy", CSP),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
JSON = b"application/json; charset=utf-8"
_LOOPBACK = ("127.", "::1", "::ffff:127.")


class RequestError(Exception):
    """A refused request: an HTTP status and a message in Danish and English."""

    def __init__(self, status: int, da: str, en: str, *, headers: Headers | None = None) -> None:
        super().__init__(en)
        self.status = status
        self.da = da
        self.en = en
        self.headers = headers or []


def _not_found() -> RequestError:
    return RequestError(404, "Siden findes ikke. Tjek adressen eller koden.",
                        "There is no such page. Check the address or the code.")


def _no_session() -> RequestError:
    return RequestError(404, "Koden passer ikke, eller workshoppen er ikke åben for telefoner længere.",
                        "The code does not match, or the workshop is no longer open to phones.")


def _closed() -> RequestError:
    return RequestError(409, "Workshoppen er lukket for telefoner.", "The workshop is closed to phones.")


def _bad_shape(what_da: str = "Forespørgslen", what_en: str = "The request") -> RequestError:
    return RequestError(400, f"{what_da} kunne ikke læses.", f"{what_en} could not be read.")


def _bad_ballot() -> RequestError:
    return _bad_shape("Stemmesedlen", "The ballot")


def _unknown() -> RequestError:
    return RequestError(422, "Stemmesedlen nævner en mulighed, der ikke er med i afstemningen.",
                        "The ballot names an option that is not in this vote.")


def _not_allowed(allow: bytes) -> RequestError:
    return RequestError(405, "Metoden er ikke tilladt.", "Method not allowed.", headers=[(b"allow", allow)])


def _too_many(seconds: float, da: str, en: str) -> RequestError:
    return RequestError(429, da, en, headers=[(b"retry-after", str(max(1, math.ceil(seconds))).encode())])


def _device(value: object) -> str:
    if not isinstance(value, str) or not _DEVICE.fullmatch(value):
        raise RequestError(400, "Telefonens nøgle mangler eller er ugyldig. Genindlæs siden.",
                           "The phone's key is missing or not valid. Reload the page.")
    return value


def _uuid(value: object, error: Callable[[], RequestError] = _unknown) -> uuid.UUID:
    if not isinstance(value, str) or not _UUID.fullmatch(value.lower()):
        raise error()
    return uuid.UUID(value)


def _query(raw: bytes, names: Iterable[str]) -> dict[str, str]:
    """The query string's fields; only ``names``, each at most once, plain ASCII."""
    wanted = set(names)
    fields: dict[str, str] = {}
    if not raw:
        return fields
    parts = raw.split(b"&")
    if len(parts) > len(wanted):
        raise _bad_shape()
    for part in parts:
        name, equals, value = part.partition(b"=")
        try:
            key, text = name.decode("ascii"), value.decode("ascii")
        except UnicodeDecodeError:
            raise _bad_shape() from None
        if not equals or key not in wanted or key in fields or "%" in text or "+" in text:
            raise _bad_shape()
        fields[key] = text
    return fields


def _int(text: str) -> int:
    if len(text.lstrip("-")) > 9:  # a dot count, not a number of 5,000 digits
        raise ValueError("number too long")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("not finite")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:  # a key twice is refused, not guessed at
            raise ValueError("repeated key")
        result[key] = value
    return result


def _reject_constant(_: str) -> Any:
    raise ValueError("NaN or Infinity")


def _header(headers: Headers, name: bytes) -> bytes | None:
    for key, value in headers:
        if key == name:
            return value
    return None


def status_of(error: SamskabError) -> int:
    """The HTTP status for a refusal by the core."""
    if isinstance(error, PhoneLimit):
        return 429
    if isinstance(error, RoundNotOpen | PhoneError):
        return 409  # the round or writing closed, the facilitator handled the idea
    if isinstance(error, LibraryError):
        return 503  # busy for too long, disk full: not the phone's fault; it may retry
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, VoteError | InvalidInput):
        return 422
    return 409


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
    """The ballot's marks as the core takes them; shape only — the rules (budget,
    maximum, 1–5) are the core's."""
    if info.kind == RoundKind.DOTS:
        dots = body.get("dots")
        if not isinstance(dots, dict) or body.get("answers") or body.get("scores"):
            raise _bad_ballot()
        return {"dots": {_uuid(k): v for k, v in dots.items()}}
    if info.kind == RoundKind.STATEMENTS:
        answers = body.get("answers")
        if not isinstance(answers, dict) or body.get("dots") or body.get("scores"):
            raise _bad_ballot()
        return {"answers": {_uuid(k): v for k, v in answers.items()}}
    scores = body.get("scores")
    if not isinstance(scores, dict) or body.get("dots") or body.get("answers"):
        raise _bad_ballot()
    flat: dict[tuple[uuid.UUID, uuid.UUID], Any] = {}
    for idea, per in scores.items():
        if not isinstance(per, dict):
            raise _bad_ballot()
        for criterion, value in per.items():
            flat[(_uuid(idea), _uuid(criterion))] = value
    return {"scores": flat}


def read_static() -> dict[str, tuple[bytes, bytes]]:
    """The page's files (``phone/static``), by name: content type and bytes. A fixed
    list read once; no path from a request ever reaches the disk."""
    files: dict[str, tuple[bytes, bytes]] = {}
    for entry in resources.files("phone").joinpath("static").iterdir():
        suffix = "." + entry.name.rpartition(".")[2]
        if entry.is_file() and suffix in _TYPES and re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*", entry.name):
            files[entry.name] = (_TYPES[suffix], entry.read_bytes())
    return files


class Backend(Protocol):
    """What the routes ask of the server (:class:`phone.server.PhoneServer`): its
    clock, and the writes and reads that leave the event loop."""

    clock: Callable[[], float]

    async def cast(self, round_id: uuid.UUID, request: BallotRequest, received_at: float) -> BallotView: ...

    async def read_ballot(self, round_id: uuid.UUID, voter_key: str) -> BallotView | None: ...

    async def device_ideas(self, device: str) -> list[PhoneIdeaView]: ...

    async def submit_idea(self, device: str, text: str, group_id: uuid.UUID | None, name: str | None) -> PhoneIdeaView: ...

    async def edit_idea(self, device: str, idea_id: uuid.UUID, text: str) -> PhoneIdeaView: ...

    async def withdraw_idea(self, device: str, idea_id: uuid.UUID) -> None: ...


class Hub:
    """The current snapshot and a future that completes at the next one; the event
    streams wait on it. Lives in the event loop's thread."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.closing = False
        self.changed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def publish(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        changed, self.changed = self.changed, asyncio.get_running_loop().create_future()
        changed.set_result(None)

    def close(self) -> None:
        self.closing = True
        self.publish(self.snapshot)


class PhoneApp:
    """The ASGI application of one :class:`~phone.server.PhoneServer`."""

    def __init__(self, server: Backend, *, limit_loopback: bool) -> None:
        self.server = server
        self.static = read_static()
        self.page = self.static["index.html"][1]
        clock = server.clock
        self.device_limit = RateLimiter(DEVICE_BURST, DEVICE_PER_SECOND, clock)
        self.address_limit = RateLimiter(ADDRESS_BURST, ADDRESS_PER_SECOND, clock, capacity=20_000)
        self.join_limit = RateLimiter(JOIN_BURST, JOIN_PER_SECOND, clock, capacity=20_000)
        self.limit_loopback = limit_loopback
        self.hub: Hub | None = None  # made in the loop (start_hub)
        self.streams = 0

    def start_hub(self, snapshot: Snapshot) -> None:
        self.hub = Hub(snapshot)

    # -- ASGI -------------------------------------------------------------------------------
    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        received = time.perf_counter()
        try:
            await self._route(scope, receive, send, received)
        except RequestError as error:
            await self._error(scope, send, error)
        except SamskabError as error:
            await self._error(scope, send, RequestError(status_of(error), error.da, error.en))
        except Exception:  # a bug: logged, and still a JSON answer rather than a traceback
            log.exception("phone request failed: %s %r", scope["method"], scope["raw_path"])
            await self._error(scope, send, RequestError(
                500, "Der skete en fejl i Samskab. Prøv igen.", "Something went wrong in Samskab. Try again."))

    async def _error(self, scope: dict[str, Any], send: Send, error: RequestError) -> None:
        headers = [*error.headers]
        if scope["method"] not in ("GET", "HEAD"):
            # A body may be left unread: it must not be taken for the next request.
            headers.append((b"connection", b"close"))
        await self._send(send, error.status, JSON, dumps({"error": {"da": error.da, "en": error.en}}), headers)

    @staticmethod
    async def _send(send: Send, status: int, content_type: bytes, body: bytes,
                    extra: Headers | None = None, cache: bytes = b"no-store") -> None:
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                   (b"cache-control", cache), *SECURITY]
        if extra:
            headers += extra
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _route(self, scope: dict[str, Any], receive: Receive, send: Send, received: float) -> None:
        raw = scope["raw_path"]
        method = scope["method"]
        # Only plain ASCII routes exist: an escape, dot segment or empty segment is
        # refused before routing (no way out of the routes).
        if not _SAFE_PATH.fullmatch(raw) or b"//" in raw or b"/." in raw or len(raw) > 512:
            raise _not_found()
        parts = raw.decode("ascii").strip("/").split("/") if raw != b"/" else []
        reading = method in ("GET", "HEAD")
        if not parts or parts[0] in ("j", "static"):
            if not reading:
                raise _not_allowed(b"GET, HEAD")
            await self._page(send, parts, scope["query_string"])
            return
        if parts[0] != "api" and reading and b"text/html" in (_header(scope["headers"], b"accept") or b""):
            # A browser at an address the page does not know (an old per-round QR code,
            # /r/TOKEN/): the page itself, which shows its "wrong or old address" screen.
            await self._send(send, 404, b"text/html; charset=utf-8", self.page, cache=b"no-cache")
            return
        if len(parts) < 3 or parts[:2] != ["api", "session"]:
            raise _not_found()
        code, rest = parts[2], parts[3:]
        client = scope["client"][0] if scope.get("client") else ""
        if not rest:
            allow = b"GET, HEAD"
        elif rest == ["events"]:
            allow = b"GET"
        elif rest == ["ballot"]:
            allow = b"GET, POST"
        elif rest == ["ideas"]:
            allow = b"GET, POST"
        elif len(rest) == 2 and rest[0] == "ideas":
            allow = b"PUT, DELETE"
        elif rest == ["handout"]:
            allow = b"GET, HEAD"
        else:
            raise _not_found()
        if method not in allow.decode().split(", "):
            raise _not_allowed(allow)
        self._limit_address(client)
        snapshot = self._snapshot(code, client)
        if not rest:
            await self._send(send, 200, JSON, snapshot.body)
        elif rest == ["events"]:
            await self._events(receive, send, code)
        elif rest == ["handout"]:
            await self._handout(snapshot, send)
        elif rest == ["ballot"]:
            if reading:
                await self._send(send, 200, JSON, dumps(await self._my_ballot(snapshot, scope["query_string"])))
            else:
                await self._send(send, 200, JSON, dumps(await self._ballot(snapshot, scope, receive, received)))
        elif rest == ["ideas"]:
            if reading:
                await self._send(send, 200, JSON, dumps(await self._my_ideas(scope["query_string"])))
            else:
                await self._send(send, 201, JSON, dumps(await self._new_idea(snapshot, scope, receive)))
        elif method == "PUT":
            await self._send(send, 200, JSON, dumps(await self._edit_idea(snapshot, scope, receive, rest[1])))
        else:
            await self._send(send, 200, JSON, dumps(await self._withdraw_idea(snapshot, scope, rest[1])))

    async def _handout(self, snapshot: Snapshot, send: Send) -> None:
        handout = snapshot.handout
        if handout is None:
            raise RequestError(404, "Opsamlingen er ikke delt endnu.", "The summary has not been shared yet.")
        disposition = f'attachment; filename="{handout.name}"'.encode("ascii")
        await self._send(send, 200, b"application/pdf", handout.pdf, [(b"content-disposition", disposition)])

    async def _page(self, send: Send, parts: list[str], query: bytes) -> None:
        if not parts or (len(parts) == 2 and parts[0] == "j" and _JOIN.fullmatch(parts[1])):
            await self._send(send, 200, b"text/html; charset=utf-8", self.page, cache=b"no-cache")
        elif parts == ["j"]:
            # The old start page's form, and old QR codes: /j?code=CODE.
            code = _query(query, ("code",)).get("code", "")
            if not _JOIN.fullmatch(code):
                raise _bad_shape("Koden", "The code")
            await self._send(send, 303, b"text/plain; charset=utf-8", b"", [(b"location", f"/j/{code}".encode())])
        elif len(parts) == 2 and parts[0] == "static" and parts[1] in self.static:
            content_type, body = self.static[parts[1]]
            await self._send(send, 200, content_type, body, cache=b"no-cache")
        else:
            raise _not_found()

    # -- limits -------------------------------------------------------------------------------
    def _limit_address(self, client: str) -> None:
        if not self.limit_loopback and client.startswith(_LOOPBACK):
            return  # this laptop itself (the benchmark, a test): not a phone in the room
        if not self.address_limit.allow(client):
            raise _too_many(self.address_limit.retry_after(client),
                            "For mange forespørgsler fra dette netværk. Vent lidt, og prøv igen.",
                            "Too many requests from this network. Wait a little and try again.")

    def _limit_device(self, device: str) -> None:
        if not self.device_limit.allow(device):
            raise _too_many(self.device_limit.retry_after(device),
                            "For mange forsøg fra denne telefon. Vent lidt, og prøv igen.",
                            "Too many tries from this phone. Wait a little and try again.")

    def _snapshot(self, code: str, client: str) -> Snapshot:
        """The session's snapshot if ``code`` is its join code; wrong codes are
        counted per address (a code has 6 digits: guessing must stay slow)."""
        assert self.hub is not None
        snapshot = self.hub.snapshot
        if snapshot.code is None or code != snapshot.code or not _CODE.fullmatch(code):
            if not self.join_limit.allow(client):
                raise _too_many(self.join_limit.retry_after(client),
                                "For mange forkerte koder. Vent et minut.", "Too many wrong codes. Wait a minute.")
            raise _no_session()
        return snapshot

    # -- bodies ---------------------------------------------------------------------------------
    async def _body(self, scope: dict[str, Any], receive: Receive) -> dict[str, Any]:
        headers = scope["headers"]
        length = _header(headers, b"content-length")
        if length is not None and (not length.isdigit() or len(length) > 9 or int(length) > MAX_BODY):
            raise RequestError(413, "Forespørgslen er for stor.", "The request is too large.")
        content_type = (_header(headers, b"content-type") or b"").split(b";")[0].strip().lower()
        if content_type != b"application/json":
            raise RequestError(415, "Forespørgslen skal sendes som JSON.", "The request must be sent as JSON.")
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                raise RequestError(400, "Forespørgslen kom ikke helt frem.", "The request did not arrive whole.")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                raise RequestError(413, "Forespørgslen er for stor.", "The request is too large.")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        try:
            value = json.loads(b"".join(chunks).decode("utf-8"), object_pairs_hook=_no_duplicates,
                               parse_int=_int, parse_float=_float, parse_constant=_reject_constant)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise _bad_shape() from None
        if not isinstance(value, dict):
            raise _bad_shape()
        return value

    # -- ballots ----------------------------------------------------------------------------------
    async def _ballot(self, snapshot: Snapshot, scope: dict[str, Any], receive: Receive, received: float) -> dict[str, Any]:
        body = await self._body(scope, receive)
        if set(body) - {"round", "voter", "device", "participant", "abstain", "dots", "answers", "scores"}:
            raise _bad_ballot()
        if ("voter" in body) == ("device" in body):
            _device(None)  # raises: no key, or two
        device = _device(body.get("voter", body.get("device")))
        round_id = _uuid(body.get("round"), _bad_ballot)
        info = snapshot.open_round
        if info is None or info.id != round_id:
            raise RequestError(409, "Afstemningen er ikke åben.", "The vote is not open.")
        self._limit_device(device)
        participant = _participant(info, body.get("participant"))
        abstaining = body.get("abstain", False)
        if not isinstance(abstaining, bool):
            raise _bad_ballot()
        key = PHONE_PREFIX + device
        if abstaining:
            if any(body.get(k) for k in ("dots", "answers", "scores")):
                raise _bad_ballot()
            request = BallotRequest(key, participant, abstain=True)
        else:
            request = BallotRequest(key, participant, **_marks(info, body))
        view = await self.server.cast(info.id, request, received)
        message = ({"da": "Du har valgt ikke at stemme. Du kan stadig stemme, til afstemningen lukker.",
                    "en": "You chose not to vote. You can still vote until the vote closes."}
                   if abstaining else
                   {"da": "Din stemme er talt med. Du kan ændre den, til afstemningen lukker.",
                    "en": "Your vote is counted. You can change it until the vote closes."})
        return {"ok": True, "ballot": ballot_json(view), "message": message}

    async def _my_ballot(self, snapshot: Snapshot, query: bytes) -> dict[str, Any]:
        fields = _query(query, ("device", "round"))
        device = _device(fields.get("device"))
        round_id = _uuid(fields.get("round"), _bad_shape)
        self._limit_device(device)
        view: BallotView | None = await self.server.read_ballot(round_id, PHONE_PREFIX + device)
        return {"ballot": ballot_json(view) if view is not None else None}

    # -- ideas ------------------------------------------------------------------------------------
    def _writing(self, snapshot: Snapshot) -> None:
        if snapshot.screen == "closed":
            raise _closed()

    async def _my_ideas(self, query: bytes) -> dict[str, Any]:
        device = _device(_query(query, ("device",)).get("device"))
        self._limit_device(device)
        ideas = await self.server.device_ideas(device)
        return {"ideas": [idea_json(i) for i in ideas]}

    async def _new_idea(self, snapshot: Snapshot, scope: dict[str, Any], receive: Receive) -> dict[str, Any]:
        body = await self._body(scope, receive)
        if set(body) - {"device", "text", "group", "name"}:
            raise _bad_shape("Idéen", "The idea")
        device = _device(body.get("device"))
        self._limit_device(device)
        self._writing(snapshot)
        text, group, name = body.get("text"), body.get("group"), body.get("name")
        if not isinstance(text, str) or not (name is None or isinstance(name, str)):
            raise _bad_shape("Idéen", "The idea")
        group_id = None if group is None else _uuid(group, lambda: _bad_shape("Idéen", "The idea"))
        return idea_json(await self.server.submit_idea(device, text, group_id, name))

    async def _edit_idea(self, snapshot: Snapshot, scope: dict[str, Any], receive: Receive, idea: str) -> dict[str, Any]:
        idea_id = _uuid(idea, _not_found)
        body = await self._body(scope, receive)
        if set(body) - {"device", "text"}:
            raise _bad_shape("Idéen", "The idea")
        device = _device(body.get("device"))
        self._limit_device(device)
        self._writing(snapshot)
        text = body.get("text")
        if not isinstance(text, str):
            raise _bad_shape("Idéen", "The idea")
        return idea_json(await self.server.edit_idea(device, idea_id, text))

    async def _withdraw_idea(self, snapshot: Snapshot, scope: dict[str, Any], idea: str) -> dict[str, Any]:
        idea_id = _uuid(idea, _not_found)
        device = _device(_query(scope["query_string"], ("device",)).get("device"))
        self._limit_device(device)
        self._writing(snapshot)
        await self.server.withdraw_idea(device, idea_id)
        return {"ok": True}

    # -- the event stream ---------------------------------------------------------------------------
    async def _events(self, receive: Receive, send: Send, code: str) -> None:
        """``event: state`` with the whole state, at once and at every change; a comment
        every :data:`HEARTBEAT` seconds; ends when the page goes, the session's code
        changes or the server stops."""
        hub = self.hub
        assert hub is not None
        self.streams += 1
        gone: asyncio.Future[Any] | None = None
        try:
            await send({"type": "http.response.start", "status": 200, "headers": [
                (b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-store"),
                (b"x-accel-buffering", b"no"), *SECURITY]})
            sent = hub.snapshot
            await send({"type": "http.response.body", "body": b"retry: 2000\n\n" + sent.event, "more_body": True})
            await receive()  # the (empty) request body; the next receive is the page leaving
            gone = asyncio.ensure_future(receive())
            while not hub.closing:
                changed = hub.changed
                done, _ = await asyncio.wait((gone, changed), timeout=HEARTBEAT, return_when=asyncio.FIRST_COMPLETED)
                if gone in done:
                    return
                current = hub.snapshot
                if current.code != code:
                    break
                if current is not sent:
                    sent = current
                    await send({"type": "http.response.body", "body": current.event, "more_body": True})
                elif not done:
                    await send({"type": "http.response.body", "body": b": \n\n", "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            self.streams -= 1
            if gone is not None:
                gone.cancel()

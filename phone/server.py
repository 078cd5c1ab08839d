"""The phone server: the whole room joins a workshop from their phones.

One server serves one workshop's phone session (``app.phones``): one join code for
the whole workshop, the page following the facilitator over Server-Sent Events,
ballots and ideas from the phones. It is pure Python — no Qt — and runs beside the
desktop app or the command line in threads of its own:

* **the engine**: uvicorn (HTTP/1.1 parsed by httptools) with a plain ASGI application
  (:mod:`phone.app`) on an asyncio event loop in its own thread. One loop holds a
  room's connections, slow or idle ones included, at no cost to the others; the
  protocol adds a deadline per request and a bound on connections (:mod:`phone.http`);
* **one writer** thread stores what phones send: ballots in batches (one transaction
  and one disk sync for every ballot waiting, ``app.operations.voting.cast_ballots``)
  and ideas through phone-core's operations; each phone is answered only after its
  write is committed;
* **a watcher** thread notices every change of the session — from the desk, or from
  another process such as ``samskab vote open`` in a second terminal — by polling
  SQLite's ``PRAGMA data_version`` (a counter that moves when any other connection
  commits) every :data:`POLL_INTERVAL` seconds; when the session's revision moved, it
  builds the state answer once (:mod:`phone.state`) and pushes it to every page.

What reaches the app goes through the ``on_ballot`` and ``on_idea`` callbacks, called
in the writer thread; the desktop app connects them to *queued* Qt signals.
``docs/phone-api.md`` documents every route.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import queue
import socket
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from app.changes import Changes
from app.errors import SamskabError
from app.library import Library
from app.operations.phones import edit_phone_idea, submit_phone_idea, withdraw_phone_idea
from app.operations.voting import BallotRequest, cast_ballots
from app.phones import (
    PhoneIdeaView,
    device_ideas,
    phone_idea,
    session_of_workshop,
    session_revision,
)
from app.voting import BallotView, read_ballot
from phone import state
from phone.app import PhoneApp
from phone.http import MAX_HEADERS, READ_TIMEOUT, Connections, protocol_class

log = logging.getLogger(__name__)

#: Seconds between two looks at the library for changes made elsewhere.
POLL_INTERVAL = 0.05
#: The most connections held at once (slow ones are dropped first beyond it).
MAX_CONNECTIONS = 4096
#: Seconds an idle keep-alive connection is kept.
KEEP_ALIVE = 5
#: The most ballots stored in one transaction (one disk sync).
BATCH = 200
#: How long a phone's write waits for the writer before it is told to retry.
WRITE_TIMEOUT = 30.0


class PhoneServerError(SamskabError):
    """The server cannot start: the address is not this machine's, the port is taken."""


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


@dataclass(frozen=True)
class IdeaEvent:
    """An idea written, edited or withdrawn from a phone, as reported to ``on_idea``
    (in the writer thread, once committed): the core's ``Changes`` and when it was
    stored (``time.perf_counter()``)."""

    changes: Changes
    accepted_at: float


class _Job:
    """A write waiting for the writer thread: a ballot (``request``) or an operation
    (``run``); ``future`` is settled in the event loop."""

    __slots__ = ("round_id", "request", "run", "received_at", "future")

    def __init__(self, future: asyncio.Future[Any], *, round_id: uuid.UUID | None = None,
                 request: BallotRequest | None = None, run: Callable[[], Any] | None = None,
                 received_at: float = 0.0) -> None:
        self.future = future
        self.round_id = round_id
        self.request = request
        self.run = run
        self.received_at = received_at


def _settle(results: list[tuple[asyncio.Future[Any], Any]]) -> None:
    """In the event loop: hand each waiting request its outcome (a value or an error)."""
    for future, outcome in results:
        if future.done():
            continue  # the phone gave up (write timeout)
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)


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


def _raise_file_limit(wanted: int) -> None:
    """Let this process hold a room's connections (each is a file descriptor; the
    soft limit is often 1,024)."""
    if sys.platform == "win32":
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


class PhoneServer:
    """Serves the phone session of the workshop ``workshop_id``.

    ``host`` is the interface to bind (by default :func:`lan_address`); ``port`` 0
    lets the system choose; a port that is taken is an error, unless ``any_port``
    (then another is chosen and :attr:`port_changed` says so). ``on_ballot`` and
    ``on_idea`` are called in the writer thread after each stored ballot or idea.
    ``limit_loopback`` applies the limit per network address to this laptop's own
    address too (tests; the benchmark's phones all come from loopback).
    """

    def __init__(
        self,
        library: Library,
        workshop_id: uuid.UUID,
        *,
        host: str | None = None,
        port: int = 0,
        any_port: bool = False,
        on_ballot: Callable[[BallotEvent], None] | None = None,
        on_idea: Callable[[IdeaEvent], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        poll_interval: float = POLL_INTERVAL,
        limit_loopback: bool = False,
        max_connections: int = MAX_CONNECTIONS,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        self.library = library
        self.workshop_id = workshop_id
        self.host = host or lan_address()
        self.requested_port = port
        self.any_port = any_port
        self.port_changed = False
        self.on_ballot = on_ballot
        self.on_idea = on_idea
        self.clock = clock
        self.poll_interval = poll_interval
        self.connections = Connections(max_connections, read_timeout, MAX_HEADERS)
        self.app = PhoneApp(self, limit_loopback=limit_loopback)
        self.snapshot: state.Snapshot = state.closed(None)
        self.handout: state.Handout | None = None
        self._socket: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._uvicorn: Any = None
        self._threads: list[threading.Thread] = []
        self._ready = threading.Event()
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._readers = ThreadPoolExecutor(2, thread_name_prefix="phone-read")

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> PhoneServer:
        """Bind, read the session and serve; returns ``self``. Raises
        :class:`PhoneServerError` when the address or port cannot be used."""
        self._socket = self._bind()
        _raise_file_limit(self.connections.max_connections + 256)
        self._refresh()
        for target, name in ((self._serve, "phone-server"), (self._write_loop, "phone-writer"),
                             (self._watch, "phone-watcher")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        """Tell the pages the session is closed, stop serving and release the port
        (waits for the threads)."""
        if self._socket is None:
            return
        self._stopping.set()
        self._wake.set()
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop ended already
                loop.call_soon_threadsafe(self._close_streams)
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        self._jobs.put(None)
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()
        self._readers.shutdown(wait=False)
        with contextlib.suppress(OSError):
            self._socket.close()
        self._socket = None

    @property
    def running(self) -> bool:
        return self._socket is not None

    @property
    def port(self) -> int:
        if self._socket is None:
            raise RuntimeError("the phone server is not running")
        return int(self._socket.getsockname()[1])

    @property
    def base_url(self) -> str:
        """``http://host:port/``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def code(self) -> str | None:
        """The session's join code while it is open to phones."""
        snapshot = self.snapshot
        return snapshot.code if snapshot.screen != "closed" else None

    @property
    def join_url(self) -> str | None:
        """The address in the QR code, ``http://host:port/j/CODE``, while the session is open."""
        code = self.code
        return f"{self.base_url}j/{code}" if code else None

    def refresh(self) -> None:
        """Read the session now, in the caller's thread, and publish it: a request
        made after this returns sees the change (a change made in this process)."""
        self._refresh()

    def share_handout(self, pdf: bytes, file_name: str) -> state.Handout:
        """Offer ``pdf`` to every phone as ``file_name`` (made plain ASCII, ``.pdf``),
        in place of any handout shared before; the pages are told at once. Kept in
        memory until the server stops."""
        if not pdf.startswith(b"%PDF-"):
            raise ValueError("not a PDF")
        handout = self.handout = state.Handout(safe_file_name(file_name), pdf)
        self._refresh()
        self.poke()  # the watcher looks again: a refresh it had under way may not have seen it
        return handout

    def poke(self) -> None:
        """Look at the session now rather than at the next poll (after a change made
        in this process, such as the desk opening writing)."""
        self._wake.set()

    def _bind(self) -> socket.socket:
        host, port = self.host, self.requested_port
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        except (socket.gaierror, UnicodeError):
            raise PhoneServerError(f"Adressen »{host}« findes ikke.", f"There is no address '{host}'.") from None
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
        if sys.platform != "win32":  # on Windows it would let two servers share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            try:
                sock.bind(address)
            except OSError as error:
                if error.errno != errno.EADDRINUSE or not self.any_port or port == 0:
                    raise
                sock.bind((address[0], 0, *address[2:]))
                self.port_changed = True
            sock.listen(2048)
        except OSError as error:
            sock.close()
            if error.errno == errno.EADDRINUSE:
                raise PhoneServerError(f"Port {port} er optaget af et andet program; vælg en anden med --port.",
                                       f"Port {port} is taken by another program; choose another with --port.") from None
            if error.errno == errno.EADDRNOTAVAIL:
                raise PhoneServerError(f"Adressen {host} hører ikke til denne maskine; vælg en af dens egne adresser.",
                                       f"The address {host} is not one of this machine's; choose one of its own.") from None
            if error.errno == errno.EACCES:
                raise PhoneServerError(f"Port {port} kræver administratorrettigheder; vælg en over 1024.",
                                       f"Port {port} needs administrator rights; choose one above 1024.") from None
            raise PhoneServerError(f"Telefonsiden kunne ikke starte på {host}:{port}: {error.strerror or error}.",
                                   f"The phone page could not start on {host}:{port}: {error.strerror or error}.") from None
        sock.setblocking(False)
        return sock

    # -- the event loop thread ---------------------------------------------------------------------
    def _serve(self) -> None:
        try:
            asyncio.run(self._main())
        finally:
            self._ready.set()

    async def _main(self) -> None:
        import uvicorn

        logging.getLogger("uvicorn.error").setLevel(logging.ERROR)  # a bad request is not news
        self._loop = asyncio.get_running_loop()
        self.app.start_hub(self.snapshot)
        config = uvicorn.Config(
            self.app, http=protocol_class(self.connections), ws="none", lifespan="off", interface="asgi3",
            log_config=None, access_log=False, server_header=False, date_header=False, proxy_headers=False,
            timeout_keep_alive=KEEP_ALIVE, timeout_graceful_shutdown=2, backlog=2048,
        )
        server = uvicorn.Server(config)
        self._uvicorn = server
        self._ready.set()
        if self._stopping.is_set():
            return
        assert self._socket is not None
        await server.serve(sockets=[self._socket])
        for connection in list(server.server_state.connections):
            connection.transport.close()  # what the graceful shutdown left (a slow sender)

    def _close_streams(self) -> None:
        hub = self.app.hub
        if hub is not None:
            hub.publish(state.closed(self.snapshot))
            hub.close()

    def _publish(self, snapshot: state.Snapshot) -> None:
        self.snapshot = snapshot
        loop, hub = self._loop, self.app.hub
        if loop is not None and hub is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(hub.publish, snapshot)

    # -- called by the app, in the event loop ------------------------------------------------------
    async def _wait(self, job: _Job) -> Any:
        self._jobs.put(job)
        try:
            return await asyncio.wait_for(job.future, WRITE_TIMEOUT)
        except TimeoutError:
            raise SamskabError("Samskab har travlt. Prøv igen om lidt.", "Samskab is busy. Try again in a moment.") from None

    async def cast(self, round_id: uuid.UUID, request: BallotRequest, received_at: float) -> BallotView:
        """Store a ballot (batched with the others waiting); raises the core's refusal."""
        future: asyncio.Future[BallotView] = asyncio.get_running_loop().create_future()
        result: BallotView = await self._wait(_Job(future, round_id=round_id, request=request, received_at=received_at))
        return result

    async def submit_idea(self, device: str, text: str, group_id: uuid.UUID | None, name: str | None) -> PhoneIdeaView:
        """Store an idea written on a phone (the core decides: board or inbox)."""
        return await self._idea_op(lambda: submit_phone_idea(self.library, self.workshop_id, device, text, group_id, name))

    async def edit_idea(self, device: str, idea_id: uuid.UUID, text: str) -> PhoneIdeaView:
        return await self._idea_op(lambda: edit_phone_idea(self.library, self.workshop_id, device, idea_id, text), idea_id)

    async def withdraw_idea(self, device: str, idea_id: uuid.UUID) -> None:
        await self._idea_op(lambda: withdraw_phone_idea(self.library, self.workshop_id, device, idea_id), idea_id)

    async def _idea_op(self, operation: Callable[[], Changes], idea_id: uuid.UUID | None = None) -> PhoneIdeaView:
        """Run an idea operation in the writer thread; the idea as stored afterwards."""
        def run() -> PhoneIdeaView | None:
            changes = operation()
            if self.on_idea is not None:
                try:
                    self.on_idea(IdeaEvent(changes, time.perf_counter()))
                except Exception:  # a broken listener must not stop the writer
                    log.exception("on_idea failed")
            wanted = idea_id or changes.subject
            return phone_idea(self.library, wanted) if wanted is not None else None

        future: asyncio.Future[PhoneIdeaView] = asyncio.get_running_loop().create_future()
        result: PhoneIdeaView = await self._wait(_Job(future, run=run))
        return result

    async def device_ideas(self, device: str) -> list[PhoneIdeaView]:
        return await asyncio.get_running_loop().run_in_executor(
            self._readers, device_ideas, self.library, self.workshop_id, device)

    async def read_ballot(self, round_id: uuid.UUID, voter_key: str) -> BallotView | None:
        def read() -> BallotView | None:
            try:
                return read_ballot(self.library, round_id, voter_key)
            except SamskabError:  # a round that is not there: no ballot either
                return None

        return await asyncio.get_running_loop().run_in_executor(self._readers, read)

    # -- the writer thread --------------------------------------------------------------------------
    def _write_loop(self) -> None:
        """Take what is waiting (up to :data:`BATCH`), store the ballots in one
        transaction per round and run the other writes in order; answer each."""
        while True:
            first = self._jobs.get()
            if first is None:
                break
            batch = [first]
            stop = False
            while len(batch) < BATCH:
                try:
                    item = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stop = True
                    break
                batch.append(item)
            ballots: dict[uuid.UUID, list[_Job]] = {}
            outcomes: list[tuple[asyncio.Future[Any], Any]] = []
            for job in batch:
                if job.run is not None:
                    outcomes.append((job.future, self._run(job.run)))
                else:
                    assert job.round_id is not None
                    ballots.setdefault(job.round_id, []).append(job)
            for round_id, jobs in ballots.items():
                outcomes += self._cast(round_id, jobs)
            self._answer(outcomes)
            if stop:
                break
        while True:  # anything still waiting is told "busy, try again", not left hanging
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                self._answer([(item.future, SamskabError("Samskab lukker telefonsiden.", "Samskab is closing the phone page."))])

    def _answer(self, outcomes: list[tuple[asyncio.Future[Any], Any]]) -> None:
        if outcomes and self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has ended: nobody is waiting
                self._loop.call_soon_threadsafe(_settle, outcomes)

    @staticmethod
    def _run(run: Callable[[], Any]) -> Any:
        try:
            return run()
        except SamskabError as error:
            return error
        except Exception as error:  # never leave a phone waiting
            log.exception("phone write failed")
            return SamskabError("Det kunne ikke gemmes. Prøv igen.", f"It could not be stored ({type(error).__name__}). Try again.")

    def _cast(self, round_id: uuid.UUID, jobs: list[_Job]) -> list[tuple[asyncio.Future[Any], Any]]:
        try:
            outcome = cast_ballots(self.library, round_id, [job.request for job in jobs if job.request is not None])
        except SamskabError as error:  # the library is busy or full: every phone may retry
            log.warning("phone ballots not stored: %s", error.en)
            return [(job.future, error) for job in jobs]
        except Exception:
            log.exception("phone ballots not stored")
            failed = SamskabError("Stemmen kunne ikke gemmes. Prøv igen.", "The vote could not be stored. Try again.")
            return [(job.future, failed) for job in jobs]
        accepted = time.perf_counter()
        if self.on_ballot is not None and outcome.changes is not None:
            for job, result in zip(jobs, outcome.results, strict=True):
                if isinstance(result, BallotView):
                    try:
                        self.on_ballot(BallotEvent(round_id, outcome.ballots, outcome.changes, accepted, job.received_at))
                    except Exception:  # a broken listener must not stop the writer
                        log.exception("on_ballot failed")
        return [(job.future, result) for job, result in zip(jobs, outcome.results, strict=True)]

    # -- the watcher thread ---------------------------------------------------------------------------
    def _watch(self) -> None:
        """Every :attr:`poll_interval` seconds: has anyone committed to the library
        (``PRAGMA data_version``)? Then has the session changed? (Other databases:
        look at the session every time.)"""
        version: Callable[[], int] | None = None
        connection: sqlite3.Connection | None = None
        url = self.library.engine.url
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            connection = sqlite3.connect(url.database, check_same_thread=False)

            def version() -> int:
                assert connection is not None
                return int(connection.execute("PRAGMA data_version").fetchone()[0])

        seen: int | None = None
        try:
            while not self._stopping.is_set():
                poked = self._wake.wait(self.poll_interval)
                self._wake.clear()
                if self._stopping.is_set():
                    break
                try:
                    now = version() if version is not None else None
                except sqlite3.Error:
                    now = None
                if now is not None and now == seen and not poked:
                    continue
                if self._refresh():
                    seen = now
        finally:
            if connection is not None:
                connection.close()

    def _refresh(self) -> bool:
        """Read the session's revision (one small statement); when it moved, read the
        session and publish a new snapshot. ``False`` if the library could not be read
        (the watcher tries again)."""
        try:
            current = self.snapshot
            handout = self.handout
            same_handout = current.handout is handout
            if (current.revision is not None and same_handout
                    and session_revision(self.library, self.workshop_id) == current.revision):
                return True
            session = session_of_workshop(self.library, self.workshop_id)
            if session is None or not session.is_open:
                if (current.screen != "closed" or not same_handout
                        or (session is not None and current.code != session.code)):
                    self._publish(state.closed(current, session, handout))
            else:
                self._publish(state.build(self.library, session, handout))
        except SamskabError as error:
            log.warning("phone session not read: %s", error.en)
            return False
        except Exception:
            log.exception("phone session not read")
            return False
        return True


_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def safe_file_name(name: str) -> str:
    """``name`` as a plain ASCII file name ending in ``.pdf`` (for the download's
    ``Content-Disposition``): Danish letters spelt out, accents dropped, anything else
    a hyphen; "opsamling.pdf" when nothing is left."""
    import re
    import unicodedata

    stem = name[:-4] if name.lower().endswith(".pdf") else name
    plain = unicodedata.normalize("NFKD", stem.translate(_DANISH)).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^A-Za-z0-9._]+", "-", plain).strip("-._")[:80].strip("-._")
    return f"{plain or 'opsamling'}.pdf"


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

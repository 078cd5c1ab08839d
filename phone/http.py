"""uvicorn's HTTP/1.1 protocol (httptools), hardened for a room's network.

uvicorn times out only idle keep-alive connections, and its httptools protocol puts
no bound on a request's line and headers: a phone that sends its request one byte
every few seconds, or opens a connection and sends nothing, would hold it for ever,
and one endless header would grow in memory. :func:`protocol_class` makes a subclass
of uvicorn's ``HttpToolsProtocol`` that adds

* a **deadline per request**: the request line, headers and body must all arrive
  within :data:`READ_TIMEOUT` of the connection being ready for them (its opening, or
  the end of the previous answer); otherwise ``408`` and the connection is closed.
  Once a request has arrived the deadline is off (the event stream lasts as long as
  the page stays);
* a **bound on the request line and headers**: :data:`MAX_HEADERS` bytes, counted as
  they arrive (``431`` beyond it, the connection closed) — what uvicorn's h11
  protocol does with ``h11_max_incomplete_event_size``;
* a **bound on connections**: beyond ``max_connections`` the connection that has
  waited longest for its request to arrive is closed to make room (a slow sender, not
  a phone being answered); if none is waiting, the new connection is closed;
* **JSON errors** for requests the parser refuses, in the same
  ``{"error": {"da", "en"}}`` shape as every other refusal, instead of uvicorn's
  plain-text ones.

Why httptools rather than h11: the same bare uvicorn app spent 0.21 ms of CPU per
request with httptools against 0.47 ms with h11 (500 keep-alive connections × 10
requests on loopback), and the issue's target is 0.5 ms for the whole request.

It reaches into uvicorn's ``HttpToolsProtocol`` (``parser``, ``cycle``, ``pipeline``,
``transport`` and its callbacks), which is why uvicorn is pinned below its next minor
version in ``pyproject.toml``.
"""

from __future__ import annotations

import asyncio
import json
from collections import OrderedDict
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

#: Seconds for one request (line, headers, body) to arrive.
READ_TIMEOUT = 10.0
#: The request line and headers, in bytes.
MAX_HEADERS = 8192


def error_response(status: int, da: str, en: str, *, close: bool = True) -> bytes:
    """A complete HTTP/1.1 error answer as bytes, for the protocol's own refusals."""
    body = json.dumps({"error": {"da": da, "en": en}}, ensure_ascii=False).encode("utf-8")
    reason = {400: b"Bad Request", 408: b"Request Timeout", 431: b"Request Header Fields Too Large",
              503: b"Service Unavailable"}.get(status, b"Error")
    return b"".join((
        b"HTTP/1.1 %d %s\r\n" % (status, reason),
        b"content-type: application/json; charset=utf-8\r\n",
        b"content-length: %d\r\n" % len(body),
        b"cache-control: no-store\r\nx-content-type-options: nosniff\r\n",
        b"connection: close\r\n\r\n" if close else b"\r\n",
        body,
    ))


BAD_REQUEST = error_response(400, "Forespørgslen kunne ikke læses.", "The request could not be read.")
HEADERS_TOO_LARGE = error_response(431, "Forespørgslens hoveder er for store.", "The request headers are too large.")
CUT_SHORT = error_response(400, "Forespørgslen kom ikke helt frem.", "The request did not arrive whole.")
TIMED_OUT = error_response(408, "Forespørgslen tog for lang tid.", "The request took too long.")


class Connections:
    """The connections waiting for a request to arrive, oldest first, and the bound."""

    def __init__(self, max_connections: int, read_timeout: float, header_limit: int) -> None:
        self.max_connections = max_connections
        self.read_timeout = read_timeout
        #: The request line and headers, in bytes.
        self.header_limit = header_limit
        self.waiting: OrderedDict[Any, None] = OrderedDict()


def protocol_class(limits: Connections) -> type[HttpToolsProtocol]:
    """uvicorn's httptools protocol with a deadline per request, bounds on headers and
    connections, and JSON errors; ``limits`` is shared by the server's connections."""

    class PhoneProtocol(HttpToolsProtocol):
        _deadline: asyncio.TimerHandle | None = None
        #: Bytes of the request line and headers so far (``None``: they are in).
        _head: int | None = 0

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > limits.max_connections:
                victim = next(iter(limits.waiting), None)
                if victim is None:
                    transport.close()
                    return
                victim._expire()
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._head is not None:
                self._head += len(data)
            super().data_received(data)
            # Still no end of the headers, and more than they may take: refuse. (Headers
            # that arrived whole with the end are counted in on_url and on_header.)
            if self._head is not None and self._head > limits.header_limit and not self.transport.is_closing():
                self._refuse(HEADERS_TOO_LARGE)

        def eof_received(self) -> bool | None:
            """The phone has sent all it will send (it may still read). A request that
            is in is answered, then the connection closes; one cut short is told so."""
            cycle = self.cycle
            if cycle is not None and not cycle.response_complete:
                if cycle.more_body:  # its body stopped coming
                    self._refuse(CUT_SHORT)
                    return None
                cycle.keep_alive = False
                return True
            if self._head:  # part of a request line or headers, then nothing
                self._refuse(CUT_SHORT)
            return None

        def on_message_begin(self) -> None:
            super().on_message_begin()
            if self._head is None:  # a request pipelined behind the last one
                self._head = 0
            self._fields = 0

        def on_url(self, url: bytes) -> None:
            self._fields += len(url)
            if self._fields > limits.header_limit:
                raise httptools.HttpParserError("the request line is too long")
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._fields += len(name) + len(value) + 4
            if self._fields > limits.header_limit:
                raise httptools.HttpParserError("the headers are too large")
            super().on_header(name, value)

        def on_headers_complete(self) -> None:
            self._head = None
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._disarm()  # the request is in: no deadline while it is answered
            super().on_message_complete()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and not self.pipeline:
                self._head = 0
                self._arm()

        def send_400_response(self, msg: str) -> None:
            too_large = self._fields > limits.header_limit or (self._head or 0) > limits.header_limit
            self._refuse(HEADERS_TOO_LARGE if too_large else BAD_REQUEST)

        _fields = 0

        def _refuse(self, answer: bytes) -> None:
            self._disarm()
            cycle = self.cycle
            if cycle is None or cycle.response_complete or not cycle.response_started:
                self.transport.write(answer)
            if cycle is not None and not cycle.response_complete:
                cycle.disconnected = True  # the app stops waiting for the body
                cycle.message_event.set()
            self.transport.close()

        # -- the deadline ---------------------------------------------------------------
        def _arm(self) -> None:
            self._disarm()
            self._deadline = self.loop.call_later(limits.read_timeout, self._expire)
            limits.waiting[self] = None

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None
            limits.waiting.pop(self, None)

        def _expire(self) -> None:
            if not self.transport.is_closing():
                self._refuse(TIMED_OUT)

    return PhoneProtocol

"""A throwaway in-memory server speaking the phone contract (docs/phone-api.md):
the page's routes, the session state, its Server-Sent Events, ideas and ballots.
Used only until the real phone server has the routes; it serves the real
phone/static files with the real server's CSP, and can be stopped and started again
on the same port to take the network away."""

from __future__ import annotations

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
STATIC = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}


class StubSession:
    def __init__(self, code: str = "123456") -> None:
        self.code = code
        self.lock = threading.Condition()
        self.state: dict[str, Any] = {
            "revision": 1, "title": "Borgermøde", "question": "Hvordan får flere lyst til at cykle?",
            "phase": {"name": "Idéer", "prompt": "Skriv én idé ad gangen."}, "screen": "waiting",
            "writing": None, "round": None, "results": None,
        }
        self.ideas: dict[str, dict[str, Any]] = {}
        self.ballots: dict[tuple[str, str], dict[str, Any]] = {}
        self.closed = False
        self.httpd: ThreadingHTTPServer | None = None
        self.port = 0
        self.stopping = threading.Event()

    # -- control from the test ---------------------------------------------------------
    def update(self, **changes: Any) -> None:
        with self.lock:
            self.state.update(changes)
            self.state["revision"] += 1
            self.lock.notify_all()

    def start(self) -> StubSession:
        stub = self

        class Handler(_Handler):
            session = stub

        self.stopping.clear()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.httpd is not None:
            self.stopping.set()
            with self.lock:
                self.lock.notify_all()
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class _Handler(BaseHTTPRequestHandler):
    session: StubSession
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: Any) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json; charset=utf-8")

    def _error(self, status: int, da: str, en: str) -> None:
        self._json(status, {"error": {"da": da, "en": en}})

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"null")

    def _route(self) -> tuple[list[str], dict[str, list[str]]]:
        url = urlsplit(self.path)
        return [p for p in url.path.split("/") if p], parse_qs(url.query)

    def _page(self, status: int = 200) -> None:
        self._send(status, resources.files("phone").joinpath("static", "index.html").read_bytes(),
                   "text/html; charset=utf-8")

    def do_GET(self) -> None:
        s = self.session
        parts, query = self._route()
        if parts == [] or parts[0] == "j":
            self._page()
        elif parts[0] == "static" and len(parts) == 2 and parts[1] in STATIC:
            self._send(200, resources.files("phone").joinpath("static", parts[1]).read_bytes(), STATIC[parts[1]])
        elif parts[:2] == ["api", "session"] and len(parts) >= 3:
            if parts[2] != s.code or s.closed:
                self._error(404, "Koden findes ikke.", "No such code.")
            elif len(parts) == 3:
                with s.lock:
                    self._json(200, s.state)
            elif parts[3:] == ["events"]:
                self._events()
            elif parts[3:] == ["ballot"]:
                key = (query.get("round", [""])[0], query.get("device", [""])[0])
                self._json(200, {"ballot": s.ballots.get(key)})
            elif parts[3:] == ["ideas"]:
                device = query.get("device", [""])[0]
                with s.lock:
                    mine = [i for i in s.ideas.values() if i["device"] == device]
                self._json(200, {"ideas": [{k: v for k, v in i.items() if k != "device"} for i in mine]})
            else:
                self._error(404, "Findes ikke.", "Not found.")
        else:
            self._page(404)  # an old or wrong address: the page says so on its own screen

    def _events(self) -> None:
        s = self.session
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = -1
        try:
            while not s.stopping.is_set():
                with s.lock:
                    if s.state["revision"] == seen:
                        s.lock.wait(0.2)
                    if s.state["revision"] == seen:
                        continue
                    seen = s.state["revision"]
                    data = json.dumps(s.state)
                self.wfile.write(f"event: state\ndata: {data}\n\n".encode())
                self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True

    def _idea_json(self, idea: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in idea.items() if k != "device"}

    def do_POST(self) -> None:
        s = self.session
        parts, _query = self._route()
        body = self._body()
        if parts[:3] != ["api", "session", s.code] or s.closed:
            self._error(404, "Koden findes ikke.", "No such code.")
            return
        if parts[3:] == ["ideas"]:
            if s.state["writing"] is None:
                self._error(409, "Der er lukket for idéer.", "Writing is closed.")
                return
            if not str(body.get("text", "")).strip():
                self._error(400, "Idéen er tom.", "The idea is empty.")
                return
            idea = {"id": str(uuid.uuid4()), "text": body["text"], "group": body.get("group"),
                    "name": body.get("name"), "status": s.state["writing"]["mode"], "device": body["device"]}
            with s.lock:
                s.ideas[idea["id"]] = idea
            self._json(201, self._idea_json(idea))
        elif parts[3:] == ["ballot"]:
            round_ = s.state["round"]
            if ("voter" in body) == ("device" in body):
                self._error(400, "Enten voter eller device.", "Either voter or device.")
                return
            if round_ is None or round_["state"] != "open" or body.get("round") != round_["id"]:
                self._error(409, "Afstemningen er lukket.", "The vote is closed.")
                return
            view = {"abstained": bool(body.get("abstain")), "participant": body.get("participant"),
                    "dots": body.get("dots") or {}, "answers": body.get("answers") or {},
                    "scores": body.get("scores") or {}}
            with s.lock:
                s.ballots[(round_["id"], body["voter"])] = view
            self._json(200, {"ballot": view})
        else:
            self._error(404, "Findes ikke.", "Not found.")

    def _own_idea(self, parts: list[str], device: str) -> dict[str, Any] | None:
        s = self.session
        idea = s.ideas.get(parts[4]) if len(parts) == 5 and parts[3] == "ideas" else None
        if idea is None or idea["device"] != device:
            self._error(404, "Idéen findes ikke.", "No such idea.")
            return None
        if s.state["writing"] is None:
            self._error(409, "Der er lukket for idéer.", "Writing is closed.")
            return None
        return idea

    def do_PUT(self) -> None:
        parts, _query = self._route()
        body = self._body()
        idea = self._own_idea(parts, body.get("device", ""))
        if idea is not None:
            idea["text"] = body["text"]
            self._json(200, self._idea_json(idea))

    def do_DELETE(self) -> None:
        parts, query = self._route()
        idea = self._own_idea(parts, query.get("device", [""])[0])
        if idea is not None:
            idea["status"] = "withdrawn"
            self._json(200, {"ok": True})


HOSTILE = '<img src=x onerror="document.title=\'pwned\'">Frokost'
OPTIONS = [("Fælles kaffe", 1), (HOSTILE, 2), ("Cykelpulje", 3)]
CRITERIA = [("Effekt", "Hvor meget hjælper det?"), ("Let at gøre", "")]


class StubFacilitator:
    """What the tests do as the facilitator, against the stub."""

    def __init__(self, ideas: tuple[str, ...] = tuple(t for t, _ in OPTIONS), question: str = "") -> None:
        self.session = StubSession().start()
        if question:
            self.session.update(question=question)
        self.code = self.session.code
        self.groups = [{"id": str(uuid.uuid4()), "name": name} for name in ("Bord 1", "Bord 2")]
        self.options = [{"id": str(uuid.uuid4()), "number": n, "text": text} for n, text in enumerate(ideas, 1)]
        self.criteria = [{"id": str(uuid.uuid4()), "name": n, "description": d} for n, d in CRITERIA]
        self.people = {name: str(uuid.uuid4()) for name in ("Anne", "Bo")}
        self.round: dict[str, Any] | None = None

    @property
    def base_url(self) -> str:
        return self.session.base_url

    def open_writing(self, mode: str = "inbox") -> None:
        self.session.update(screen="writing", writing={"phase": "Idéer", "mode": mode, "groups": self.groups})

    def close_writing(self) -> None:
        self.session.update(screen="waiting", writing=None)

    def open_round(self, kind: str, *, anonymous: bool = True) -> None:
        self.round = {"id": str(uuid.uuid4()), "kind": kind, "state": "open",
                      "title": {"dots": "Hvad skal vi prøve først?", "statements": "Er du enig?",
                                "criteria": "Giv point"}[kind],
                      "anonymous": anonymous, "budget": 3 if kind == "dots" else None,
                      "max_per_option": 2 if kind == "dots" else None, "language": "da",
                      "options": self.options, "criteria": self.criteria if kind == "criteria" else [],
                      "participants": [] if anonymous else [{"id": i, "name": n} for n, i in self.people.items()]}
        self.session.update(screen="ballot", round=self.round, results=None)

    def close_round(self) -> None:
        self.session.update(screen="waiting", round=None)

    def reveal(self) -> None:
        assert self.round is not None
        self.round = dict(self.round, state="revealed")
        counted = {str(o["id"]): 0 for o in self.options}
        for (round_id, _), view in self.session.ballots.items():
            if round_id == self.round["id"]:
                for option, n in view["dots"].items():
                    counted[option] += n
        ordered = sorted(self.options, key=lambda o: -counted[str(o["id"])])
        dots = [{"option": o, "dots": counted[str(o["id"])],
                 "rank": 1 + sum(1 for p in ordered if counted[str(p["id"])] > counted[str(o["id"])])} for o in ordered]
        self.session.update(screen="result", round=self.round,
                            results={"kind": self.round["kind"], "title": self.round["title"],
                                     "voters": 4, "dots": dots})

    def close_phones(self) -> None:
        self.session.update(screen="closed", writing=None, round=None)

    @property
    def port(self) -> int:
        return self.session.port

    def ideas_of(self, device: str) -> list[tuple[str, str]]:
        return [(i["text"], i["status"]) for i in self.session.ideas.values() if i["device"] == device]

    def ballot(self, device: str) -> dict[str, Any] | None:
        assert self.round is not None
        return self.session.ballots.get((self.round["id"], device))

    def participant_id(self, name: str) -> str:
        return self.people[name]

    def option_id(self, index: int) -> str:
        return str(self.options[index]["id"])

    def close(self) -> None:
        self.session.stop()

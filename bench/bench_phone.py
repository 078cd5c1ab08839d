"""A room on its phones: the phone server under load, beside a floor measured in the
same run (``python -m bench phone``).

The floor is the issue's (iii): a bare uvicorn app (the same HTTP parser) that answers
the state from memory and commits each batch of ballots to SQLite in WAL mode with
``synchronous=FULL`` from one writer thread. Samskab's server and the floor each run
in a child process of their own (``serve``), and so do the phones (``load``): an
asyncio load generator speaking raw HTTP/1.1 over loopback, each phone on one
kept-alive connection fetching the state, casting a dot ballot, then changing it.
The servers run interleaved, scenario by scenario, so both meet the same machine.

Figures (each beside its target from issue 13):

* p99 request → answer for 500 phones at once, 500 over 2 s, 1,000 over 2 s and 500
  over 20 s — at most twice the floor's p99 in the same scenario;
* CPU per request of the server process — at most 0.5 ms;
* 500 pages on the event stream: a round opened at the desk reaches all of them
  within 250 ms (p99), and the 500 connections cost under 50 MB;
* 500 phones each sending 3 ideas within 60 s: every idea on the board (in the
  desk's GUI thread, through the queued signal) within 200 ms of its
  acknowledgement (p99), none lost, none twice;
* 500 slow connections (a header byte a second, reconnecting when cut off) held open
  during 500 phones over 2 s: honest p99 within twice that of the same run without.

``SAMSKAB_BENCH_QUICK=1`` shortens the 20 s and 60 s runs to a quarter (for a quick
look; the report's figures are the issue's). Loopback only.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import Figure, percentile

QUICK = os.environ.get("SAMSKAB_BENCH_QUICK", "") not in ("", "0")
SCALE = 0.25 if QUICK else 1.0
IDEAS = 20
BUDGET = 3
SCENARIOS = [("500 phones at once", 500, 0.0), ("500 phones over 2 s", 500, 2.0),
             ("1,000 phones over 2 s", 1000, 2.0), ("500 phones over 20 s", 500, 20.0 * SCALE)]
STREAMS = 500
IDEA_PHONES, IDEAS_EACH, IDEA_PERIOD = 500, 3, 60.0 * SCALE
SLOW = 500
ROOT = Path(__file__).resolve().parent.parent


# -- the child processes ---------------------------------------------------------------------


def _child(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "bench.bench_phone", *args], cwd=ROOT, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


class Server:
    """A ``serve`` child: say a command, read its one-line JSON answer."""

    def __init__(self, kind: str, folder: Path, *extra: str) -> None:
        self.process = _child("serve", kind, str(folder), *extra)
        self.info = self._read()

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the server child ended")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def say(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        try:
            self.say("quit")
        finally:
            self.process.wait(timeout=60)


def _load(server: Server, *args: str) -> dict[str, Any]:
    info = server.info
    child = _child("load", str(info["port"]), info["code"], info["round"], ",".join(info["options"]), *args)
    out, _ = child.communicate(timeout=600)
    result: dict[str, Any] = json.loads(out.splitlines()[-1])
    return result


def _scenario(kind: str, folder: Path, phones: int, spread: float, slow: int = 0) -> dict[str, Any]:
    server = Server(kind, folder)
    try:
        server.say("begin")
        result = _load(server, str(phones), str(spread), str(slow))
        used = server.say("end")
    finally:
        server.close()
    result["cpu_ms"] = used["cpu"] * 1000 / max(1, len(result["latencies"]))
    return result


# -- the parent ------------------------------------------------------------------------------


def run() -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="samskab-bench-phone-"))
    figures: list[Figure] = []
    cpu: list[float] = []
    floor_cpu: list[float] = []
    for label, phones, spread in SCENARIOS:
        floor = _scenario("floor", folder, phones, spread)
        ours = _scenario("samskab", folder, phones, spread)
        cpu.append(ours["cpu_ms"])
        floor_cpu.append(floor["cpu_ms"])
        floor_p99 = percentile(floor["latencies"], 0.99)
        refused = sum(1 for s in ours["statuses"] if s != 200) + ours["errors"]
        figures.append(Figure(
            f"phones, {label}: request → answer, p99", percentile(ours["latencies"], 0.99), 2 * floor_p99,
            note=(f"median {statistics.median(ours['latencies']):.1f} ms; floor (iii) p99 {floor_p99:.1f} ms, "
                  f"median {statistics.median(floor['latencies']):.1f} ms; {len(ours['latencies'])} requests, "
                  f"{refused} refused"),
        ))
    figures.append(Figure("phones: CPU per request (median of the scenarios)", statistics.median(cpu), 0.5,
                          note="floor (iii) " + ", ".join(f"{c:.2f}" for c in floor_cpu) + " ms; Samskab "
                          + ", ".join(f"{c:.2f}" for c in cpu) + " ms"))
    figures += _streams(folder)
    figures += _ideas(folder)
    figures += _slow(folder)
    return figures


def _streams(folder: Path) -> list[Figure]:
    server = Server("samskab", folder)
    try:
        before = server.say("rss")["rss"]
        info = server.info
        child = _child("streams", str(info["port"]), info["code"], str(STREAMS))
        assert child.stdout is not None
        ready = child.stdout.readline()  # every page has its first state
        assert ready.strip() == "ready", ready
        during = server.say("rss")["rss"]
        opened = server.say("open-round")["at"]
        out, _ = child.communicate(timeout=120)
    finally:
        server.close()
    arrived: list[float] = json.loads(out.splitlines()[-1])["at"]
    delays = [(t - opened) * 1000 for t in arrived]
    return [
        Figure(f"phones: a round opened at the desk reaches {STREAMS} event streams, p99", percentile(delays, 0.99), 250,
               note=f"median {statistics.median(delays):.0f} ms; {len(delays)} of {STREAMS} pages"),
        Figure(f"phones: {STREAMS} event-stream connections, memory", during - before, 50, "MB"),
    ]


def _ideas(folder: Path) -> list[Figure]:
    server = Server("samskab", folder, "ideas")
    try:
        result = _load(server, str(IDEA_PHONES), str(IDEA_PERIOD), "0", "ideas")
        board = server.say("arrivals")
    finally:
        server.close()
    acked: dict[str, float] = result["acked"]
    shown: dict[str, float] = board["at"]
    delays = [max(0.0, (shown[i] - t) * 1000) for i, t in acked.items() if i in shown]
    sent = IDEA_PHONES * IDEAS_EACH
    stored = set(board["stored"])
    lost = sum(1 for i in acked if i not in stored or i not in shown)  # acknowledged, yet not on the board
    refused = sent - len(acked)
    note = (f"{sent} ideas over {IDEA_PERIOD:.0f} s, {len(acked)} acknowledged, {refused} refused or failed; "
            f"request → acknowledgement p99 {percentile(result['latencies'], 0.99):.0f} ms")
    return [
        Figure("phones: idea on the desk's board after its acknowledgement, p99",
               percentile(delays, 0.99) if delays else float("inf"), 200, note=note),
        Figure("phones: acknowledged ideas lost", float(lost), 0, "ideas"),
        Figure("phones: ideas refused or failed (the writer too slow)", float(refused), 0, "ideas"),
        Figure("phones: ideas stored twice", float(board["twice"]), 0, "ideas"),
    ]


def _slow(folder: Path) -> list[Figure]:
    without = _scenario("samskab", folder, 500, 2.0)
    held = _scenario("samskab", folder, 500, 2.0, SLOW)
    p_without, p_with = percentile(without["latencies"], 0.99), percentile(held["latencies"], 0.99)
    return [Figure(f"phones: 500 over 2 s with {SLOW} slow connections held open, p99", p_with, 2 * p_without,
                   note=f"without them {p_without:.1f} ms; {held['slow_cut']} slow connections cut off by the deadline")]


# -- child: the servers ------------------------------------------------------------------------


def _say(payload: dict[str, Any]) -> None:
    print(json.dumps(payload), flush=True)


def _rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _commands(handle: dict[str, Any]) -> None:
    """Answer the parent's commands on stdin until ``quit``."""
    began = 0.0
    for line in sys.stdin:
        command = line.strip()
        if command == "begin":
            began = time.process_time()
            _say({"ok": True})
        elif command == "end":
            _say({"cpu": time.process_time() - began})
        elif command == "rss":
            _say({"rss": _rss_mb()})
        elif command in handle:
            _say(handle[command]())
        elif command == "quit":
            _say({"ok": True})
            break


def _serve_samskab(folder: Path, ideas: bool) -> None:
    import threading
    import uuid

    from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

    from app.library import open_library
    from app.operations import add_idea, create_workshop, open_round
    from app.operations.phones import open_phones, open_writing
    from app.queries import load_workshop
    from app.templates import load_templates
    from phone.server import IdeaEvent, PhoneServer

    app = QCoreApplication.instance() or QCoreApplication([])
    path = folder / f"samskab-{uuid.uuid4().hex[:8]}.sqlite3"
    library = open_library(path)
    wid = create_workshop(library, load_templates()["samarbejdsdrevet-innovation"], title="Borgermøde").subject
    assert wid is not None
    for n in range(IDEAS):
        add_idea(library, wid, f"Idé nummer {n + 1}")
    open_phones(library, wid)
    if ideas:
        open_writing(library, wid, load_workshop(library, wid).phases[0].id, "board")
        rid = None
    else:
        rid = open_round(library, wid, "dots", budget=BUDGET, anonymous=True).subject

    class Bridge(QObject):
        idea_did_arrive = Signal(object)

    shown: dict[str, float] = {}

    def on_board(event: IdeaEvent) -> None:  # in the GUI thread, as the desk's board hears it
        shown[str(event.changes.subject)] = time.monotonic()

    bridge = Bridge()
    bridge.idea_did_arrive.connect(on_board, Qt.ConnectionType.QueuedConnection)
    server = PhoneServer(library, wid, host="127.0.0.1", on_idea=bridge.idea_did_arrive.emit).start()
    state = json.loads(server.snapshot.body)
    options = [o["id"] for o in state["round"]["options"]] if state["round"] else ["-"]

    def open_another() -> dict[str, Any]:
        open_round(library, wid, "dots", budget=BUDGET, anonymous=True)
        at = time.monotonic()
        server.poke()  # as the desk does after its own change
        return {"at": at}

    def arrivals() -> dict[str, Any]:
        from sqlalchemy import func, select

        from app.model import PhoneIdea

        with library.read() as session:
            stored = [str(i) for i in session.scalars(select(PhoneIdea.id).where(PhoneIdea.workshop_id == wid))]
            texts = session.execute(select(PhoneIdea.text, func.count()).where(PhoneIdea.workshop_id == wid)
                                    .group_by(PhoneIdea.device_key, PhoneIdea.text)).all()
        return {"at": dict(shown), "stored": stored, "twice": sum(1 for _, n in texts if n > 1)}

    _say({"port": server.port, "code": server.code, "round": str(rid), "options": options})
    done = threading.Event()

    def read() -> None:
        _commands({"open-round": open_another, "arrivals": arrivals})
        done.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while not done.is_set():  # the GUI thread: queued signals are delivered here
        app.processEvents()
        done.wait(0.002)
    server.stop()
    library.close()


def _serve_floor(folder: Path) -> None:
    """The issue's floor (iii)."""
    import queue
    import socket
    import sqlite3
    import threading

    import uvicorn

    database = sqlite3.connect(folder / f"floor-{os.getpid()}.sqlite3", check_same_thread=False, isolation_level=None)
    database.execute("PRAGMA journal_mode=WAL")
    database.execute("PRAGMA synchronous=FULL")
    database.execute("CREATE TABLE IF NOT EXISTS ballots (voter TEXT PRIMARY KEY, dots TEXT)")
    state = json.dumps({"revision": 1, "code": "123456", "screen": "ballot", "round": {
        "id": "round", "kind": "dots", "state": "open", "budget": BUDGET,
        "options": [{"id": f"option-{n}", "number": n, "text": f"Idé nummer {n}"} for n in range(IDEAS)]}}).encode()
    jobs: queue.Queue[tuple[str, str, asyncio.Future[None], asyncio.AbstractEventLoop]] = queue.Queue()

    def writer() -> None:
        while True:
            batch = [jobs.get()]
            while len(batch) < 200:
                try:
                    batch.append(jobs.get_nowait())
                except queue.Empty:
                    break
            database.execute("BEGIN IMMEDIATE")
            database.executemany("INSERT OR REPLACE INTO ballots VALUES (?, ?)", [(v, d) for v, d, _, _ in batch])
            database.execute("COMMIT")
            for _, _, future, loop in batch:
                loop.call_soon_threadsafe(future.set_result, None)

    threading.Thread(target=writer, daemon=True).start()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["method"] == "POST":
            ballot = json.loads(body)
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            jobs.put((ballot["voter"], json.dumps(ballot["dots"]), future, asyncio.get_running_loop()))
            await future
            answer = b'{"ok":true}'
        else:
            answer = state
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(answer)).encode())]})
        await send({"type": "http.response.body", "body": answer})

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    config = uvicorn.Config(app, http="httptools", lifespan="off", log_config=None, access_log=False, ws="none",
                            interface="asgi3", backlog=2048)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    _say({"port": sock.getsockname()[1], "code": "123456", "round": "round",
          "options": [f"option-{n}" for n in range(IDEAS)]})
    _commands({})
    server.should_exit = True
    thread.join(timeout=10)


# -- child: the phones ---------------------------------------------------------------------------


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, head: bytes,
                   body: bytes = b"") -> tuple[int, bytes]:
    writer.write(head + body)
    await writer.drain()
    answer = await reader.readuntil(b"\r\n\r\n")
    status = int(answer.split(b" ", 2)[1])
    length = 0
    for line in answer.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return status, await reader.readexactly(length)


def _post(path: str, payload: dict[str, Any]) -> tuple[bytes, bytes]:
    body = json.dumps(payload).encode()
    return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode(), body


async def _slow_connection(port: int, stop: asyncio.Event, cut: list[int]) -> None:
    """A connection sending its headers a byte a second; cut off, it comes back."""
    line = b"GET /api/session/000000 HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 4000
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(1)
            continue
        try:
            for byte in line:
                if stop.is_set() or reader.at_eof():
                    break
                writer.write(bytes([byte]))
                await writer.drain()
                try:
                    await asyncio.wait_for(reader.read(1), 1.0)  # the server's 408, or a second passing
                    cut[0] += 1
                    break
                except TimeoutError:
                    pass
        except OSError:
            cut[0] += 1
        finally:
            writer.close()


async def _phones(port: int, code: str, round_id: str, options: list[str], count: int, spread: float,
                  slow: int, ideas: bool) -> dict[str, Any]:
    start = asyncio.Event()
    stop = asyncio.Event()
    cut = [0]
    latencies: list[float] = []
    statuses: list[int] = []
    acked: dict[str, float] = {}
    errors = 0

    async def phone(index: int) -> None:
        nonlocal errors
        rng = random.Random(index)
        device = f"bench-phone-{index:06d}-{rng.getrandbits(32):08x}"
        await start.wait()
        steps: list[tuple[float, tuple[bytes, bytes]]] = []
        if ideas:
            for n, at in enumerate(sorted(rng.uniform(0, spread) for _ in range(IDEAS_EACH))):
                steps.append((at, _post(f"/api/session/{code}/ideas",
                                        {"device": device, "text": f"Idé {n + 1} fra telefon {index}", "group": None,
                                         "name": None})))
        else:
            begin = rng.uniform(0, spread) if spread else 0.0
            steps.append((begin, (f"GET /api/session/{code} HTTP/1.1\r\nHost: x\r\n\r\n".encode(), b"")))
            for _ in range(2):
                dots: dict[str, int] = {}
                for _ in range(BUDGET):
                    choice = rng.choice(options)
                    dots[choice] = dots.get(choice, 0) + 1
                steps.append((begin, _post(f"/api/session/{code}/ballot",
                                           {"round": round_id, "voter": device, "dots": dots})))
        try:
            reader = writer = None
            for at, (head, body) in steps:
                wait = at - (time.monotonic() - began)
                if wait > 0:
                    await asyncio.sleep(wait)
                if ideas and writer is not None:  # seconds apart: past the keep-alive of 5 s
                    writer.close()
                    reader = writer = None
                if reader is None or writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                sent = time.perf_counter()
                status, answer = await _request(reader, writer, head, body)
                latencies.append((time.perf_counter() - sent) * 1000)
                statuses.append(status)
                if ideas and status == 201:
                    acked[json.loads(answer)["id"]] = time.monotonic()
            if writer is not None:
                writer.close()
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors += 1

    slow_tasks = [asyncio.create_task(_slow_connection(port, stop, cut)) for _ in range(slow)]
    if slow:
        await asyncio.sleep(3)  # the slow ones are connected and trickling first
    tasks = [asyncio.create_task(phone(i)) for i in range(count)]
    await asyncio.sleep(0)
    began = time.monotonic()
    start.set()
    await asyncio.gather(*tasks)
    wall = time.monotonic() - began
    stop.set()
    for task in slow_tasks:
        task.cancel()
    await asyncio.gather(*slow_tasks, return_exceptions=True)
    return {"latencies": latencies, "statuses": statuses, "errors": errors, "wall": wall, "acked": acked,
            "slow_cut": cut[0]}


async def _pages(port: int, code: str, count: int) -> dict[str, Any]:
    async def page() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET /api/session/{code}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        await writer.drain()
        await reader.readuntil(b"\r\n\r\n")
        await reader.readuntil(b"\n\n")  # retry:
        await reader.readuntil(b"\n\n")  # the first state
        return reader, writer

    pages = await asyncio.gather(*(page() for _ in range(count)))
    print("ready", flush=True)

    async def follow(reader: asyncio.StreamReader) -> float:
        while True:
            block = await reader.readuntil(b"\n\n")
            if b'"screen":"ballot"' in block:
                return time.monotonic()

    arrived = await asyncio.wait_for(asyncio.gather(*(follow(r) for r, _ in pages)), 60)
    for _, writer in pages:
        writer.close()
    return {"at": list(arrived)}


def child(argv: list[str]) -> None:
    if argv[0] == "serve":
        if argv[1] == "floor":
            _serve_floor(Path(argv[2]))
        else:
            _serve_samskab(Path(argv[2]), ideas="ideas" in argv[3:])
    elif argv[0] == "load":
        port, code, round_id, options, count, spread, slow = argv[1:8]
        result = asyncio.run(_phones(int(port), code, round_id, options.split(","), int(count), float(spread),
                                     int(slow), "ideas" in argv[8:]))
        print(json.dumps(result), flush=True)
    elif argv[0] == "streams":
        print(json.dumps(asyncio.run(_pages(int(argv[1]), argv[2], int(argv[3])))), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        child(sys.argv[1:])
    else:
        for figure in run():
            print(" | ".join(figure.cells()))

"""A citizens' meeting voting from phones: 500 simulated phones on loopback.

Every phone casts a dot ballot and then changes it, all at once. The phone server
runs in this process, as in the app, reporting each ballot through a *queued* Qt
signal to the GUI thread (where the projector's count would update); the phones run
in a separate process (asyncio, raw HTTP/1.1 over loopback sockets) so they do not
compete with the server for this process's interpreter lock.

Figures: ballots lost and double-counted (both must be 0: every phone's *second*
ballot, once each), p99 and median time from request to acknowledgement (target
under 50 ms), p99 time from a ballot arriving at the server to the count updating in
the GUI thread (target under 100 ms), and how late a 10 ms GUI timer ran meanwhile
(the facilitator's window staying responsive). Loopback only; bounded in count
(500 phones, 2 requests each) and time (120 s).

A second scenario spreads the same phones over 20 seconds, as a room scanning the
QR code does. What limits both: each durable commit (``synchronous=FULL``) costs
9–20 ms on the test machine's disk, and the whole server shares one interpreter
lock. The server therefore stores ballots in batches (one commit for up to 200) and
handles connections with a fixed pool of threads. 1,000 requests arriving in the
same instant still queue for a second or two (about 250 ballots a second on two
shared cores); no ballot is lost or counted twice.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench import Figure, percentile

PHONES = 500
IDEAS = 20
BUDGET = 3
TIME_LIMIT = 120.0


def _ballot(rng: random.Random, options: list[str]) -> dict[str, int]:
    dots: dict[str, int] = {}
    for _ in range(BUDGET):
        choice = rng.choice(options)
        dots[choice] = dots.get(choice, 0) + 1
    return dots


async def _post(port: int, path: str, payload: dict[str, Any]) -> tuple[int, float]:
    body = json.dumps(payload).encode()
    request = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body
    start = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    elapsed = (time.perf_counter() - start) * 1000
    writer.close()
    return status, elapsed


async def _phones_async(port: int, code: str, round_id: str, options: list[str], count: int,
                        spread: float) -> dict[str, Any]:
    path = f"/api/session/{code}/ballot"
    start = asyncio.Event()

    async def phone(index: int) -> tuple[list[tuple[int, float]], str, dict[str, int]]:
        rng = random.Random(index)
        voter = f"bench-phone-{index:06d}-{rng.getrandbits(32):08x}"
        await start.wait()
        if spread:
            await asyncio.sleep(rng.uniform(0, spread))  # people scan the QR code over a while
        results = []
        first = _ballot(rng, options)
        results.append(await _post(port, path, {"round": round_id, "voter": voter, "dots": first}))
        if spread:
            await asyncio.sleep(rng.uniform(0.5, 3.0))  # and think again
        second = _ballot(rng, options)
        results.append(await _post(port, path, {"round": round_id, "voter": voter, "dots": second}))
        return results, voter, second

    tasks = [asyncio.create_task(phone(i)) for i in range(count)]
    await asyncio.sleep(0)  # let every phone reach the start line
    began = time.perf_counter()
    start.set()
    done = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), TIME_LIMIT)
    wall = time.perf_counter() - began
    latencies, statuses, expected, errors = [], [], {}, 0
    for item in done:
        if isinstance(item, BaseException):
            errors += 1
            continue
        results, voter, second = item
        for status, ms in results:
            statuses.append(status)
            latencies.append(ms)
        if all(status == 200 for status, _ in results):
            expected[voter] = second
    return {"latencies": latencies, "statuses": statuses, "expected": expected, "errors": errors, "wall": wall}


def _phones(port: int, code: str, round_id: str, options: list[str], count: int, spread: float) -> dict[str, Any]:
    """The phones' process: all at once (``spread`` 0) or starting over ``spread``
    seconds; latencies as each phone saw them."""
    return asyncio.run(_phones_async(port, code, round_id, options, count, spread))


def run() -> list[Figure]:
    burst = _scenario(0.0, "all at once")
    spread = _scenario(SPREAD, f"arriving over {SPREAD:.0f} s")
    return burst + [f for f in spread if "lost" in f.name or "double" in f.name or "→" in f.name]


#: The second scenario: a meeting's phones scanning the QR code over this many seconds.
SPREAD = 20.0


def _scenario(spread: float, label: str) -> list[Figure]:
    from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

    from app.library import open_library
    from app.operations import add_idea, create_workshop, open_round
    from app.operations.phones import open_phones
    from app.templates import load_templates
    from app.voting import ballot_count, read_ballot, round_info
    from phone.server import BallotEvent, PhoneServer

    app = QCoreApplication.instance() or QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="samskab-bench-voting-"))
    library = open_library(folder / "library.sqlite3")
    template = load_templates()["samarbejdsdrevet-innovation"]
    wid = create_workshop(library, template, title="Borgermøde").subject
    assert wid is not None
    for n in range(IDEAS):
        add_idea(library, wid, f"Idé nummer {n + 1}")
    rid = open_round(library, wid, "dots", budget=BUDGET, anonymous=True).subject
    assert rid is not None
    info = round_info(library, rid)

    class Bridge(QObject):
        ballot_did_arrive = Signal(object)

    updates: list[float] = []
    shown = {"count": 0}

    def count_did_update(event: BallotEvent) -> None:
        # What the projector does with a queued ballot: show the new count.
        shown["count"] = max(shown["count"], event.ballots)
        updates.append((time.perf_counter() - event.received_at) * 1000)

    bridge = Bridge()
    bridge.ballot_did_arrive.connect(count_did_update, Qt.ConnectionType.QueuedConnection)
    open_phones(library, wid)
    server = PhoneServer(library, wid, host="127.0.0.1", on_ballot=bridge.ballot_did_arrive.emit).start()
    assert server.code is not None

    lateness: list[float] = []
    ticks = {"last": time.perf_counter()}

    def tick() -> None:
        now = time.perf_counter()
        lateness.append(max(0.0, (now - ticks["last"]) * 1000 - 10))
        ticks["last"] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(10)

    options = [str(o.id) for o in info.options]
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        pending = pool.apply_async(_phones, (server.port, server.code, str(rid), options, PHONES, spread))
        deadline = time.perf_counter() + TIME_LIMIT + 30
        while not pending.ready() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)  # the GUI thread's idle wait between event batches
        outcome = pending.get(timeout=5)
    end = time.perf_counter() + 2
    while len(updates) < outcome["statuses"].count(200) and time.perf_counter() < end:
        app.processEvents()
    timer.stop()
    server.stop()

    expected: dict[str, dict[str, int]] = outcome["expected"]
    count = ballot_count(library, rid).ballots
    lost = 0
    for voter, dots in expected.items():
        view = read_ballot(library, rid, "phone:" + voter)
        want = {uuid.UUID(k): v for k, v in dots.items()}
        if view is None or view.dots != want:
            lost += 1
    refused = sum(1 for s in outcome["statuses"] if s != 200) + outcome["errors"]
    double = max(0, count - len(expected))
    library.close()
    latencies = outcome["latencies"]
    note = f"{PHONES} phones × 2 {label}, {len(latencies)} requests, {refused} refused"
    return [
        Figure("phones: ballots lost", float(lost + (PHONES - len(expected))), 0, "ballots", note=note),
        Figure("phones: ballots double-counted", float(double), 0, "ballots", note=f"{label}, {count} stored"),
        Figure(f"phones {label}: request → ack, p99", percentile(latencies, 0.99), 50),
        Figure(f"phones {label}: request → ack, median", statistics.median(latencies), None),
        Figure(f"phones {label}: ballot → count updated (queued signal), p99", percentile(updates, 0.99) if updates else float("inf"), 100),
        Figure("phones all at once: requests per second", len(latencies) / outcome["wall"], None, "/s", better="higher"),
        Figure(f"phones {label}: GUI timer late meanwhile, p99", percentile(lateness, 0.99) if lateness else 0.0, 50),
        Figure("phones: projector count shown", float(shown["count"]), float(PHONES), "ballots", better="higher"),
    ]


if __name__ == "__main__":
    for figure in run():
        print(" | ".join(figure.cells()))

"""Memory over a long vote: 500 phones voting in repeated rounds for 10 minutes.

Round after round, the phone server (in this process, as in the app, without Qt)
serves a new dot round; 500 simulated phones (another process, raw HTTP over
loopback, from :mod:`bench.bench_voting`) each vote and change their vote, spread
over a few seconds; the round is closed and stopped for phones. This process's
resident memory is read after the warm-up rounds and at the end: it must stay flat
(growth under 10 %), and no ballot may be lost in any round.

``SAMSKAB_MEMORY_SOAK_S`` sets the duration (default 600 s: the issue's ten
minutes); the figure's note says how long it ran.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
import uuid
from pathlib import Path

from bench import Figure
from bench.bench_voting import BUDGET, IDEAS, PHONES, _phones

DURATION = float(os.environ.get("SAMSKAB_MEMORY_SOAK_S", "600"))
WARMUP_ROUNDS = 3
SPREAD = 3.0


def _rss_mb() -> float:
    """This process's resident memory in MB (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def run() -> list[Figure]:
    from app.library import open_library
    from app.operations import add_idea, close_round, create_workshop, open_round
    from app.operations.phones import open_phones
    from app.templates import load_templates
    from app.voting import read_ballot, round_info
    from phone.server import PhoneServer

    folder = Path(tempfile.mkdtemp(prefix="samskab-bench-memory-"))
    library = open_library(folder / "library.sqlite3")
    wid = create_workshop(library, load_templates()["samarbejdsdrevet-innovation"], title="Lang afstemning").subject
    assert wid is not None
    for n in range(IDEAS):
        add_idea(library, wid, f"Idé nummer {n + 1}")
    open_phones(library, wid)
    server = PhoneServer(library, wid, host="127.0.0.1").start()
    assert server.code is not None
    lost = rounds = requests = 0
    warm: float | None = None
    began = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        while rounds < WARMUP_ROUNDS + 1 or time.perf_counter() - began < DURATION:
            rid = open_round(library, wid, "dots", budget=BUDGET, anonymous=True).subject
            assert rid is not None
            info = round_info(library, rid)
            server.refresh()  # the phones see the round before they vote
            outcome = pool.apply(_phones, (server.port, server.code, str(rid), [str(o.id) for o in info.options],
                                           PHONES, SPREAD))
            requests += len(outcome["statuses"])
            expected: dict[str, dict[str, int]] = outcome["expected"]
            lost += PHONES - len(expected)
            for voter, dots in expected.items():
                view = read_ballot(library, rid, "phone:" + voter)
                if view is None or view.dots != {uuid.UUID(k): v for k, v in dots.items()}:
                    lost += 1
            close_round(library, rid)
            rounds += 1
            if rounds == WARMUP_ROUNDS:
                warm = _rss_mb()
    end = _rss_mb()
    minutes = (time.perf_counter() - began) / 60
    server.stop()
    library.close()
    assert warm is not None
    note = f"{rounds} rounds, {requests:,} requests in {minutes:.1f} min; {warm:.0f} MB after warm-up, {end:.0f} MB at the end"
    return [
        Figure("500 phones in repeated rounds: memory growth after warm-up", (end - warm) / warm * 100, 10.0, "%", note=note),
        Figure("500 phones in repeated rounds: ballots lost", float(lost), 0, "ballots"),
    ]

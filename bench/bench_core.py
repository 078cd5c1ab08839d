"""The core: an operation's commit latency, loading templates, listing a big library."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from bench import Figure, median_ms, percentile, timings


def _bare_commit_ms(folder: Path, count: int) -> list[float]:
    """The floor: a bare SQLite WAL commit with synchronous=FULL, as the library uses."""
    conn = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    out = []
    for i in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (text) VALUES (?)", (f"idea {i}",))
        conn.execute("COMMIT")
        out.append((time.perf_counter() - start) * 1000)
    conn.close()
    return out


def run() -> list[Figure]:
    from app import operations as ops
    from app.library import open_library
    from app.queries import list_workshops
    from app.templates import load_templates

    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        templates = load_templates()
        library = open_library(folder / "library.sqlite3")
        wid = ops.create_workshop(library, templates["innovationsloopet"], title="Bench").subject
        assert wid is not None
        counter = iter(range(10**9))
        add = timings(lambda: ops.add_idea(library, wid, f"idé {next(counter)}"), repeat=500, warmup=20)
        bare = _bare_commit_ms(folder, 500)
        figures += [
            Figure("operation commit, add_idea, p99", percentile(add, 0.99), 5.0),
            Figure("operation commit, add_idea, median", percentile(add, 0.5), None),
            Figure("floor: bare SQLite WAL FULL commit, p99", percentile(bare, 0.99), None),
            Figure("floor: bare SQLite WAL FULL commit, median", percentile(bare, 0.5), None),
        ]
        figures.append(Figure("load all templates", median_ms(load_templates, repeat=20), 50.0))
        for i in range(500):
            ops.create_workshop(library, templates["hverdagsinnovation"], title=f"Workshop {i}")
        figures.append(Figure("list a library of 500 workshops", median_ms(lambda: list_workshops(library), repeat=20), 100.0))
        library.close()
    return figures

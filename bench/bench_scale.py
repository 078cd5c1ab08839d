"""Scale: a municipality's idea bank after years of workshops, and one huge workshop.

* **The idea bank**: a throwaway PostgreSQL holding 500 workshops and 200,000 ideas
  (with themes, table groups, revealed dot votes). One realistic workshop of 400
  ideas is pushed the ordinary way, then copied 499 times inside the server (new
  ids from ``md5(id || n)``, each copy's idea totals computed by the push's own
  ``refresh_idea_totals``). The figure: the idea
  bank's search (:func:`exports.idea_bank.search_ideas`, connection included), for a
  word, for no word (the most-voted first) and for a tag. Target: under 300 ms.
* **A workshop of 10,000 ideas and 200 participants**: opening it
  (:func:`app.queries.load_workshop`), its handout (``build_handout``), its first push
  to PostgreSQL, a re-push, and the share of that re-push the merge rule's own work
  takes (target under 10 %).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench import Figure, median_ms, timings

HERE = Path(__file__).resolve().parent
WORKSHOPS, IDEAS_EACH = 500, 400
BIG_IDEAS, BIG_PEOPLE = 10_000, 200


def _big_workshop(library: object, ideas: int, people: int) -> uuid.UUID:
    """A workshop built like the exports benchmark's, at another size."""
    from bench import bench_exports

    saved = bench_exports.IDEAS, bench_exports.PEOPLE
    bench_exports.IDEAS, bench_exports.PEOPLE = ideas, people
    try:
        return bench_exports.build_workshop(library)
    finally:
        bench_exports.IDEAS, bench_exports.PEOPLE = saved


def copy_table(conn: object, table: object, copies: int) -> None:
    """Copy every row of ``table`` ``copies`` times inside the server, with new ids
    (``md5(id || n)``, the same for a key and the rows pointing at it); copy ``n``'s
    workshop is ``n`` days older."""
    remapped = {"id", "workshop_id", "current_phase_id", "option_id"}
    columns = [c.name for c in table.columns]  # type: ignore[attr-defined]
    keys = {c.name for c in table.columns if c.foreign_keys} | (remapped & set(columns))  # type: ignore[attr-defined]
    name_of = table.name  # type: ignore[attr-defined]
    values = []
    for name in columns:
        if name in keys:
            values.append(f'CASE WHEN "{name}" IS NULL THEN NULL ELSE md5("{name}"::text || n::text)::uuid END')
        elif name_of == "workshops" and name == "title":
            values.append("left(title || ' ' || n, 200)")
        elif (name_of, name) in (("workshops", "date"), ("idea_totals", "workshop_date")):
            values.append(f'"{name}" - n')
        elif name_of == "ballots" and name == "voter_key":
            values.append("voter_key || n")
        else:
            values.append(f'"{name}"')
    quoted = ", ".join(f'"{c}"' for c in columns)
    conn.execute(  # type: ignore[attr-defined]
        f'INSERT INTO "{name_of}" ({quoted}) SELECT {", ".join(values)} '
        f'FROM "{name_of}", generate_series(1, {copies}) AS n'
    )


def _copy_workshops(url: str, copies: int) -> None:
    """Copy every row in the shared database ``copies`` times, server-side, with new ids;
    then compute each copy's idea totals with the push's own function, so the bank
    ranks as if every workshop had been pushed."""
    import psycopg
    from sqlalchemy import select

    from app.model import Workshop
    from exports.rows import TABLES
    from exports.shared_db import open_shared, refresh_idea_totals

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as conn:
        for table in TABLES:
            copy_table(conn, table, copies)
        engine = open_shared(url)
        try:
            with engine.begin() as shared:
                for workshop_id in shared.execute(select(Workshop.id)).scalars().all():
                    refresh_idea_totals(shared, workshop_id)
        finally:
            engine.dispose()
        conn.execute("VACUUM ANALYZE")


def _bank_figures(pg: object, folder: Path) -> list[Figure]:
    import psycopg

    from app.library import open_library
    from exports.idea_bank import search_ideas
    from exports.shared_db import push_workshop, upgrade_shared

    url = pg.url  # type: ignore[attr-defined]
    admin = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("CREATE DATABASE bank")
    address = url.rsplit("/", 1)[0] + "/bank"
    upgrade_shared(address)
    library = open_library(folder / "bank-source.sqlite3")
    workshop_id = _big_workshop(library, IDEAS_EACH, 40)
    push_workshop(library, workshop_id, address)
    library.close()
    started = time.perf_counter()
    _copy_workshops(address, WORKSHOPS - 1)
    built = time.perf_counter() - started
    with psycopg.connect(admin.rsplit("/", 1)[0] + "/bank") as conn:
        ideas = conn.execute("SELECT count(*) FROM ideas").fetchone()[0]  # type: ignore[index]
        workshops = conn.execute("SELECT count(*) FROM workshops").fetchone()[0]  # type: ignore[index]
        common, rare = (conn.execute("SELECT count(*) FROM ideas WHERE text ILIKE %s", (f"%{word}%",)).fetchone()[0]  # type: ignore[index]
                        for word in ("cykel", "idé 17"))
    assert (workshops, ideas) == (WORKSHOPS, WORKSHOPS * IDEAS_EACH), (workshops, ideas)
    found = search_ideas(address, text="cykel")
    assert found and found[0].dots > 0, "no votes found: the benchmark would measure an empty ranking"
    label = f"{workshops:,} workshops, {ideas:,} ideas"
    return [
        Figure(f"idea bank search for a common word, in {common / ideas:.0%} of ideas ({label})",
               median_ms(lambda: search_ideas(address, text="cykel"), 7), 300.0),
        Figure("idea bank, no word: the most-voted first", median_ms(lambda: search_ideas(address), 7), 300.0),
        Figure("idea bank, a word and a tag", median_ms(
            lambda: search_ideas(address, text="borgere", tag="hverdagsinnovation"), 7), 300.0),
        Figure(f"idea bank, a rare word, in {rare / ideas:.1%} of ideas (listed through the text indexes)",
               median_ms(lambda: search_ideas(address, text="idé 17"), 7), 300.0),
        Figure("building that bank (copying in the server, then each copy's totals)", built * 1000, None, note="setup, not a target"),
    ]


def _big_figures(pg: object, folder: Path) -> list[Figure]:
    import psycopg

    from app.library import open_library
    from app.queries import load_workshop
    from exports.handout import build_handout
    from exports.shared_db import push_workshop, upgrade_shared

    library = open_library(folder / "big.sqlite3")
    workshop_id = _big_workshop(library, BIG_IDEAS, BIG_PEOPLE)
    label = f"{BIG_IDEAS:,} ideas, {BIG_PEOPLE} participants"
    opened = median_ms(lambda: load_workshop(library, workshop_id), repeat=3)
    handout = statistics.median(timings(lambda: build_handout(library, workshop_id, folder / "big.pdf"), 2, 0))
    url = pg.url  # type: ignore[attr-defined]
    admin = url.replace("postgresql+psycopg://", "postgresql://")
    addresses = []
    for n in range(2):
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE big{n}")
        addresses.append(url.rsplit("/", 1)[0] + f"/big{n}")
        upgrade_shared(addresses[-1])
    pushes = [timings(lambda a=a: push_workshop(library, workshop_id, a), 1, 0)[0] for a in addresses]  # type: ignore[misc]
    again = median_ms(lambda: push_workshop(library, workshop_id, addresses[0]), repeat=3, warmup=0)
    merge = _merge_share(library, workshop_id, addresses[0])
    library.close()
    return [
        Figure(f"open a workshop of {label} (load_workshop)", opened, 1000.0),
        Figure(f"handout of {label}", handout, 30_000.0),
        Figure(f"push of {label} to PostgreSQL, first", statistics.median(pushes), 30_000.0),
        Figure(f"re-push of {label}, nothing changed", again, 1000.0),
        Figure(f"re-push of {label}: the merge's own work, share of it", 100 * merge / again, 10.0, unit="%"),
    ]


def _merge_share(library: object, workshop_id: uuid.UUID, address: str) -> float:
    """The merge's own work in a re-push, in ms: planning by the rule (every row's
    version on both sides compared) and the reads only the merge needs (both sides'
    tombstones, the bank's conflicts), each on a connection already open, as in a push."""
    from sqlalchemy import select

    from app.model import CONFLICTS, TOMBSTONES
    from exports.shared_db import _bank_versions, local_versions, open_shared, plan_merge

    local = local_versions(library, workshop_id)  # type: ignore[arg-type]
    engine = open_shared(address)
    try:
        with engine.connect() as bank_conn, library.engine.connect() as local_conn:  # type: ignore[attr-defined]
            bank = _bank_versions(bank_conn, workshop_id)

            def merge() -> None:
                local_conn.exec_driver_sql("SELECT id, revision, table_name FROM tombstones WHERE workshop_id = ?",
                                           (workshop_id.hex,)).all()
                bank_conn.execute(select(TOMBSTONES.c.id, TOMBSTONES.c.revision).where(
                    TOMBSTONES.c.workshop_id == workshop_id)).all()
                bank_conn.execute(select(CONFLICTS.c.id, CONFLICTS.c.row_id, CONFLICTS.c.revision).where(
                    CONFLICTS.c.workshop_id == workshop_id)).all()
                plan_merge(local, bank)

            return median_ms(merge, repeat=7)
    finally:
        engine.dispose()


def run() -> list[Figure]:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from pgserver import PgServer

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp, PgServer() as pg:
        folder = Path(tmp)
        figures += _bank_figures(pg, folder)
        figures += _big_figures(pg, folder)
    return figures

"""Laptops and one workshop: copied by ``.samskab`` files, edited, deleted from,
imported and pushed in any order — on SQLite and PostgreSQL.

The rule (README, "Shared database"; ``exports/shared_db.py``): per row id the higher
revision wins, a deletion being a version too (a tombstone at the row's revision
plus one); at equal revisions two different versions are a conflict that keeps
both, the shared one in place and the other marked (an edit beats a deletion). So
a push removes only what the pushing copy deleted after seeing the revision the
shared database holds.

The model-based test (:class:`LaptopsAndBank`) keeps its own copy of the bank,
folded by that rule from exactly what each laptop pushed, and checks after every
push that the shared database equals it and that no version of an idea that any
laptop pushed is lost (it is in the bank, or a newer version is, or it is kept as a
conflict). The hand-written tests below it are the issue's cases.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import fresh_pg_database
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import select

from app.library import Library, open_library
from app.model import CONFLICTS, TOMBSTONES, Idea
from app.operations import (
    add_idea,
    add_to_cluster,
    create_cluster,
    create_workshop,
    delete_ideas,
    dissolve_cluster,
    edit_idea,
)
from app.templates import load_templates
from exports.rows import TABLES, workshop_rows
from exports.shared_db import open_shared, push_workshop, upgrade_shared
from exports.workshop_file import export_workshop, import_workshop

Rows = dict[str, list[dict[str, Any]]]
TEMPLATE = load_templates()["hverdagsinnovation"]


class Clock:
    """A laptop's clock: one second a reading, from its own start (a microsecond apart per laptop)."""

    def __init__(self, offset: int) -> None:
        self.now = dt.datetime(2026, 3, 12, 9, 0, 0, offset)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


def remote(address: str, workshop_id: uuid.UUID) -> Rows:
    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            return workshop_rows(conn, workshop_id)
    finally:
        engine.dispose()


def local(library: Library, workshop_id: uuid.UUID) -> Rows:
    with library.engine.connect() as conn:
        return workshop_rows(conn, workshop_id)


def ids(rows: Rows) -> dict[str, set[uuid.UUID]]:
    return {name: {r["id"] for r in items} for name, items in rows.items()}


def assert_whole(rows: Rows) -> None:
    """No duplicate, no dangling reference, idea numbers unique."""
    present = ids(rows)
    for table in TABLES:
        items = rows[table.name]
        assert len(items) == len(present[table.name]), f"duplicated rows in {table.name}"
        for row in items:
            for column in table.columns:
                for fk in column.foreign_keys:
                    value = row[column.name]
                    assert value is None or value in present[fk.column.table.name], (table.name, column.name)
    # A score names one of its round's options (an idea deleted after the round
    # opened stays countable, shown as removed: by design, see app/voting.py).
    options = {r["id"]: set(r["options"]) for r in rows["vote_rounds"]}
    round_of = {b["id"]: b["round_id"] for b in rows["ballots"]}
    assert all(str(s["option_id"]) in options[round_of[s["ballot_id"]]] for s in rows["scores"])
    numbers = [i["number"] for i in rows["ideas"]]
    assert len(numbers) == len(set(numbers))


def texts(rows: Rows) -> dict[uuid.UUID, str]:
    return {i["id"]: i["text"] for i in rows["ideas"]}


def bank_conflicts(address: str, workshop_id: uuid.UUID) -> set[tuple[uuid.UUID, int, str | None]]:
    """(row, revision, the other version's text or None for a deletion) of every idea conflict."""
    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            found = conn.execute(select(CONFLICTS.c.row_id, CONFLICTS.c.revision, CONFLICTS.c.content)
                                 .where(CONFLICTS.c.workshop_id == workshop_id,
                                        CONFLICTS.c.table_name == "ideas")).all()
    finally:
        engine.dispose()
    return {(row, revision, None if content is None else content["text"]) for row, revision, content in found}


# -- the model: any number of laptops, any order ------------------------------------------------


Version = tuple[int, str]  # (revision, text) of an idea


class Reference:
    """The bank as the rule says it must be, for the ideas of one workshop: each id's
    winning version or tombstone, and the versions kept as conflicts."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[int, str, str]] = {}  # id → (revision, stamp, text)
        self.graves: dict[str, int] = {}
        self.conflicts: set[tuple[str, int, str | None]] = set()

    def _settle(self, key: str, revision: int) -> None:
        self.conflicts = {c for c in self.conflicts if c[0] != key or c[1] >= revision}

    def push(self, rows: dict[str, tuple[int, str, str]], graves: dict[str, int]) -> set[str]:
        """Fold one push in; the ids of the conflicts it met."""
        met: set[str] = set()
        for key, (revision, stamp, text) in rows.items():
            there = self.rows.get(key)
            if there is not None:
                if revision > there[0]:
                    self.rows[key] = (revision, stamp, text)
                    self._settle(key, revision)
                elif revision == there[0] and stamp != there[1] and text != there[2]:
                    self.conflicts.add((key, revision, text))
                    met.add(key)
                continue
            grave = self.graves.get(key)
            if grave is not None and revision < grave:
                continue
            self.rows[key] = (revision, stamp, text)
            self.graves.pop(key, None)
            self._settle(key, revision)
            if grave == revision:
                self.conflicts.add((key, revision, None))
                met.add(key)
        for key, revision in graves.items():
            if key in rows:
                continue
            there = self.rows.get(key)
            if there is not None:
                if revision > there[0]:
                    del self.rows[key]
                    self.graves[key] = revision
                    self._settle(key, revision)
                elif revision == there[0]:
                    self.conflicts.add((key, revision, None))
                    met.add(key)
            elif revision > self.graves.get(key, 0):
                self.graves[key] = revision
        return met


def laptop_state(library: Library, workshop_id: uuid.UUID) -> tuple[dict[str, tuple[int, str, str]], dict[str, int]]:
    with library.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, revision, updated_at, text FROM ideas WHERE workshop_id = ?",
                                    (workshop_id.hex,)).all()
        graves = conn.exec_driver_sql("SELECT id, revision FROM tombstones WHERE workshop_id = ? AND table_name = 'ideas'",
                                      (workshop_id.hex,)).all()
    return {k: (r, s, t) for k, r, s, t in rows}, dict(graves)  # type: ignore[arg-type]


def bank_state(address: str, workshop_id: uuid.UUID) -> tuple[dict[str, tuple[int, str]], dict[str, int],
                                                               set[tuple[str, int, str | None]]]:
    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(Idea.id, Idea.revision, Idea.text).where(Idea.workshop_id == workshop_id)).all()
            graves = conn.execute(select(TOMBSTONES.c.id, TOMBSTONES.c.revision).where(
                TOMBSTONES.c.workshop_id == workshop_id, TOMBSTONES.c.table_name == "ideas")).all()
    finally:
        engine.dispose()
    conflicts = {(k.hex, r, t) for k, r, t in bank_conflicts(address, workshop_id)}
    return {k.hex: (r, t) for k, r, t in rows}, {k.hex: r for k, r in graves}, conflicts


class LaptopsAndBank(RuleBasedStateMachine):
    """Up to four laptops holding one workshop. Each step copies, edits, deletes,
    exports, imports or pushes; after every push the bank equals :class:`Reference`
    and every idea version ever pushed is in the bank, superseded there by a higher
    revision, or kept there as a conflict."""

    empty_library: Path
    new_bank: Callable[[], str]

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.laptops: list[Library] = []
        first = self._laptop()
        self.wid = create_workshop(first, TEMPLATE, title="Model").subject
        assert self.wid is not None
        for n in range(2):
            add_idea(first, self.wid, f"idé {n}")
        self.files: list[Path] = []
        self.bank = self.new_bank()
        self.reference = Reference()
        self.pushed: set[tuple[str, int, str]] = set()
        self.counter = 0

    @initialize()
    def second_laptop(self) -> None:
        """Two laptops from the start, the first pushed: every sequence reaches the
        interesting cases (both editing one idea, one deleting what the other edits)
        within a few steps."""
        self.copy(0)
        self.push(0)

    def _laptop(self) -> Library:
        n = len(self.laptops)
        path = self.folder / f"laptop{n}.sqlite3"
        shutil.copy(self.empty_library, path)
        library = open_library(path, clock=Clock(n), rng=random.Random(n))
        self.laptops.append(library)
        return library

    def teardown(self) -> None:
        for library in self.laptops:
            library.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _pick(self, laptop: int) -> Library:
        return self.laptops[laptop % len(self.laptops)]

    def _ideas(self, library: Library) -> list[uuid.UUID]:
        return sorted(uuid.UUID(k) for k in laptop_state(library, self.wid)[0])

    def _text(self, laptop: int) -> str:
        self.counter += 1
        return f"laptop {laptop % len(self.laptops)}, udgave {self.counter}"

    @rule(source=st.integers(0, 3))
    def copy(self, source: int) -> None:
        if len(self.laptops) >= 4:
            return
        path = export_workshop(self._pick(source), self.wid, self.folder / f"copy{len(self.laptops)}.samskab")
        import_workshop(self._laptop(), path)

    @rule(laptop=st.integers(0, 3))
    def add(self, laptop: int) -> None:
        add_idea(self._pick(laptop), self.wid, self._text(laptop))

    @rule(laptop=st.integers(0, 3), pick=st.integers(0, 20))
    def edit(self, laptop: int, pick: int) -> None:
        library = self._pick(laptop)
        ideas = self._ideas(library)
        if ideas:
            edit_idea(library, ideas[pick % len(ideas)], self._text(laptop))

    @rule(first=st.integers(0, 3), second=st.integers(0, 3), pick=st.integers(0, 20), deleting=st.booleans())
    def edit_on_two(self, first: int, second: int, pick: int, deleting: bool) -> None:
        """The same idea edited on one laptop and edited (or deleted) on another."""
        ideas = set(self._ideas(self._pick(first))) & set(self._ideas(self._pick(second)))
        if ideas:
            idea = sorted(ideas)[pick % len(ideas)]
            edit_idea(self._pick(first), idea, self._text(first))
            if deleting:
                delete_ideas(self._pick(second), [idea])
            else:
                edit_idea(self._pick(second), idea, self._text(second))

    @rule(laptop=st.integers(0, 3), pick=st.integers(0, 20))
    def delete(self, laptop: int, pick: int) -> None:
        library = self._pick(laptop)
        ideas = self._ideas(library)
        if ideas:
            delete_ideas(library, [ideas[pick % len(ideas)]])

    @rule(laptop=st.integers(0, 3))
    def export(self, laptop: int) -> None:
        self.files.append(export_workshop(self._pick(laptop), self.wid, self.folder / f"f{len(self.files)}.samskab"))

    @rule(laptop=st.integers(0, 3), pick=st.integers(0, 20))
    def import_file(self, laptop: int, pick: int) -> None:
        if not self.files:
            return
        library = self._pick(laptop)
        before_rows, before_graves = laptop_state(library, self.wid)
        path = self.files[pick % len(self.files)]
        result = import_workshop(library, path)
        after_rows, after_graves = laptop_state(library, self.wid)
        # The import merges by the same rule: nothing the laptop held at a revision at
        # least the file's is lost or replaced, and an equal revision with other text
        # (or a deletion here at the file's revision) is reported as a conflict.
        for key, (revision, _stamp, text) in before_rows.items():
            now = after_rows.get(key)
            if now is None:
                assert after_graves.get(key, 0) > revision, "an idea the file never saw deleted here"
            else:
                assert now[0] > revision or now[2] == text, "an idea replaced at the same revision"
        reported = {c.row_id.hex for c in result.conflicts if c.table == "ideas"}
        document = json.loads(path.read_text(encoding="utf-8"))
        for row in document["tables"]["ideas"]:
            key, revision = uuid.UUID(row["id"]).hex, row["revision"]
            mine = before_rows.get(key)
            tied = mine is not None and mine[0] == revision and mine[2] != row["text"]
            assert tied == (key in reported) or before_graves.get(key) == revision, key

    @rule(laptop=st.integers(0, 3))
    def push(self, laptop: int) -> None:
        library = self._pick(laptop)
        rows, graves = laptop_state(library, self.wid)
        met = self.reference.push(rows, graves)
        result = push_workshop(library, self.wid, self.bank)
        assert result.sent
        assert {c.row_id.hex for c in result.conflicts if c.table == "ideas"} == met
        self.pushed |= {(k, r, t) for k, (r, _s, t) in rows.items()}
        bank_rows, bank_graves, conflicts = bank_state(self.bank, self.wid)
        assert bank_rows == {k: (r, t) for k, (r, _s, t) in self.reference.rows.items()}
        assert bank_graves == self.reference.graves
        assert conflicts == self.reference.conflicts
        for key, revision, text in self.pushed:  # no pushed idea is lost
            there = bank_rows.get(key)
            kept = (there is not None and (there[0] > revision or there == (revision, text))) \
                or (key, revision, text) in conflicts or bank_graves.get(key, 0) > revision
            assert kept, f"idea {key} at revision {revision} lost"
        assert_whole(remote(self.bank, self.wid))

    @rule(order=st.permutations(range(4)))
    def push_all(self, order: list[int]) -> None:
        for laptop in order[: len(self.laptops)]:
            self.push(laptop)


def _run(empty_library: Path, new_bank: Callable[[], str], examples: int, steps: int) -> None:
    machine = type("Run", (LaptopsAndBank,), {"empty_library": empty_library, "new_bank": staticmethod(new_bank)})
    run_state_machine_as_test(machine, settings=settings(  # type: ignore[arg-type]
        max_examples=examples, stateful_step_count=steps, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


@pytest.fixture
def sqlite_banks(tmp_path: Path) -> Iterator[Callable[[], str]]:
    template = tmp_path / "bank-template.sqlite3"
    upgrade_shared(str(template))
    made = iter(range(1_000_000))

    def new_bank() -> str:
        path = tmp_path / f"bank{next(made)}.sqlite3"
        shutil.copy(template, path)
        return str(path)

    yield new_bank


@pytest.fixture
def pg_banks(pg_server: Any) -> Iterator[Callable[[], str]]:
    import psycopg

    template = fresh_pg_database(pg_server)
    upgrade_shared(template)
    admin = pg_server.url.replace("postgresql+psycopg://", "postgresql://")
    name = template.rsplit("/", 1)[1]

    def new_bank() -> str:
        copy = f"bank_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
        return template.rsplit("/", 1)[0] + "/" + copy

    yield new_bank


def test_the_bank_is_the_rules_merge_sqlite(empty_library_file: Path, sqlite_banks: Callable[[], str]) -> None:
    _run(empty_library_file, sqlite_banks, examples=6, steps=15)


@pytest.mark.postgres
def test_the_bank_is_the_rules_merge_postgresql(empty_library_file: Path, pg_banks: Callable[[], str]) -> None:
    _run(empty_library_file, pg_banks, examples=4, steps=15)


@pytest.mark.soak
def test_the_bank_is_the_rules_merge_long(empty_library_file: Path, sqlite_banks: Callable[[], str]) -> None:
    _run(empty_library_file, sqlite_banks, examples=150, steps=40)


# -- the cases, by hand ---------------------------------------------------------------


def copy_of(source: Library, workshop_id: uuid.UUID, target: Library, folder: Path) -> None:
    import_workshop(target, export_workshop(source, workshop_id, folder / f"{uuid.uuid4().hex}.samskab"))


def test_a_stale_copy_deletes_nothing_it_never_saw(library: Library, make_library: Callable[[str], Library],
                                                   full_workshop: uuid.UUID, address: str, tmp_path: Path) -> None:
    laptop_b = make_library("laptop-b")
    copy_of(library, full_workshop, laptop_b, tmp_path)  # laptop 2's older .samskab
    new = add_idea(library, full_workshop, "Ny idé fra laptop 1").subject
    assert push_workshop(library, full_workshop, address).sent
    stale = push_workshop(laptop_b, full_workshop, address)
    assert stale.sent and stale.deleted == 0 and stale.conflicts == ()
    assert texts(remote(address, full_workshop))[new] == "Ny idé fra laptop 1"  # the new idea is kept


def test_the_same_idea_edited_once_on_each_laptop_is_a_conflict_keeping_both(
        library: Library, make_library: Callable[[str], Library], full_workshop: uuid.UUID, address: str,
        tmp_path: Path) -> None:
    laptop_b = make_library("laptop-b")
    copy_of(library, full_workshop, laptop_b, tmp_path)
    idea = min(local(library, full_workshop)["ideas"], key=lambda r: r["number"])
    edit_idea(library, idea["id"], "Laptop 1's udgave")
    edit_idea(laptop_b, idea["id"], "Laptop 2's udgave")
    push_workshop(library, full_workshop, address)
    result = push_workshop(laptop_b, full_workshop, address)
    assert [(c.table, c.row_id, c.number) for c in result.conflicts] == [("ideas", idea["id"], idea["number"])]
    assert f"idé {idea['number']}" in result.message("da") and "Konflikt" in result.message("da")
    assert f"idea {idea['number']}" in result.message("en")
    # Both versions are kept: the bank's in place, laptop 2's marked as a conflict.
    assert texts(remote(address, full_workshop))[idea["id"]] == "Laptop 1's udgave"
    assert bank_conflicts(address, full_workshop) == {(idea["id"], idea["revision"] + 1, "Laptop 2's udgave")}
    again = push_workshop(laptop_b, full_workshop, address)  # still unsettled, still said, stored once
    assert len(again.conflicts) == 1 and len(bank_conflicts(address, full_workshop)) == 1
    # Editing it again settles it: the higher revision wins and the conflict is cleared.
    edit_idea(laptop_b, idea["id"], "Begge udgaver, samlet")
    assert push_workshop(laptop_b, full_workshop, address).conflicts == ()
    assert texts(remote(address, full_workshop))[idea["id"]] == "Begge udgaver, samlet"
    assert bank_conflicts(address, full_workshop) == set()


def test_two_laptops_push_the_same_workshop(library: Library, make_library: Callable[[str], Library],
                                            full_workshop: uuid.UUID, address: str, tmp_path: Path) -> None:
    laptop_a = library
    laptop_b = make_library("laptop-b")
    copy_of(laptop_a, full_workshop, laptop_b, tmp_path)
    shared = sorted(local(laptop_a, full_workshop)["ideas"], key=lambda r: r["number"])
    one, two, three, four = (r["id"] for r in shared[:4])

    # Laptop A: edits idea one once and idea two once, captures a note, makes a theme.
    edit_idea(laptop_a, one, "A: første udgave")
    edit_idea(laptop_a, two, "A: kun én gang")
    only_a = add_idea(laptop_a, full_workshop, "Kun på laptop A").subject
    theme_a = create_cluster(laptop_a, full_workshop, "Tema fra A", [four]).subject
    # Laptop B: edits idea one once (a tie), idea two twice (B higher), deletes idea three.
    edit_idea(laptop_b, one, "B: også første udgave")
    edit_idea(laptop_b, two, "B: to gange (1)")
    edit_idea(laptop_b, two, "B: to gange (2)")
    delete_ideas(laptop_b, [three])
    only_b = add_idea(laptop_b, full_workshop, "Kun på laptop B").subject
    assert only_a and only_b and theme_a

    assert push_workshop(laptop_a, full_workshop, address).sent
    assert_whole(remote(address, full_workshop))
    from_b = push_workshop(laptop_b, full_workshop, address)
    after_b = remote(address, full_workshop)
    assert_whole(after_b)
    # The bank is the merge: A's note and theme (B never saw them) stay, B's deletion of three holds...
    assert texts(after_b)[only_a] == "Kun på laptop A" and texts(after_b)[only_b] == "Kun på laptop B"
    assert three not in texts(after_b) and from_b.deleted == 1
    assert theme_a in ids(after_b)["clusters"]
    assert {i["id"]: i["cluster_id"] for i in after_b["ideas"]}[four] == theme_a
    # ...the higher revision wins on two, and the tie on one is a conflict keeping both.
    assert texts(after_b)[two] == "B: to gange (2)"
    assert texts(after_b)[one] == "A: første udgave"
    assert [c.row_id for c in from_b.conflicts] == [one]
    assert {(r, t) for r, _rev, t in bank_conflicts(address, full_workshop)} == {(one, "B: også første udgave")}
    # Both numbered their new idea alike: the bank gave the later one the next free number.
    numbers = {i["id"]: i["number"] for i in after_b["ideas"]}
    assert numbers[only_a] != numbers[only_b]

    # Laptop A pushes again: its stale copy of three does not bring it back, B's edit stays.
    again_a = push_workshop(laptop_a, full_workshop, address)
    after_a = remote(address, full_workshop)
    assert_whole(after_a)
    assert again_a.deleted == 0 and again_a.written == 0
    assert ids(after_a) == ids(after_b) and texts(after_a) == texts(after_b)
    # Pushing the same again changes nothing and duplicates nothing.
    again = push_workshop(laptop_b, full_workshop, address)
    assert again.written == again.deleted == 0
    assert {k: len(v) for k, v in remote(address, full_workshop).items()} == {k: len(v) for k, v in after_a.items()}


def test_a_theme_dissolved_on_one_laptop_and_filled_on_the_other(library: Library, make_library: Callable[[str], Library],
                                                                 full_workshop: uuid.UUID, address: str, tmp_path: Path) -> None:
    laptop_a = library
    laptop_b = make_library("laptop-b")
    theme = local(laptop_a, full_workshop)["clusters"][0]["id"]
    loose = next(i["id"] for i in local(laptop_a, full_workshop)["ideas"] if i["cluster_id"] is None)
    copy_of(laptop_a, full_workshop, laptop_b, tmp_path)
    add_to_cluster(laptop_a, theme, [loose])  # A puts a note into the theme...
    dissolve_cluster(laptop_b, theme)  # ...that B dissolves (a newer version of the theme: its deletion)
    push_workshop(laptop_a, full_workshop, address)
    push_workshop(laptop_b, full_workshop, address)
    rows = remote(address, full_workshop)
    assert_whole(rows)
    assert theme not in ids(rows)["clusters"]
    assert {i["id"]: i["cluster_id"] for i in rows["ideas"]}[loose] is None  # A's note stays, loose
    # A's copy of the theme is older than B's deletion: pushing it again does not bring it back.
    push_workshop(laptop_a, full_workshop, address)
    rows = remote(address, full_workshop)
    assert_whole(rows)
    assert theme not in ids(rows)["clusters"] and loose in texts(rows)
    # A imports B's file: the deletion reaches A too, the note stays.
    result = import_workshop(laptop_a, export_workshop(laptop_b, full_workshop, tmp_path / "b.samskab"))
    assert result.deleted == 1
    assert theme not in ids(local(laptop_a, full_workshop))["clusters"]
    assert loose in texts(local(laptop_a, full_workshop))


def test_a_theme_brought_back_holds_its_notes_again(library: Library, make_library: Callable[[str], Library],
                                                    full_workshop: uuid.UUID, address: str, tmp_path: Path) -> None:
    """A row brought back over its tombstone by a newer edit: the rows pointing at it,
    emptied by the bank's ON DELETE SET NULL without a new revision, point at it again."""
    from app.operations import rename_cluster

    laptop_b = make_library("laptop-b")
    theme = local(library, full_workshop)["clusters"][0]["id"]
    inside = [i["id"] for i in local(library, full_workshop)["ideas"] if i["cluster_id"] == theme]
    assert inside
    copy_of(library, full_workshop, laptop_b, tmp_path)
    push_workshop(library, full_workshop, address)
    with laptop_b.engine.begin() as conn:  # B deletes the theme alone (no edit of its notes)
        conn.exec_driver_sql("DELETE FROM clusters WHERE id = ?", (theme.hex,))
        conn.exec_driver_sql("INSERT INTO tombstones VALUES (?, 'clusters', ?, 2, '2026-03-12 10:00:00.000000')",
                             (theme.hex, full_workshop.hex))
    push_workshop(laptop_b, full_workshop, address)
    assert all(i["cluster_id"] is None for i in remote(address, full_workshop)["ideas"] if i["id"] in inside)
    rename_cluster(library, theme, "Omdøbt")
    rename_cluster(library, theme, "Omdøbt igen")  # revision 3: newer than the deletion
    push_workshop(library, full_workshop, address)
    rows = remote(address, full_workshop)
    assert theme in ids(rows)["clusters"]
    assert all(i["cluster_id"] == theme for i in rows["ideas"] if i["id"] in inside)


def test_an_edit_and_a_deletion_at_one_revision_keep_the_edit(library: Library, make_library: Callable[[str], Library],
                                                              full_workshop: uuid.UUID, address: str, tmp_path: Path) -> None:
    laptop_b = make_library("laptop-b")
    copy_of(library, full_workshop, laptop_b, tmp_path)
    idea = local(library, full_workshop)["ideas"][0]["id"]
    delete_ideas(library, [idea])
    edit_idea(laptop_b, idea, "Redigeret på laptop 2")
    first = push_workshop(library, full_workshop, address)
    assert first.conflicts == ()
    second = push_workshop(laptop_b, full_workshop, address)
    assert [(c.row_id, c.deleted) for c in second.conflicts] == [(idea, True)]
    assert texts(remote(address, full_workshop))[idea] == "Redigeret på laptop 2"
    # The deleting laptop pushing again is told too, and deletes nothing.
    third = push_workshop(library, full_workshop, address)
    assert third.deleted == 0 and [c.row_id for c in third.conflicts] == [idea]
    assert idea in texts(remote(address, full_workshop))


def test_an_undone_deletion_comes_back_in_the_bank(library: Library, full_workshop: uuid.UUID, address: str) -> None:
    idea = local(library, full_workshop)["ideas"][0]["id"]
    push_workshop(library, full_workshop, address)
    deletion = delete_ideas(library, [idea])
    assert push_workshop(library, full_workshop, address).deleted == 1
    assert deletion.inverse is not None
    deletion.inverse(library)  # undo: the idea continues above its tombstone
    assert push_workshop(library, full_workshop, address).sent
    assert idea in texts(remote(address, full_workshop))


def test_a_file_carries_deletions_and_never_deletes_what_it_did_not_see(
        library: Library, make_library: Callable[[str], Library], full_workshop: uuid.UUID, tmp_path: Path) -> None:
    laptop_b = make_library("laptop-b")
    copy_of(library, full_workshop, laptop_b, tmp_path)
    ideas = sorted(local(library, full_workshop)["ideas"], key=lambda r: r["number"])
    gone, edited_there = ideas[0]["id"], ideas[1]["id"]
    delete_ideas(library, [gone, edited_there])
    edit_idea(laptop_b, edited_there, "B retter")
    edit_idea(laptop_b, edited_there, "B retter igen")  # newer than A's deletion
    only_b = add_idea(laptop_b, full_workshop, "Kun hos B").subject
    result = import_workshop(laptop_b, export_workshop(library, full_workshop, tmp_path / "a.samskab"))
    on_b = texts(local(laptop_b, full_workshop))
    assert gone not in on_b and result.deleted == 1
    assert on_b[edited_there] == "B retter igen" and only_b in on_b


@pytest.mark.soak
@pytest.mark.postgres
def test_the_bank_is_the_rules_merge_long_postgresql(empty_library_file: Path, pg_banks: Callable[[], str]) -> None:
    _run(empty_library_file, pg_banks, examples=60, steps=40)

"""Two laptops, one workshop: exported from laptop A, imported on laptop B, edited
differently on both, both pushed — on SQLite and PostgreSQL.

The documented rule (``exports/shared_db.py``): per row, **the higher revision wins**
(every operation raises a touched row's revision by one; clocks are never
compared), and on a tie the copy already in the shared database stays; the *set* of
rows mirrors the laptop that pushed last (a row it does not have is deleted).
Nothing is duplicated and nothing is orphaned: counted per table, and every
reference checked.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.library import Library
from app.operations import (
    add_idea,
    add_to_cluster,
    create_cluster,
    delete_ideas,
    dissolve_cluster,
    edit_idea,
)
from exports.rows import TABLES, workshop_rows
from exports.shared_db import open_shared, push_workshop
from exports.workshop_file import export_workshop, import_workshop

Rows = dict[str, list[dict[str, Any]]]


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


def test_two_laptops_push_the_same_workshop(library: Library, make_library: Callable[[str], Library],
                                            full_workshop: uuid.UUID, address: str, tmp_path: Path) -> None:
    laptop_a = library
    laptop_b = make_library("laptop-b")
    import_workshop(laptop_b, export_workshop(laptop_a, full_workshop, tmp_path / "w.samskab"))
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
    assert push_workshop(laptop_b, full_workshop, address).sent
    after_b = remote(address, full_workshop)
    assert_whole(after_b)
    # The rows are laptop B's (who pushed last): A's note and theme and B's deleted idea are gone...
    assert ids(after_b) == ids(local(laptop_b, full_workshop))
    assert only_a not in texts(after_b) and three not in texts(after_b)
    assert texts(after_b)[only_b] == "Kun på laptop B"
    # ...but each row's content is the higher revision's: A's on the tie (it was there first), B's on two.
    assert texts(after_b)[one] == "A: første udgave"
    assert texts(after_b)[two] == "B: to gange (2)"
    idea_four = next(i for i in after_b["ideas"] if i["id"] == four)
    assert idea_four["cluster_id"] is None  # A's theme is gone with A's rows: no dangling reference

    # Laptop A pushes again: now its set of rows, still every higher revision kept.
    assert push_workshop(laptop_a, full_workshop, address).sent
    after_a = remote(address, full_workshop)
    assert_whole(after_a)
    assert ids(after_a) == ids(local(laptop_a, full_workshop))
    assert texts(after_a)[two] == "B: to gange (2)"  # B's newer edit is never overwritten by A's older copy
    assert texts(after_a)[only_a] == "Kun på laptop A" and three in texts(after_a)
    assert {i["id"]: i["cluster_id"] for i in after_a["ideas"]}[four] == theme_a  # A's theme holds its note again
    # Pushing the same again changes nothing and duplicates nothing.
    again = push_workshop(laptop_a, full_workshop, address)
    assert again.written == again.deleted == 0
    assert {k: len(v) for k, v in remote(address, full_workshop).items()} == {k: len(v) for k, v in after_a.items()}


def test_a_theme_dissolved_on_one_laptop_and_filled_on_the_other(library: Library, make_library: Callable[[str], Library],
                                                                 full_workshop: uuid.UUID, address: str, tmp_path: Path) -> None:
    laptop_a = library
    laptop_b = make_library("laptop-b")
    theme = local(laptop_a, full_workshop)["clusters"][0]["id"]
    loose = next(i["id"] for i in local(laptop_a, full_workshop)["ideas"] if i["cluster_id"] is None)
    import_workshop(laptop_b, export_workshop(laptop_a, full_workshop, tmp_path / "w.samskab"))
    add_to_cluster(laptop_a, theme, [loose])  # A puts a note into the theme...
    dissolve_cluster(laptop_b, theme)  # ...that B dissolves
    push_workshop(laptop_a, full_workshop, address)
    push_workshop(laptop_b, full_workshop, address)
    rows = remote(address, full_workshop)
    assert_whole(rows)
    assert theme not in ids(rows)["clusters"]
    assert all(i["cluster_id"] != theme for i in rows["ideas"])
    push_workshop(laptop_a, full_workshop, address)
    rows = remote(address, full_workshop)
    assert_whole(rows)
    assert theme in ids(rows)["clusters"]  # A pushed last: its theme is back...
    # ...with A's note in it again: B's push had emptied the theme's reference in the
    # shared copy (the database's ON DELETE SET NULL) without changing the revision.
    assert {i["id"]: i["cluster_id"] for i in rows["ideas"]}[loose] == theme

"""The .samskab workshop file: lossless round trip, idempotent import, hostile files refused."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.library import Library
from app.model import Idea, Score
from app.operations import edit_idea
from exports.rows import workshop_rows
from exports.workshop_file import (
    SCHEMA_VERSION,
    WorkshopFileError,
    export_workshop,
    import_workshop,
    workshop_document,
)


def rows_of(library: Library, workshop_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    with library.engine.connect() as conn:
        rows = workshop_rows(conn, workshop_id)
    return {name: sorted(items, key=lambda r: r["id"]) for name, items in rows.items()}


def total_rows(library: Library) -> int:
    with library.read() as session:
        return sum(
            session.scalar(select(func.count()).select_from(t)) or 0
            for t in (Idea.__table__, Score.__table__)
        )


def test_round_trip_is_lossless(library: Library, make_library: Callable[[str], Library],
                                full_workshop: uuid.UUID, tmp_path: Path) -> None:
    path = export_workshop(library, full_workshop, tmp_path / "w.samskab")
    other = make_library("other")
    result = import_workshop(other, path)
    assert result.workshop_id == full_workshop
    before, after = rows_of(library, full_workshop), rows_of(other, full_workshop)
    assert after == before
    assert before["ballots"] and before["scores"] and before["vote_rounds"]
    assert all(r["x"] or r["y"] for r in before["ideas"][:3])
    assert result.added == sum(len(v) for v in before.values())


def test_importing_twice_changes_nothing(library: Library, make_library: Callable[[str], Library],
                                         full_workshop: uuid.UUID, tmp_path: Path) -> None:
    path = export_workshop(library, full_workshop, tmp_path / "w.samskab")
    other = make_library("other")
    import_workshop(other, path)
    count = total_rows(other)
    again = import_workshop(other, path)
    assert again.added == again.updated == 0
    assert total_rows(other) == count
    assert rows_of(other, full_workshop) == rows_of(library, full_workshop)


def test_higher_revision_wins(library: Library, make_library: Callable[[str], Library],
                              full_workshop: uuid.UUID, tmp_path: Path) -> None:
    other = make_library("other")
    import_workshop(other, export_workshop(library, full_workshop, tmp_path / "a.samskab"))
    idea = rows_of(library, full_workshop)["ideas"][0]
    edit_idea(library, idea["id"], "Rettet på laptop A")
    result = import_workshop(other, export_workshop(library, full_workshop, tmp_path / "b.samskab"))
    assert result.updated == 1
    with other.read() as session:
        assert session.get(Idea, idea["id"]).text == "Rettet på laptop A"  # type: ignore[union-attr]
    # The older file does not undo the newer edit.
    edit_idea(other, idea["id"], "Rettet igen på laptop B")
    import_workshop(other, tmp_path / "a.samskab")
    with other.read() as session:
        assert session.get(Idea, idea["id"]).text == "Rettet igen på laptop B"  # type: ignore[union-attr]


def test_import_is_undoable(library: Library, make_library: Callable[[str], Library],
                            full_workshop: uuid.UUID, tmp_path: Path) -> None:
    other = make_library("other")
    import_workshop(other, export_workshop(library, full_workshop, tmp_path / "a.samskab"))
    idea = rows_of(library, full_workshop)["ideas"][0]
    edit_idea(library, idea["id"], "Rettet på laptop A")
    result = import_workshop(other, export_workshop(library, full_workshop, tmp_path / "b.samskab"))
    assert result.changes.inverse is not None
    result.changes.inverse(other)
    with other.read() as session:
        assert session.get(Idea, idea["id"]).text == idea["text"]  # type: ignore[union-attr]


def _stone(key: str | None = None, table: str = "ideas", revision: int = 2) -> dict[str, Any]:
    return {"id": key or str(uuid.uuid4()), "table": table, "revision": revision, "deleted_at": "2026-03-12T10:00:00"}


def _document(library: Library, workshop_id: uuid.UUID) -> dict[str, Any]:
    return json.loads(json.dumps(workshop_document(library, workshop_id)))


@pytest.mark.parametrize(
    ("mutate", "place"),
    [
        (lambda d: d.update(schema_version=SCHEMA_VERSION + 1), "schema_version"),
        (lambda d: d.update(format="zip"), "format"),
        (lambda d: d["tables"]["ideas"][3].update(text=["<script>"]), "tables.ideas[3].text"),
        (lambda d: d["tables"]["ideas"][2].update(text="x" * 30_000), "tables.ideas[2].text"),
        (lambda d: d["tables"]["ideas"][1].update(x=1e12), "tables.ideas[1].x"),
        (lambda d: d["tables"]["ideas"][0].update(cluster_id=str(uuid.uuid4())), "tables.ideas[0].cluster_id"),
        (lambda d: d["tables"]["ideas"][0].update(workshop_id=str(uuid.uuid4())), "tables.ideas[0].workshop_id"),
        (lambda d: d["tables"]["ideas"][0].update(evil=1), "tables.ideas[0].evil"),
        (lambda d: d["tables"]["phases"][0].pop("name"), "tables.phases[0].name"),
        (lambda d: d["tables"]["phases"][1].update(id=d["tables"]["phases"][0]["id"]), "tables.phases[1].id"),
        (lambda d: d["tables"]["participants"][0].update(name="a\x00b"), "tables.participants[0].name"),
        (lambda d: d["tables"].update(users=[]), "tables.users"),
        (lambda d: d["tables"]["scores"][0].update(value=True), "tables.scores[0].value"),
        (lambda d: d["tables"]["workshops"].append(dict(d["tables"]["workshops"][0])), "tables.workshops"),
        (lambda d: d.update(tombstones="alle"), "tombstones"),
        (lambda d: d.update(tombstones=[_stone(table="users")]), "tombstones[0].table"),
        (lambda d: d.update(tombstones=[_stone(revision=0)]), "tombstones[0].revision"),
        (lambda d: d.update(tombstones=[_stone(key="nope")]), "tombstones[0].id"),
        (lambda d: d.update(tombstones=[_stone(key=d["tables"]["ideas"][0]["id"])]), "tombstones[0].id"),
        (lambda d: d.update(tombstones=[{**_stone(), "evil": 1}]), "tombstones[0]"),
    ],
)
def test_hostile_or_newer_files_are_refused_naming_the_place(
    library: Library, make_library: Callable[[str], Library], full_workshop: uuid.UUID,
    tmp_path: Path, mutate: Callable[[dict[str, Any]], None], place: str,
) -> None:
    document = _document(library, full_workshop)
    mutate(document)
    path = tmp_path / "bad.samskab"
    path.write_text(json.dumps(document), encoding="utf-8")
    other = make_library("other")
    with pytest.raises(WorkshopFileError) as error:
        import_workshop(other, path)
    assert place in error.value.message("da") and place in error.value.message("en")
    assert total_rows(other) == 0


def test_newer_file_says_so(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    document = _document(library, full_workshop)
    document["schema_version"] = 99
    path = tmp_path / "new.samskab"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(WorkshopFileError) as error:
        import_workshop(library, path)
    assert "nyere version" in error.value.message("da")
    assert "newer version" in error.value.message("en")


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe", b"[1,2]", b'{"format": "samskab-workshop", "schema_version": 1, "tables": {"ideas": NaN}}'])
def test_broken_files_are_refused(library: Library, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.samskab"
    path.write_bytes(content)
    with pytest.raises(WorkshopFileError) as error:
        import_workshop(library, path)
    assert str(path) in error.value.message("en")


def test_row_of_another_workshop_is_not_moved(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    """A crafted file reusing an idea id of another workshop is refused, nothing written."""
    document = _document(library, full_workshop)
    victim = document["tables"]["ideas"][0]["id"]
    new_ws = str(uuid.uuid4())
    document["workshop_id"] = new_ws
    for name, items in document["tables"].items():
        for row in items:
            if name == "workshops":
                row["id"] = new_ws
            elif "workshop_id" in row:
                row["workshop_id"] = new_ws
            if row["id"] != victim and name != "workshops":
                row["id"] = str(uuid.uuid4())
    # Keep references consistent only for the victim idea; drop everything else referencing ids.
    document["tables"] = {"workshops": document["tables"]["workshops"], "ideas": [
        dict(r, phase_id=None, table_group_id=None, cluster_id=None, revision=99)
        for r in document["tables"]["ideas"] if r["id"] == victim]}
    document["tables"]["workshops"][0]["current_phase_id"] = None
    path = tmp_path / "crafted.samskab"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(WorkshopFileError, match="tables.ideas"):
        import_workshop(library, path)
    with library.read() as session:
        assert session.get(Idea, uuid.UUID(victim)).workshop_id == full_workshop  # type: ignore[union-attr]


def test_idea_number_clash_gets_a_free_number(library: Library, make_library: Callable[[str], Library],
                                              full_workshop: uuid.UUID, tmp_path: Path) -> None:
    from app.operations import add_idea

    other = make_library("other")
    path = export_workshop(library, full_workshop, tmp_path / "w.samskab")
    import_workshop(other, path)
    add_idea(library, full_workshop, "Ny idé på A")
    add_idea(other, full_workshop, "Ny idé på B")  # takes the same number on B
    result = import_workshop(other, export_workshop(library, full_workshop, tmp_path / "w2.samskab"))
    assert result.renumbered == 1
    with other.read() as session:
        texts = set(session.scalars(select(Idea.text).where(Idea.workshop_id == full_workshop)))
        numbers = list(session.scalars(select(Idea.number).where(Idea.workshop_id == full_workshop)))
    assert {"Ny idé på A", "Ny idé på B"} <= texts
    assert len(numbers) == len(set(numbers))


# -- deletions travel in the file -------------------------------------------------------------------


def test_deletions_travel_and_a_file_without_them_deletes_nothing(
        library: Library, make_library: Callable[[str], Library], full_workshop: uuid.UUID, tmp_path: Path) -> None:
    from app.operations import delete_ideas

    other = make_library("other")
    old_file = export_workshop(library, full_workshop, tmp_path / "before.samskab")
    import_workshop(other, old_file)
    voted = {s["option_id"] for s in rows_of(library, full_workshop)["scores"]}
    gone = next(r["id"] for r in rows_of(library, full_workshop)["ideas"] if r["id"] not in voted)
    delete_ideas(library, [gone])
    document = _document(library, full_workshop)
    assert [(s["id"], s["table"]) for s in document["tombstones"]] == [(str(gone), "ideas")]
    assert document["tombstones"][0]["revision"] == {r["id"]: r["revision"] for r in rows_of(other, full_workshop)["ideas"]}[gone] + 1
    without = dict(document)
    without.pop("tombstones")  # as an older Samskab wrote it
    (tmp_path / "old-format.samskab").write_text(json.dumps(without), encoding="utf-8")
    assert import_workshop(other, tmp_path / "old-format.samskab").deleted == 0
    assert gone in {r["id"] for r in rows_of(other, full_workshop)["ideas"]}
    result = import_workshop(other, export_workshop(library, full_workshop, tmp_path / "after.samskab"))
    assert result.deleted == 1 and result.conflicts == ()
    assert rows_of(other, full_workshop) == rows_of(library, full_workshop)
    assert import_workshop(other, tmp_path / "after.samskab").deleted == 0  # twice: nothing more


def test_an_equal_revision_with_other_content_is_reported_not_dropped(
        library: Library, make_library: Callable[[str], Library], full_workshop: uuid.UUID, tmp_path: Path) -> None:
    other = make_library("other")
    import_workshop(other, export_workshop(library, full_workshop, tmp_path / "a.samskab"))
    idea = min(rows_of(library, full_workshop)["ideas"], key=lambda r: r["number"])
    edit_idea(library, idea["id"], "Her")
    edit_idea(other, idea["id"], "Der")
    result = import_workshop(other, export_workshop(library, full_workshop, tmp_path / "b.samskab"))
    assert [(c.row_id, c.number) for c in result.conflicts] == [(idea["id"], idea["number"])]
    assert f"idé {idea['number']}" in result.conflict_message("da")
    with other.read() as session:
        assert session.get(Idea, idea["id"]).text == "Der"  # type: ignore[union-attr]


def test_a_tombstone_cannot_delete_another_workshops_row(
        library: Library, make_library: Callable[[str], Library], full_workshop: uuid.UUID, tmp_path: Path) -> None:
    from app.operations import create_workshop
    from app.templates import load_templates

    other_workshop = create_workshop(library, load_templates()["hverdagsinnovation"], title="Anden").subject
    assert other_workshop is not None
    victim = rows_of(library, other_workshop)["phases"][0]["id"]
    document = _document(library, full_workshop)
    document["tombstones"] = [_stone(key=str(victim), table="phases", revision=99)]
    path = tmp_path / "evil.samskab"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(WorkshopFileError, match="anden workshop"):
        import_workshop(library, path)
    assert victim in {r["id"] for r in rows_of(library, other_workshop)["phases"]}

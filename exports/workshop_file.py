"""The workshop file (``.samskab``): move a workshop between laptops.

The file is UTF-8 JSON::

    {
      "format": "samskab-workshop",
      "schema_version": 1,           # this file format; a newer one is refused
      "app_schema": "0001",          # the library schema it was written from (information)
      "exported_at": "2026-03-12T09:00:00",
      "workshop_id": "…uuid…",
      "tables": {"workshops": [{…}], "phases": [...], ..., "ballots": [...], "scores": [...]},
      "tombstones": [{"id": "…uuid…", "table": "ideas", "revision": 4, "deleted_at": "…"}]
    }

``tables`` holds every row of the workshop, every column, including the board
positions, the ballots and their scores; UUIDs, dates and timestamps are ISO strings.
So importing the file into another library gives the same workshop (lossless round
trip, ``created_at``, ``updated_at`` and ``revision`` included).

``tombstones`` are the workshop's deletions (:mod:`app.tombstones`): each deleted
row's id, table and the revision of the deletion. A file without them (written
before they existed) deletes nothing. An older Samskab ignores them.

Importing merges by UUID, in one transaction (``import_workshop``), by the same rule
as the shared database (:mod:`exports.shared_db`), and never duplicates anything:

* per id, the **higher revision wins**, a tombstone being a version like a row: a
  row whose id is not in the library is added (unless the library deleted it at a
  higher revision); a row there already is replaced when the file's revision is
  higher; a tombstone of a higher revision than the library's row deletes it (its
  action items with it). Every operation raises a row's revision by one, so the
  laptop that edited a row more often wins — laptop clocks are never compared;
* at **equal** revisions the library's copy stays (importing the same file twice
  changes nothing); if the file's version has other content, or one side deleted
  the row, that is a conflict: the library keeps its copy (an edit beats a
  deletion) and :attr:`ImportResult.conflicts` names it — never dropped silently;
* a row missing from the file without a tombstone stays in the library: the file's
  copy never saw it;
* a row pointing at a row the library keeps deleted points at nothing, or stays
  out with it where the deleted row owns it (as the database itself would do);
* if an idea's short number is taken in the library by another idea, the incoming
  idea gets the next free number; a ballot whose voter already voted in that round
  in the library (another ballot id for the same voter key) is skipped with its
  scores — the vote already cast here stands.

Every value is checked against its column before anything is written: a file of a
newer format, malformed JSON, a wrong type, an over-long text, a reference to a row
not in the file or a row belonging to another workshop is refused with a message
naming the place (``tables.ideas[3].text``), and nothing is imported.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, select, update

from app.changes import Changes, Topic
from app.errors import NotFound, SamskabError
from app.library import SCHEMA_HEAD, Library
from app.model import TOMBSTONES, ActionItem, Ballot, Idea, VoteRound, Workshop
from app.text_rules import InvalidText, check_row
from app.tombstones import buried, bury
from exports.files import atomic_open
from exports.rows import (
    MODEL_BY_TABLE,
    TABLE_BY_NAME,
    TABLES,
    BadValue,
    Rows,
    chunked,
    fill_defaults,
    from_json,
    required_columns,
    to_json,
    workshop_rows,
)
from exports.shared_db import Conflict

FORMAT = "samskab-workshop"
SCHEMA_VERSION = 1
SUFFIX = ".samskab"
#: Larger files are refused before parsing (a 1,000-idea workshop is about 1 MB).
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ROWS_PER_TABLE = 200_000


class WorkshopFileError(SamskabError):
    """The workshop file cannot be read or imported; the message names the place."""


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the workshop, and how many rows were added, updated, kept."""

    workshop_id: uuid.UUID
    title: str
    added: int
    updated: int
    kept: int
    skipped: int
    renumbered: int
    changes: Changes
    deleted: int = 0
    conflicts: tuple[Conflict, ...] = ()

    def conflict_message(self, language: str = "da") -> str:
        """One sentence naming the rows of the file that the library kept in its own
        version at the same revision (empty when there are none)."""
        if not self.conflicts:
            return ""
        shown = ", ".join(c.label(language) for c in self.conflicts[:5])
        more = len(self.conflicts) - 5
        if language.startswith("en"):
            return (f"Conflict: {shown}{f' and {more} more' if more > 0 else ''} changed both here and in the file at "
                    "the same revision; the library keeps its own version.")
        return (f"Konflikt: {shown}{f' og {more} mere' if more > 0 else ''} er ændret både her og i filen ved samme "
                "revision; biblioteket beholder sin egen udgave.")


# -- export ------------------------------------------------------------------------------


def workshop_document(library: Library, workshop_id: uuid.UUID) -> dict[str, Any]:
    """The workshop as the JSON document written to a ``.samskab`` file."""
    with library.engine.connect() as conn:
        rows = workshop_rows(conn, workshop_id)
        graves = conn.execute(
            select(TOMBSTONES.c.id, TOMBSTONES.c.table_name, TOMBSTONES.c.revision, TOMBSTONES.c.deleted_at)
            .where(TOMBSTONES.c.workshop_id == workshop_id).order_by(TOMBSTONES.c.deleted_at, TOMBSTONES.c.id)
        ).all()
    if not rows["workshops"]:
        raise NotFound("Workshoppen findes ikke.", f"There is no workshop {workshop_id}.")
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_schema": SCHEMA_HEAD,
        "exported_at": library.now().isoformat(timespec="seconds"),
        "workshop_id": str(workshop_id),
        "tables": {
            name: [{key: to_json(value) for key, value in row.items()} for row in items]
            for name, items in rows.items()
        },
        "tombstones": [
            {"id": str(key), "table": table, "revision": revision, "deleted_at": to_json(deleted_at)}
            for key, table, revision, deleted_at in graves
        ],
    }


def export_workshop(library: Library, workshop_id: uuid.UUID, path: str | os.PathLike[str]) -> Path:
    """Write the workshop to ``path`` (written beside it first, then renamed: never half a file)."""
    document = workshop_document(library, workshop_id)
    target = Path(path)
    with atomic_open(target, "w", encoding="utf-8") as file:
        json.dump(document, file, ensure_ascii=False, indent=1)
    return target


# -- reading and checking ------------------------------------------------------------------


class _Checker:
    """Validates a document, collecting the rows as Python values; raises on the first fault."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, da: str, en: str) -> WorkshopFileError:
        prefix = f"{self.source}: " if self.source else ""
        place = f"{where}: " if where else ""
        return WorkshopFileError(f"{prefix}{place}{da}", f"{prefix}{place}{en}")

    def document(self, data: Any) -> Rows:
        if not isinstance(data, dict):
            raise self.fail("", "er ikke en Samskab-workshopfil.", "is not a Samskab workshop file.")
        if data.get("format") != FORMAT:
            raise self.fail("format", "er ikke en Samskab-workshopfil.", "is not a Samskab workshop file.")
        version = data.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("schema_version", "mangler eller er ugyldig.", "is missing or invalid.")
        if version > SCHEMA_VERSION:
            raise self.fail(
                "schema_version",
                f"filen er lavet af en nyere version af Samskab (filformat {version}; denne "
                f"version læser op til {SCHEMA_VERSION}). Opdatér Samskab for at importere den.",
                f"the file was written by a newer version of Samskab (file format {version}; this "
                f"version reads up to {SCHEMA_VERSION}). Update Samskab to import it.",
            )
        tables = data.get("tables")
        if not isinstance(tables, dict):
            raise self.fail("tables", "mangler eller er ikke et objekt.", "is missing or not an object.")
        for name in tables:
            if name not in TABLE_BY_NAME:
                raise self.fail(f"tables.{name[:60]}", "er en ukendt tabel.", "is an unknown table.")
        rows: Rows = {}
        for table in TABLES:
            rows[table.name] = self.table(table, tables.get(table.name, []))
        graves = self.tombstones(data.get("tombstones", []), rows)
        self.references(rows, {stone["id"] for stone in graves})
        rows[TOMBSTONES.name] = graves
        return rows

    def tombstones(self, items: Any, rows: Rows) -> list[dict[str, Any]]:
        """The file's deletions: ``id``, ``table``, ``revision`` (at least 1), ``deleted_at``;
        none of them may be a row of the file too."""
        if not isinstance(items, list):
            raise self.fail("tombstones", "skal være en liste.", "must be a list.")
        if len(items) > MAX_ROWS_PER_TABLE:
            raise self.fail("tombstones", "har for mange rækker.", "has too many rows.")
        present = {row["id"] for items_ in rows.values() for row in items_}
        columns = {c.name: c for c in TOMBSTONES.columns}
        result: list[dict[str, Any]] = []
        seen: set[uuid.UUID] = set()
        for index, item in enumerate(items):
            place = f"tombstones[{index}]"
            if not isinstance(item, dict):
                raise self.fail(place, "skal være et objekt.", "must be an object.")
            if set(item) != {"id", "table", "revision", "deleted_at"}:
                raise self.fail(place, "skal have id, table, revision og deleted_at.",
                                "must have id, table, revision and deleted_at.")
            if item["table"] not in TABLE_BY_NAME:
                raise self.fail(f"{place}.table", "er en ukendt tabel.", "is an unknown table.")
            stone: dict[str, Any] = {"table_name": item["table"]}
            for key, column in (("id", "id"), ("revision", "revision"), ("deleted_at", "deleted_at")):
                try:
                    stone[key] = from_json(columns[column], item[key])
                except BadValue as bad:
                    raise self.fail(f"{place}.{key}", f"{bad.da}.", f"{bad.en}.") from None
            if stone["revision"] < 1:
                raise self.fail(f"{place}.revision", "skal være mindst 1.", "must be at least 1.")
            if stone["id"] in seen or stone["id"] in present:
                raise self.fail(f"{place}.id", "findes to gange i filen.", "appears twice in the file.")
            seen.add(stone["id"])
            result.append(stone)
        return result

    def table(self, table: Table, items: Any) -> list[dict[str, Any]]:
        where = f"tables.{table.name}"
        if not isinstance(items, list):
            raise self.fail(where, "skal være en liste.", "must be a list.")
        if len(items) > MAX_ROWS_PER_TABLE:
            raise self.fail(where, "har for mange rækker.", "has too many rows.")
        columns = {c.name: c for c in table.columns}
        required = required_columns(table)
        result = []
        seen: set[uuid.UUID] = set()
        for index, item in enumerate(items):
            place = f"{where}[{index}]"
            if not isinstance(item, dict):
                raise self.fail(place, "skal være et objekt.", "must be an object.")
            for key in item:
                if key not in columns:
                    raise self.fail(f"{place}.{str(key)[:60]}", "er et ukendt felt.", "is an unknown field.")
            for key in sorted(required):
                if key not in item:
                    raise self.fail(f"{place}.{key}", "mangler.", "is missing.")
            row: dict[str, Any] = {}
            for key, value in item.items():
                try:
                    row[key] = from_json(columns[key], value)
                except BadValue as bad:
                    raise self.fail(f"{place}.{key}", f"{bad.da}.", f"{bad.en}.") from None
            fill_defaults(table, row)
            try:  # the same text rules as typing it in (app.text_rules)
                check_row(table.name, row)
            except InvalidText as bad:
                raise self.fail(f"{place}.{bad.field}", f"{bad.reason_da}.", f"{bad.reason_en}.") from None
            if row["revision"] < 1:
                raise self.fail(f"{place}.revision", "skal være mindst 1.", "must be at least 1.")
            if row["id"] in seen:
                raise self.fail(f"{place}.id", "findes to gange i filen.", "appears twice in the file.")
            seen.add(row["id"])
            result.append(row)
        return result

    def references(self, rows: Rows, deleted: frozenset[uuid.UUID] | set[uuid.UUID] = frozenset()) -> None:
        """Every reference points at a row in the file, and everything is one workshop's.
        A mark may name an option deleted after its round opened (``deleted``: the
        file's tombstones): it stays countable, shown as removed."""
        workshops = rows["workshops"]
        if len(workshops) != 1:
            raise self.fail(
                "tables.workshops", "skal indeholde præcis én workshop.", "must hold exactly one workshop."
            )
        workshop_id = workshops[0]["id"]
        ids = {name: {row["id"] for row in items} for name, items in rows.items()}
        for table in TABLES:
            for index, row in enumerate(rows[table.name]):
                place = f"tables.{table.name}[{index}]"
                for column in table.columns:
                    for fk in column.foreign_keys:
                        value = row.get(column.name)
                        if value is None:
                            continue
                        if column.name == "workshop_id" and value != workshop_id:
                            raise self.fail(
                                f"{place}.workshop_id",
                                "hører til en anden workshop end filens.",
                                "belongs to another workshop than the file's.",
                            )
                        if value not in ids[fk.column.table.name]:
                            raise self.fail(
                                f"{place}.{column.name}",
                                "peger på en række, der ikke er i filen.",
                                "refers to a row that is not in the file.",
                            )
        options = ids["ideas"] | ids["clusters"] | ids["statements"] | deleted
        for index, row in enumerate(rows["scores"]):
            if row["option_id"] not in options:
                raise self.fail(
                    f"tables.scores[{index}].option_id",
                    "peger på en idé, et tema eller et udsagn, der ikke er i filen.",
                    "refers to an idea, theme or statement that is not in the file.",
                )
        for index, row in enumerate(rows["vote_rounds"]):
            for option in row["options"]:
                try:
                    uuid.UUID(option)
                except ValueError:
                    raise self.fail(
                        f"tables.vote_rounds[{index}].options", "indeholder et ugyldigt id.",
                        "holds an invalid id.",
                    ) from None
        current = workshops[0].get("current_phase_id")
        if current is not None and current not in ids["phases"]:
            raise self.fail(
                "tables.workshops[0].current_phase_id",
                "peger på en fase, der ikke er i filen.",
                "refers to a phase that is not in the file.",
            )
        numbers: set[int] = set()
        for index, row in enumerate(rows["ideas"]):
            if row["number"] in numbers:
                raise self.fail(
                    f"tables.ideas[{index}].number", "findes to gange i filen.", "appears twice in the file."
                )
            numbers.add(row["number"])
        voters: set[tuple[uuid.UUID, str]] = set()
        for index, row in enumerate(rows["ballots"]):
            key = (row["round_id"], row["voter_key"])
            if key in voters:
                raise self.fail(
                    f"tables.ballots[{index}].voter_key",
                    "samme vælger stemmer to gange i samme runde.",
                    "the same voter votes twice in one round.",
                )
            voters.add(key)


def read_document(data: Any, source: str = "") -> Rows:
    """Check a parsed document; the rows as Python values, by table name."""
    return _Checker(source).document(data)


def read_workshop_file(path: str | os.PathLike[str]) -> Rows:
    """Read and check a ``.samskab`` file without touching any library."""
    path = Path(path)
    checker = _Checker(str(path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise checker.fail("", "filen er for stor til at være en workshopfil.", "the file is too large to be a workshop file.")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise checker.fail("", "filen findes ikke.", "the file does not exist.") from None
    except OSError as error:
        raise checker.fail("", f"filen kan ikke læses ({error.strerror}).", f"the file cannot be read ({error.strerror}).") from None
    except UnicodeDecodeError as error:
        raise checker.fail(
            f"byte {error.start}", "filen er ikke UTF-8-tekst.", "the file is not UTF-8 text."
        ) from None
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise WorkshopFileError(
            f"{path}: linje {error.lineno}, kolonne {error.colno}: filen er ikke gyldig JSON ({error.msg}).",
            f"{path}: line {error.lineno}, column {error.colno}: the file is not valid JSON ({error.msg}).",
        ) from None
    except (ValueError, RecursionError):
        raise checker.fail("", "filen er ikke gyldig JSON.", "the file is not valid JSON.") from None
    return checker.document(data)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


# -- import -----------------------------------------------------------------------------------

_PARENT_OF = {"ballots": ("round", "round_id", VoteRound), "scores": ("ballot", "ballot_id", Ballot)}


def import_workshop(library: Library, path: str | os.PathLike[str]) -> ImportResult:
    """Import a ``.samskab`` file into ``library`` (see the module docstring for the rules)."""
    rows = read_workshop_file(path)
    return import_rows(library, rows, source=str(path))


def import_rows(library: Library, rows: Rows, source: str = "") -> ImportResult:
    """Merge checked rows into the library in one transaction: all or nothing."""
    checker = _Checker(source)
    workshop_row = rows["workshops"][0]
    workshop_id: uuid.UUID = workshop_row["id"]
    counts: defaultdict[str, int] = defaultdict(int)
    written: dict[str, list[dict[str, Any]]] = defaultdict(list)
    skipped_ballots: set[uuid.UUID] = set()
    conflicts: list[Conflict] = []
    absent: set[uuid.UUID] = set()  # ids the library keeps deleted, and rows left out with them
    with (op := library.operation("import_workshop", workshop_id)) as session:
        _apply_tombstones(session, checker, workshop_id, rows.get(TOMBSTONES.name, []), counts, conflicts, absent)
        graves = buried(session.connection(), [r["id"] for table in TABLES for r in rows[table.name]])
        parents: dict[uuid.UUID, Any] = {}
        for table in TABLES:
            model = MODEL_BY_TABLE[table.name]
            incoming = rows[table.name]
            if table.name == "scores":
                incoming = [r for r in incoming if r["ballot_id"] not in skipped_ballots]
                counts["skipped"] += len(rows["scores"]) - len(incoming)
            incoming = _fit(table, incoming, absent, counts)
            existing = {
                obj.id: obj
                for chunk in chunked([r["id"] for r in incoming], 500)
                for obj in session.scalars(select(model).where(model.id.in_(chunk)))
            }
            incoming = _not_deleted_here(table.name, incoming, existing, graves, absent, counts, conflicts)
            if table.name == "ideas":
                _renumber(session, workshop_id, incoming, existing, counts)
            if table.name == "ballots":
                incoming = _drop_duplicate_voters(session, incoming, existing, skipped_ballots, counts)
            for index, row in enumerate(incoming):
                obj = existing.get(row["id"])
                if obj is not None:
                    _check_owner(checker, table.name, index, obj, row)
                    if row["revision"] <= obj.revision:
                        if row["revision"] == obj.revision and _differs(table, obj, row):
                            conflicts.append(_conflict(table.name, row))
                        counts["kept"] += 1
                        parents[obj.id] = obj
                        continue
                    for key, value in row.items():
                        if key != "id" and getattr(obj, key) != value:
                            setattr(obj, key, value)
                    counts["updated"] += 1
                else:
                    obj = model(**row)
                    _attach(obj, table.name, row, parents, session)
                    session.add(obj)
                    counts["added"] += 1
                parents[obj.id] = obj
                written[table.name].append(row)
            session.flush()
        # The journal stamps rows as edited now; keep the file's history instead.
        for name, items in written.items():
            _restore_history(session, TABLE_BY_NAME[name], items)
        op.subject = workshop_id
        op.extra_topics.update(Topic)
    return ImportResult(
        workshop_id=workshop_id,
        title=workshop_row["title"],
        added=counts["added"],
        updated=counts["updated"],
        kept=counts["kept"],
        skipped=counts["skipped"],
        renumbered=counts["renumbered"],
        changes=op.changes,
        deleted=counts["deleted"],
        conflicts=tuple(conflicts),
    )


def _apply_tombstones(session: Any, checker: _Checker, workshop_id: uuid.UUID, stones: list[dict[str, Any]],
                      counts: defaultdict[str, int], conflicts: list[Conflict], absent: set[uuid.UUID]) -> None:
    """Delete the rows the file deleted at a higher revision (children first, an idea's
    action items with it); keep the file's tombstones where the library has no row."""
    if not stones:
        return
    by_table: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for stone in stones:
        by_table[stone["table_name"]].append(stone)
    for table in reversed(TABLES):
        items = by_table.get(table.name, [])
        model = MODEL_BY_TABLE[table.name]
        found = {
            obj.id: obj
            for chunk in chunked([s["id"] for s in items], 500)
            for obj in session.scalars(select(model).where(model.id.in_(chunk)))
        }
        for stone in items:
            obj = found.get(stone["id"])
            if obj is None:
                absent.add(stone["id"])
                continue
            if _owner_workshop(session, table.name, obj) != workshop_id:
                raise checker.fail(f"tombstones[{stones.index(stone)}].id",
                                   "findes allerede i biblioteket i en anden workshop.",
                                   "already exists in the library in another workshop.")
            if stone["revision"] > obj.revision:
                if table.name == "ideas":
                    for action in session.scalars(select(ActionItem).where(ActionItem.idea_id == obj.id)):
                        session.delete(action)  # journaled, as delete_ideas does
                session.delete(obj)
                counts["deleted"] += 1
                absent.add(stone["id"])
            elif stone["revision"] == obj.revision:
                conflicts.append(_conflict(table.name, {c.name: getattr(obj, c.name) for c in table.columns},
                                           deleted=True))
    session.flush()
    bury(session.connection(), [dict(stone, workshop_id=workshop_id) for stone in stones if stone["id"] in absent])


def _owner_workshop(session: Any, name: str, obj: Any) -> uuid.UUID | None:
    if name == "workshops":
        return obj.id  # type: ignore[no-any-return]
    if name == "ballots":
        return session.get(VoteRound, obj.round_id).workshop_id  # type: ignore[no-any-return]
    if name == "scores":
        ballot = session.get(Ballot, obj.ballot_id)
        return session.get(VoteRound, ballot.round_id).workshop_id  # type: ignore[no-any-return]
    return obj.workshop_id  # type: ignore[no-any-return]


def _fit(table: Table, incoming: list[dict[str, Any]], absent: set[uuid.UUID], counts: defaultdict[str, int]) -> list[dict[str, Any]]:
    """Rows pointing at a row the library keeps deleted: the reference is emptied
    (``SET NULL``), or the row stays out with it (``CASCADE``)."""
    if not absent:
        return incoming
    links = [(c.name, fk.ondelete) for c in table.columns for fk in c.foreign_keys]
    kept = []
    for row in incoming:
        orphan = False
        for column, ondelete in links:
            if row.get(column) in absent:
                if ondelete == "SET NULL":
                    row[column] = None
                else:
                    orphan = True
        if orphan:
            absent.add(row["id"])
            counts["skipped"] += 1
        else:
            kept.append(row)
    return kept


def _not_deleted_here(name: str, incoming: list[dict[str, Any]], existing: dict[uuid.UUID, Any],
                      graves: dict[uuid.UUID, int], absent: set[uuid.UUID], counts: defaultdict[str, int],
                      conflicts: list[Conflict]) -> list[dict[str, Any]]:
    """Leave out the rows the library deleted at a higher revision than the file's;
    at the same revision the edit comes back, reported as a conflict."""
    kept = []
    for row in incoming:
        grave = graves.get(row["id"]) if row["id"] not in existing else None
        if grave is not None and row["revision"] < grave:
            absent.add(row["id"])
            counts["kept"] += 1
            continue
        if grave is not None and row["revision"] == grave:
            conflicts.append(_conflict(name, row, deleted=True))
        kept.append(row)
    return kept


def _differs(table: Table, obj: Any, row: dict[str, Any]) -> bool:
    """Another version at the same revision: another stamp and other content (an
    idea's number aside: an import may have given it another free number)."""
    if row.get("updated_at") == obj.updated_at:
        return False
    skip = {"id", "created_at", "updated_at", "revision"} | ({"number"} if table.name == "ideas" else set())
    return any(getattr(obj, c.name) != row[c.name] for c in table.columns if c.name not in skip)


def _conflict(name: str, row: dict[str, Any], *, deleted: bool = False) -> Conflict:
    words = str(row.get("text") or row.get("title") or "")
    return Conflict(name, row["id"], row["revision"], row.get("number") if name == "ideas" else None,
                    words[:60] + ("…" if len(words) > 60 else ""), deleted)


def _check_owner(checker: _Checker, name: str, index: int, obj: Any, row: dict[str, Any]) -> None:
    """An id already in the library must belong to the same parent: no row is moved
    out of another workshop (or round, or ballot) by a crafted file."""
    for key in ("workshop_id", "round_id", "ballot_id"):
        if key in row and getattr(obj, key) != row[key]:
            raise checker.fail(
                f"tables.{name}[{index}].id",
                "findes allerede i biblioteket i en anden workshop.",
                "already exists in the library in another workshop.",
            )


def _attach(obj: Any, name: str, row: dict[str, Any], parents: dict[uuid.UUID, Any], session: Any) -> None:
    """Link a new row to its parent object (delete-orphan cascades require a parent)."""
    if name == "workshops":
        return
    if name in _PARENT_OF:
        attribute, key, model = _PARENT_OF[name]
    else:
        attribute, key, model = "workshop", "workshop_id", Workshop
    parent = parents.get(row[key]) or session.get(model, row[key])
    setattr(obj, attribute, parent)


def _renumber(session: Any, workshop_id: uuid.UUID, incoming: list[dict[str, Any]], existing: dict[uuid.UUID, Any], counts: dict[str, int]) -> None:
    """Give an incoming idea a free number when another idea here holds its number."""
    local = {
        number: idea_id
        for idea_id, number in session.execute(
            select(Idea.id, Idea.number).where(Idea.workshop_id == workshop_id)
        )
    }
    # Numbers the library keeps: ideas not in the file, and ideas the file does not win.
    winners = {
        r["id"] for r in incoming if r["id"] not in existing or r["revision"] > existing[r["id"]].revision
    }
    taken = {n: i for n, i in local.items() if i not in winners}
    next_free = max([*local, *(r["number"] for r in incoming), 0]) + 1
    for row in incoming:
        if row["id"] not in winners:
            continue
        holder = taken.get(row["number"])
        if holder is not None and holder != row["id"]:
            row["number"] = next_free
            next_free += 1
            counts["renumbered"] += 1
        taken[row["number"]] = row["id"]
    # Ideas swapping numbers would collide for a moment: park the movers first.
    movers = [existing[r["id"]] for r in incoming if r["id"] in existing and r["id"] in winners
              and existing[r["id"]].number != r["number"]]
    for index, idea in enumerate(movers):
        idea.number = -1 - index
    if movers:
        session.flush()


def _drop_duplicate_voters(session: Any, incoming: list[dict[str, Any]], existing: dict[uuid.UUID, Any], skipped: set[uuid.UUID], counts: dict[str, int]) -> list[dict[str, Any]]:
    """Leave out incoming ballots whose voter already has another ballot in that round here."""
    new = [r for r in incoming if r["id"] not in existing]
    if not new:
        return incoming
    local: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
    for chunk in chunked(sorted({r["round_id"] for r in new}), 500):
        for ballot_id, round_id, voter_key in session.execute(
            select(Ballot.id, Ballot.round_id, Ballot.voter_key).where(Ballot.round_id.in_(chunk))
        ):
            local[(round_id, voter_key)] = ballot_id
    kept = []
    for row in incoming:
        holder = local.get((row["round_id"], row["voter_key"]))
        if row["id"] not in existing and holder is not None and holder != row["id"]:
            skipped.add(row["id"])
            counts["skipped"] += 1
            continue
        kept.append(row)
    return kept


def _restore_history(session: Any, table: Table, items: list[dict[str, Any]]) -> None:
    statement = (
        update(table)
        .where(table.c.id == bindparam("_id"))
        .values(
            created_at=bindparam("_created"), updated_at=bindparam("_updated"), revision=bindparam("_revision")
        )
    )
    params = [
        {"_id": r["id"], "_created": r["created_at"], "_updated": r["updated_at"], "_revision": r["revision"]}
        for r in items
    ]
    for chunk in chunked(params, 1000):
        session.connection().execute(statement, chunk)


__all__ = [
    "FORMAT",
    "ImportResult",
    "SCHEMA_VERSION",
    "SUFFIX",
    "WorkshopFileError",
    "export_workshop",
    "import_rows",
    "import_workshop",
    "read_document",
    "read_workshop_file",
    "workshop_document",
]

"""What the idea board shows, read as plain frozen values.

The board (ui/board) reads the library only through these functions: no session,
no mapped object reaches a widget. Notes are read as plain column rows, not mapped
objects (a third of the cost, and a 10,000-note board reads them all when it opens),
and only the rows an operation touched are read again after it.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Executable, select
from sqlalchemy.orm import Session

from app.library import Library
from app.model import Cluster, Idea, TableGroup


@dataclass(frozen=True, slots=True)
class BoardNote:
    """One sticky note as the board draws it."""

    id: uuid.UUID
    number: int
    text: str
    tags: tuple[str, ...]
    cluster_id: uuid.UUID | None
    table_group_id: uuid.UUID | None
    phase_id: uuid.UUID | None
    x: float
    y: float
    colour: str | None  # the note's own colour, if it has one


@dataclass(frozen=True, slots=True)
class BoardTheme:
    """One theme's frame."""

    id: uuid.UUID
    title: str
    x: float
    y: float
    width: float
    height: float
    position: int  # the themes' order (the projector shows them in it)


@dataclass(frozen=True, slots=True)
class BoardGroup:
    """A table group: the colour of its notes, its name in the legend and menus."""

    id: uuid.UUID
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class BoardRows:
    """Rows of one workshop's board: all of them (:func:`load_board`) or those an
    operation touched (:func:`board_rows`). ``groups`` is ``None`` when not asked for."""

    notes: tuple[BoardNote, ...]
    themes: tuple[BoardTheme, ...]
    groups: tuple[BoardGroup, ...] | None


_NOTES = select(
    Idea.id, Idea.number, Idea.text, Idea.tags, Idea.cluster_id, Idea.table_group_id, Idea.phase_id,
    Idea.x, Idea.y, Idea.colour,
)
_THEMES = select(Cluster.id, Cluster.title, Cluster.x, Cluster.y, Cluster.width, Cluster.height, Cluster.position)
_GROUPS = select(TableGroup.id, TableGroup.name, TableGroup.colour).order_by(TableGroup.position)


# Executed on the session's connection: plain Core rows, without the ORM's result
# handling (a fifth of reading a 2,000-note board, which pays for the frozen values).


def _notes(session: Session, query: Executable) -> tuple[BoardNote, ...]:
    return tuple(
        BoardNote(i, n, text, tuple(tags) if tags else (), c, g, p, x, y, colour)
        for i, n, text, tags, c, g, p, x, y, colour in session.connection().execute(query)
    )


def _themes(session: Session, query: Executable) -> tuple[BoardTheme, ...]:
    return tuple(BoardTheme(*row) for row in session.connection().execute(query))


def _groups(session: Session, workshop_id: uuid.UUID) -> tuple[BoardGroup, ...]:
    query = _GROUPS.where(TableGroup.workshop_id == workshop_id)
    return tuple(BoardGroup(*row) for row in session.connection().execute(query))


def table_groups(library: Library, workshop_id: uuid.UUID) -> tuple[BoardGroup, ...]:
    """The workshop's table groups, in their order."""
    with library.read() as session:
        return _groups(session, workshop_id)


def load_board(library: Library, workshop_id: uuid.UUID) -> BoardRows:
    """Every note, theme (in the themes' order) and table group of the workshop's board."""
    with library.read() as session:
        return BoardRows(
            _notes(session, _NOTES.where(Idea.workshop_id == workshop_id)),
            _themes(session, _THEMES.where(Cluster.workshop_id == workshop_id).order_by(Cluster.position, Cluster.created_at, Cluster.id)),
            _groups(session, workshop_id),
        )


def board_rows(
    library: Library, workshop_id: uuid.UUID, ids: Collection[uuid.UUID], *,
    notes: bool = True, themes: bool = True, groups: bool = False,
) -> BoardRows:
    """The notes and themes among ``ids`` that are (still) on the workshop's board, and
    with ``groups`` its table groups: what a view redraws after an operation."""
    id_list = list(ids)
    with library.read() as session:
        return BoardRows(
            _notes(session, _NOTES.where(Idea.id.in_(id_list), Idea.workshop_id == workshop_id))
            if notes and id_list else (),
            _themes(session, _THEMES.where(Cluster.id.in_(id_list), Cluster.workshop_id == workshop_id))
            if themes and id_list else (),
            _groups(session, workshop_id) if groups else None,
        )

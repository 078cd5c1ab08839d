"""Operations on the idea board: sticky notes and the clusters (themes) they form."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select

from app.changes import Changes
from app.errors import InvalidInput
from app.library import Library
from app.model import ActionItem, Cluster, Idea, Phase, TableGroup, Workshop
from app.operations._common import clean_text, get, live_workshop

MAX_IDEA_LENGTH = 2000
NOTE_WIDTH, NOTE_HEIGHT = 180.0, 120.0
_TAG_LIMIT = 20


def _idea_text(text: str) -> str:
    return clean_text(text, field_da="Idéen", field_en="idea", max_length=MAX_IDEA_LENGTH)


def _clean_tags(tags: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for tag in tags:
        tag = clean_text(tag, field_da="Mærket", field_en="tag", max_length=60, multiline=False)
        if tag not in cleaned:
            cleaned.append(tag)
    if len(cleaned) > _TAG_LIMIT:
        raise InvalidInput(f"Højst {_TAG_LIMIT} mærker på en idé.", f"At most {_TAG_LIMIT} tags on an idea.")
    return cleaned


def add_idea(
    library: Library,
    workshop_id: uuid.UUID,
    text: str,
    *,
    author: str | None = None,
    phase_id: uuid.UUID | None = None,
    table_group_id: uuid.UUID | None = None,
    cluster_id: uuid.UUID | None = None,
    position: tuple[float, float] | None = None,
    tags: Iterable[str] = (),
) -> Changes:
    """Capture an idea as a sticky note. Without ``phase_id`` it belongs to the current
    phase; without ``position`` it is placed in the next free slot of a grid."""
    text = _idea_text(text)
    if author is not None:
        author = clean_text(author, field_da="Forfatteren", field_en="author", max_length=200, required=False, multiline=False) or None
    clean_tags = _clean_tags(tags)
    with (op := library.operation("add_idea", workshop_id)) as session:
        # The hot path in a noisy room: one round trip for the workshop's state and the
        # last note number, rather than loading the workshop object.
        last_number = select(func.coalesce(func.max(Idea.number), 0)).where(Idea.workshop_id == workshop_id)
        found = session.execute(
            select(Workshop.deleted_at, Workshop.current_phase_id, last_number.scalar_subquery())
            .where(Workshop.id == workshop_id)
        ).first()
        if found is None or found[0] is not None:
            live_workshop(session, workshop_id)  # raises the clear NotFound
        assert found is not None
        last: int = found[2]
        if phase_id is not None:
            get(session, Phase, phase_id, workshop_id)
        else:
            phase_id = found[1]
        if table_group_id is not None:
            get(session, TableGroup, table_group_id, workshop_id)
        if cluster_id is not None:
            get(session, Cluster, cluster_id, workshop_id)
        if position is None:
            position = _grid_slot(last)
        idea = Idea(
            id=library.new_id(), workshop_id=workshop_id, number=last + 1, text=text, author=author,
            phase_id=phase_id, table_group_id=table_group_id, cluster_id=cluster_id,
            x=float(position[0]), y=float(position[1]), tags=clean_tags,
        )
        session.add(idea)
        op.subject = idea.id
    return op.changes


def _grid_slot(index: int, columns: int = 8) -> tuple[float, float]:
    """Where the ``index``-th note goes when nobody placed it: rows of ``columns``."""
    row, column = divmod(index, columns)
    return column * (NOTE_WIDTH + 20.0), row * (NOTE_HEIGHT + 20.0)


def edit_idea(library: Library, idea_id: uuid.UUID, text: str) -> Changes:
    """Change an idea's text (edited in place on the board)."""
    text = _idea_text(text)
    with (op := library.operation("edit_idea")) as session:
        idea = get(session, Idea, idea_id)
        op.workshop_id, op.subject = idea.workshop_id, idea_id
        if idea.text != text:
            idea.text = text
    return op.changes


def move_ideas(library: Library, positions: Mapping[uuid.UUID, tuple[float, float]]) -> Changes:
    """Move notes (one drag of several notes is one operation)."""
    with (op := library.operation("move_ideas")) as session:
        for idea_id, (x, y) in positions.items():
            idea = get(session, Idea, idea_id, op.workshop_id)
            op.workshop_id = idea.workshop_id
            idea.x, idea.y = float(x), float(y)
    return op.changes


def set_idea_tags(library: Library, idea_ids: Iterable[uuid.UUID], tags: Iterable[str], *, add: bool = False) -> Changes:
    """Set (or with ``add``, add to) the tags of one or more ideas."""
    clean_tags = _clean_tags(tags)
    with (op := library.operation("set_idea_tags")) as session:
        for idea_id in idea_ids:
            idea = get(session, Idea, idea_id, op.workshop_id)
            op.workshop_id = idea.workshop_id
            new = _clean_tags([*idea.tags, *clean_tags]) if add else clean_tags
            if new != idea.tags:
                idea.tags = new
    return op.changes


def set_idea_group(library: Library, idea_ids: Iterable[uuid.UUID], table_group_id: uuid.UUID | None) -> Changes:
    with (op := library.operation("set_idea_group")) as session:
        for idea_id in idea_ids:
            idea = get(session, Idea, idea_id, op.workshop_id)
            op.workshop_id = idea.workshop_id
            if table_group_id is not None:
                get(session, TableGroup, table_group_id, idea.workshop_id)
            idea.table_group_id = table_group_id
    return op.changes


def delete_ideas(library: Library, idea_ids: Iterable[uuid.UUID]) -> Changes:
    """Delete notes, with their action items (undo brings both back)."""
    with (op := library.operation("delete_ideas")) as session:
        ideas = [get(session, Idea, idea_id, op.workshop_id) for idea_id in idea_ids]
        # The actions first: the database would cascade them away unjournaled.
        for action in session.scalars(select(ActionItem).where(ActionItem.idea_id.in_([i.id for i in ideas]))):
            session.delete(action)
        for idea in ideas:
            op.workshop_id = idea.workshop_id
            session.delete(idea)
    return op.changes


# -- clusters ---------------------------------------------------------------------------

_PADDING, _TITLE_BAND = 20.0, 50.0


def create_cluster(
    library: Library,
    workshop_id: uuid.UUID,
    title: str,
    idea_ids: Iterable[uuid.UUID] = (),
    *,
    rect: tuple[float, float, float, float] | None = None,
) -> Changes:
    """Make a theme. Given ideas, the frame is drawn around them (``rect`` overrides)."""
    title = _cluster_title(title)
    with (op := library.operation("create_cluster", workshop_id)) as session:
        live_workshop(session, workshop_id)
        ideas = [get(session, Idea, i, workshop_id) for i in idea_ids]
        if rect is None:
            if ideas:
                left = min(i.x for i in ideas) - _PADDING
                top = min(i.y for i in ideas) - _PADDING - _TITLE_BAND
                right = max(i.x for i in ideas) + NOTE_WIDTH + _PADDING
                bottom = max(i.y for i in ideas) + NOTE_HEIGHT + _PADDING
                rect = (left, top, right - left, bottom - top)
            else:
                rect = (0.0, 0.0, 420.0, 300.0)
        x, y, width, height = rect
        if width <= 0 or height <= 0:
            raise InvalidInput("Temaets ramme skal have en størrelse.", "The theme's frame needs a size.")
        cluster = Cluster(id=library.new_id(), workshop_id=workshop_id, title=title, x=x, y=y, width=width, height=height)
        session.add(cluster)
        for idea in ideas:
            idea.cluster_id = cluster.id
        op.subject = cluster.id
    return op.changes


def _cluster_title(title: str) -> str:
    return clean_text(title, field_da="Temaets titel", field_en="theme's title", max_length=200, multiline=False)


def add_to_cluster(library: Library, cluster_id: uuid.UUID, idea_ids: Iterable[uuid.UUID]) -> Changes:
    """Put ideas into a theme (dropped on its frame or on one of its notes)."""
    with (op := library.operation("add_to_cluster")) as session:
        cluster = get(session, Cluster, cluster_id)
        op.workshop_id, op.subject = cluster.workshop_id, cluster_id
        for idea_id in idea_ids:
            idea = get(session, Idea, idea_id, cluster.workshop_id)
            if idea.cluster_id != cluster_id:
                idea.cluster_id = cluster_id
    return op.changes


def remove_from_cluster(library: Library, idea_ids: Iterable[uuid.UUID]) -> Changes:
    with (op := library.operation("remove_from_cluster")) as session:
        for idea_id in idea_ids:
            idea = get(session, Idea, idea_id, op.workshop_id)
            op.workshop_id = idea.workshop_id
            if idea.cluster_id is not None:
                idea.cluster_id = None
    return op.changes


def rename_cluster(library: Library, cluster_id: uuid.UUID, title: str) -> Changes:
    title = _cluster_title(title)
    with (op := library.operation("rename_cluster")) as session:
        cluster = get(session, Cluster, cluster_id)
        op.workshop_id, op.subject = cluster.workshop_id, cluster_id
        cluster.title = title
    return op.changes


def move_cluster(
    library: Library, cluster_id: uuid.UUID, x: float, y: float,
    size: tuple[float, float] | None = None,
) -> Changes:
    """Move a theme's frame, and its notes with it; optionally resize it."""
    with (op := library.operation("move_cluster")) as session:
        cluster = get(session, Cluster, cluster_id)
        op.workshop_id, op.subject = cluster.workshop_id, cluster_id
        dx, dy = float(x) - cluster.x, float(y) - cluster.y
        cluster.x, cluster.y = float(x), float(y)
        if size is not None:
            if size[0] <= 0 or size[1] <= 0:
                raise InvalidInput("Temaets ramme skal have en størrelse.", "The theme's frame needs a size.")
            cluster.width, cluster.height = float(size[0]), float(size[1])
        if dx or dy:
            for idea in cluster.ideas:
                idea.x, idea.y = idea.x + dx, idea.y + dy
    return op.changes


def dissolve_cluster(library: Library, cluster_id: uuid.UUID) -> Changes:
    """Remove a theme; its notes stay on the board where they are."""
    with (op := library.operation("dissolve_cluster")) as session:
        cluster = get(session, Cluster, cluster_id)
        op.workshop_id, op.subject = cluster.workshop_id, cluster_id
        for idea in cluster.ideas:
            idea.cluster_id = None
        session.delete(cluster)
    return op.changes

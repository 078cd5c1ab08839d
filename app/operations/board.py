"""Operations on the idea board: sticky notes and the clusters (themes) they form.

Where notes and frames go is decided by :mod:`app.layout`, here, for every caller:
a note added without a position, a theme made around notes, notes filed into a
theme. Each drag-and-drop gesture on the board is one operation (``drop_on_board``,
``drop_on_theme``, ``drop_on_note``): one transaction and one ``Changes``, so a
refused drop changes nothing and an undo takes the whole gesture back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import layout
from app.changes import Changes
from app.errors import InvalidInput
from app.library import Library
from app.model import ActionItem, Cluster, Idea, Phase, TableGroup, Workshop
from app.operations._common import clean_text, get, live_workshop

MAX_IDEA_LENGTH = 2000
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
    phase; without ``position`` it goes where :func:`app.layout.new_note_position`
    says (the first free cell of the capture grid beside the themes), whether it
    comes from the desk, the command line or a phone."""
    text = _idea_text(text)
    if author is not None:
        author = clean_text(author, field_da="Forfatteren", field_en="author", max_length=200, required=False, multiline=False) or None
    clean_tags = _clean_tags(tags)
    with (op := library.operation("add_idea", workshop_id)) as session:
        op.subject = insert_idea(
            session, library, workshop_id, text, author=author, phase_id=phase_id,
            table_group_id=table_group_id, cluster_id=cluster_id, position=position, tags=clean_tags,
        ).id
    return op.changes


def insert_idea(
    session: Session,
    library: Library,
    workshop_id: uuid.UUID,
    text: str,
    *,
    author: str | None = None,
    phase_id: uuid.UUID | None = None,
    table_group_id: uuid.UUID | None = None,
    cluster_id: uuid.UUID | None = None,
    position: tuple[float, float] | None = None,
    tags: list[str] | None = None,
) -> Idea:
    """The body of :func:`add_idea` inside an operation's ``session``, for operations that
    add an idea together with other rows (a phone's idea and its record): numbered and
    placed exactly like a typed idea. ``text``, ``author`` and ``tags`` come cleaned."""
    # The hot path in a noisy room: one round trip for the workshop's state, the
    # last note number and where the capture grid starts, rather than loading the
    # workshop object and its themes.
    last_number = select(func.coalesce(func.max(Idea.number), 0)).where(Idea.workshop_id == workshop_id)
    in_workshop = Cluster.workshop_id == workshop_id
    found = session.execute(
        select(
            Workshop.deleted_at, Workshop.current_phase_id, last_number.scalar_subquery(),
            select(func.max(Cluster.x + Cluster.width)).where(in_workshop).scalar_subquery(),
            select(func.min(Cluster.y)).where(in_workshop).scalar_subquery(),
        ).where(Workshop.id == workshop_id)
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
        position = _new_note_position(session, workshop_id, found[3], found[4])
    idea = Idea(
        id=library.new_id(), workshop_id=workshop_id, number=last + 1, text=text, author=author,
        phase_id=phase_id, table_group_id=table_group_id, cluster_id=cluster_id,
        x=float(position[0]), y=float(position[1]), tags=list(tags or []),
    )
    session.add(idea)
    return idea


def _new_note_position(
    session: Session, workshop_id: uuid.UUID, frames_right: float | None, frames_top: float | None,
) -> layout.Point:
    """:func:`app.layout.new_note_position`, reading only what it needs: the themes'
    right and top edges (``None`` without themes) and the notes near the capture grid."""
    frames = [] if frames_right is None or frames_top is None else [(frames_right, frames_top, 0.0, 0.0)]
    origin = layout.capture_origin(frames)
    x_from, x_to, y_from = layout.capture_span(origin)
    # Core rows on the operation's connection: the ORM's result handling cost more
    # than the scan when the capture grid holds hundreds of notes.
    notes = session.connection().execute(
        select(Idea.x, Idea.y).where(
            Idea.workshop_id == workshop_id, Idea.x > x_from, Idea.x < x_to, Idea.y > y_from,
        )
    )
    return layout.free_cells(origin, layout.CAPTURE_COLUMNS, [(x, y) for x, y in notes], 1)[0]


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
        for idea in ideas:
            op.workshop_id = idea.workshop_id
        remove_ideas(session, ideas)
    return op.changes


def remove_ideas(session: Session, ideas: list[Idea]) -> None:
    """The body of :func:`delete_ideas` inside an operation's ``session``."""
    # The actions first: the database would cascade them away unjournaled.
    for action in session.scalars(select(ActionItem).where(ActionItem.idea_id.in_([i.id for i in ideas]))):
        session.delete(action)
    for idea in ideas:
        session.delete(idea)


# -- clusters ---------------------------------------------------------------------------


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
        op.subject = _new_cluster(library, session, workshop_id, title, ideas, rect)
    return op.changes


def _new_cluster(
    library: Library, session: Session, workshop_id: uuid.UUID, title: str, ideas: list[Idea],
    rect: layout.Rect | None = None,
) -> uuid.UUID:
    """Add a theme holding ``ideas`` (leaving whatever theme they were in), framed by
    ``rect`` or around them."""
    if rect is None:
        rect = layout.frame_around([(i.x, i.y) for i in ideas])
    x, y, width, height = rect
    if width <= 0 or height <= 0:
        raise InvalidInput("Temaets ramme skal have en størrelse.", "The theme's frame needs a size.")
    cluster = Cluster(id=library.new_id(), workshop_id=workshop_id, title=title, x=x, y=y, width=width, height=height)
    session.add(cluster)
    for idea in ideas:
        idea.cluster_id = cluster.id
    return cluster.id


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


def remove_idea_tag(library: Library, idea_ids: Iterable[uuid.UUID], tag: str) -> Changes:
    """Take ``tag`` off the ideas that have it (one operation however many notes)."""
    with (op := library.operation("remove_idea_tag")) as session:
        for idea_id in idea_ids:
            idea = get(session, Idea, idea_id, op.workshop_id)
            op.workshop_id = idea.workshop_id
            if tag in idea.tags:
                idea.tags = [t for t in idea.tags if t != tag]
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


# -- drag and drop -----------------------------------------------------------------------
# One operation per gesture: the move and the theme it joins, leaves or makes commit
# together or not at all, and undo takes back the whole gesture.


def _frame(cluster: Cluster) -> layout.Rect:
    return cluster.x, cluster.y, cluster.width, cluster.height


def _grow(cluster: Cluster, positions: Iterable[layout.Point]) -> None:
    x, y, width, height = layout.grown_frame(_frame(cluster), positions)
    if (width, height) != (cluster.width, cluster.height):
        cluster.width, cluster.height = width, height


def _dropped(session: Session, workshop_id: uuid.UUID, idea_ids: Iterable[uuid.UUID]) -> list[Idea]:
    ideas = [get(session, Idea, idea_id, workshop_id) for idea_id in dict.fromkeys(idea_ids)]
    if not ideas:
        raise InvalidInput("Ingen noter at flytte.", "No notes to move.")
    return ideas


def drop_on_board(
    library: Library, workshop_id: uuid.UUID, positions: Mapping[uuid.UUID, tuple[float, float]],
) -> Changes:
    """Notes dragged to ``positions`` on the board outside any theme: they move, and
    each whose centre has left its theme's frame leaves the theme."""
    with (op := library.operation("drop_on_board", workshop_id)) as session:
        for idea in _dropped(session, workshop_id, positions):
            x, y = positions[idea.id]
            idea.x, idea.y = float(x), float(y)
            if idea.cluster is not None and not layout.in_frame((idea.x, idea.y), _frame(idea.cluster)):
                idea.cluster_id = None
    return op.changes


def drop_on_theme(
    library: Library, cluster_id: uuid.UUID, positions: Mapping[uuid.UUID, tuple[float, float]],
) -> Changes:
    """Notes dragged to ``positions`` on a theme's frame: they move there and join the
    theme, and the frame grows right and down to hold them."""
    with (op := library.operation("drop_on_theme")) as session:
        cluster = get(session, Cluster, cluster_id)
        op.workshop_id, op.subject = cluster.workshop_id, cluster_id
        ideas = _dropped(session, cluster.workshop_id, positions)
        for idea in ideas:
            x, y = positions[idea.id]
            idea.x, idea.y = float(x), float(y)
            if idea.cluster_id != cluster_id:
                idea.cluster_id = cluster_id
        _grow(cluster, [(i.x, i.y) for i in ideas])
    return op.changes


def drop_on_note(
    library: Library, target_id: uuid.UUID, idea_ids: Iterable[uuid.UUID], title: str | None = None,
) -> Changes:
    """Notes dragged onto another note (``target_id``).

    On a note of a theme, they join that theme in its first free cells (so the note
    dropped on stays readable) and the frame grows to hold them. On a note in no
    theme, it and they make a new theme titled ``title``, laid out in rows from the
    note dropped on; notes that were in other themes leave them (undo puts each back).
    """
    with (op := library.operation("drop_on_note")) as session:
        target = get(session, Idea, target_id)
        workshop_id = op.workshop_id = target.workshop_id
        ideas = [i for i in _dropped(session, workshop_id, idea_ids) if i.id != target_id]
        if not ideas:
            raise InvalidInput("En note kan ikke lægges på sig selv.", "A note cannot be dropped on itself.")
        cluster = target.cluster
        if cluster is not None:
            moving = {i.id for i in ideas}
            others = [(i.x, i.y) for i in cluster.ideas if i.id not in moving]
            places = layout.theme_cells(_frame(cluster), others, len(ideas))
            for idea, (x, y) in zip(sorted(ideas, key=lambda i: i.number), places, strict=True):
                idea.x, idea.y = x, y
                if idea.cluster_id != cluster.id:
                    idea.cluster_id = cluster.id
            _grow(cluster, places)
            op.subject = cluster.id
        else:
            clean_title = _cluster_title(title or "")
            members = [target, *ideas]
            for idea, (x, y) in zip(members, layout.tidy_positions((target.x, target.y), len(members)), strict=True):
                if (idea.x, idea.y) != (x, y):
                    idea.x, idea.y = x, y
            op.subject = _new_cluster(library, session, workshop_id, clean_title, members)
    return op.changes

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

from sqlalchemy import Connection, bindparam, func, select
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
    """The body of :func:`delete_ideas` inside an operation's ``session``: the notes
    with their action items; the themes they leave shrink around the rest."""
    # The actions first: the database would cascade them away unjournaled.
    for action in session.scalars(select(ActionItem).where(ActionItem.idea_id.in_([i.id for i in ideas]))):
        session.delete(action)
    themes = _themes_of(ideas)
    for idea in ideas:
        session.delete(idea)
    if themes:
        _rearrange(session, ideas[0].workshop_id, themes)


# -- clusters ---------------------------------------------------------------------------
# A theme is a container (app.layout): its notes sit in its own grid, in reading order,
# and its frame is exactly as big as that grid. Every operation that changes what a
# theme holds lays out that theme alone, then lets app.layout.Placement move whatever
# the frame now overlaps out of its way, so no two things on the board ever overlap.


def _frame(cluster: Cluster) -> layout.Rect:
    return cluster.x, cluster.y, cluster.width, cluster.height


def _themes_of(ideas: Iterable[Idea]) -> list[Cluster]:
    return list({id(i.cluster): i.cluster for i in ideas if i.cluster is not None}.values())


def _members(session: Session, cluster: Cluster) -> list[Idea]:
    session.flush()
    return list(session.scalars(select(Idea).where(Idea.cluster_id == cluster.id)))


def _lay_out(
    session: Session, cluster: Cluster, arriving: Iterable[tuple[Idea, layout.Point | None]] = (),
) -> bool:
    """Lay ``cluster`` out again, with ``arriving`` notes joining it (each at the cell
    of its point, or at the end): :func:`app.layout.arrange_theme`. Returns whether
    the frame now reaches beyond where it was (only then can it overlap anything)."""
    arriving = list(arriving)
    for idea, _ in arriving:
        if idea.cluster_id != cluster.id:
            idea.cluster_id = cluster.id
    coming = {idea.id for idea, _ in arriving}
    staying = [(i, (i.x, i.y)) for i in _members(session, cluster) if i.id not in coming]
    frame, places = layout.arrange_theme(_frame(cluster), staying, arriving)
    for idea, (x, y) in places:
        if (idea.x, idea.y) != (x, y):
            idea.x, idea.y = x, y
    grew = frame[2] > cluster.width or frame[3] > cluster.height
    if (frame[2], frame[3]) != (cluster.width, cluster.height):
        cluster.width, cluster.height = frame[2], frame[3]
    return grew


def _settle(
    session: Session, workshop_id: uuid.UUID, pushing: Iterable[uuid.UUID] = (), yielding: Iterable[uuid.UUID] = (),
) -> None:
    """Move things apart after a gesture (:meth:`app.layout.Placement.settle`): the
    themes ``pushing`` keep their places and move what they overlap; the notes and
    themes ``yielding`` move themselves to the nearest free place if they overlap."""
    pushing, yielding = list(dict.fromkeys(pushing)), list(dict.fromkeys(yielding))
    if not pushing and not yielding:
        return
    session.flush()
    connection = session.connection()
    if not _overlaps_anything(connection, workshop_id, [*pushing, *yielding]):
        return  # the usual case: the theme grew into free space, the notes landed on it
    loose = connection.execute(
        select(Idea.id, Idea.x, Idea.y).where(Idea.workshop_id == workshop_id, Idea.cluster_id.is_(None))
    )
    frames = connection.execute(
        select(Cluster.id, Cluster.x, Cluster.y, Cluster.width, Cluster.height).where(Cluster.workshop_id == workshop_id)
    )
    rects: dict[uuid.UUID, layout.Rect] = {i: layout.note_rect((x, y)) for i, x, y in loose}
    themes = set()
    for cluster_id, x, y, width, height in frames:
        rects[cluster_id] = (x, y, width, height)
        themes.add(cluster_id)
    placement = layout.Placement(rects)
    moved = placement.settle([k for k in pushing if k in rects], [k for k in yielding if k in rects])
    for key, (x, y, _, _) in moved.items():
        if key in themes:
            cluster = get(session, Cluster, key, workshop_id)
            dx, dy = x - cluster.x, y - cluster.y
            cluster.x, cluster.y = x, y
            for idea in _members(session, cluster):
                idea.x, idea.y = idea.x + dx, idea.y + dy
        else:
            idea = get(session, Idea, key, workshop_id)
            idea.x, idea.y = x, y


# Built once: executed with new values, each is compiled only once (the hot path of a drop).
_MINE_NOTES = select(Idea.x, Idea.y).where(Idea.id.in_(bindparam("ids", expanding=True)), Idea.cluster_id.is_(None))
_MINE_FRAMES = select(Cluster.x, Cluster.y, Cluster.width, Cluster.height).where(
    Cluster.id.in_(bindparam("ids", expanding=True)),
)
_NOTE_IN = select(Idea.id).where(
    Idea.workshop_id == bindparam("workshop"), Idea.cluster_id.is_(None), Idea.id.not_in(bindparam("ids", expanding=True)),
    Idea.x < bindparam("right"), Idea.x > bindparam("left"), Idea.y < bindparam("bottom"), Idea.y > bindparam("top"),
).limit(1)
_FRAME_IN = select(Cluster.id).where(
    Cluster.workshop_id == bindparam("workshop"), Cluster.id.not_in(bindparam("ids", expanding=True)),
    Cluster.x < bindparam("right"), Cluster.x + Cluster.width > bindparam("x"),
    Cluster.y < bindparam("bottom"), Cluster.y + Cluster.height > bindparam("y"),
).limit(1)


def _overlaps_anything(connection: Connection, workshop_id: uuid.UUID, ids: list[uuid.UUID]) -> bool:
    """Whether any of the notes or themes ``ids`` overlaps a frame or a note in no theme
    (a scan or two of the workshop's rows, without reading the whole board)."""
    if not ids:
        return False
    mine = [
        *(layout.note_rect((x, y)) for x, y in connection.execute(_MINE_NOTES, {"ids": ids})),
        *((x, y, w, h) for x, y, w, h in connection.execute(_MINE_FRAMES, {"ids": ids})),
    ]
    for x, y, width, height in mine:
        near = {"workshop": workshop_id, "ids": ids, "x": x, "y": y, "right": x + width, "bottom": y + height}
        if connection.execute(
            _NOTE_IN, {**near, "left": x - layout.NOTE_WIDTH, "top": y - layout.NOTE_HEIGHT},
        ).first() is not None or connection.execute(_FRAME_IN, near).first() is not None:
            return True
    # Two of ``ids`` on each other (a theme made on the notes it was dropped beside).
    return any(layout.intersects(a, b) for n, a in enumerate(mine) for b in mine[n + 1:])


def _rearrange(
    session: Session, workshop_id: uuid.UUID, themes: Iterable[Cluster], yielding: Iterable[uuid.UUID] = (),
) -> None:
    """Lay out each of ``themes`` (notes came or went) and settle the board around them."""
    grown = [c.id for c in themes if _lay_out(session, c)]
    _settle(session, workshop_id, grown, yielding)


def create_cluster(
    library: Library,
    workshop_id: uuid.UUID,
    title: str,
    idea_ids: Iterable[uuid.UUID] = (),
    *,
    rect: tuple[float, float, float, float] | None = None,
) -> Changes:
    """Make a theme of the given ideas (Ctrl+G on the board): its frame starts at the
    first of them in reading order (or at ``rect``'s top left) and takes the nearest
    free place, never covering a note; the notes are laid out in it in that order and
    leave the themes they were in. With no ideas, ``rect`` is the empty frame."""
    title = _cluster_title(title)
    with (op := library.operation("create_cluster", workshop_id)) as session:
        live_workshop(session, workshop_id)
        ideas = [get(session, Idea, i, workshop_id) for i in dict.fromkeys(idea_ids)]
        ideas.sort(key=lambda i: (i.y, i.x, i.number))  # reading order, as the board shows them
        op.subject = _new_cluster(library, session, workshop_id, title, ideas, rect)
    return op.changes


def _new_cluster(
    library: Library, session: Session, workshop_id: uuid.UUID, title: str, ideas: list[Idea],
    rect: layout.Rect | None = None,
) -> uuid.UUID:
    """Add a theme holding ``ideas`` in the given order (leaving whatever theme they were
    in), at ``rect``'s top left or from the first of them, in the nearest free place."""
    if rect is not None and (rect[2] <= 0 or rect[3] <= 0):
        raise InvalidInput("Temaets ramme skal have en størrelse.", "The theme's frame needs a size.")
    if rect is not None:
        x, y = rect[0], rect[1]
    elif ideas:
        x, y = layout.theme_anchor((ideas[0].x, ideas[0].y))
    else:
        x, y = 0.0, 0.0
    width, height = rect[2:] if rect is not None and not ideas else layout.theme_size(len(ideas))
    left = _themes_of(ideas)
    last = session.scalar(select(func.max(Cluster.position)).where(Cluster.workshop_id == workshop_id))
    cluster = Cluster(
        id=library.new_id(), workshop_id=workshop_id, title=title, x=x, y=y, width=width, height=height,
        position=(last if last is not None else -1) + 1,
    )
    session.add(cluster)
    if ideas:
        _lay_out(session, cluster, [(i, None) for i in ideas])
    grown = [c.id for c in left if _lay_out(session, c)]
    _settle(session, workshop_id, grown, [cluster.id])
    return cluster.id


def _cluster_title(title: str) -> str:
    return clean_text(title, field_da="Temaets titel", field_en="theme's title", max_length=200, multiline=False)


def add_to_cluster(library: Library, cluster_id: uuid.UUID, idea_ids: Iterable[uuid.UUID]) -> Changes:
    """Put ideas into a theme, at the end of its grid (dropped on one of its notes, or
    "Flyt til tema…" on the board); the frame grows and moves what it then overlaps."""
    with (op := library.operation("add_to_cluster")) as session:
        cluster = get(session, Cluster, cluster_id)
        workshop_id = op.workshop_id = cluster.workshop_id
        op.subject = cluster_id
        ideas = [get(session, Idea, i, workshop_id) for i in dict.fromkeys(idea_ids)]
        joining = [i for i in ideas if i.cluster_id != cluster_id]
        if joining:
            _join(session, workshop_id, cluster, [(i, None) for i in joining])
    return op.changes


def _join(
    session: Session, workshop_id: uuid.UUID, cluster: Cluster, arriving: list[tuple[Idea, layout.Point | None]],
) -> None:
    """Notes join ``cluster`` (each at its point's cell, or at the end); the themes they
    leave shrink; the board settles around every theme that changed."""
    left = [c for c in _themes_of(i for i, _ in arriving) if c is not cluster]
    grown = [cluster.id] if _lay_out(session, cluster, arriving) else []
    grown += [c.id for c in left if _lay_out(session, c)]
    _settle(session, workshop_id, grown)


def remove_from_cluster(library: Library, idea_ids: Iterable[uuid.UUID]) -> Changes:
    """Take notes out of their themes ("Tag ud af tema"): each theme closes up and
    shrinks, and the notes go to the nearest free place beside it."""
    with (op := library.operation("remove_from_cluster")) as session:
        leaving: list[Idea] = []
        for idea_id in idea_ids:
            idea = get(session, Idea, idea_id, op.workshop_id)
            op.workshop_id = idea.workshop_id
            if idea.cluster_id is not None:
                leaving.append(idea)
        themes = _themes_of(leaving)
        for idea in leaving:
            idea.cluster_id = None
        if leaving and op.workshop_id is not None:
            _rearrange(session, op.workshop_id, themes, [i.id for i in leaving])
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


def move_cluster(library: Library, cluster_id: uuid.UUID, x: float, y: float) -> Changes:
    """Move a theme's frame, and its notes with it (dragged by its title): it lands in
    the nearest free place to where it was put down."""
    with (op := library.operation("move_cluster")) as session:
        cluster = get(session, Cluster, cluster_id)
        workshop_id = op.workshop_id = cluster.workshop_id
        op.subject = cluster_id
        dx, dy = float(x) - cluster.x, float(y) - cluster.y
        if dx or dy:
            cluster.x, cluster.y = float(x), float(y)
            for idea in cluster.ideas:
                idea.x, idea.y = idea.x + dx, idea.y + dy
        _lay_out(session, cluster)
        _settle(session, workshop_id, yielding=[cluster_id])
    return op.changes


def dissolve_cluster(library: Library, cluster_id: uuid.UUID) -> Changes:
    """Remove a theme; its notes stay on the board where they are, and the themes after
    it in the order close up (the order keeps no gap)."""
    with (op := library.operation("dissolve_cluster")) as session:
        cluster = get(session, Cluster, cluster_id)
        op.workshop_id, op.subject = cluster.workshop_id, cluster_id
        for idea in cluster.ideas:
            idea.cluster_id = None
        themes = ordered_themes(session, cluster.workshop_id)
        themes.remove(cluster)
        session.delete(cluster)
        _number(themes)
    return op.changes


def ordered_themes(session: Session, workshop_id: uuid.UUID) -> list[Cluster]:
    """The workshop's themes in their order (the board's, the projector's, the handout's)."""
    return list(session.scalars(
        select(Cluster).where(Cluster.workshop_id == workshop_id)
        .order_by(Cluster.position, Cluster.created_at, Cluster.id)
    ))


def move_theme_in_order(library: Library, cluster_id: uuid.UUID, steps: int) -> Changes:
    """Move a theme ``steps`` places later (negative: earlier) in the themes' order
    (Ctrl+Shift+←/→ on the board); the projector shows the themes in this order."""
    with (op := library.operation("move_theme_in_order")) as session:
        cluster = get(session, Cluster, cluster_id)
        op.workshop_id, op.subject = cluster.workshop_id, cluster_id
        themes = ordered_themes(session, cluster.workshop_id)
        index = themes.index(cluster)
        themes.insert(max(0, min(len(themes) - 1, index + steps)), themes.pop(index))
        _number(themes)
    return op.changes


def _number(themes: Iterable[Cluster]) -> None:
    """Give ``themes`` the positions 0, 1, 2... in the order given, so the themes' order
    never has gaps (a theme moved in it, or one taken out of it); only the themes whose
    position changes are written (and journaled, so undo puts the old order back)."""
    for position, theme in enumerate(themes):
        if theme.position != position:
            theme.position = position


# -- drag and drop -----------------------------------------------------------------------
# One operation per gesture: the move and the theme it joins, leaves or makes commit
# together or not at all, and undo takes back the whole gesture.


def _dropped(session: Session, workshop_id: uuid.UUID, idea_ids: Iterable[uuid.UUID]) -> list[Idea]:
    ideas = [get(session, Idea, idea_id, workshop_id) for idea_id in dict.fromkeys(idea_ids)]
    if not ideas:
        raise InvalidInput("Ingen noter at flytte.", "No notes to move.")
    return ideas


def drop_on_board(
    library: Library, workshop_id: uuid.UUID, positions: Mapping[uuid.UUID, tuple[float, float]],
) -> Changes:
    """Notes dragged to ``positions`` on the board outside any theme: each whose centre
    has left its theme's frame leaves the theme (which closes up and shrinks) and lands
    in the nearest free place to where it was dropped; one whose centre is still in
    its frame takes the cell it was dropped on."""
    with (op := library.operation("drop_on_board", workshop_id)) as session:
        ideas = _dropped(session, workshop_id, positions)
        staying: dict[uuid.UUID, tuple[Cluster, list[tuple[Idea, layout.Point | None]]]] = {}
        leaving: list[Idea] = []
        left: list[Cluster] = []
        for idea in ideas:
            x, y = float(positions[idea.id][0]), float(positions[idea.id][1])
            cluster = idea.cluster
            if cluster is not None and layout.in_frame((x, y), _frame(cluster)):
                staying.setdefault(cluster.id, (cluster, []))[1].append((idea, (x, y)))
                continue
            if cluster is not None:
                left.append(cluster)
                idea.cluster_id = None
            leaving.append(idea)
            if (idea.x, idea.y) != (x, y):
                idea.x, idea.y = x, y
        themes = list({id(c): c for c in [*left, *(c for c, _ in staying.values())]}.values())
        grown = [c.id for c in themes if _lay_out(session, c, staying.get(c.id, (c, []))[1])]
        _settle(session, workshop_id, grown, [i.id for i in leaving])
    return op.changes


def drop_on_theme(
    library: Library, cluster_id: uuid.UUID, positions: Mapping[uuid.UUID, tuple[float, float]],
) -> Changes:
    """Notes dragged onto a theme, anywhere on its frame (title or body): they join it,
    each in the cell of the grid it was dropped on (at the end when dropped on the
    title); the frame grows and moves what it then overlaps."""
    with (op := library.operation("drop_on_theme")) as session:
        cluster = get(session, Cluster, cluster_id)
        workshop_id = op.workshop_id = cluster.workshop_id
        op.subject = cluster_id
        ideas = _dropped(session, workshop_id, positions)
        _join(session, workshop_id, cluster, [(i, (float(positions[i.id][0]), float(positions[i.id][1]))) for i in ideas])
    return op.changes


def drop_on_note(
    library: Library, target_id: uuid.UUID, idea_ids: Iterable[uuid.UUID], title: str | None = None,
) -> Changes:
    """Notes dragged onto another note (``target_id``).

    On a note of a theme, they join that theme at the end of its grid (so the note
    dropped on stays readable) and the frame grows. On a note in no theme, it and they
    make a new theme titled ``title``, laid out from the note dropped on (which comes
    first) and placed in the nearest free space; notes that were in other themes leave
    them (undo puts each back).
    """
    with (op := library.operation("drop_on_note")) as session:
        target = get(session, Idea, target_id)
        workshop_id = op.workshop_id = target.workshop_id
        ideas = [i for i in _dropped(session, workshop_id, idea_ids) if i.id != target_id]
        if not ideas:
            raise InvalidInput("En note kan ikke lægges på sig selv.", "A note cannot be dropped on itself.")
        cluster = target.cluster
        if cluster is not None:
            _join(session, workshop_id, cluster, [(i, None) for i in sorted(ideas, key=lambda i: i.number)])
            op.subject = cluster.id
        else:
            clean_title = _cluster_title(title or "")
            # The note dropped on first, then the others by number.
            members = [target, *sorted(ideas, key=lambda i: i.number)]
            rect = (*layout.theme_anchor((target.x, target.y)), 1.0, 1.0)
            op.subject = _new_cluster(library, session, workshop_id, clean_title, members, rect)
    return op.changes

"""The idea board: the workshop's sticky notes and themes on a zoomable canvas.

The board holds no state of its own beyond what it draws. Every edit (move, cluster,
tag, edit, delete) is an operation run through :meth:`Controller.run`, so it lands on
the one undo stack; the board then redraws the rows the operation touched — only
those, as named in ``Changes.ids`` — from the library, with the scene's signals
blocked so nothing echoes back.

Keys: Delete removes the selected notes, F2 or Enter edits one in place (Enter
commits, Shift+Enter a new line, Escape cancels), Ctrl+plus/minus zoom, Ctrl+wheel
and a trackpad pinch zoom under the mouse, space-drag or middle-drag pans, Ctrl+A selects what is shown,
Escape clears the selection. A multi-note drag is one undo step, including the theme
it makes or joins.

Speed (see bench/bench_board.py): far out, one overview item draws every note as a
flat square; nearer, each note is its own custom-painted item, cached as a device
pixmap except while a zoom is under way. Then the notes in and around the view are
painted afresh each frame from text laid out once (glyph runs: a new scale costs no
layout), over a dot grid drawn in device pixels.
"""

from __future__ import annotations

import functools
import math
import uuid
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QWidget,
)
from sqlalchemy import select

from app import operations
from app.changes import Changes, Topic
from app.model import Cluster, Idea, TableGroup
from app.operations.board import NOTE_HEIGHT, NOTE_WIDTH
from app.templates import load_common
from ui.board.items import (
    LOD_DETAIL,
    PLAIN_NOTE,
    TAG_PALETTE,
    UNTAGGED_NOTE,
    ClusterItem,
    NoteEditor,
    NoteItem,
    OverviewItem,
    note_font,
)
from ui.controller import Controller

BOARD_BACKGROUND = QColor("#E9ECEF")
PROJECTOR_BACKGROUND = QColor("#1C2026")
_ZOOM_STEP = 1.25
_MIN_SCALE, _MAX_SCALE = 0.02, 6.0
_MARGIN = 1500.0  # room to pan and drop beyond the outermost notes
_GAP_X, _GAP_Y = NOTE_WIDTH + 20.0, NOTE_HEIGHT + 20.0
_BOARD_TOPICS = (Topic.IDEAS, Topic.CLUSTERS, Topic.PEOPLE)
# What a note is drawn from, read as plain rows: mapped objects cost three times as
# much to read, and a 10,000-note board reads them all when it opens.
_NOTE_ROWS = select(
    Idea.id, Idea.number, Idea.text, Idea.tags, Idea.cluster_id, Idea.table_group_id, Idea.phase_id,
    Idea.x, Idea.y, Idea.colour,
)
# Above this many touched rows a whole reload is cheaper than a keyed query.
_RELOAD_ABOVE = 4000
FRESH_MS = 2000  # how long a just-captured note stays ringed


@functools.cache
def _vocabulary() -> tuple[dict[str, tuple[str, str]], dict[str, int], list[tuple[str, str, list[tuple[str, str, str]]]]]:
    """The common tag vocabularies: term id → (Danish, English) name, term id → palette
    index, and the menu structure (vocabulary id, names, terms)."""
    common = load_common()
    names: dict[str, tuple[str, str]] = {}
    order: dict[str, int] = {}
    menu: list[tuple[str, str, list[tuple[str, str, str]]]] = []
    for vocabulary in common.vocabularies:
        terms = []
        for term in vocabulary.terms:
            names[term.id] = (term.name.da, term.name.en)
            order.setdefault(term.id, len(order))
            terms.append((term.id, term.name.da, term.name.en))
        menu.append((vocabulary.name.da, vocabulary.name.en, terms))
    return names, order, menu


def tag_name(tag: str, language: str) -> str:
    """A tag's name in ``language`` (a term of the vocabularies), or the tag itself."""
    names = _vocabulary()[0].get(tag)
    if names is None:
        return tag
    return names[1] if language.startswith("en") else names[0]


def tag_colour(tag: str) -> str:
    index = _vocabulary()[1].get(tag)
    if index is None:
        index = zlib.crc32(tag.encode("utf-8"))
    return TAG_PALETTE[index % len(TAG_PALETTE)]


class BoardView(QGraphicsView):
    """The idea board of one workshop.

    Signals:
        selection_did_change(): the selected notes changed (by the user).
    """

    selection_did_change = Signal()

    def __init__(
        self, controller: Controller, workshop_id: uuid.UUID, read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workshop_id = workshop_id
        self.read_only = read_only
        self._notes: dict[uuid.UUID, NoteItem] = {}
        self._clusters: dict[uuid.UUID, ClusterItem] = {}
        self._group_colours: dict[uuid.UUID, str] = {}
        self._groups: list[tuple[uuid.UUID, str, str]] = []  # id, name, colour, in order
        self._idea_colours: dict[uuid.UUID, str | None] = {}  # an idea's own colour
        self._tag_lines: dict[tuple[str, ...], str] = {}  # tag sets shown as one line, by language
        self._colour_mode = "group"
        self._filter: tuple[str, uuid.UUID | None, str | None, uuid.UUID | None, bool] = ("", None, None, None, False)
        self._editor: NoteEditor | None = None
        self._editing_id: uuid.UUID | None = None
        self._press_positions: dict[uuid.UUID, QPointF] = {}
        self._pan_from: QPointF | None = None
        self._space_down = False
        self._overview_mode = False
        self._overview = OverviewItem()
        # The projector keeps the whole board in view as it grows and as the
        # window changes size; the desk leaves zoom to the facilitator.
        self.follow_all = read_only
        self._note_font: QFont | None = None  # None: the default type
        self._zooming = False
        # While zooming: the notes drawn without their pixmaps, and the scene area
        # they cover (the view and a margin, so a step out finds them done).
        self._uncached: set[uuid.UUID] = set()
        self._uncached_rect = QRectF()
        self._zoom_settle = QTimer(self)
        self._zoom_settle.setSingleShot(True)
        self._zoom_settle.setInterval(300)
        self._zoom_settle.timeout.connect(self._zoom_did_settle)

        # Room for the notes' device pixmaps (about 90 kB each at 100 %).
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))
        scene = QGraphicsScene(self)
        # The BSP index (the default) keeps hit tests and exposed-area queries
        # logarithmic; items are added once and move rarely.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setScene(scene)
        self.setBackgroundBrush(PROJECTOR_BACKGROUND if read_only else BOARD_BACKGROUND)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # No background cache: the dot grid costs well under a millisecond to draw, and
        # the cache was a whole new 1920×1080 pixmap on every zoom step (5 ms).
        # drawBackground covers every pixel: no erasing the viewport first (1 ms a frame).
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        if read_only:
            self.setInteractive(False)
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        else:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # Bounding rects, not shapes: no Python call building a path per note
            # while a rubber band sweeps over thousands of them.
            self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        scene.selectionChanged.connect(self.selection_did_change)
        scene.selectionChanged.connect(self._selection_did_change)
        controller.changes_did_happen.connect(self._changes_did_happen)
        self.reload()

    # -- reading the model ---------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the whole workshop from the library and redraw every item."""
        with self.controller.library.read() as session:
            ideas = session.execute(_NOTE_ROWS.where(Idea.workshop_id == self.workshop_id)).mappings().all()
            groups = session.scalars(
                select(TableGroup).where(TableGroup.workshop_id == self.workshop_id).order_by(TableGroup.position)
            ).all()
            clusters = session.scalars(select(Cluster).where(Cluster.workshop_id == self.workshop_id)).all()
        self._tag_lines.clear()
        scene = self.scene()
        self._drop_editor()
        with QSignalBlocker(scene):
            # Take the overview out before clearing: clear() deletes every item.
            if self._overview.scene() is scene:
                scene.removeItem(self._overview)
            scene.clear()
            self._notes.clear()
            self._clusters.clear()
            self._idea_colours.clear()
            scene.addItem(self._overview)
            self._overview.setVisible(self._overview_mode)
            self._set_groups(groups)
            counts: dict[uuid.UUID, int] = {}
            for idea in ideas:
                self._show_idea(idea)
                cluster_id = idea["cluster_id"]
                if cluster_id is not None:
                    counts[cluster_id] = counts.get(cluster_id, 0) + 1
            for cluster in clusters:
                self._show_cluster(cluster, counts.get(cluster.id, 0))
            self._apply_filter(self._notes.values())
        rect = self.content_rect()
        scene.setSceneRect(rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN))
        self._overview_reset()
        if self.follow_all:
            self.fit_all()
        self.selection_did_change.emit()

    def _set_groups(self, groups: Iterable[TableGroup]) -> None:
        self._groups = [(g.id, g.name, g.colour) for g in groups]
        self._group_colours = {g_id: colour for g_id, _, colour in self._groups}

    def _tag_line(self, tags: list[str]) -> str:
        key = tuple(tags)
        line = self._tag_lines.get(key)
        if line is None:  # a workshop's notes share a handful of tag sets
            language = self.controller.language
            line = self._tag_lines[key] = " · ".join(tag_name(t, language) for t in tags)
        return line

    def _colour_for(self, note: NoteItem) -> str:
        if self._colour_mode == "tag":
            return tag_colour(note.tags[0]) if note.tags else UNTAGGED_NOTE
        own = self._idea_colours.get(note.idea_id)
        if own:
            return own
        if note.table_group_id is not None:
            return self._group_colours.get(note.table_group_id, PLAIN_NOTE)
        return PLAIN_NOTE

    def _show_idea(self, row: Mapping[str, Any]) -> NoteItem:
        """Draw (or redraw) the note of one row of :data:`_NOTE_ROWS`."""
        idea_id = row["id"]
        note = self._notes.get(idea_id)
        new = note is None
        if note is None:
            note = NoteItem(idea_id, self.read_only, no_contents=self._overview_mode)
            if self._zooming:
                note.setCacheMode(NoteItem.CacheMode.NoCache)
                self._uncached.add(idea_id)
            if self._note_font is not None:
                note.set_font(self._note_font)
            self._notes[idea_id] = note
        tags = row["tags"] or []
        note.set_idea(
            row["number"], row["text"], tags, self._tag_line(tags) if tags else "",
            row["cluster_id"], row["table_group_id"], row["phase_id"], row["x"], row["y"],
        )
        self._idea_colours[idea_id] = row["colour"]
        note.set_fill(self._colour_for(note))
        if new:
            self.scene().addItem(note)  # once placed and coloured: one index insert
        return note

    def _show_cluster(self, cluster: Cluster, count: int) -> ClusterItem:
        item = self._clusters.get(cluster.id)
        if item is None:
            item = ClusterItem(cluster.id, self.read_only)
            self._clusters[cluster.id] = item
            self.scene().addItem(item)
        item.set_cluster(cluster.title, cluster.x, cluster.y, cluster.width, cluster.height, count)
        return item

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.workshop_id is not None and changes.workshop_id != self.workshop_id:
            return
        if not changes.touches(*_BOARD_TOPICS):
            return
        if len(changes.ids) > _RELOAD_ABOVE:
            self.reload()
            return
        self._refresh(changes)

    def _refresh(self, changes: Changes) -> None:
        """Redraw only the notes and themes ``changes`` touched."""
        ids = list(changes.ids)
        scene = self.scene()
        selected_before = set(self.selected_idea_ids())
        with self.controller.library.read() as session:
            groups = (
                list(session.scalars(
                    select(TableGroup).where(TableGroup.workshop_id == self.workshop_id)
                    .order_by(TableGroup.position)
                ))
                if changes.touches(Topic.PEOPLE) else None
            )
            ideas = session.execute(
                _NOTE_ROWS.where(Idea.id.in_(ids), Idea.workshop_id == self.workshop_id)
            ).mappings().all() if changes.touches(Topic.IDEAS) else []
            clusters = list(session.scalars(
                select(Cluster).where(Cluster.id.in_(ids), Cluster.workshop_id == self.workshop_id)
            )) if changes.touches(Topic.CLUSTERS) else []
        with QSignalBlocker(scene):
            if groups is not None:
                self._set_groups(groups)
                for note in self._notes.values():
                    note.set_fill(self._colour_for(note))
            found = {idea["id"] for idea in ideas} | {c.id for c in clusters}
            gone = [i for i in ids if i not in found and (i in self._notes or i in self._clusters)]
            for item_id in gone:
                self._remove(item_id)
            touched = [self._show_idea(idea) for idea in ideas]
            for cluster in clusters:
                self._show_cluster(cluster, 0)
            if ideas or clusters or gone:
                self._recount_clusters()
            self._apply_filter(touched)
        # Outside the blocker: the view follows the scene's sceneRectChanged.
        self._grow_scene_rect(touched)
        if self._overview_mode:
            self._overview.update_notes(touched, gone)
            if groups is not None:
                self._overview.reset(self._notes.values())
        if changes.label == "add_idea" and changes.subject in self._notes:
            self._show_fresh(self._notes[changes.subject])
        if self.follow_all:
            self.fit_all()
        elif changes.label == "add_idea" and changes.subject in self._notes:
            # A note just captured: scroll it into view if it landed off screen.
            self.ensureVisible(self._notes[changes.subject], 40, 40)
        if set(self.selected_idea_ids()) != selected_before:
            self._selection_did_change()
            self.selection_did_change.emit()

    def _show_fresh(self, note: NoteItem) -> None:
        """Ring a just-captured note for a moment, so the room sees where it landed."""
        note.set_fresh(True)
        idea_id = note.idea_id

        def fade() -> None:
            current = self._notes.get(idea_id)
            if current is not None:
                current.set_fresh(False)

        QTimer.singleShot(FRESH_MS, self, fade)

    def _remove(self, item_id: uuid.UUID) -> None:
        if item_id == self._editing_id:
            self._drop_editor()
        note = self._notes.pop(item_id, None)
        if note is not None:
            self._idea_colours.pop(item_id, None)
            self.scene().removeItem(note)
        cluster = self._clusters.pop(item_id, None)
        if cluster is not None:
            self.scene().removeItem(cluster)

    def _recount_clusters(self) -> None:
        counts: dict[uuid.UUID, int] = {}
        for note in self._notes.values():
            if note.cluster_id is not None:
                counts[note.cluster_id] = counts.get(note.cluster_id, 0) + 1
        for cluster_id, item in self._clusters.items():
            if item.count != counts.get(cluster_id, 0):
                item.count = counts.get(cluster_id, 0)
                item.update()

    def _grow_scene_rect(self, notes: list[NoteItem]) -> None:
        rect = self.scene().sceneRect()
        for note in notes:
            r = note.sceneBoundingRect()
            if not rect.contains(r):
                rect = rect.united(r.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN))
        for cluster in self._clusters.values():
            r = cluster.frame_rect()
            if not rect.contains(r):
                rect = rect.united(r.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN))
        if rect != self.scene().sceneRect():
            self.scene().setSceneRect(rect)

    # -- what is shown ---------------------------------------------------------------------
    def note(self, idea_id: uuid.UUID) -> NoteItem | None:
        """The item drawing ``idea_id`` (tests and the projector look at it)."""
        return self._notes.get(idea_id)

    def cluster(self, cluster_id: uuid.UUID) -> ClusterItem | None:
        return self._clusters.get(cluster_id)

    def notes(self) -> list[NoteItem]:
        return list(self._notes.values())

    def clusters(self) -> list[ClusterItem]:
        return list(self._clusters.values())

    def notes_in_cluster(self, cluster_id: uuid.UUID) -> list[NoteItem]:
        return [n for n in self._notes.values() if n.cluster_id == cluster_id]

    @property
    def colour_mode(self) -> str:
        """"group" colours notes by table group, "tag" by their first tag."""
        return self._colour_mode

    @colour_mode.setter
    def colour_mode(self, mode: str) -> None:
        if mode not in ("group", "tag"):
            raise ValueError(f"colour_mode is 'group' or 'tag', not {mode!r}")
        if mode != self._colour_mode:
            self._colour_mode = mode
            for note in self._notes.values():
                note.set_fill(self._colour_for(note))
            self._overview_reset()

    def set_note_font_size(self, pixels: int) -> None:
        """The notes' text size in pixels at 100 % (the settings' "text size on notes";
        the projector adds 3 px and bold)."""
        self._note_font = note_font(self.read_only, pixels)
        for note in self._notes.values():
            note.set_font(self._note_font)

    def group_legend(self) -> list[tuple[str, str]]:
        """(name, colour) of each table group, for a legend beside the board."""
        return [(name, colour) for _, name, colour in self._groups]

    def set_filter(
        self, text: str = "", group_id: uuid.UUID | None = None, tag: str | None = None,
        phase_id: uuid.UUID | None = None, *, hide: bool = False,
    ) -> None:
        """Dim (or with ``hide``, hide) the notes that don't match; no arguments: show all.

        ``text`` matches the note's text, its number or a tag's name, ignoring case.
        """
        self._filter = (text.casefold().strip(), group_id, tag, phase_id, hide)
        self._apply_filter(self._notes.values())
        self._overview_reset()

    def filter_active(self) -> bool:
        text, group_id, tag, phase_id, _ = self._filter
        return bool(text) or group_id is not None or tag is not None or phase_id is not None

    def matches(self, note: NoteItem) -> bool:
        text, group_id, tag, phase_id, _ = self._filter
        if group_id is not None and note.table_group_id != group_id:
            return False
        if tag is not None and tag not in note.tags:
            return False
        if phase_id is not None and note.phase_id != phase_id:
            return False
        if text:
            haystack = f"{note.number}\n{note.text}\n{note.tag_line}".casefold()
            if text not in haystack and text.lstrip("#") != str(note.number):
                return False
        return True

    def matching_idea_ids(self) -> list[uuid.UUID]:
        return [n.idea_id for n in self._notes.values() if self.matches(n)]

    def _apply_filter(self, notes: Iterable[NoteItem]) -> None:
        hide = self._filter[4]
        active = self.filter_active()
        for note in notes:
            match = not active or self.matches(note)
            note.set_dimmed(not match and not hide)
            if note.isVisible() != (match or not hide):
                note.setVisible(match or not hide)
        if active:
            live = {n.cluster_id for n in self._notes.values() if n.cluster_id and self.matches(n)}
            for cluster_id, item in self._clusters.items():
                dim = cluster_id not in live and self._filter[0] not in item.title.casefold()
                if dim != item.dimmed:
                    item.dimmed = dim
                    item.update()
        else:
            for item in self._clusters.values():
                if item.dimmed:
                    item.dimmed = False
                    item.update()

    # -- zoom and pan ------------------------------------------------------------------------
    def _selection_did_change(self) -> None:
        # The scene also announces the selection emptied while it is being destroyed.
        if self._overview_mode and shiboken6.isValid(self._overview):
            self._overview.set_selected(
                i for i in self.scene().selectedItems() if isinstance(i, NoteItem)
            )

    def content_rect(self) -> QRectF:
        """Where the notes and themes are (the overview item covers exactly its notes)."""
        return self.scene().itemsBoundingRect()

    def fit_all(self) -> None:
        """Zoom so every note and theme is in view."""
        rect = self.content_rect()
        if rect.isEmpty():
            self.resetTransform()
            return
        self.fitInView(rect.adjusted(-40.0, -40.0, 40.0, 40.0), Qt.AspectRatioMode.KeepAspectRatio)

    # Every way the zoom changes passes here, to switch between drawing each note and
    # the one-item overview when the notes get too small to read.
    def scale(self, sx: float, sy: float) -> None:
        super().scale(sx, sy)
        self._zoom_did_change()

    def setTransform(self, *args: Any, **kwargs: Any) -> None:
        super().setTransform(*args, **kwargs)
        self._zoom_did_change()

    def resetTransform(self) -> None:
        super().resetTransform()
        self._zoom_did_change()

    def fitInView(self, *args: Any, **kwargs: Any) -> None:
        super().fitInView(*args, **kwargs)
        self._zoom_did_change()

    def overview_mode(self) -> bool:
        """Whether the notes are drawn as flat squares by one item (zoomed far out)."""
        return self._overview_mode

    def _zoom_did_change(self) -> None:
        # The notes' device pixmaps speed up repaints and pans, but while the zoom
        # changes every step would render each of them into a new pixmap: draw the
        # notes in and around the view directly until the zoom has settled. Only
        # those: switching all 2,000 notes of a board took 10 ms before the first
        # frame of a zoom (50 ms for 10,000).
        self._zooming = True
        self._zoom_settle.start()
        mode = self.transform().m11() < LOD_DETAIL
        if not mode:
            self._uncache_near_view()
        if mode == self._overview_mode:
            return
        self._overview_mode = mode
        for note in self._notes.values():
            note.setFlag(NoteItem.GraphicsItemFlag.ItemHasNoContents, mode)
        self._overview.setVisible(mode)
        self._overview_reset()
        self._selection_did_change()

    def _uncache_near_view(self) -> None:
        """Draw the notes in and around the view without their pixmaps (a zoom is under way)."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if self._uncached_rect.contains(shown):
            return
        # A quarter of a view more on every side: a step out (1.25×, even anchored at an
        # edge) finds its notes done; the steps after that take the next ring.
        dx, dy = shown.width() / 4, shown.height() / 4
        near = shown.adjusted(-dx, -dy, dx, dy)
        self._uncached_rect = near if self._uncached_rect.isNull() else self._uncached_rect.united(near)
        no_cache = NoteItem.CacheMode.NoCache
        for item in self.scene().items(
            near, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.AscendingOrder,
        ):
            if isinstance(item, NoteItem) and item.idea_id not in self._uncached:
                item.setCacheMode(no_cache)
                self._uncached.add(item.idea_id)

    def _zoom_did_settle(self) -> None:
        self._zooming = False
        cached = NoteItem.CacheMode.DeviceCoordinateCache
        for idea_id in self._uncached:
            note = self._notes.get(idea_id)
            if note is not None:
                note.setCacheMode(cached)
        self._uncached.clear()
        self._uncached_rect = QRectF()

    def zooming(self) -> bool:
        """Whether a zoom is under way (notes are drawn without their pixmaps)."""
        return self._zooming

    def _overview_reset(self) -> None:
        if self._overview_mode:
            self._overview.reset(self._notes.values())
        else:
            self._overview.clear()

    def notes_did_move(self, notes: list[NoteItem] | None = None) -> None:
        """Notes were moved by hand (a drag in progress; by default the selected
        ones): redraw them in the overview."""
        if self._overview_mode:
            selected = [i for i in self.scene().selectedItems() if isinstance(i, NoteItem)]
            self._overview.update_notes(selected if notes is None else notes)
            self._overview.set_selected(selected)

    def zoom_in(self) -> None:
        self._zoom(_ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1.0 / _ZOOM_STEP)

    def zoom(self) -> float:
        return self.transform().m11()

    def _zoom(self, factor: float) -> None:
        scale = self.transform().m11()
        factor = max(_MIN_SCALE / scale, min(_MAX_SCALE / scale, factor))
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self._zoom(_ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        # A trackpad pinch (macOS, Wayland, X11 with libinput) zooms under the fingers
        # as Ctrl+wheel does; Windows already sends a pinch as Ctrl+wheel.
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            if event.value():
                self._zoom(1.0 + event.value())
            event.accept()
            return True
        return super().viewportEvent(event)

    # -- selection and editing ---------------------------------------------------------------
    def selected_idea_ids(self) -> list[uuid.UUID]:
        """The selected notes' ideas, in number order."""
        notes = [i for i in self.scene().selectedItems() if isinstance(i, NoteItem)]
        return [n.idea_id for n in sorted(notes, key=lambda n: n.number)]

    def select_ideas(self, idea_ids: Iterable[uuid.UUID]) -> None:
        wanted = set(idea_ids)
        scene = self.scene()
        with QSignalBlocker(scene):
            scene.clearSelection()
            for idea_id in wanted:
                note = self._notes.get(idea_id)
                if note is not None:
                    note.setSelected(True)
        self._selection_did_change()
        self.selection_did_change.emit()

    def delete_selected(self) -> None:
        ids = self.selected_idea_ids()
        if ids and not self.read_only:
            self.controller.run(
                self.tr("Delete note") if len(ids) == 1 else self.tr("Delete %1 notes").replace("%1", str(len(ids))),
                operations.delete_ideas, ids,
            )

    def edit_note(self, idea_id: uuid.UUID) -> NoteEditor | None:
        """Open the in-place editor on a note (double-click or F2)."""
        note = self._notes.get(idea_id)
        if note is None or self.read_only:
            return None
        if self._editor is not None:
            self._editor.finish(commit=True)
            if self._editor is not None:
                return self._editor  # the open edit was refused; stay on it
        editor = NoteEditor(
            lambda text: self._commit_edit(idea_id, text), lambda: self._drop_editor(),
        )
        # PySide6 pitfall: QGraphicsTextItem(text, parent) does not keep the child
        # alive; create it first, then give it a parent.
        editor.setParentItem(note)
        editor.setFont(note.font())
        editor.background = note.fill()
        editor.setPlainText(note.text)
        rect = note.text_rect()
        editor.setTextWidth(NOTE_WIDTH - 12.0)
        editor.setPos(6.0, rect.top() - 4.0)
        note.editing = True
        note.setZValue(3.0)
        note.update()
        self._editor, self._editing_id = editor, idea_id
        self.setFocus()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        editor.setTextCursor(cursor)
        return editor

    def editor(self) -> NoteEditor | None:
        return self._editor

    def _commit_edit(self, idea_id: uuid.UUID, text: str) -> bool:
        note = self._notes.get(idea_id)
        if note is not None and text != note.text:
            changes = self.controller.run(self.tr("Edit note"), operations.edit_idea, idea_id, text)
            if changes is None:
                return False  # refused (empty, too long): keep the editor and the text
        self._drop_editor()
        return True

    def _drop_editor(self) -> None:
        editor, idea_id = self._editor, self._editing_id
        self._editor, self._editing_id = None, None
        if editor is None:
            return
        editor.hide()
        note = self._notes.get(idea_id) if idea_id is not None else None
        if note is not None:
            note.editing = False
            note.setZValue(0.0)
            note.update()
        # Removed on the next turn of the event loop: this may run inside the
        # editor's own key handler.
        QTimer.singleShot(0, self, lambda: self._dispose(editor))
        if not self.read_only:
            self.setFocus()

    def _dispose(self, editor: NoteEditor) -> None:
        try:
            scene = editor.scene()
        except RuntimeError:  # already gone with its note
            return
        if scene is not None:
            scene.removeItem(editor)

    # -- dragging ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        self._press_positions = {
            item.idea_id: item.pos() for item in self.scene().selectedItems() if isinstance(item, NoteItem)
        }

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._press_positions and event.buttons() & Qt.MouseButton.LeftButton:
            self.notes_did_move()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)
        event.accept()  # the board handled it (a rubber band leaves it unaccepted)
        start, self._press_positions = self._press_positions, {}
        moved = [
            note for idea_id, pos in start.items()
            if (note := self._notes.get(idea_id)) is not None and note.pos() != pos
        ]
        if moved:
            self.drop_notes(moved, self.mapToScene(event.position().toPoint()))

    def drop_notes(self, moved: list[NoteItem], drop_point: QPointF) -> None:
        """Commit a drag of ``moved`` notes released at ``drop_point`` (scene): one undo
        step that moves them and, by where they land, makes a theme, joins one or
        leaves one."""
        moving = {n.idea_id for n in moved}
        ids = [n.idea_id for n in sorted(moved, key=lambda n: n.number)]
        positions = {n.idea_id: (n.x(), n.y()) for n in moved}
        target_note = next(
            (i for i in self.scene().items(drop_point)
             if isinstance(i, NoteItem) and i.idea_id not in moving and i.isVisible()),
            None,
        )
        target_cluster = next(
            (c for c in sorted(self._clusters.values(), key=lambda c: -c.zValue())
             if c.frame_rect().contains(drop_point)),
            None,
        )
        calls: list[tuple[Callable[..., Changes], tuple[Any, ...]]] = []
        n = len(moved)
        text = self.tr("Move note") if n == 1 else self.tr("Move %1 notes").replace("%1", str(n))
        if target_note is not None and target_note.cluster_id is not None:
            # Dropped on a note of a theme: into the theme's first free places, so
            # the note dropped on stays readable.
            frame = self._clusters.get(target_note.cluster_id)
            if frame is not None:
                positions = self._free_places(frame, moved)
                grown = self._grown_frame(frame, moved, positions)
            else:
                grown = None
            calls.append((operations.move_ideas, (positions,)))
            calls.append((operations.add_to_cluster, (target_note.cluster_id, ids)))
            if grown is not None:
                calls.append((operations.move_cluster, (target_note.cluster_id, *grown)))
            text = self.tr("Add to theme")
        elif target_note is not None:
            title = self.ask_text(
                self.tr("New theme"), self.tr("Title of the theme:"), self.next_cluster_title(),
            )
            if title is None:  # cancelled: the drag is only a move
                calls.append((operations.move_ideas, (positions,)))
            else:
                members = [target_note.idea_id, *ids]
                tidy = self._tidy_positions(target_note.pos(), members)
                calls.append((operations.move_ideas, (tidy,)))
                calls.append((operations.create_cluster, (self.workshop_id, title, members)))
                text = self.tr("Make theme")
        elif target_cluster is not None:
            calls.append((operations.move_ideas, (positions,)))
            joining = [i for i in ids if self._notes[i].cluster_id != target_cluster.cluster_id]
            if joining:
                calls.append((operations.add_to_cluster, (target_cluster.cluster_id, joining)))
                text = self.tr("Add to theme")
            grown = self._grown_frame(target_cluster, moved)
            if grown is not None:
                calls.append((operations.move_cluster, (target_cluster.cluster_id, *grown)))
        else:
            calls.append((operations.move_ideas, (positions,)))
            leaving = [
                n.idea_id for n in moved
                if n.cluster_id is not None
                and (frame := self._clusters.get(n.cluster_id)) is not None
                and not frame.frame_rect().contains(n.sceneBoundingRect().center())
            ]
            if leaving:
                calls.append((operations.remove_from_cluster, (leaving,)))
                text = self.tr("Take out of theme")
        if not self._run_all(text, calls):
            self._restore_notes(moved)

    def _run_all(self, text: str, calls: list[tuple[Callable[..., Changes], tuple[Any, ...]]]) -> bool:
        """Run ``calls`` as one undo step; stop at the first refusal."""
        return self.controller.run_steps(text, calls)

    def _restore_notes(self, notes: list[NoteItem]) -> None:
        """Put notes back where the model has them (after a refused drop)."""
        ids = [n.idea_id for n in notes]
        with self.controller.library.read() as session:
            ideas = session.execute(_NOTE_ROWS.where(Idea.id.in_(ids))).mappings().all()
        with QSignalBlocker(self.scene()):
            found = {i["id"] for i in ideas}
            shown = [self._show_idea(idea) for idea in ideas]
            for gone in set(ids) - found:
                self._remove(gone)
            if self._overview_mode:
                self._overview.update_notes(shown, set(ids) - found)

    def _tidy_positions(self, anchor: QPointF, members: list[uuid.UUID]) -> dict[uuid.UUID, tuple[float, float]]:
        """Lay a new theme's notes out in rows of three from the note they were dropped on."""
        columns = 3 if len(members) > 4 else 2
        return {
            idea_id: (anchor.x() + (i % columns) * _GAP_X, anchor.y() + (i // columns) * _GAP_Y)
            for i, idea_id in enumerate(members)
        }

    def _free_places(self, cluster: ClusterItem, notes: list[NoteItem]) -> dict[uuid.UUID, tuple[float, float]]:
        """Free cells of a theme's grid (below its title, as the core lays themes out)
        for ``notes``, in number order."""
        frame = cluster.frame_rect()
        left, top = frame.x() + 20.0, frame.y() + 60.0
        columns = max(1, int((frame.width() - 20.0) // _GAP_X))
        moving = {n.idea_id for n in notes}
        taken = set()
        for other in self.notes_in_cluster(cluster.cluster_id):
            if other.idea_id in moving:
                continue
            column = round((other.x() - left) / _GAP_X)
            row = round((other.y() - top) / _GAP_Y)
            taken.add((column, row))
        places: dict[uuid.UUID, tuple[float, float]] = {}
        index = 0
        for note in sorted(notes, key=lambda n: n.number):
            while (index % columns, index // columns) in taken:
                index += 1
            places[note.idea_id] = (left + (index % columns) * _GAP_X, top + (index // columns) * _GAP_Y)
            index += 1
        return places

    def _grown_frame(
        self, cluster: ClusterItem, notes: list[NoteItem],
        positions: dict[uuid.UUID, tuple[float, float]] | None = None,
    ) -> tuple[float, float, tuple[float, float]] | None:
        """The frame (x, y, size) grown right and down to hold dropped notes (at
        ``positions``, or where they are), or ``None`` if they fit."""
        frame = cluster.frame_rect()
        right, bottom = frame.right(), frame.bottom()
        for note in notes:
            x, y = positions[note.idea_id] if positions else (note.x(), note.y())
            right = max(right, x + NOTE_WIDTH + 20.0)
            bottom = max(bottom, y + NOTE_HEIGHT + 20.0)
        if right == frame.right() and bottom == frame.bottom():
            return None
        return frame.x(), frame.y(), (right - frame.x(), bottom - frame.y())

    def next_cluster_title(self) -> str:
        """"Tema N": the first such title not yet on the board."""
        titles = {c.title for c in self._clusters.values()}
        n = len(self._clusters) + 1
        while (title := self.tr("Theme %1").replace("%1", str(n))) in titles:
            n += 1
        return title

    def ask_text(self, title: str, label: str, default: str) -> str | None:
        """Ask the facilitator for a line of text; ``None`` if cancelled.
        (Tests replace this to answer without a dialog.)"""
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, default)
        return text if ok else None

    # -- themes --------------------------------------------------------------------------------
    def commit_cluster_move(self, cluster_id: uuid.UUID, pos: QPointF) -> None:
        if self.controller.run(self.tr("Move theme"), operations.move_cluster, cluster_id, pos.x(), pos.y()) is None:
            self.reload()

    def rename_cluster(self, cluster_id: uuid.UUID) -> None:
        item = self._clusters.get(cluster_id)
        if item is None:
            return
        title = self.ask_text(self.tr("Rename theme"), self.tr("Title of the theme:"), item.title)
        if title is not None and title != item.title:
            self.controller.run(self.tr("Rename theme"), operations.rename_cluster, cluster_id, title)

    def dissolve_cluster(self, cluster_id: uuid.UUID) -> None:
        self.controller.run(self.tr("Dissolve theme"), operations.dissolve_cluster, cluster_id)

    # -- tags and groups -------------------------------------------------------------------------
    def set_group(self, idea_ids: list[uuid.UUID], group_id: uuid.UUID | None) -> None:
        if idea_ids:
            self.controller.run(self.tr("Set table group"), operations.set_idea_group, idea_ids, group_id)

    def toggle_tag(self, idea_ids: list[uuid.UUID], tag: str) -> None:
        """Add ``tag`` to the notes, or remove it if all of them have it (one undo step)."""
        notes = [self._notes[i] for i in idea_ids if i in self._notes]
        if not notes:
            return
        if all(tag in n.tags for n in notes):
            by_tags: dict[tuple[str, ...], list[uuid.UUID]] = {}
            for note in notes:
                by_tags.setdefault(tuple(t for t in note.tags if t != tag), []).append(note.idea_id)
            calls = [(operations.set_idea_tags, (ids, list(tags))) for tags, ids in by_tags.items()]
            self._run_all(self.tr("Remove tag"), calls)
        else:
            self.controller.run(self.tr("Add tag"), operations.set_idea_tags, [n.idea_id for n in notes], [tag], add=True)

    # -- menus -------------------------------------------------------------------------------------
    def note_menu(self, note: NoteItem) -> QMenu:
        """The context menu of a note (acting on every selected note)."""
        if not note.isSelected():
            self.select_ideas([note.idea_id])
        ids = self.selected_idea_ids()
        notes = [self._notes[i] for i in ids]
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit text"), lambda: self.edit_note(note.idea_id))
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        groups = menu.addMenu(self.tr("Table group"))
        for group_id, name, colour in [(None, self.tr("No table group"), PLAIN_NOTE), *self._groups]:
            action = groups.addAction(name.replace("&", "&&"))  # user text: "&" is no shortcut mark
            action.setCheckable(True)
            action.setChecked(all(n.table_group_id == group_id for n in notes))
            action.setIcon(_swatch(colour))
            action.triggered.connect(functools.partial(self.set_group, ids, group_id))
        tags = menu.addMenu(self.tr("Tags"))
        english = self.controller.language.startswith("en")
        for name_da, name_en, terms in _vocabulary()[2]:
            sub = tags.addMenu(name_en if english else name_da)
            for term_id, term_da, term_en in terms:
                action = sub.addAction(term_en if english else term_da)
                action.setCheckable(True)
                action.setChecked(all(term_id in n.tags for n in notes))
                action.triggered.connect(functools.partial(self.toggle_tag, ids, term_id))
        if any(n.cluster_id is not None for n in notes):
            menu.addAction(
                self.tr("Take out of theme"),
                lambda: self.controller.run(self.tr("Take out of theme"), operations.remove_from_cluster, ids),
            )
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete"), self.delete_selected)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        return menu

    def cluster_menu(self, cluster: ClusterItem) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Rename theme…"), lambda: self.rename_cluster(cluster.cluster_id))
        menu.addAction(self.tr("Select its notes"), lambda: self.select_ideas(
            n.idea_id for n in self.notes_in_cluster(cluster.cluster_id)))
        menu.addSeparator()
        menu.addAction(self.tr("Dissolve theme"), lambda: self.dissolve_cluster(cluster.cluster_id))
        return menu

    def board_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Fit to view"), self.fit_all)
        menu.addSeparator()
        for mode, label in (("group", self.tr("Colour by table group")), ("tag", self.tr("Colour by tag"))):
            action: QAction = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(self._colour_mode == mode)
            action.triggered.connect(functools.partial(setattr, self, "colour_mode", mode))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.read_only:
            return
        scene_pos = self.mapToScene(event.pos())
        item = next((i for i in self.scene().items(scene_pos) if isinstance(i, NoteItem)), None)
        if item is not None:
            menu = self.note_menu(item)
        else:
            frame = next((i for i in self.scene().items(scene_pos) if isinstance(i, ClusterItem)), None)
            menu = self.cluster_menu(frame) if frame is not None else self.board_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.read_only:
            return
        if self._editor is not None and self.scene().focusItem() is self._editor:
            super().keyPressEvent(event)
            return
        key = event.key()
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
            key == Qt.Key.Key_Minus and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_out()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ids = self.selected_idea_ids()
            if ids:
                self.edit_note(ids[0])
        elif key == Qt.Key.Key_Escape:
            self.scene().clearSelection()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_ideas(n.idea_id for n in self._notes.values() if n.isVisible())
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        super().keyReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.follow_all:
            self.fit_all()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for cluster in self._clusters.values():
                cluster.retranslate()
            self._tag_lines.clear()  # the tag names follow the language
            for note in self._notes.values():
                if note.tags and not self.read_only:
                    note.tag_line = self._tag_line(note.tags)
                    note.update()
        super().changeEvent(event)

    # -- background --------------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        if self.read_only or self.transform().m11() < 0.5:
            return
        # A faint dot grid, as on a pin board, only when near enough to see it.
        _draw_dot_grid(painter, rect)


_GRID = 40.0  # scene units between dots
_DOT_RADIUS = 1.3
_DOT_COLOUR = QColor(0, 0, 0, 40)


def _draw_dot_grid(painter: QPainter, rect: QRectF) -> None:
    """The dots of the pin-board grid that fall in ``rect`` (scene coordinates).

    Drawn in device pixels: one strip holding a row of dots at their exact places
    across the exposed width, copied once per row. A texture brush in scene units
    looked the same but, at any zoom but 100 %, cost a transformed fill of every
    pixel of the background (14 ms of the first 1920×1080 frame after a zoom step);
    this costs well under a millisecond at any zoom. Rows land on whole pixels (the
    dots are under 3 px wide; nobody sees half a pixel of a faint dot).
    """
    transform = painter.transform()  # scene to device: scale and translation, never rotated
    scale, dx, dy = transform.m11(), transform.dx(), transform.dy()
    margin = _DOT_RADIUS + 1.0
    first_column = math.ceil((rect.left() - margin) / _GRID)
    last_column = math.floor((rect.right() + margin) / _GRID)
    first_row = math.ceil((rect.top() - margin) / _GRID)
    last_row = math.floor((rect.bottom() + margin) / _GRID)
    if first_column > last_column or first_row > last_row:
        return
    device = transform.mapRect(rect).toAlignedRect()
    ratio = painter.device().devicePixelRatio() if painter.device() is not None else 1.0
    radius = _DOT_RADIUS * scale
    half = math.ceil(radius) + 1
    strip = QImage(
        max(1, round(device.width() * ratio)), max(1, round(2 * half * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    strip.setDevicePixelRatio(ratio)
    strip.fill(0)
    dots = QPainter(strip)
    dots.setRenderHint(QPainter.RenderHint.Antialiasing)
    dots.setPen(Qt.PenStyle.NoPen)
    dots.setBrush(_DOT_COLOUR)
    for column in range(first_column, last_column + 1):
        dots.drawEllipse(QPointF(column * _GRID * scale + dx - device.left(), half), radius, radius)
    dots.end()
    painter.save()
    painter.resetTransform()
    painter.setClipRect(device)
    for row in range(first_row, last_row + 1):
        painter.drawImage(QPointF(device.left(), round(row * _GRID * scale + dy) - half), strip)
    painter.restore()


def _swatch(colour: str) -> Any:
    from PySide6.QtGui import QIcon, QPixmap

    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)

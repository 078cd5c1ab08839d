"""The idea board: the workshop's sticky notes and themes on a zoomable canvas.

The board holds no state of its own beyond what it draws. It reads the library only
through :mod:`app.queries.board` (plain frozen rows); every edit (move, theme, tag,
edit, delete) is an operation run through :meth:`Controller.run`, so it lands on the
one undo stack as one step; the board then redraws the rows the operation touched —
only those, as named in ``Changes.ids`` — with the scene's signals blocked so
nothing echoes back.

One module per job: this one builds the scene and keeps it in step with the model;
:mod:`ui.board.zoom` zooms and pans; :mod:`ui.board.drop` turns a drag into its core
operation; :mod:`ui.board.menus` holds the context menus; :mod:`ui.board.items` draws.

Keys: Delete removes the selected notes, F2 or Enter edits one in place (Enter
commits, Shift+Enter a new line, Escape cancels), Ctrl+plus/minus zoom, Ctrl+wheel
and a trackpad pinch zoom under the mouse, space-drag or middle-drag pans, Ctrl+A
selects what is shown, Escape clears the selection. A drag of notes is one undo step,
including the theme it makes, joins or leaves.

Speed (see bench/bench_board.py): far out, one overview item draws every note as a
flat square; nearer, each note is its own custom-painted item, cached as a device
pixmap except while a zoom is under way. Then the notes in and around the view are
painted afresh each frame from text laid out once (glyph runs: a new scale costs no
layout), over a dot grid drawn in device pixels.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QInputDialog, QLineEdit, QMenu, QWidget

from app import operations
from app.changes import Changes, Topic
from app.queries.board import BoardGroup, BoardNote, BoardTheme, board_rows, load_board
from ui.board import menus
from ui.board.drop import BoardDrop
from ui.board.editing import NoteEditing
from ui.board.filtering import NoteFilter
from ui.board.grid import draw_dot_grid
from ui.board.items import (
    PLAIN_NOTE,
    UNTAGGED_NOTE,
    ClusterItem,
    NoteEditor,
    NoteItem,
    OverviewItem,
    note_font,
)
from ui.board.keys import BoardKeys
from ui.board.tags import tag_colour, tag_name
from ui.board.zoom import ZOOM_STEP, BoardZoom
from ui.controller import Controller

BOARD_BACKGROUND = QColor("#E9ECEF")
PROJECTOR_BACKGROUND = QColor("#1C2026")
_MARGIN = 1500.0  # room to pan and drop beyond the outermost notes
_BOARD_TOPICS = (Topic.IDEAS, Topic.CLUSTERS, Topic.PEOPLE)
# Above this many touched rows a whole reload is cheaper than a keyed query.
_RELOAD_ABOVE = 4000
FRESH_MS = 2000  # how long a just-captured note stays ringed


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
        # Each theme's notes, kept as notes come, go and change theme: counting them
        # after a drop reads one set, not every note of the board.
        self._members: dict[uuid.UUID, set[uuid.UUID]] = {}
        self._groups: tuple[BoardGroup, ...] = ()
        self._group_colours: dict[uuid.UUID, str] = {}
        self._idea_colours: dict[uuid.UUID, str | None] = {}  # an idea's own colour
        self._tag_lines: dict[tuple[str, ...], str] = {}  # tag sets shown as one line, by language
        self._colour_mode = "group"
        self._filter = NoteFilter()
        self._note_font: QFont | None = None  # None: the default type
        self.overview = OverviewItem()
        self._zoom = BoardZoom(self)
        self._drop = BoardDrop(self)
        self._editing = NoteEditing(self)
        self._keys = BoardKeys(self)
        # The projector keeps the whole board in view as it grows and as the
        # window changes size; the desk leaves zoom to the facilitator.
        self.follow_all = read_only

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
            self.setAccessibleName(self.tr("Idea board"))
            # Bounding rects, not shapes: no Python call building a path per note
            # while a rubber band sweeps over thousands of them.
            self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        scene.selectionChanged.connect(self.selection_did_change)
        scene.selectionChanged.connect(self.show_selection_in_overview)
        controller.changes_did_happen.connect(self._changes_did_happen)
        self.reload()

    # -- reading the model ---------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the whole workshop from the library and redraw every item."""
        board = load_board(self.controller.library, self.workshop_id)
        self._tag_lines.clear()
        scene = self.scene()
        self._drop_editor()
        with QSignalBlocker(scene):
            # Take the overview out before clearing: clear() deletes every item.
            if self.overview.scene() is scene:
                scene.removeItem(self.overview)
            scene.clear()
            self._notes.clear()
            self._clusters.clear()
            self._members.clear()
            self._idea_colours.clear()
            scene.addItem(self.overview)
            self.overview.setVisible(self._zoom.overview_mode)
            self._set_groups(board.groups or ())
            counts: dict[uuid.UUID, int] = {}
            for idea in board.notes:
                self._show_idea(idea)
                cluster_id = idea.cluster_id
                if cluster_id is not None:
                    counts[cluster_id] = counts.get(cluster_id, 0) + 1
            for theme in board.themes:
                self._show_cluster(theme, counts.get(theme.id, 0))
            self._apply_filter(self._notes.values())
        rect = self.content_rect()
        scene.setSceneRect(rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN))
        self.overview_reset()
        if self.follow_all:
            self.fit_all()
        self.selection_did_change.emit()

    def _set_groups(self, groups: tuple[BoardGroup, ...]) -> None:
        self._groups = groups
        self._group_colours = {g.id: g.colour for g in groups}

    def _tag_line(self, tags: tuple[str, ...]) -> str:
        line = self._tag_lines.get(tags)
        if line is None:  # a workshop's notes share a handful of tag sets
            language = self.controller.language
            line = self._tag_lines[tags] = " · ".join(tag_name(t, language) for t in tags)
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

    def _show_idea(self, row: BoardNote) -> NoteItem:
        """Draw (or redraw) the note of one row."""
        idea_id = row.id
        note = self._notes.get(idea_id)
        new = note is None
        if note is None:
            note = NoteItem(idea_id, self.read_only, no_contents=self._zoom.overview_mode)
            self._zoom.note_did_appear(note)
            if self._note_font is not None:
                note.set_font(self._note_font)
            self._notes[idea_id] = note
        if new or note.cluster_id != row.cluster_id:
            if note.cluster_id is not None:
                self._members.get(note.cluster_id, set()).discard(idea_id)
            if row.cluster_id is not None:
                self._members.setdefault(row.cluster_id, set()).add(idea_id)
        tags = row.tags
        note.set_idea(
            row.number, row.text, list(tags), self._tag_line(tags) if tags else "",
            row.cluster_id, row.table_group_id, row.phase_id, row.x, row.y,
        )
        self._idea_colours[idea_id] = row.colour
        note.set_fill(self._colour_for(note))
        if new:
            self.scene().addItem(note)  # once placed and coloured: one index insert
        return note

    def _show_cluster(self, theme: BoardTheme, count: int) -> ClusterItem:
        item = self._clusters.get(theme.id)
        if item is None:
            item = ClusterItem(theme.id, self.read_only)
            self._clusters[theme.id] = item
            self.scene().addItem(item)
        item.set_cluster(theme.title, theme.x, theme.y, theme.width, theme.height, count)
        item.position = theme.position
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
        rows = board_rows(
            self.controller.library, self.workshop_id, ids, notes=changes.touches(Topic.IDEAS),
            themes=changes.touches(Topic.CLUSTERS), groups=changes.touches(Topic.PEOPLE),
        )
        with QSignalBlocker(scene):
            if rows.groups is not None:
                self._set_groups(rows.groups)
                for note in self._notes.values():
                    note.set_fill(self._colour_for(note))
            found = {idea.id for idea in rows.notes} | {theme.id for theme in rows.themes}
            gone = [i for i in ids if i not in found and (i in self._notes or i in self._clusters)]
            for item_id in gone:
                self._remove(item_id)
            touched = [self._show_idea(idea) for idea in rows.notes]
            for theme in rows.themes:
                self._show_cluster(theme, 0)
            if rows.notes or rows.themes or gone:
                self._recount_clusters()
            self._apply_filter(touched)
        # Outside the blocker: the view follows the scene's sceneRectChanged.
        self._grow_scene_rect(touched)
        if self._zoom.overview_mode:
            self.overview.update_notes(touched, gone)
            if rows.groups is not None:
                self.overview.reset(self._notes.values())
        if changes.label == "add_idea" and changes.subject in self._notes:
            self._show_fresh(self._notes[changes.subject])
        if self.follow_all:
            self.fit_all()
        elif changes.label == "add_idea" and changes.subject in self._notes:
            # A note just captured: scroll it into view if it landed off screen.
            self.ensureVisible(self._notes[changes.subject], 40, 40)
        if set(self.selected_idea_ids()) != selected_before:
            self.show_selection_in_overview()
            self.selection_did_change.emit()
        if self._keys.current is not None and (self._keys.current in changes.ids or rows.themes):
            self._keys.announce()  # the focused note moved, changed theme or went

    def restore_notes(self, notes: list[NoteItem]) -> None:
        """Put notes back where the model has them (after a refused drop)."""
        ids = [n.idea_id for n in notes]
        rows = board_rows(self.controller.library, self.workshop_id, ids, themes=False)
        with QSignalBlocker(self.scene()):
            found = {row.id for row in rows.notes}
            shown = [self._show_idea(row) for row in rows.notes]
            for gone in set(ids) - found:
                self._remove(gone)
            if self._zoom.overview_mode:
                self.overview.update_notes(shown, set(ids) - found)

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
        if item_id in (self._editing.idea_id, self._editing.cluster_id):
            self._drop_editor()
        if item_id == self._keys.current:
            self._keys.current = None
        note = self._notes.pop(item_id, None)
        if note is not None:
            self._idea_colours.pop(item_id, None)
            if note.cluster_id is not None:
                self._members.get(note.cluster_id, set()).discard(item_id)
            self.scene().removeItem(note)
        cluster = self._clusters.pop(item_id, None)
        if cluster is not None:
            self.scene().removeItem(cluster)

    def _recount_clusters(self) -> None:
        for cluster_id, item in self._clusters.items():
            count = len(self._members.get(cluster_id, ()))
            if item.count != count:
                item.count = count
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

    def clusters_in_order(self) -> list[ClusterItem]:
        """The themes in their order (Ctrl+Shift+←/→ changes it; the projector follows it)."""
        return sorted(self._clusters.values(), key=lambda c: c.position)

    def notes_in_cluster(self, cluster_id: uuid.UUID) -> list[NoteItem]:
        return [self._notes[i] for i in self._members.get(cluster_id, ())]

    def table_groups(self) -> tuple[BoardGroup, ...]:
        """The workshop's table groups, in order (the menus offer them)."""
        return self._groups

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
            self.overview_reset()

    def set_note_font_size(self, pixels: int) -> None:
        """The notes' text size in pixels at 100 % (the settings' "text size on notes";
        the projector adds 3 px and bold)."""
        self._note_font = note_font(self.read_only, pixels)
        for note in self._notes.values():
            note.set_font(self._note_font)

    def group_legend(self) -> list[tuple[str, str]]:
        """(name, colour) of each table group, for a legend beside the board."""
        return [(g.name, g.colour) for g in self._groups]

    def set_filter(
        self, text: str = "", group_id: uuid.UUID | None = None, tag: str | None = None,
        phase_id: uuid.UUID | None = None, *, hide: bool = False,
    ) -> None:
        """Dim (or with ``hide``, hide) the notes that don't match; no arguments: show all.

        ``text`` matches the note's text, its number or a tag's name, ignoring case.
        """
        self._filter = NoteFilter(text, group_id, tag, phase_id, hide=hide)
        self._apply_filter(self._notes.values())
        self.overview_reset()

    def filter_active(self) -> bool:
        return self._filter.active()

    def matches(self, note: NoteItem) -> bool:
        return self._filter.matches(note)

    def matching_idea_ids(self) -> list[uuid.UUID]:
        return [n.idea_id for n in self._notes.values() if self._filter.matches(n)]

    def _apply_filter(self, notes: Iterable[NoteItem]) -> None:
        self._filter.apply(notes, self._notes.values(), self._clusters.values())

    def as_widget(self) -> QWidget:
        """This view as its helpers hand it to Qt (a parent for menus, timers, the zoom)."""
        return self

    # -- zoom and pan (ui.board.zoom) ------------------------------------------------------
    def content_rect(self) -> QRectF:
        """Where the notes and themes are (the overview item covers exactly its notes)."""
        return self.scene().itemsBoundingRect()

    def fit_all(self) -> None:
        """Zoom so every note and theme is in view."""
        self._zoom.fit_all()

    def zoom_in(self) -> None:
        self._zoom.step(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom.step(1.0 / ZOOM_STEP)

    def zoom(self) -> float:
        return self._zoom.scale()

    def zooming(self) -> bool:
        """Whether a zoom is under way (notes are drawn without their pixmaps)."""
        return self._zoom.zooming

    def overview_mode(self) -> bool:
        """Whether the notes are drawn as flat squares by one item (zoomed far out)."""
        return self._zoom.overview_mode

    # Every way the zoom changes passes here, to switch between drawing each note and
    # the one-item overview when the notes get too small to read.
    def scale(self, sx: float, sy: float) -> None:
        super().scale(sx, sy)
        self._zoom.zoom_did_change()

    def setTransform(self, *args: Any, **kwargs: Any) -> None:
        super().setTransform(*args, **kwargs)
        self._zoom.zoom_did_change()

    def resetTransform(self) -> None:
        super().resetTransform()
        self._zoom.zoom_did_change()

    def fitInView(self, *args: Any, **kwargs: Any) -> None:
        super().fitInView(*args, **kwargs)
        self._zoom.zoom_did_change()

    def overview_reset(self) -> None:
        if self._zoom.overview_mode:
            self.overview.reset(self._notes.values())
        else:
            self.overview.clear()

    def show_selection_in_overview(self) -> None:
        # The scene also announces the selection emptied while it is being destroyed.
        if self._zoom.overview_mode and shiboken6.isValid(self.overview):
            self.overview.set_selected(i for i in self.scene().selectedItems() if isinstance(i, NoteItem))

    def notes_did_move(self, notes: list[NoteItem] | None = None) -> None:
        """Notes were moved by hand (a drag in progress; by default the selected
        ones): redraw them in the overview."""
        if self._zoom.overview_mode:
            selected = [i for i in self.scene().selectedItems() if isinstance(i, NoteItem)]
            self.overview.update_notes(selected if notes is None else notes)
            self.overview.set_selected(selected)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._zoom.wheel(event):
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        return self._zoom.gesture(event) or super().viewportEvent(event)

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
        self.show_selection_in_overview()
        self.selection_did_change.emit()

    def delete_selected(self) -> None:
        ids = self.selected_idea_ids()
        if ids and not self.read_only:
            self.controller.run(
                self.tr("Delete %n note(s)", "", len(ids)),
                operations.delete_ideas, ids,
            )

    def edit_note(self, idea_id: uuid.UUID) -> NoteEditor | None:
        """Open the in-place editor on a note (double-click or F2)."""
        if self.read_only:
            return None
        return self._editing.open(idea_id)

    def editor(self) -> NoteEditor | None:
        return self._editing.editor

    def edit_cluster_title(self, cluster_id: uuid.UUID) -> NoteEditor | None:
        """Type a theme's name in place (after Ctrl+G): Enter keeps it, Escape the old one."""
        if self.read_only:
            return None
        item = self._clusters.get(cluster_id)
        if item is not None:
            self.ensureVisible(item.frame_rect(), 40, 40)
        return self._editing.open_title(cluster_id)

    # -- keyboard (ui.board.keys) ----------------------------------------------------------
    def focused_idea_id(self) -> uuid.UUID | None:
        """The note the keyboard is on (arrows, Tab), if any."""
        return self._keys.current

    def focus_idea(self, idea_id: uuid.UUID) -> None:
        """Put the keyboard on a note (and select only it)."""
        self._keys.focus_note(self._notes.get(idea_id))

    def reading_order(self) -> list[uuid.UUID]:
        """The visible notes in the order the arrows and Tab walk them."""
        return [n.idea_id for n in self._keys.reading_order()]

    def make_theme_of_selection(self) -> None:
        """Ctrl+G: a theme of the selected notes, its name ready to type."""
        self._keys.make_theme()

    def move_selection_to_theme(self) -> None:
        """Ctrl+M: "Flyt til tema…"."""
        self._keys.move_to_theme()

    def move_theme_in_order(self, cluster_id: uuid.UUID, steps: int) -> None:
        self.controller.run(self.tr("Reorder themes"), operations.move_theme_in_order, cluster_id, steps)

    def ensure_visible(self, note: NoteItem) -> None:
        self.ensureVisible(note, 40, 40)

    def choose_theme(self, themes: list[tuple[uuid.UUID, str]]) -> uuid.UUID | None:
        """Ask which theme (``(id, title)`` in order) the notes go to; ``None`` if cancelled.
        (Tests replace this to answer without a dialog.)"""
        titles = [title for _, title in themes]
        title, ok = QInputDialog.getItem(
            self, self.tr("Move to theme"), self.tr("Theme:"), titles, 0, False,
        )
        return themes[titles.index(title)][0] if ok and title in titles else None

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # Tab walks the notes, then leaves the board (never a keyboard trap).
        if not self.read_only and not self._editing.has_focus() and self._keys.step(next):
            return True
        return super().focusNextPrevChild(next)

    def _drop_editor(self) -> None:
        self._editing.close()

    # -- dragging (ui.board.drop) -----------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._zoom.press(event):
            return
        super().mousePressEvent(event)
        self._drop.press()
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.itemAt(event.position().toPoint())
            if isinstance(hit, NoteItem):
                self._keys.focus_note(hit, select=False)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._zoom.move(event):
            return
        super().mouseMoveEvent(event)
        if self._drop.dragging() and event.buttons() & Qt.MouseButton.LeftButton:
            self.notes_did_move()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._zoom.release(event):
            return
        super().mouseReleaseEvent(event)
        event.accept()  # the board handled it (a rubber band leaves it unaccepted)
        self._drop.release(self.mapToScene(event.position().toPoint()))

    def drop_notes(self, moved: list[NoteItem], drop_point: QPointF) -> None:
        """Commit a drag of ``moved`` notes released at ``drop_point`` (scene): one undo
        step that moves them and, by where they land, makes a theme, joins one or
        leaves one."""
        self._drop.drop(moved, drop_point)

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
        """Add ``tag`` to the notes, or take it off if all of them have it (one undo step)."""
        notes = [self._notes[i] for i in idea_ids if i in self._notes]
        if not notes:
            return
        ids = [n.idea_id for n in notes]
        if all(tag in n.tags for n in notes):
            self.controller.run(self.tr("Remove tag"), operations.remove_idea_tag, ids, tag)
        else:
            self.controller.run(self.tr("Add tag"), operations.set_idea_tags, ids, [tag], add=True)

    # -- menus (ui.board.menus) ------------------------------------------------------------------
    def note_menu(self, note: NoteItem) -> QMenu:
        """The context menu of a note (acting on every selected note)."""
        return menus.note_menu(self, note)

    def cluster_menu(self, cluster: ClusterItem) -> QMenu:
        return menus.cluster_menu(self, cluster)

    def board_menu(self) -> QMenu:
        return menus.board_menu(self)

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
        if self._editing.has_focus():
            super().keyPressEvent(event)
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            event.ignore()  # Alt+←/→ and the menus belong to the window
            return
        key = event.key()
        if self._zoom.key_press(event) or self._keys.key_press(event):
            pass
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ids = self.selected_idea_ids()
            current = self._keys.current
            if ids:
                self.edit_note(current if current in ids else ids[0])
        elif key == Qt.Key.Key_Escape:
            self.scene().clearSelection()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_ideas(n.idea_id for n in self._notes.values() if n.isVisible())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._zoom.key_release(event)
        super().keyReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.follow_all:
            self.fit_all()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if not self.read_only:
                self.setAccessibleName(self.tr("Idea board"))
            for cluster in self._clusters.values():
                cluster.retranslate()
            self._tag_lines.clear()  # the tag names follow the language
            for note in self._notes.values():
                if note.tags and not self.read_only:
                    note.tag_line = self._tag_line(tuple(note.tags))
                    note.update()
        super().changeEvent(event)

    # -- background --------------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        if self.read_only or self.transform().m11() < 0.5:
            return
        # A faint dot grid, as on a pin board, only when near enough to see it.
        draw_dot_grid(painter, QRectF(rect))  # (Qt passes a QRectF; the stubs allow a QRect too)

"""Zooming and panning the idea board: keys, the wheel, a trackpad pinch, dragging
with the middle button or the space bar held.

Every way the zoom changes passes through :meth:`BoardZoom.zoom_did_change`, which
switches between drawing each note and the one-item overview when the notes get too
small to read, and draws the notes in and around the view without their device
pixmaps until the zoom has settled: every step would otherwise render each of them
into a new pixmap. Only those notes: switching all 2,000 notes of a board took 10 ms
before the first frame of a zoom (50 ms for 10,000).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QNativeGestureEvent, QWheelEvent

from ui.board.items import LOD_DETAIL, NoteItem
from ui.board.surface import BoardSurface

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 6.0
SETTLE_MS = 300  # a zoom has settled when it has not changed for this long


class BoardZoom(QObject):
    """The zoom and pan of one :class:`~ui.board.view.BoardView`.

    The view forwards its transform changes and its wheel, gesture, key and mouse
    events; each handler returns whether it took the event.
    """

    def __init__(self, view: BoardSurface) -> None:
        super().__init__(view.as_widget())
        self._view = view
        self.zooming = False
        self.overview_mode = False
        # While zooming: the notes drawn without their pixmaps, and the scene area
        # they cover (the view and a margin, so a step out finds them done).
        self._uncached: set[uuid.UUID] = set()
        self._uncached_rect = QRectF()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._did_settle)
        self._pan_from: QPointF | None = None
        self._space_down = False

    # -- the zoom --------------------------------------------------------------------------
    def scale(self) -> float:
        return self._view.transform().m11()

    def step(self, factor: float) -> None:
        """Zoom by ``factor``, within the board's limits."""
        scale = self.scale()
        factor = max(MIN_SCALE / scale, min(MAX_SCALE / scale, factor))
        self._view.scale(factor, factor)

    def fit_all(self) -> None:
        """Zoom so every note and theme is in view."""
        view = self._view
        rect = view.content_rect()
        if rect.isEmpty():
            view.resetTransform()
            return
        view.fitInView(rect.adjusted(-40.0, -40.0, 40.0, 40.0), Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_did_change(self) -> None:
        self.zooming = True
        self._settle.start()
        mode = self.scale() < LOD_DETAIL
        if not mode:
            self._uncache_near_view()
        if mode == self.overview_mode:
            return
        self.overview_mode = mode
        view = self._view
        for note in view.notes():
            note.setFlag(NoteItem.GraphicsItemFlag.ItemHasNoContents, mode)
        view.overview.setVisible(mode)
        view.overview_reset()
        view.show_selection_in_overview()

    def note_did_appear(self, note: NoteItem) -> None:
        """A note made while a zoom is under way is drawn without its pixmap, as its neighbours are."""
        if self.zooming:
            note.setCacheMode(NoteItem.CacheMode.NoCache)
            self._uncached.add(note.idea_id)

    def _uncache_near_view(self) -> None:
        """Draw the notes in and around the view without their pixmaps (a zoom is under way)."""
        view = self._view
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        if self._uncached_rect.contains(shown):
            return
        # A quarter of a view more on every side: a step out (1.25×, even anchored at an
        # edge) finds its notes done; the steps after that take the next ring.
        dx, dy = shown.width() / 4, shown.height() / 4
        near = shown.adjusted(-dx, -dy, dx, dy)
        self._uncached_rect = near if self._uncached_rect.isNull() else self._uncached_rect.united(near)
        no_cache = NoteItem.CacheMode.NoCache
        for item in view.scene().items(
            near, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.AscendingOrder,
        ):
            if isinstance(item, NoteItem) and item.idea_id not in self._uncached:
                item.setCacheMode(no_cache)
                self._uncached.add(item.idea_id)

    def _did_settle(self) -> None:
        self.zooming = False
        cached = NoteItem.CacheMode.DeviceCoordinateCache
        for idea_id in self._uncached:
            note = self._view.note(idea_id)
            if note is not None:
                note.setCacheMode(cached)
        self._uncached.clear()
        self._uncached_rect = QRectF()

    # -- input -------------------------------------------------------------------------------
    def wheel(self, event: QWheelEvent) -> bool:
        """Ctrl+wheel zooms under the mouse."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.step(ZOOM_STEP ** steps)
        event.accept()
        return True

    def gesture(self, event: QEvent) -> bool:
        """A trackpad pinch (macOS, Wayland, X11 with libinput) zooms under the fingers
        as Ctrl+wheel does; Windows already sends a pinch as Ctrl+wheel."""
        if not (isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            return False
        if event.value():
            self.step(1.0 + event.value())
        event.accept()
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        """Ctrl+plus/minus zoom; the space bar held makes a left drag pan."""
        key = event.key()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and control):
            self.step(ZOOM_STEP)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (key == Qt.Key.Key_Minus and control):
            self.step(1.0 / ZOOM_STEP)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self._view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            return False
        return True

    def key_release(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self._view.viewport().setCursor(Qt.CursorShape.ArrowCursor)

    def press(self, event: QMouseEvent) -> bool:
        """A middle press, or a left press with the space bar held, starts a pan."""
        if event.button() != Qt.MouseButton.MiddleButton and not (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            return False
        self._pan_from = event.position()
        self._view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()
        return True

    def move(self, event: QMouseEvent) -> bool:
        if self._pan_from is None:
            return False
        view = self._view
        delta = event.position() - self._pan_from
        self._pan_from = event.position()
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() - round(delta.x()))
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() - round(delta.y()))
        event.accept()
        return True

    def release(self, event: QMouseEvent) -> bool:
        if self._pan_from is None:
            return False
        self._pan_from = None
        self._view.viewport().setCursor(
            Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor
        )
        event.accept()
        return True

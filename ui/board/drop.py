"""Dragging notes on the idea board, and what a drop means.

The board only finds out what the notes were dropped on (another note, a theme's
frame, the empty board) and hands the gesture to its one core operation
(:func:`app.operations.drop_on_note`, ``drop_on_theme``, ``drop_on_board``): the move
and the theme it joins, leaves or makes are one transaction and one undo step. Where
the notes then sit is the core's rule (:mod:`app.layout`); the board redraws what
the operation changed. A refused drop puts the notes back where the model has them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF

from app import layout, operations
from app.changes import Changes
from ui.board.items import ClusterItem, NoteItem, board_words
from ui.board.surface import BoardSurface

# The board's strings keep the context they were translated in, "BoardView".


class BoardDrop:
    """The drags of one :class:`~ui.board.view.BoardView`: where the selected notes
    were when the mouse went down, and what their drop means when it comes up."""

    def __init__(self, view: BoardSurface) -> None:
        self._view = view
        self._press_positions: dict[uuid.UUID, QPointF] = {}

    def press(self) -> None:
        """The mouse went down (after the scene selected what it hit)."""
        self._press_positions = {
            item.idea_id: item.pos() for item in self._view.scene().selectedItems() if isinstance(item, NoteItem)
        }

    def dragging(self) -> bool:
        return bool(self._press_positions)

    def release(self, drop_point: QPointF) -> None:
        """The mouse came up at ``drop_point`` (scene): drop the notes that moved."""
        start, self._press_positions = self._press_positions, {}
        moved = [
            note for idea_id, pos in start.items()
            if (note := self._view.note(idea_id)) is not None and note.pos() != pos
        ]
        if moved:
            self.drop(moved, drop_point)

    def drop(self, moved: list[NoteItem], drop_point: QPointF) -> None:
        """Commit a drag of ``moved`` notes released at ``drop_point`` (scene)."""
        view = self._view
        # Anywhere on a theme (its title, its notes, between them): into that theme.
        target_frame = next((c for c in view.clusters() if c.frame_rect().contains(drop_point)), None)
        if target_frame is not None:
            self._on_theme(moved, target_frame)
            return
        moving = {n.idea_id for n in moved}
        target_note = next(
            (i for i in view.scene().items(drop_point)
             if isinstance(i, NoteItem) and i.idea_id not in moving and i.isVisible() and i.cluster_id is None),
            None,
        )
        if target_note is not None:
            self._on_note(moved, target_note)
        else:
            self._on_board(moved)

    # -- the three kinds of drop ----------------------------------------------------------
    def _run(self, text: str, moved: list[NoteItem], operation: Callable[..., Changes], *args: object) -> None:
        if self._view.controller.run(text, operation, *args) is None:
            self._view.restore_notes(moved)

    def _on_note(self, moved: list[NoteItem], target: NoteItem) -> None:
        view = self._view
        ids = [n.idea_id for n in sorted(moved, key=lambda n: n.number)]
        title = view.ask_text(
            QCoreApplication.translate("BoardView", "New theme"),
            QCoreApplication.translate("BoardView", "Title of the theme:"),
            view.next_cluster_title(),
        )
        if title is None:  # cancelled: the drag is only a move
            self._on_board(moved)
        else:
            text = QCoreApplication.translate("BoardView", "Make theme")
            self._run(text, moved, operations.drop_on_note, target.idea_id, ids, title)

    def _on_theme(self, moved: list[NoteItem], frame: ClusterItem) -> None:
        joining = any(n.cluster_id != frame.cluster_id for n in moved)
        text = QCoreApplication.translate("BoardView", "Add to theme") if joining else _move_text(len(moved))
        self._run(text, moved, operations.drop_on_theme, frame.cluster_id, _positions(moved))

    def _on_board(self, moved: list[NoteItem]) -> None:
        view = self._view
        leaving = False
        for note in moved:
            frame = view.cluster(note.cluster_id) if note.cluster_id is not None else None
            rect = frame.frame_rect() if frame is not None else None
            if rect is not None and not layout.in_frame((note.x(), note.y()), (rect.x(), rect.y(), rect.width(), rect.height())):
                leaving = True
        text = QCoreApplication.translate("BoardView", "Take out of theme") if leaving else _move_text(len(moved))
        self._run(text, moved, operations.drop_on_board, view.workshop_id, _positions(moved))


def _positions(notes: list[NoteItem]) -> dict[uuid.UUID, tuple[float, float]]:
    return {n.idea_id: (n.x(), n.y()) for n in notes}


def _move_text(count: int) -> str:
    return board_words.move_notes(count)

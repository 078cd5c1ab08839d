"""The idea board by keyboard: a focused note moved by the arrows and Tab, selection
with Shift, themes made, filled, emptied and reordered with one key each, and the
focused note told to a screen reader.

Keys (the board view forwards them; each gesture is one core operation, one undo step):
  ←/→, Tab/Shift+Tab    the previous/next note in reading order (themes in their order,
                        each row by row; then the notes in no theme, row by row)
  ↑/↓                   the nearest note above/below
  Shift+arrow           the same, adding the note to the selection
  Ctrl+G                make a theme of the selected notes and type its name
  Ctrl+M                "Flyt til tema…": file the selected notes into a theme
  Ctrl+Shift+G          "Tag ud af tema"
  Ctrl+Shift+←/→        move the focused note's theme earlier/later in the themes' order
Alt with any key is left to the window (Alt+←/→ step the phases).

The notes are painted items, invisible to accessibility tools on their own: the view
carries the focused note as its accessible description and announces each change.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent

from app import operations
from ui.board.items import NoteItem
from ui.board.surface import BoardSurface

# The board's strings keep the context they were translated in, "BoardView".
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class BoardKeys:
    """The keyboard focus among the notes of one :class:`~ui.board.view.BoardView`."""

    def __init__(self, view: BoardSurface) -> None:
        self._view = view
        self.current: uuid.UUID | None = None

    # -- reading order ---------------------------------------------------------------------
    def reading_order(self) -> list[NoteItem]:
        """The visible notes as a reader meets them: theme by theme in the themes' order,
        each row by row, then the notes in no theme, row by row."""
        view = self._view
        themes = {c.cluster_id: n for n, c in enumerate(view.clusters_in_order())}
        last = len(themes)

        def key(note: NoteItem) -> tuple[int, float, float]:
            return themes.get(note.cluster_id, last) if note.cluster_id else last, note.y(), note.x()

        return sorted((n for n in view.notes() if n.isVisible()), key=key)

    def focused_note(self) -> NoteItem | None:
        return self._view.note(self.current) if self.current is not None else None

    # -- moving the focus --------------------------------------------------------------------
    def focus_note(self, note: NoteItem | None, *, extend: bool = False, select: bool = True) -> None:
        """Make ``note`` the focused one; select only it (or, with ``extend``, add it),
        and scroll it into view. With ``select`` off (a click: the mouse selected it
        already), neither: the view must not scroll under the mouse."""
        view = self._view
        old = self.focused_note()
        if old is not None and old is not note:
            old.set_focused(False)
        self.current = note.idea_id if note is not None else None
        if note is None:
            self.announce()
            return
        note.set_focused(True)
        if select:
            ids = [*view.selected_idea_ids(), note.idea_id] if extend else [note.idea_id]
            view.select_ideas(ids)
            view.ensure_visible(note)
        self.announce()

    def step(self, forward: bool, *, extend: bool = False) -> bool:
        """Focus the next (or previous) note in reading order; False at either end."""
        order = self.reading_order()
        if not order:
            return False
        current = self.focused_note()
        if current is None or current not in order:
            self.focus_note(order[0] if forward else order[-1], extend=extend)
            return True
        index = order.index(current) + (1 if forward else -1)
        if not 0 <= index < len(order):
            return False
        self.focus_note(order[index], extend=extend)
        return True

    def step_vertically(self, down: bool, *, extend: bool = False) -> None:
        """Focus the nearest note below (or above) the focused one: in its column (notes
        overlapping it sideways) when there is one, else the nearest row's closest."""
        current = self.focused_note()
        if current is None:
            self.step(down, extend=extend)
            return
        x, y, width = current.x(), current.y(), current.boundingRect().width()
        candidates = [n for n in self.reading_order() if (n.y() > y if down else n.y() < y)]
        in_column = [n for n in candidates if abs(n.x() - x) < width]
        if candidates:
            best = min(in_column or candidates, key=lambda n: (abs(n.y() - y), abs(n.x() - x)))
            self.focus_note(best, extend=extend)

    # -- keys --------------------------------------------------------------------------------
    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key of the list above; False leaves it to the view."""
        key = event.key()
        modifiers = event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if modifiers & Qt.KeyboardModifier.AltModifier:
            return False
        if key in _ARROWS and control and shift:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.move_theme(-1 if key == Qt.Key.Key_Left else 1)
                return True
            return False
        if key in _ARROWS and not control:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.step(key == Qt.Key.Key_Right, extend=shift)
            else:
                self.step_vertically(key == Qt.Key.Key_Down, extend=shift)
            return True
        if key == Qt.Key.Key_G and control:
            if shift:
                self.take_out_of_theme()
            else:
                self.make_theme()
            return True
        if key == Qt.Key.Key_M and control and not shift:
            self.move_to_theme()
            return True
        return False

    # -- gestures ------------------------------------------------------------------------------
    def make_theme(self) -> None:
        """Ctrl+G: a theme of the selected notes (one undo step), its name ready to type."""
        view = self._view
        ids = view.selected_idea_ids() or ([self.current] if self.current else [])
        if not ids:
            return
        changes = view.controller.run(
            QCoreApplication.translate("BoardView", "Make theme"), operations.create_cluster, view.workshop_id, view.next_cluster_title(), ids,
        )
        if changes is not None and changes.subject is not None:
            view.edit_cluster_title(changes.subject)

    def move_to_theme(self) -> None:
        """Ctrl+M: "Flyt til tema…" — the selected notes into a theme chosen from a list."""
        view = self._view
        ids = view.selected_idea_ids() or ([self.current] if self.current else [])
        themes = view.clusters_in_order()
        if not ids or not themes:
            return
        chosen = view.choose_theme([(c.cluster_id, c.title) for c in themes])
        if chosen is not None:
            view.controller.run(QCoreApplication.translate("BoardView", "Move to theme"), operations.add_to_cluster, chosen, ids)
            self.announce()

    def take_out_of_theme(self) -> None:
        view = self._view
        ids = [i for i in view.selected_idea_ids() if (n := view.note(i)) is not None and n.cluster_id]
        if ids:
            view.controller.run(QCoreApplication.translate("BoardView", "Take out of theme"), operations.remove_from_cluster, ids)
            self.announce()

    def move_theme(self, steps: int) -> None:
        """Ctrl+Shift+←/→: the focused note's theme one place earlier or later."""
        view = self._view
        note = self.focused_note()
        if note is None or note.cluster_id is None:
            return
        view.controller.run(QCoreApplication.translate("BoardView", "Reorder themes"), operations.move_theme_in_order, note.cluster_id, steps)
        self.announce()

    # -- accessibility -------------------------------------------------------------------------
    def description(self) -> str:
        """The focused note as a screen reader says it: number, text, theme, place."""
        note = self.focused_note()
        if note is None:
            return ""
        order = self.reading_order()
        parts = [QCoreApplication.translate("BoardView", "Note %1: %2").replace("%1", str(note.number)).replace("%2", note.text)]
        theme = self._view.cluster(note.cluster_id) if note.cluster_id is not None else None
        parts.append(QCoreApplication.translate("BoardView", "In theme %1").replace("%1", theme.title) if theme is not None else QCoreApplication.translate("BoardView", "In no theme"))
        if note in order:
            parts.append(QCoreApplication.translate("BoardView", "%1 of %2").replace("%1", str(order.index(note) + 1)).replace("%2", str(len(order))))
        if note.isSelected():
            parts.append(QCoreApplication.translate("BoardView", "selected"))
        return " ".join(p if p.endswith((".", "!", "?", "…")) else p + "." for p in parts)

    def announce(self) -> None:
        """Give the view the focused note's description and tell accessibility tools."""
        widget = self._view.as_widget()
        description = self.description()
        widget.setAccessibleDescription(description)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
            QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))

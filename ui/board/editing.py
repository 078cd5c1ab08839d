"""Editing a note's text in place on the board (double-click, F2 or Enter).

The editor is a text item laid over the note only while it is being edited (one
editable text item per note would cost the board its speed). Enter commits through
:func:`app.operations.edit_idea`, Shift+Enter starts a new line, Escape cancels; a
refused text (empty, too long) keeps the editor open with what was typed.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QTextCursor

from app import operations
from app.layout import NOTE_WIDTH
from ui.board.items import NoteEditor
from ui.board.surface import BoardSurface


class NoteEditing:
    """The one in-place editor of a :class:`~ui.board.view.BoardView`, if open."""

    def __init__(self, view: BoardSurface) -> None:
        self._view = view
        self.editor: NoteEditor | None = None
        self.idea_id: uuid.UUID | None = None
        self.cluster_id: uuid.UUID | None = None  # a theme's title is being typed instead

    def has_focus(self) -> bool:
        return self.editor is not None and self._view.scene().focusItem() is self.editor

    def open(self, idea_id: uuid.UUID) -> NoteEditor | None:
        view = self._view
        note = view.note(idea_id)
        if note is None:
            return None
        if self.editor is not None:
            self.editor.finish(commit=True)
            if self.editor is not None:
                return self.editor  # the open edit was refused; stay on it
        editor = NoteEditor(lambda text: self._commit(idea_id, text), self.close)
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
        self.editor, self.idea_id = editor, idea_id
        view.setFocus()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        editor.setTextCursor(cursor)
        return editor

    def open_title(self, cluster_id: uuid.UUID) -> NoteEditor | None:
        """Type a theme's title in place, over its title band (after Ctrl+G), all of it
        selected: typing replaces it, Enter keeps it, Escape keeps the old one."""
        view = self._view
        cluster = view.cluster(cluster_id)
        if cluster is None:
            return None
        if self.editor is not None:
            self.editor.finish(commit=True)
            if self.editor is not None:
                return self.editor
        editor = NoteEditor(lambda text: self._commit_title(cluster_id, text), self.close)
        editor.setParentItem(cluster)  # created first, then parented (PySide6 pitfall)
        editor.setFont(cluster.title_font())
        editor.background = QColor("#FFFFFF")
        editor.setPlainText(cluster.title)
        editor.setTextWidth(cluster.frame_rect().width() - 24.0)
        editor.setPos(10.0, 4.0)
        # The frame keeps its place under the notes: the editor lies on the title band,
        # which no note covers.
        cluster.editing = True
        cluster.update()
        self.editor, self.cluster_id = editor, cluster_id
        view.setFocus()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        editor.setTextCursor(cursor)
        return editor

    def _commit_title(self, cluster_id: uuid.UUID, text: str) -> bool:
        view = self._view
        cluster = view.cluster(cluster_id)
        title = text.strip()
        if cluster is not None and title != cluster.title:
            rename = QCoreApplication.translate("BoardView", "Rename theme")
            if view.controller.run(rename, operations.rename_cluster, cluster_id, title) is None:
                return False  # refused (empty, too long): keep typing
        self.close()
        return True

    def _commit(self, idea_id: uuid.UUID, text: str) -> bool:
        view = self._view
        note = view.note(idea_id)
        if note is not None and text != note.text:
            edit = QCoreApplication.translate("BoardView", "Edit note")
            if view.controller.run(edit, operations.edit_idea, idea_id, text) is None:
                return False  # refused (empty, too long): keep the editor and the text
        self.close()
        return True

    def close(self) -> None:
        """Take the editor away (after a commit, a cancel, or its note going)."""
        view = self._view
        editor, idea_id, cluster_id = self.editor, self.idea_id, self.cluster_id
        self.editor, self.idea_id, self.cluster_id = None, None, None
        if editor is None:
            return
        editor.hide()
        cluster = view.cluster(cluster_id) if cluster_id is not None else None
        if cluster is not None:
            cluster.editing = False
            cluster.update()
        note = view.note(idea_id) if idea_id is not None else None
        if note is not None:
            note.editing = False
            note.setZValue(0.0)
            note.update()
        # Removed on the next turn of the event loop: this may run inside the
        # editor's own key handler.
        QTimer.singleShot(0, view.as_widget(), lambda: _dispose(editor))
        if not view.read_only:
            view.setFocus()


def _dispose(editor: NoteEditor) -> None:
    try:
        scene = editor.scene()
    except RuntimeError:  # already gone with its note
        return
    if scene is not None:
        scene.removeItem(editor)

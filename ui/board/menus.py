"""The idea board's context menus: on notes (acting on every selected note), on a
theme, and on the empty board. Each entry calls the view, which runs an operation."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu

from app import operations
from ui.board.items import PLAIN_NOTE, ClusterItem, NoteItem
from ui.board.surface import BoardSurface
from ui.board.tags import vocabularies

# The board's strings keep the context they were translated in, "BoardView".


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def note_menu(view: BoardSurface, note: NoteItem) -> QMenu:
    """The context menu of a note (acting on every selected note)."""
    if not note.isSelected():
        view.select_ideas([note.idea_id])
    ids = view.selected_idea_ids()
    notes = [n for i in ids if (n := view.note(i)) is not None]
    menu = QMenu(view.as_widget())
    edit = menu.addAction(QCoreApplication.translate("BoardView", "Edit text"), lambda: view.edit_note(note.idea_id))
    edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
    groups = menu.addMenu(QCoreApplication.translate("BoardView", "Table group"))
    choices = [
        (None, QCoreApplication.translate("BoardView", "No table group"), PLAIN_NOTE),
        *((g.id, g.name, g.colour) for g in view.table_groups()),
    ]
    for group_id, name, colour in choices:
        action = groups.addAction(name.replace("&", "&&"))  # user text: "&" is no shortcut mark
        action.setCheckable(True)
        action.setChecked(all(n.table_group_id == group_id for n in notes))
        action.setIcon(swatch(colour))
        action.triggered.connect(functools.partial(view.set_group, ids, group_id))
    tags = menu.addMenu(QCoreApplication.translate("BoardView", "Tags"))
    english = view.controller.language.startswith("en")
    for name_da, name_en, terms in vocabularies():
        sub = tags.addMenu(name_en if english else name_da)
        for term_id, term_da, term_en in terms:
            action = sub.addAction(term_en if english else term_da)
            action.setCheckable(True)
            action.setChecked(all(term_id in n.tags for n in notes))
            action.triggered.connect(functools.partial(view.toggle_tag, ids, term_id))
    make = menu.addAction(QCoreApplication.translate("BoardView", "Make theme"), view.make_theme_of_selection)
    make.setShortcut(QKeySequence("Ctrl+G"))
    if view.clusters():
        move = menu.addAction(QCoreApplication.translate("BoardView", "Move to theme…"), view.move_selection_to_theme)
        move.setShortcut(QKeySequence("Ctrl+M"))
    if any(n.cluster_id is not None for n in notes):
        take_out = QCoreApplication.translate("BoardView", "Take out of theme")
        action = menu.addAction(take_out, lambda: view.controller.run(take_out, operations.remove_from_cluster, ids))
        action.setShortcut(QKeySequence("Ctrl+Shift+G"))
    menu.addSeparator()
    delete = menu.addAction(QCoreApplication.translate("BoardView", "Delete"), view.delete_selected)
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    return menu


def cluster_menu(view: BoardSurface, cluster: ClusterItem) -> QMenu:
    theme = cluster.cluster_id
    menu = QMenu(view.as_widget())
    menu.addAction(QCoreApplication.translate("BoardView", "Rename theme…"), lambda: view.rename_cluster(theme))
    menu.addAction(
        QCoreApplication.translate("BoardView", "Select its notes"),
        lambda: view.select_ideas(n.idea_id for n in view.notes_in_cluster(theme)),
    )
    earlier = menu.addAction(
        QCoreApplication.translate("BoardView", "Earlier in the order"), lambda: view.move_theme_in_order(theme, -1),
    )
    earlier.setShortcut(QKeySequence("Ctrl+Shift+Left"))
    later = menu.addAction(
        QCoreApplication.translate("BoardView", "Later in the order"), lambda: view.move_theme_in_order(theme, 1),
    )
    later.setShortcut(QKeySequence("Ctrl+Shift+Right"))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("BoardView", "Dissolve theme"), lambda: view.dissolve_cluster(theme))
    return menu


def board_menu(view: BoardSurface) -> QMenu:
    menu = QMenu(view.as_widget())
    menu.addAction(QCoreApplication.translate("BoardView", "Fit to view"), view.fit_all)
    menu.addSeparator()
    modes = (
        ("group", QCoreApplication.translate("BoardView", "Colour by table group")),
        ("tag", QCoreApplication.translate("BoardView", "Colour by tag")),
    )
    for mode, label in modes:
        action: QAction = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(view.colour_mode == mode)
        action.triggered.connect(functools.partial(setattr, view, "colour_mode", mode))
    return menu

"""Help → Keyboard shortcuts: every key of the desk window, by area.

Built from the window's actual actions and shortcuts when it opens (so it can never
drift from what the keys do), plus the keys a widget reads itself, which the widget
lists through :meth:`~ui.desk.window.WorkshopWindow.add_key_help`. The area is the
menu an action sits in; keys are shown in the platform's own words ("Ctrl+Skift+T").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _plain(text: str) -> str:
    """A menu text without its mnemonic and its trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _typed(sequence: QKeySequence) -> bool:
    """A key combination one types (not a keyboard's dedicated Undo or Zoom key)."""
    if sequence.isEmpty():
        return False
    combination = sequence[0]  # type: ignore[index]  # QKeySequence.operator[], missing in the stubs
    key = combination.key()
    plain = combination.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    return not plain or Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value or key < Qt.Key.Key_Escape \
        or key in (Qt.Key.Key_Delete, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def key_text(sequences: list[QKeySequence], most: int = 2) -> str:
    """The keys in the platform's words, at most ``most`` of them."""
    typed = [s for s in sequences if _typed(s)][:most]
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in typed)


def window_shortcuts(window: QWidget, other: str) -> list[tuple[str, str, str]]:
    """(area, keys, what they do) for every action and QShortcut of ``window`` that has
    a key; the area is the action's menu, ``other`` for an action outside the menus."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        if id(action) in seen or not action.shortcuts() or not action.text():
            continue
        seen.add(id(action))
        menus = [m for m in action.associatedObjects() if isinstance(m, QMenu) and m.title()]
        area = _plain(menus[0].title()) if menus else other
        rows.append((area, key_text(action.shortcuts()), _plain(action.text())))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key().isEmpty() or not shortcut.whatsThis():
            continue
        rows.append((other, key_text([shortcut.key()]), shortcut.whatsThis()))
    return rows


class ShortcutSheet(QDialog):
    """A list of the desk's keys grouped by area (menu), translated."""

    def __init__(self, window: QWidget, more: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        """The keys of ``window``'s actions, and ``more`` (area, keys, text) read by
        widgets themselves."""
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        areas: dict[str, QTreeWidgetItem] = {}
        rows = [*window_shortcuts(window, self.tr("Other")), *more]
        # In the order of the menu bar (File, Edit, View, …), then the rest as found.
        bar = window.menuBar() if isinstance(window, QMainWindow) else None
        order = [_plain(a.text()) for a in bar.actions()] if bar is not None else []
        rows.sort(key=lambda row: order.index(row[0]) if row[0] in order else len(order))
        for area, keys, text in rows:
            parent_item = areas.get(area)
            if parent_item is None:
                parent_item = areas[area] = QTreeWidgetItem(self.tree, [area])
                parent_item.setFirstColumnSpanned(True)
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
                parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(parent_item, [keys, text])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def rows(self) -> list[tuple[str, str, str]]:
        """(area, keys, text) as listed (for tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(i)
            assert area is not None
            children = [area.child(j) for j in range(area.childCount())]
            out += [(area.text(0), child.text(0), child.text(1)) for child in children if child is not None]
        return out

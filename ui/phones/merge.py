""""Flet ind i…": choose the board idea a phone's idea is merged into."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import plain_label


class MergeDialog(QDialog):
    """A filterable list of the board's ideas ("12. text"); type to narrow it, arrows
    to choose, Enter to merge. :attr:`chosen` is the idea chosen, or ``None``."""

    def __init__(self, phone_text: str, ideas: Sequence[tuple[uuid.UUID, int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneMergeDialog")
        self.setWindowTitle(self.tr("Merge into an idea"))
        self.resize(520, 480)
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr("Merge this idea from a phone into an idea on the board:"), wrap=True)
        quoted = plain_label(phone_text, wrap=True, role="muted", name="phoneMergeText")
        self.filter = QLineEdit()
        self.filter.setObjectName("phoneMergeFilter")
        self.filter.setPlaceholderText(self.tr("Find an idea by number or text"))
        self.filter.setAccessibleName(self.tr("Find an idea"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("phoneMergeList")
        self.list.setAccessibleName(self.tr("Ideas on the board"))
        self.list.setWordWrap(True)
        for key, number, text in ideas:
            item = QListWidgetItem(f"{number}. {text}")  # an item's text is never rich text
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.filter.textChanged.connect(self._narrow)
        self.filter.returnPressed.connect(self._accept_if_chosen)
        for widget in (intro, quoted, self.filter):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._enable()
        self.filter.setFocus()

    @property
    def chosen(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        return key if isinstance(key, uuid.UUID) else None

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = all(word in item.text().casefold() for word in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            if first is not None:
                self.list.setCurrentItem(first)
            else:
                self.list.setCurrentRow(-1)
        self._enable()

    def _enable(self) -> None:
        self.ok.setEnabled(self.chosen is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen is not None:
            self.accept()

"""The action plan at the desk: the next step for chosen ideas."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.queries import idea_choices
from ui.widgets import DateField, plain_label

if TYPE_CHECKING:
    from app.model import Workshop
    from ui.controller import Controller



class ActionPlanView(QWidget):
    """The next step for chosen ideas: owner, first small test, date, added value."""

    COLUMNS = 6

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workshop_id = workshop_id
        self._rows: list[tuple[uuid.UUID, uuid.UUID]] = []  # (action id, idea id)
        self._workshop: Workshop | None = None
        self._ideas_stale = True

        self.heading = plain_label(name="sectionTitle")
        self.hint = plain_label(wrap=True, role="muted")
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("actionTable")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(2, 170)
        self.table.itemChanged.connect(self._item_did_change)
        # Row heights follow the wrapped text, which depends on the column widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

        self.idea_box = QComboBox()
        self.idea_box.setObjectName("ideaChoice")
        self.idea_box.setMinimumContentsLength(30)
        self.idea_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.idea_box, 1)
        bottom.addWidget(self.add_button)
        bottom.addSpacing(20)
        bottom.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Action plan"))
        self.hint.setText(self.tr(
            "Fastest route to action: for each chosen idea, a project owner with drive, "
            "the first small test and a date. Think big, start small."
        ))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Idea"), self.tr("Project owner"), self.tr("First small test"),
            self.tr("Date"), self.tr("Added value"),
        ])
        self.add_button.setText(self.tr("Add to plan"))
        self.remove_button.setText(self.tr("Remove from plan"))
        self.table.setAccessibleName(self.tr("Action plan"))
        self.idea_box.setAccessibleName(self.tr("Idea to add to the plan"))
        if self._workshop is not None:
            self.set_workshop(self._workshop)  # the kinds of added value, in this language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_workshop(self, workshop: Workshop) -> None:
        from ui.catalog import value_terms

        self._workshop = workshop
        actions = sorted(workshop.actions, key=lambda a: (a.idea.number if a.idea else 0))
        self._rows = [(a.id, a.idea_id) for a in actions]
        terms = value_terms()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(actions))
            for row, action in enumerate(actions):
                number = QTableWidgetItem(str(action.idea.number) if action.idea else "")
                number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
                idea = QTableWidgetItem(action.idea.text if action.idea else "")
                idea.setFlags(idea.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, 0, number)
                self.table.setItem(row, 1, idea)
                self.table.setItem(row, 2, QTableWidgetItem(action.owner))
                self.table.setItem(row, 3, QTableWidgetItem(action.first_test))
                # Typed in Danish order, empty for none; the calendar opens on today.
                date = DateField(action.due, optional=True)
                date.language = self.controller.language
                date.edit.setAccessibleName(self.tr("Date for idea %1").replace("%1", idea.text()))
                date.date_did_change.connect(lambda r=row: self._save(r))
                self.table.setCellWidget(row, 4, date)
                value = QComboBox()
                value.addItem(self.tr("—"), None)
                for term_id, name in terms:
                    value.addItem(name, term_id)
                value.setCurrentIndex(max(0, value.findData(action.added_value)) if action.added_value else 0)
                value.currentIndexChanged.connect(lambda _i, r=row: self._save(r))
                self.table.setCellWidget(row, 5, value)
        self.table.resizeRowsToContents()
        # The idea list can be thousands long: fill it when the plan is looked at.
        self._ideas_stale = True
        if self.isVisible():
            self._fill_idea_box()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._ideas_stale:
            self._fill_idea_box()
        super().showEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _fill_idea_box(self) -> None:
        self._ideas_stale = False
        chosen = {idea_id for _, idea_id in self._rows}
        self.idea_box.clear()
        for idea_id, number, text in idea_choices(self.controller.library, self.workshop_id):
            if idea_id not in chosen:
                short = " ".join(text.split())
                self.idea_box.addItem(f"{number}. {short[:90]}{'…' if len(short) > 90 else ''}", str(idea_id))
        self.add_button.setEnabled(self.idea_box.count() > 0)
        if not self.idea_box.count():
            self.idea_box.addItem(self.tr("No more ideas on the board"), None)

    def row_values(self, row: int) -> dict[str, Any]:
        date_edit = self.table.cellWidget(row, 4)
        value_box = self.table.cellWidget(row, 5)
        assert isinstance(date_edit, DateField) and isinstance(value_box, QComboBox)
        owner_item, test_item = self.table.item(row, 2), self.table.item(row, 3)
        assert owner_item is not None and test_item is not None  # every row is made with its cells
        return dict(
            owner=owner_item.text(),
            first_test=test_item.text(),
            due=date_edit.date_or_last(),
            added_value=value_box.currentData(),
        )

    def _item_did_change(self, item: QTableWidgetItem) -> None:
        if item.column() in (2, 3):
            self._save(item.row())

    def _save(self, row: int) -> None:
        from app.operations import set_action

        if row >= len(self._rows):
            return
        _, idea_id = self._rows[row]
        self.controller.run(self.tr("Edit action plan"), set_action, idea_id, **self.row_values(row))

    def add_chosen(self) -> None:
        from app.operations import set_action

        data = self.idea_box.currentData()
        if data:
            self.controller.run(self.tr("Add to action plan"), set_action, uuid.UUID(data))

    def remove_selected(self) -> None:
        from app.operations import remove_action

        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        ids = [self._rows[row][0] for row in rows if row < len(self._rows)]
        if not ids:
            return
        self.controller.undo_stack.beginMacro(self.tr("Remove from action plan"))
        try:
            for action_id in ids:
                self.controller.run(self.tr("Remove from action plan"), remove_action, action_id)
        finally:
            self.controller.undo_stack.endMacro()

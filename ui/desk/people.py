"""Participants, table groups and role cards at the desk."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPointF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.model import Workshop
    from ui.controller import Controller

ID_ROLE = Qt.ItemDataRole.UserRole  # a participant's or table group's id
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1  # the chosen value behind a choice cell's text


class ChoiceDelegate(QStyledItemDelegate):
    """A cell showing one choice (a table group, a role card) as text with a small
    arrow, edited with a combo box that exists only while editing."""

    def __init__(self, choices: Callable[[], list[tuple[str, str | None]]],
                 chosen: Callable[[int, int, str | None], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._chosen = chosen

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:  # noqa: N802 - Qt's name
        box = QComboBox(parent)
        for label, value in self._choices():
            box.addItem(label, value)
        # A choice made is a choice committed: no extra Enter needed.
        box.activated.connect(lambda _i: self._commit_and_close(box))
        return box

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802 - Qt's name
        assert isinstance(editor, QComboBox)
        value = index.data(CHOICE_ROLE)
        editor.setCurrentIndex(max(0, editor.findData(value)) if value else 0)

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802 - Qt's name
        assert isinstance(editor, QComboBox)
        # Not written into the table: the operation runs and the view redraws from the model.
        self._chosen(index.row(), index.column(), editor.currentData())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        super().paint(painter, option, index)
        rect = option.rect  # type: ignore[attr-defined]
        x, y = rect.right() - 16, rect.center().y()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#5B6B7A"), 1.6)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(x - 4, y - 2), QPointF(x, y + 2), QPointF(x + 4, y - 2)])
        painter.restore()


class PeopleView(QWidget):
    """Participants, table groups and role cards.

    Signals:
        role_did_get_shown(str): show this role card on the projector ("" to hide it).
    """

    role_did_get_shown = Signal(str)

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workshop_id = workshop_id
        self._groups: list[tuple[uuid.UUID, str]] = []
        self._people_ids: list[uuid.UUID] = []
        self._workshop: Workshop | None = None

        self.people_heading = plain_label(name="sectionTitle")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("participantTable")
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        # Names are never cut: their column takes the longest name (set_workshop); the
        # organisation takes the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.itemChanged.connect(self._item_did_change)
        self._group_choices: list[tuple[str, str | None]] = []
        self._role_choices: list[tuple[str, str | None]] = []
        self.table.setItemDelegateForColumn(2, ChoiceDelegate(lambda: self._group_choices, self.choose, self.table))
        self.table.setItemDelegateForColumn(3, ChoiceDelegate(lambda: self._role_choices, self.choose, self.table))

        self.add_edit = QPlainTextEdit()
        self.add_edit.setObjectName("addParticipants")
        self.add_edit.setTabChangesFocus(True)
        self.add_edit.setFixedHeight(64)
        self.add_group = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_people)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_column = QVBoxLayout()
        add_column.addWidget(self.add_group)
        add_column.addWidget(self.add_button)
        add_row.addLayout(add_column)

        left = QVBoxLayout()
        left.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.people_heading, 1)
        top.addWidget(self.remove_button)
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addLayout(add_row)

        # Table groups.
        self.groups_heading = plain_label(name="sectionTitle")
        self.groups_list = QListWidget()
        self.groups_list.setObjectName("groupList")
        self.group_edit = QLineEdit()
        self.group_edit.setMaxLength(100)
        self.group_edit.returnPressed.connect(self.add_group_from_edit)
        self.group_button = QPushButton()
        self.group_button.clicked.connect(self.add_group_from_edit)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_edit, 1)
        group_row.addWidget(self.group_button)

        # Role cards.
        self.roles_heading = plain_label(name="sectionTitle")
        self.deal_button = QPushButton()
        self.deal_button.setProperty("role", "primary")
        self.deal_button.clicked.connect(self.deal)
        self.per_group = QCheckBox()
        self.hide_role_button = QPushButton()
        self.hide_role_button.clicked.connect(lambda: self.role_did_get_shown.emit(""))
        self.role_cards: dict[str, tuple[QLabel, QLabel, QLabel, QPushButton]] = {}
        cards = QVBoxLayout()
        cards.setSpacing(8)
        from ui.catalog import common

        for role in common().roles:
            # One row per card: name and arena, who holds it, and "show" on the right.
            card = QFrame()
            card.setProperty("role", "card")
            name = plain_label(name="sectionTitle")
            arena = plain_label(role="muted")
            holders = plain_label(wrap=True)
            show = QPushButton()
            show.clicked.connect(lambda _=False, r=role.id: self.role_did_get_shown.emit(r))
            card_layout = QGridLayout(card)
            card_layout.setContentsMargins(12, 8, 12, 8)
            card_layout.setHorizontalSpacing(12)
            card_layout.addWidget(name, 0, 0)
            card_layout.addWidget(arena, 1, 0)
            card_layout.addWidget(holders, 0, 1, 2, 1)
            card_layout.addWidget(show, 0, 2, 2, 1)
            card_layout.setColumnStretch(1, 1)
            cards.addWidget(card)
            self.role_cards[role.id] = (name, arena, holders, show)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.groups_heading)
        right.addWidget(self.groups_list, 1)
        right.addLayout(group_row)
        right.addSpacing(12)
        right.addWidget(self.roles_heading)
        right.addLayout(cards)
        deal_row = QHBoxLayout()
        deal_row.addWidget(self.deal_button)
        deal_row.addStretch(1)
        deal_row.addWidget(self.hide_role_button)
        right.addLayout(deal_row)
        right.addWidget(self.per_group)

        left_widget, right_widget = QWidget(), QWidget()
        left_widget.setLayout(left)
        right_widget.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.people_heading.setText(self.tr("Participants"))
        self.table.setAccessibleName(self.tr("Participants"))
        self.add_edit.setAccessibleName(self.tr("Add participants, one per line: Name; Organisation"))
        self.groups_list.setAccessibleName(self.tr("Table groups"))
        self.group_edit.setAccessibleName(self.tr("New table group"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Table group"), self.tr("Role card")])
        self.add_edit.setPlaceholderText(self.tr("Add participants, one per line: Name; Organisation"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.groups_heading.setText(self.tr("Table groups"))
        self.group_edit.setPlaceholderText(self.tr("New table group"))
        self.group_button.setText(self.tr("Add group"))
        self.roles_heading.setText(self.tr("Role cards"))
        self.deal_button.setText(self.tr("Deal role cards at random"))
        self.per_group.setText(self.tr("One set per table group"))
        self.hide_role_button.setText(self.tr("Hide card on projector"))
        from ui.catalog import common, data_language

        language = data_language()
        for role in common().roles:
            name, arena, _holders, show = self.role_cards[role.id]
            name.setText(role.name.get(language))
            arena.setText(self.tr("Arena: %1").replace("%1", role.arena.get(language)))
            show.setText(self.tr("Show on projector"))
        if self._workshop is not None:
            self.set_workshop(self._workshop)  # role names, counts and "no table group" too

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_workshop(self, workshop: Workshop) -> None:
        """Redraw from the model, with signals blocked so nothing echoes back."""
        from ui.catalog import common, data_language

        self._workshop = workshop
        language = data_language()
        groups = sorted(workshop.table_groups, key=lambda g: g.position)
        self._groups = [(g.id, g.name) for g in groups]
        people = sorted(workshop.participants, key=lambda p: p.position)
        self._people_ids = [p.id for p in people]
        roles = [(r.id, r.name.get(language)) for r in common().roles]
        self._group_choices = [(self.tr("—"), None)] + [(name, str(group_id)) for group_id, name in self._groups]
        self._role_choices = [(self.tr("—"), None)] + [(name, role_id) for role_id, name in roles]
        group_names = {str(group_id): name for group_id, name in self._groups}
        role_names = dict(roles)
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(people))
            for row, person in enumerate(people):
                for column, text in ((0, person.name), (1, person.organisation)):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, person.id)
                    self.table.setItem(row, column, item)
                # Plain items edited through a delegate: a combo box per row would cost
                # seconds at a citizens' meeting with hundreds of participants.
                group = str(person.table_group_id) if person.table_group_id else None
                for column, value, text in (
                    (2, group, group_names.get(group or "", self.tr("—"))),
                    (3, person.role_card, role_names.get(person.role_card or "", self.tr("—"))),
                ):
                    item = QTableWidgetItem(text)
                    item.setData(CHOICE_ROLE, value)
                    self.table.setItem(row, column, item)
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        widest_name = max((metrics.horizontalAdvance(p.name) for p in people), default=0)
        self.table.setColumnWidth(0, max(header.sectionSizeHint(0), min(widest_name + 32, 360)))
        for column, choices in ((2, self._group_choices), (3, self._role_choices)):
            widest = max(metrics.horizontalAdvance(label) for label, _ in choices)
            self.table.setColumnWidth(column, max(header.sectionSizeHint(column), widest + 48))
        self.people_heading.setText(self.tr("Participants (%1)").replace("%1", str(len(people))))
        with QSignalBlocker(self.groups_list):
            self.groups_list.clear()
            counts = {g: sum(1 for p in people if p.table_group_id == g) for g, _ in self._groups}
            for table_group in groups:
                entry = QListWidgetItem(f"{table_group.name}  ·  " + self.tr("%n people", "", counts[table_group.id]))
                entry.setData(ID_ROLE, table_group.id)
                entry.setBackground(QColor(table_group.colour))
                entry.setForeground(QColor("#1B2733"))
                self.groups_list.addItem(entry)
        chosen = self.add_group.currentData()
        self.add_group.clear()
        self.add_group.addItem(self.tr("No table group"), None)
        for group_id, name in self._groups:
            self.add_group.addItem(name, str(group_id))
        self.add_group.setCurrentIndex(max(0, self.add_group.findData(chosen)))
        for role_id, (_name, _arena, holders, _show) in self.role_cards.items():
            names = [p.name for p in people if p.role_card == role_id]
            holders.setText(("\n".join(names)) if names else self.tr("Not dealt yet"))
        self.deal_button.setEnabled(bool(people))

    # -- edits --------------------------------------------------------------------

    def _item_did_change(self, item: QTableWidgetItem) -> None:
        from app.operations import update_participant

        person_id = item.data(ID_ROLE)
        if item.column() == 0:
            self.controller.run(self.tr("Rename participant"), update_participant, person_id, name=item.text())
        elif item.column() == 1:
            self.controller.run(self.tr("Change organisation"), update_participant, person_id, organisation=item.text())

    def choose(self, row: int, column: int, value: str | None) -> None:
        """The facilitator chose a table group (column 2) or role card (column 3)."""
        from app.operations import assign_role, update_participant

        if not 0 <= row < len(self._people_ids):
            return
        cell = self.table.item(row, column)
        if cell is not None and cell.data(CHOICE_ROLE) == value:
            return
        person_id = self._people_ids[row]
        if column == 2:
            group_id = uuid.UUID(value) if value else None
            self.controller.run(
                self.tr("Change table group"), update_participant, person_id,
                table_group_id=group_id, clear_group=group_id is None,
            )
        elif column == 3:
            self.controller.run(self.tr("Assign role card"), assign_role, person_id, value)

    def add_people(self) -> None:
        """Add the typed or pasted lines; on a bad line say which and keep the text."""
        from app.errors import SamskabError
        from app.operations import add_participants, parse_participant_lines

        try:
            people = parse_participant_lines(self.add_edit.toPlainText())
        except SamskabError as error:
            self.controller.operation_did_fail.emit(error.message(self.controller.language))
            return
        if not people:
            return
        data = self.add_group.currentData()
        changes = self.controller.run(
            self.tr("Add participants"), add_participants, self.workshop_id, people, uuid.UUID(data) if data else None
        )
        if changes is not None:
            self.add_edit.clear()

    def remove_selected(self) -> None:
        from app.operations import remove_participant

        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self._people_ids[row] for row in rows if row < len(self._people_ids)]
        if not ids:
            return
        # One undo step; someone who cannot be removed is named and the others go.
        self.controller.run_steps(
            self.tr("Remove participants"), [(remove_participant, (person_id,)) for person_id in ids],
            stop_at_refusal=False,
        )

    def add_group_from_edit(self) -> None:
        from app.operations import add_table_group

        name = self.group_edit.text()
        if self.controller.run(self.tr("Add table group"), add_table_group, self.workshop_id, name) is not None:
            self.group_edit.clear()

    def deal(self) -> None:
        from app.operations import deal_roles

        self.controller.run(self.tr("Deal role cards"), deal_roles, self.workshop_id, per_group=self.per_group.isChecked())

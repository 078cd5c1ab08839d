"""The facilitator's desk: one workshop in one window.

Phases on the side (the current one marked, its prompts and timebox, back and next)
with the phase timer; the idea board in the middle, beside the people and role cards,
the action plan and — when the voting area is installed — the votes. Menus and the
toolbar are QActions with the platform's standard key sequences. The projector is a
second window fed from here.

The window keeps no workshop state of its own: every edit is an operation run by the
window's :class:`~ui.controller.Controller` (which keeps this workshop's undo stack),
and every view redraws from the library when ``changes_did_happen`` says its part
changed.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QPointF, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QKeySequence,
    QPainter,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFrame,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.queries import DESK_PARTS, idea_choices, load_workshop
from ui.desk.projector import ProjectorWindow
from ui.desk.timer import PhaseTimer, TimerWidget
from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.changes import Changes
    from app.model import Workshop
    from ui.controller import Controller
    from ui.settings import Settings

ID_ROLE = Qt.ItemDataRole.UserRole
NO_DATE = QDate(2000, 1, 1)  # the date edits' "no date" value (shown as a dash)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# -- phases -------------------------------------------------------------------------


class PhasePanel(QWidget):
    """The phases in order, the current one marked, its prompts and timebox.

    Signals:
        phase_did_get_chosen(uuid.UUID): the facilitator wants to move to this phase.
    """

    phase_did_get_chosen = Signal(object)

    def __init__(self, timer: PhaseTimer, sound: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[tuple[uuid.UUID, str, str, list[str], int]] = []
        self._current: int = -1

        self.heading = plain_label(role="muted")
        self.list = QListWidget()
        self.list.setObjectName("phaseList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemClicked.connect(self._item_did_get_clicked)
        self.list.itemActivated.connect(self._item_did_get_clicked)
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.name_label = plain_label(wrap=True, name="sectionTitle")
        self.goal_label = plain_label(wrap=True, role="muted")
        self.prompts_label = plain_label(wrap=True)
        self.prompts_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.timebox_label = plain_label(role="hint")

        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        steps = QHBoxLayout()
        steps.addWidget(self.back_button)
        steps.addWidget(self.next_button)

        self.timer_heading = plain_label(role="muted")
        self.timer_widget = TimerWidget(timer, sound)

        details = QFrame()
        details.setProperty("role", "card")
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(14, 12, 14, 12)
        details_layout.setSpacing(6)
        details_layout.addWidget(self.name_label)
        details_layout.addWidget(self.goal_label)
        details_layout.addWidget(self.prompts_label)
        details_layout.addSpacing(4)
        details_layout.addWidget(self.timebox_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(steps)
        layout.addSpacing(6)
        layout.addWidget(details)
        layout.addSpacing(14)
        layout.addWidget(self.timer_heading)
        layout.addWidget(self.timer_widget)
        layout.addStretch(1)
        # Gentofte's four principles, as a quiet reminder while the workshop runs.
        self.principles_heading = plain_label(role="muted")
        self.principles_label = plain_label(wrap=True, role="hint")
        layout.addWidget(self.principles_heading)
        layout.addWidget(self.principles_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("PHASES"))
        self.timer_heading.setText(self.tr("TIMER"))
        self.principles_heading.setText(self.tr("PRINCIPLES"))
        from ui.catalog import common, data_language

        self.principles_label.setText("\n".join(p.name.get(data_language()) for p in common().principles))
        self.back_button.setText(self.tr("◀ Back"))
        self.next_button.setText(self.tr("Next phase ▶"))
        self.back_button.setToolTip(self.tr("Go back to the previous phase"))
        self.next_button.setToolTip(self.tr("Move on to the next phase"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_phases(self, workshop: Workshop) -> None:
        self._phases = [
            (p.id, p.name, p.goal, list(p.prompts), p.timebox_minutes)
            for p in sorted(workshop.phases, key=lambda p: p.position)
        ]
        self._current = next((i for i, p in enumerate(self._phases) if p[0] == workshop.current_phase_id), -1)
        self._show()

    def _show(self) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for index, (phase_id, name, _goal, _prompts, minutes) in enumerate(self._phases):
                marker = "●" if index == self._current else "○"
                text = f"{marker}  {index + 1}. {name}    " + self.tr("%1 min").replace("%1", str(minutes))
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, phase_id)
                if index == self._current:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                elif index < self._current:
                    item.setForeground(QColor("#5B6B7A"))
                self.list.addItem(item)
            if self._current >= 0:
                self.list.setCurrentRow(self._current)
        self.back_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(0 <= self._current < len(self._phases) - 1)
        current = self.current()
        if current is None:
            for label in (self.name_label, self.goal_label, self.prompts_label, self.timebox_label):
                label.setText("")
            return
        _, name, goal, prompts, minutes = current
        self.name_label.setText(self.tr("Now: %1").replace("%1", name))
        self.goal_label.setText(goal)
        self.goal_label.setVisible(bool(goal))
        self.prompts_label.setText("\n".join(f"•  {p}" for p in prompts))
        self.timebox_label.setText(self.tr("Timebox: %1 minutes").replace("%1", str(minutes)))

    def current(self) -> tuple[uuid.UUID, str, str, list[str], int] | None:
        return self._phases[self._current] if 0 <= self._current < len(self._phases) else None

    def current_index(self) -> int:
        return self._current

    def count(self) -> int:
        return len(self._phases)

    def step(self, delta: int) -> None:
        index = self._current + delta
        if 0 <= index < len(self._phases):
            self.phase_did_get_chosen.emit(self._phases[index][0])

    def _item_did_get_clicked(self, item: QListWidgetItem) -> None:
        phase_id = item.data(ID_ROLE)
        current = self.current()
        if current is not None and phase_id != current[0]:
            self.phase_did_get_chosen.emit(phase_id)


# -- people and role cards ----------------------------------------------------------------

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
        box.activated.connect(lambda _i: (self.commitData.emit(box), self.closeEditor.emit(box)))
        return box

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
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_workshop(self, workshop: Workshop) -> None:
        """Redraw from the model, with signals blocked so nothing echoes back."""
        from ui.catalog import common, data_language

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
        for column, choices in ((2, self._group_choices), (3, self._role_choices)):
            widest = max(metrics.horizontalAdvance(label) for label, _ in choices)
            self.table.setColumnWidth(column, max(header.sectionSizeHint(column), widest + 48))
        self.people_heading.setText(self.tr("Participants (%1)").replace("%1", str(len(people))))
        with QSignalBlocker(self.groups_list):
            self.groups_list.clear()
            counts = {g: sum(1 for p in people if p.table_group_id == g) for g, _ in self._groups}
            for group in groups:
                item = QListWidgetItem(f"{group.name}  ·  " + self.tr("%1 people").replace("%1", str(counts[group.id])))
                item.setData(ID_ROLE, group.id)
                item.setBackground(QColor(group.colour))
                item.setForeground(QColor("#1B2733"))
                self.groups_list.addItem(item)
        self.add_group.clear()
        self.add_group.addItem(self.tr("No table group"), None)
        for group_id, name in self._groups:
            self.add_group.addItem(name, str(group_id))
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

        if not 0 <= row < len(self._people_ids) or self.table.item(row, column).data(CHOICE_ROLE) == value:
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


# -- action plan ---------------------------------------------------------------------


class ActionPlanView(QWidget):
    """The next step for chosen ideas: owner, first small test, date, added value."""

    COLUMNS = 6

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workshop_id = workshop_id
        self._rows: list[tuple[uuid.UUID, uuid.UUID]] = []  # (action id, idea id)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_workshop(self, workshop: Workshop) -> None:
        from ui.catalog import value_terms

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
                date = QDateEdit()
                date.setCalendarPopup(True)
                date.setMinimumDate(NO_DATE)
                date.setSpecialValueText(self.tr("—"))
                date.setDate(QDate(action.due.year, action.due.month, action.due.day) if action.due else NO_DATE)
                date.dateChanged.connect(lambda _d, r=row: self._save(r))
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
        assert isinstance(date_edit, QDateEdit) and isinstance(value_box, QComboBox)
        qdate = date_edit.date()
        return dict(
            owner=self.table.item(row, 2).text(),
            first_test=self.table.item(row, 3).text(),
            due=None if qdate == NO_DATE else dt.date(qdate.year(), qdate.month(), qdate.day()),
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


# -- the board's place --------------------------------------------------------------------


class PlaceholderBoard(QGraphicsView):
    """Stands in for the idea board when ``ui.board.view`` is not installed."""

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workshop_id = workshop_id
        self.read_only = read_only
        self.setScene(QGraphicsScene(self))
        self.reload()

    def reload(self) -> None:
        scene = self.scene()
        scene.clear()
        frame = QGraphicsRectItem(0, 0, 600, 300)
        frame.setPen(QColor("#D3DAE1"))
        scene.addItem(frame)
        text = QGraphicsSimpleTextItem(self.tr("The idea board is not installed."))
        text.setParentItem(frame)
        text.setPos(24, 24)

    def fit_all(self) -> None:
        self.fitInView(self.scene().itemsBoundingRect())


def board_class() -> Any:
    """The idea board (``ui.board.view.BoardView``), or a placeholder if it is absent."""
    try:
        from ui.board.view import BoardView
    except ImportError:
        return PlaceholderBoard
    return BoardView


def capture_bar(controller: Controller, workshop_id: uuid.UUID) -> QWidget | None:
    try:
        from ui.board.capture import CaptureBar
    except ImportError:
        return None
    widget: QWidget = CaptureBar(controller, workshop_id)
    return widget


def results_view(library: Any) -> QWidget | None:
    """The voting area's results view for the projector, when that area is installed."""
    try:
        from ui.voting.projector import ResultsView
    except ImportError:
        return None
    widget: QWidget = ResultsView(library)
    return widget


def voting_panel(controller: Controller, workshop_id: uuid.UUID) -> QWidget | None:
    """The voting area's panel, when that area is installed."""
    try:
        from ui.voting.panel import VotingPanel
    except ImportError:
        return None
    widget: QWidget = VotingPanel(controller, workshop_id)
    return widget


# -- the window ----------------------------------------------------------------------------


class WorkshopWindow(QMainWindow):
    """One workshop at the facilitator's desk.

    Signals:
        window_did_close(uuid.UUID): the window was closed.
    """

    window_did_close = Signal(object)
    settings_did_get_requested = Signal()

    BOARD_TAB, PEOPLE_TAB, PLAN_TAB = range(3)

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, settings: Settings | None = None,
                 parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("workshopWindow")
        self.controller = controller
        self.workshop_id = workshop_id
        self.settings = settings
        self.workshop: Workshop | None = None
        self.projector: ProjectorWindow | None = None
        self.projector_board: QWidget | None = None
        self.projector_results: Any = None
        self._shown_role = ""
        self.resize(1440, 900)

        self.timer = PhaseTimer(clock, parent=self)
        self.phase_panel = PhasePanel(self.timer, self._sound_on)
        self.phase_panel.phase_did_get_chosen.connect(self.go_to_phase)
        self.phase_panel.timer_widget.set_reset_seconds(self._timebox_seconds)
        self.timer.timer_did_expire.connect(self._timer_did_expire)
        self.dock = QDockWidget()
        self.dock.setObjectName("phaseDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.dock.setWidget(self.phase_panel)
        self.dock.setTitleBarWidget(QWidget())  # the panel has its own headings
        self.dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)

        # The board tab: question, find field, capture line, board.
        self.question_label = plain_label(wrap=True)
        self.question_label.setObjectName("questionLabel")
        self.question_label.setStyleSheet("font-size: 12pt; color: #1B2733;")
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("boardFind")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaximumWidth(280)
        self.find_edit.textChanged.connect(self._find_did_change)
        board_top = QHBoxLayout()
        board_top.addWidget(self.question_label, 1)
        board_top.addWidget(self.find_edit)
        self.board = board_class()(controller, workshop_id)
        self.apply_note_size()
        self.capture = capture_bar(controller, workshop_id)
        board_page = QWidget()
        board_layout = QVBoxLayout(board_page)
        board_layout.setContentsMargins(12, 10, 12, 12)
        board_layout.setSpacing(8)
        board_layout.addLayout(board_top)
        if self.capture is not None:
            board_layout.addWidget(self.capture)
        board_layout.addWidget(self.board, 1)

        self.people = PeopleView(controller, workshop_id)
        self.people.role_did_get_shown.connect(self.show_role)
        self.plan = ActionPlanView(controller, workshop_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deskTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(board_page, "")
        self.tabs.addTab(self.people, "")
        self.tabs.addTab(self.plan, "")
        self.voting = voting_panel(controller, workshop_id)
        if self.voting is not None:
            self.tabs.addTab(self.voting, "")
        self.setCentralWidget(self.tabs)
        self._plan_stale = False
        self.tabs.currentChanged.connect(self._tab_did_change)

        self.status_message = plain_label()
        self.statusBar().addWidget(self.status_message, 1)
        self.projector_status = plain_label(role="muted")
        self.statusBar().addPermanentWidget(self.projector_status)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(lambda: self.status_message.setText(""))

        self._build_actions()
        controller.changes_did_happen.connect(self.changes_did_happen)
        controller.operation_did_fail.connect(self.show_error)
        self.reload()
        self.retranslate()
        QTimer.singleShot(0, self._fit_board)

    # -- actions, menus, toolbar -----------------------------------------------------

    def _action(self, slot: Callable[..., Any], shortcut: Any = None, *, checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.controller.undo_stack
        # The Edit menu's Undo and Redo name the step ("Fortryd Gå til fasen Test", in
        # Qt's own words); the toolbar has short twins so it keeps its width.
        self._make_undo_actions()
        self.undo_tool = self._action(stack.undo)
        self.redo_tool = self._action(stack.redo)
        self.undo_tool.setEnabled(stack.canUndo())
        self.redo_tool.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_tool.setEnabled)
        stack.canRedoChanged.connect(self.redo_tool.setEnabled)
        stack.undoTextChanged.connect(self.undo_tool.setToolTip)
        stack.redoTextChanged.connect(self.redo_tool.setToolTip)
        # Delete: the board takes the key itself (it knows when a note is being edited);
        # the menu item shows the key and works from the menu. A window-wide shortcut
        # would delete notes while the facilitator edits the participant list.
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete)
        self.find_action = self._action(self._find, QKeySequence.StandardKey.Find)
        self.zoom_in_action = self._action(self._zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(self._zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.fit_action = self._action(self._fit_board, "Ctrl+0")
        self.close_action = self._action(self.close, QKeySequence.StandardKey.Close)
        self.settings_action = self._action(self.settings_did_get_requested.emit, QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.back_action = self._action(lambda: self.phase_panel.step(-1), "Alt+Left")
        self.next_action = self._action(lambda: self.phase_panel.step(1), "Alt+Right")
        self.timer_action = self._action(self.timer.toggle, "Ctrl+T")
        self.minute_action = self._action(self.timer.add_minute, "Ctrl+Shift+T")
        self.deal_action = self._action(self.people.deal)
        self.details_action = self._action(self.edit_details)
        self.projector_action = self._action(self.set_projector_shown, "F5", checkable=True)
        self.blank_action = self._action(self.set_blank, "Ctrl+B", checkable=True)
        self.blank_action.setEnabled(False)
        self.hide_role_action = self._action(lambda: self.show_role(""))
        self.results_action = self._action(self.set_results_shown, "Ctrl+R", checkable=True)
        self.results_action.setEnabled(self.voting is not None)
        self.screen_menu_actions = QActionGroup(self)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.delete_action, self.find_action])
        self.view_menu = bar.addMenu("")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.dock.toggleViewAction())
        self.workshop_menu = bar.addMenu("")
        for action in (self.back_action, self.next_action, None, self.timer_action, self.minute_action, None,
                       self.deal_action, None, self.details_action):
            self.workshop_menu.addSeparator() if action is None else self.workshop_menu.addAction(action)
        self.projector_menu = bar.addMenu("")
        self.projector_menu.addAction(self.projector_action)
        self.projector_menu.addAction(self.blank_action)
        self.projector_menu.addAction(self.hide_role_action)
        self.projector_menu.addAction(self.results_action)
        self.screen_menu = self.projector_menu.addMenu("")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.undo_tool, self.redo_tool, None, self.back_action, self.next_action, None,
                       self.zoom_out_action, self.zoom_in_action, self.fit_action, None,
                       self.projector_action, self.blank_action):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)
        # The "Del" menu and toolbar entry: handouts, printing, files, the shared database.
        from ui.sharing.desk import WorkshopSharing

        self.sharing = WorkshopSharing(self, self.controller, self.workshop_id, self.settings)

    def _make_undo_actions(self) -> None:
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # the other common binding, also on Linux
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Phases and timer"))
        self.tabs.setTabText(self.BOARD_TAB, self.tr("Idea board"))
        self.tabs.setTabText(self.PEOPLE_TAB, self.tr("Participants and roles"))
        self.tabs.setTabText(self.PLAN_TAB, self.tr("Action plan"))
        if self.voting is not None:
            self.tabs.setTabText(3, self.tr("Votes"))
        self.find_edit.setPlaceholderText(self.tr("Find on the board…"))
        self.undo_tool.setText(self.tr("Undo"))
        self.redo_tool.setText(self.tr("Redo"))
        if self.edit_menu.actions() and self.edit_menu.actions()[0] is self.undo_action:
            # Qt words the menu's Undo and Redo when they are made: make them again.
            old = (self.undo_action, self.redo_action)
            self._make_undo_actions()
            self.edit_menu.insertActions(old[0], [self.undo_action, self.redo_action])
            for action in old:
                self.edit_menu.removeAction(action)
                self.removeAction(action)
                action.deleteLater()
        for action, text in (
            (self.delete_action, self.tr("Delete selected notes")),
            (self.find_action, self.tr("Find…")),
            (self.zoom_in_action, self.tr("Zoom in")),
            (self.zoom_out_action, self.tr("Zoom out")),
            (self.fit_action, self.tr("Fit board")),
            (self.close_action, self.tr("Close workshop")),
            (self.settings_action, self.tr("Settings…")),
            (self.back_action, self.tr("Previous phase")),
            (self.next_action, self.tr("Next phase")),
            (self.timer_action, self.tr("Start or pause timer")),
            (self.minute_action, self.tr("One more minute")),
            (self.deal_action, self.tr("Deal role cards at random")),
            (self.details_action, self.tr("Workshop details…")),
            (self.projector_action, self.tr("Projector")),
            (self.blank_action, self.tr("Blank screen")),
            (self.hide_role_action, self.tr("Hide role card")),
            (self.results_action, self.tr("Vote on projector")),
        ):
            action.setText(text)
        self.projector_action.setToolTip(self.tr("Show the projector window (F5)"))
        self.blank_action.setToolTip(self.tr("Hide everything on the projector (Ctrl+B)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.workshop_menu.setTitle(self.tr("&Workshop"))
        self.projector_menu.setTitle(self.tr("&Projector"))
        self.screen_menu.setTitle(self.tr("Screen"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self._show_projector_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "toolbar"):
            self.retranslate()
        super().changeEvent(event)

    # -- reading the model ------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the workshop (not the board) and redraw what shows it."""
        from app.errors import NotFound

        try:
            self.workshop = load_workshop(self.controller.library, self.workshop_id, DESK_PARTS)
        except NotFound:
            # Deleted elsewhere (the start screen, another window): nothing left to show.
            self.workshop = None
            QTimer.singleShot(0, self.close)
            return
        workshop = self.workshop
        # "[*]" is Qt's modified-marker placeholder; doubled, it shows as typed.
        self.setWindowTitle(f"{workshop.title} – Samskab".replace("[*]", "[*][*]"))
        self.question_label.setText(workshop.question)
        self.question_label.setVisible(bool(workshop.question))
        self.phase_panel.set_phases(workshop)
        self.people.set_workshop(workshop)
        self.plan.set_workshop(workshop)
        self.timer.arm(self._timebox_seconds() or 0)
        self._update_projector()

    def changes_did_happen(self, changes: Changes) -> None:
        """Refresh the parts that show what changed."""
        from app.changes import Topic

        if changes.workshop_id is not None and changes.workshop_id != self.workshop_id:
            return
        if changes.touches(Topic.WORKSHOP, Topic.PHASES, Topic.LIBRARY):
            self.reload()
            return
        if self.workshop is None:
            return
        plan_shown = self.tabs.currentWidget() is self.plan
        if changes.touches(Topic.PEOPLE, Topic.ACTIONS) or (changes.touches(Topic.IDEAS) and plan_shown):
            self.workshop = load_workshop(self.controller.library, self.workshop_id, DESK_PARTS)
            if changes.touches(Topic.PEOPLE):
                self.people.set_workshop(self.workshop)
            if changes.touches(Topic.ACTIONS, Topic.IDEAS):
                self.plan.set_workshop(self.workshop)
                self._plan_stale = False
        elif changes.touches(Topic.IDEAS):
            # Capturing is the hot path: the hidden plan catches up when it is shown.
            self._plan_stale = True
        if changes.touches(Topic.VOTES) and self.projector_results is not None:
            self.projector_results.refresh()

    def _tab_did_change(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.plan and self._plan_stale:
            self._plan_stale = False
            self.workshop = load_workshop(self.controller.library, self.workshop_id, DESK_PARTS)
            self.plan.set_workshop(self.workshop)

    def external_changes(self, changes: Changes) -> None:
        """Changes made through another controller (the start screen, another window):
        refresh, and the board too, since it listens only to this window's controller."""
        if changes.workshop_id is not None and changes.workshop_id != self.workshop_id:
            return
        self.changes_did_happen(changes)
        if self.workshop is not None:
            for board in (self.board, self.projector_board):
                if board is not None and hasattr(board, "reload"):
                    board.reload()

    def apply_note_size(self) -> None:
        """The note text size from the settings, on the desk's and the projector's board."""
        if self.settings is None:
            return
        for board in (self.board, self.projector_board):
            setter = getattr(board, "set_note_font_size", None)
            if callable(setter):
                setter(self.settings.note_font_size)

    def _timebox_seconds(self) -> float | None:
        current = self.phase_panel.current()
        return current[4] * 60.0 if current else None

    # -- phases, timer -------------------------------------------------------------------

    def edit_details(self) -> None:
        """Edit the title, question, date, place, facilitator and private notes."""
        from ui.start.new_workshop import WorkshopDetailsDialog

        if self.workshop is not None:
            WorkshopDetailsDialog(self.controller, self.workshop, self).exec()

    def go_to_phase(self, phase_id: uuid.UUID) -> None:
        from app.operations import set_current_phase

        name = next((p.name for p in (self.workshop.phases if self.workshop else []) if p.id == phase_id), "")
        self.controller.run(self.tr("Go to phase %1").replace("%1", name), set_current_phase, self.workshop_id, phase_id)

    def _sound_on(self) -> bool:
        return bool(self.settings and self.settings.timer_sound)

    def _timer_did_expire(self) -> None:
        self.show_message(self.tr("Time is up for this phase."))

    # -- board commands ------------------------------------------------------------------

    def _call_board(self, name: str, *args: Any) -> None:
        method = getattr(self.board, name, None)
        if callable(method):
            method(*args)

    def _delete(self) -> None:
        self._call_board("delete_selected")

    def _find(self) -> None:
        self.tabs.setCurrentIndex(self.BOARD_TAB)
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _find_did_change(self, text: str) -> None:
        self._call_board("set_filter", text)

    def _zoom_in(self) -> None:
        if hasattr(self.board, "zoom_in"):
            self.board.zoom_in()
        else:
            self.board.scale(1.25, 1.25)

    def _zoom_out(self) -> None:
        if hasattr(self.board, "zoom_out"):
            self.board.zoom_out()
        else:
            self.board.scale(0.8, 0.8)

    def _fit_board(self) -> None:
        self._call_board("fit_all")

    # -- projector --------------------------------------------------------------------

    def ensure_projector(self) -> ProjectorWindow:
        if self.projector is None:
            projector = ProjectorWindow(self.settings, self)
            projector.attach_timer(self.timer)
            self.projector_board = board_class()(self.controller, self.workshop_id, read_only=True)
            self.projector_board.setFrameShape(QFrame.Shape.NoFrame)
            self.apply_note_size()
            projector.set_board(self.projector_board)
            projector.screen_did_change.connect(lambda _name: self._show_projector_status())
            projector.blank_did_change.connect(self._projector_blank_did_change)
            self.projector = projector
            self._connect_results()
            self._update_projector()
        return self.projector

    def _connect_results(self) -> None:
        """The projector's view of the vote follows the round the facilitator shows;
        before the reveal it shows only the count (no hidden votes on the wall)."""
        if self.voting is None:
            return
        self.projector_results = results_view(self.controller.library)
        if self.projector_results is None:
            return
        results = self.projector_results
        voting: Any = self.voting
        for signal, slot in (
            ("round_did_select", results.set_round),
            ("ballots_did_change", results.set_count),
            ("phone_did_open", results.set_phone),
            ("phone_did_close", lambda: results.set_phone("", "", None)),
        ):
            if hasattr(voting, signal):
                getattr(voting, signal).connect(slot)
        round_id = getattr(getattr(voting, "results", None), "round_id", None)
        results.set_round(round_id)

    def set_results_shown(self, shown: bool) -> None:
        """Show the vote (count, or results once revealed) on the projector, or go back."""
        if shown:
            projector = self.ensure_projector()
            if self.projector_results is None:
                with QSignalBlocker(self.results_action):
                    self.results_action.setChecked(False)
                return
            if not projector.isVisible():
                self.set_projector_shown(True)
            projector.show_results(self.projector_results)
        elif self.projector is not None:
            self.projector.show_results(None)

    def set_projector_shown(self, shown: bool) -> None:
        if shown:
            projector = self.ensure_projector()
            projector.present()
            QTimer.singleShot(0, lambda: self.projector_board is not None and hasattr(self.projector_board, "fit_all") and self.projector_board.fit_all())
        elif self.projector is not None:
            self.projector.hide()
        self.blank_action.setEnabled(shown)
        with QSignalBlocker(self.projector_action):
            self.projector_action.setChecked(shown)
        self._show_projector_status()

    def set_blank(self, blank: bool) -> None:
        if self.projector is not None:
            self.projector.set_blank(blank)

    def _projector_blank_did_change(self, blank: bool) -> None:
        with QSignalBlocker(self.blank_action):
            self.blank_action.setChecked(blank)
        self._show_projector_status()

    def show_role(self, role_id: str) -> None:
        """Show a role card large on the projector ("" to go back to the board)."""
        from ui.catalog import common, data_language

        self._shown_role = role_id
        role = common().role(role_id) if role_id else None
        with QSignalBlocker(self.results_action):
            self.results_action.setChecked(False)
        if role is not None and (self.projector is None or not self.projector.isVisible()):
            self.set_projector_shown(True)
        if self.projector is not None:
            self.projector.show_role(role, data_language())

    def _update_projector(self) -> None:
        if self.projector is None or self.workshop is None:
            return
        self.projector.show_workshop(self.workshop.title, self.workshop.question)
        current = self.phase_panel.current()
        if current is not None:
            _, name, goal, prompts, _minutes = current
            self.projector.show_phase(name, goal, prompts, self.phase_panel.current_index() + 1, self.phase_panel.count())

    def _show_projector_status(self) -> None:
        if not hasattr(self, "projector_status"):
            return
        if self.projector is None or not self.projector.isVisible():
            text = self.tr("Projector off")
        elif self.projector.blank:
            text = self.tr("Projector blank")
        elif self.projector.screen_name:
            text = self.tr("Projector on %1").replace("%1", self.projector.screen_name)
        else:
            text = self.tr("Projector in a window")
        self.projector_status.setText(text)

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.screen_menu.clear()
        chosen = self.settings.projector_screen if self.settings else ""
        for screen in QGuiApplication.screens():
            size = screen.size()
            action = self.screen_menu.addAction(f"{screen.name()}  ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen.name() == chosen)
            self.screen_menu_actions.addAction(action)
            name = screen.name()
            action.triggered.connect(lambda _=False, n=name: self.ensure_projector().choose_screen(n))

    # -- messages ---------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        self.status_message.setProperty("role", "error" if error else None)
        _repolish(self.status_message)
        self.status_message.setText(text)
        self._message_timer.start(12_000)

    def show_error(self, message: str) -> None:
        """An operation was refused: say why in the status bar (nothing changed)."""
        self.show_message(message, error=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        shutdown = getattr(self.voting, "shutdown", None)
        if callable(shutdown):
            shutdown()  # stop the phone server with the window
        if self.projector is not None:
            self.projector.close()
        self.sharing.runner.finish_in_background()  # an export being written goes on
        self.window_did_close.emit(self.workshop_id)
        super().closeEvent(event)

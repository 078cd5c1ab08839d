"""The question funnel at the desk and on the projector (seed 002).

"Jagten på det gode innovationsspørgsmål": candidate questions are typed in (or come
from phones), the room scores each 1–5 on the four marks of a good question, most are
discarded and stay in the list as "kasseret", and one is chosen as the workshop's
innovation question. The tab attaches itself to the workshop window through its places
(:class:`FunnelHost`); this module does not import the desk.
"""

from __future__ import annotations

import textwrap
import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import operations
from app.changes import Changes, Topic
from app.operations.questions import HIGHEST, LOWEST, MAX_LENGTH, question_marks
from app.queries.questions import Candidate, candidate_questions
from ui.widgets import plain_label

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.controller import Controller

#: Discarded questions: grey, but readable (5.6:1 on white).
DISCARDED_INK = "#5B6B7A"
#: How many candidates the projector lists (the best first); the rest are counted.
PROJECTED = 6


def _language() -> str:
    from ui.catalog import data_language

    return data_language()


def marks() -> list[str]:
    """The four marks of a good question in the data's language (seed 002's words)."""
    return [mark.get(_language()) for mark in question_marks()]


class FunnelHost(Protocol):
    """What the funnel needs of the workshop window: a tab, and the projector."""

    def add_tab(self, widget: QWidget, title: Callable[[], str]) -> int: ...

    def show_on_projector(self, widget: QWidget | None) -> None: ...


class QuestionFunnel(QWidget):
    """The desk's tab: collect, score, discard and choose candidate questions."""

    FIRST_MARK = 2  # columns: number, question, the marks…, total, status

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionFunnel")
        self.controller = controller
        self.workshop_id = workshop_id
        self.candidates: list[Candidate] = []
        self.marks = marks()
        self.projection = FunnelProjection()
        self.on_projector: Callable[[QWidget | None], None] = lambda _widget: None

        self.heading = plain_label(name="sectionTitle")
        self.hint = plain_label(wrap=True, role="muted")
        self.entry = QLineEdit()
        self.entry.setObjectName("funnelEntry")
        self.entry.setMaxLength(MAX_LENGTH)
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_typed)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)

        self.table = QTableWidget(0, self.FIRST_MARK + len(self.marks) + 2)
        self.table.setObjectName("funnelTable")
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.itemSelectionChanged.connect(self._show_buttons)

        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard_or_restore)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.project_button = QPushButton()
        self.project_button.setCheckable(True)
        self.project_button.toggled.connect(self.set_projected)
        self.count_label = plain_label(role="muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.project_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(entry_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        controller.changes_did_happen.connect(self.changes_did_happen)
        self.retranslate()
        self.reload()

    # -- texts --------------------------------------------------------------------

    def tab_title(self) -> str:
        return self.tr("Question funnel")

    def retranslate(self) -> None:
        self.marks = marks()  # seed 002's words, in the language now chosen
        self.heading.setText(self.tr("The hunt for the good innovation question"))
        self.hint.setText(
            self.tr("Marks of a good question:") + " " + " · ".join(self.marks) + "\n"
            + self.tr("Score each question %1–%2 on each mark, as the room agrees; discard most of them "
                      "(they stay in the list) and choose one.").replace("%1", str(LOWEST)).replace("%2", str(HIGHEST))
        )
        self.entry.setPlaceholderText(self.tr("Write a possible innovation question …"))
        self.entry.setAccessibleName(self.tr("New candidate question"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the question"))
        self.choose_button.setText(self.tr("Choose as the innovation question"))
        self.project_button.setText(self.tr("Show on projector"))
        self.table.setAccessibleName(self.tr("Candidate questions"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Question"), *(textwrap.fill(mark, 16) for mark in self.marks),
            self.tr("Total"), self.tr("Status"),
        ])
        for index, mark in enumerate(self.marks):
            item = self.table.horizontalHeaderItem(self.FIRST_MARK + index)
            if item is not None:
                item.setToolTip(self.tr("Mark of a good question: %1").replace("%1", mark))
        self.projection.retranslate()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the wrapped questions, at the widths now shown

    def state_text(self, candidate: Candidate) -> str:
        if candidate.chosen:
            return self.tr("chosen")
        if candidate.discarded:
            return self.tr("discarded")
        return self.tr("in the running")

    # -- reading ------------------------------------------------------------------

    def changes_did_happen(self, changes: Changes) -> None:
        if changes.workshop_id not in (None, self.workshop_id):
            return
        if changes.touches(Topic.QUESTIONS, Topic.WORKSHOP):
            self.reload()

    def reload(self) -> None:
        self.candidates = candidate_questions(self.controller.library, self.workshop_id)
        self._fill()
        self.projection.show_candidates(self.candidates)

    def _fill(self) -> None:
        selected = self.selected()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.candidates))
            for row, candidate in enumerate(self.candidates):
                self._fill_row(row, candidate)
            if selected is not None:
                row = next((r for r, c in enumerate(self.candidates) if c.id == selected.id), -1)
                if row >= 0:
                    self.table.selectRow(row)
        self.table.resizeRowsToContents()
        discarded = sum(c.discarded for c in self.candidates)
        self.count_label.setText(
            self.tr("%n question(s)", "", len(self.candidates)) + " · "
            + self.tr("%n discarded", "", discarded)
        )
        self._show_buttons()

    def _fill_row(self, row: int, candidate: Candidate) -> None:
        texts = [str(candidate.number), candidate.text]
        cells = [QTableWidgetItem(text) for text in texts]
        total = QTableWidgetItem(str(candidate.total) if any(s is not None for s in candidate.scores) else "")
        state = QTableWidgetItem(self.state_text(candidate))
        for item in (*cells, total, state):
            if candidate.discarded:
                item.setForeground(QBrush(QColor(DISCARDED_INK)))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            elif candidate.chosen:
                font = item.font()
                font.setWeight(QFont.Weight.Bold)
                item.setFont(font)
        if candidate.origin == "phone":
            cells[1].setToolTip(self.tr("Sent from a phone"))
        self.table.setItem(row, 0, cells[0])
        self.table.setItem(row, 1, cells[1])
        for index, score in enumerate(candidate.scores[: len(self.marks)]):
            box = QComboBox()
            box.addItem("–", None)
            for value in range(LOWEST, HIGHEST + 1):
                box.addItem(str(value), value)
            box.setCurrentIndex(0 if score is None else box.findData(score))
            box.setAccessibleName(
                self.tr("Question %1: %2").replace("%1", str(candidate.number)).replace("%2", self.marks[index])
            )
            box.setEnabled(not candidate.discarded)
            box.currentIndexChanged.connect(lambda _i, r=row: self._save_scores(r))
            self.table.setCellWidget(row, self.FIRST_MARK + index, box)
        self.table.setItem(row, self.FIRST_MARK + len(self.marks), total)
        self.table.setItem(row, self.FIRST_MARK + len(self.marks) + 1, state)

    def selected(self) -> Candidate | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _show_buttons(self) -> None:
        candidate = self.selected()
        self.discard_button.setEnabled(candidate is not None)
        self.choose_button.setEnabled(candidate is not None and not candidate.chosen)
        self.discard_button.setText(
            self.tr("Take back") if candidate is not None and candidate.discarded else self.tr("Discard")
        )

    # -- changing -----------------------------------------------------------------

    def add_typed(self) -> None:
        text = self.entry.text()
        changes = self.controller.run(self.tr("Add question"), operations.add_candidate_question,
                                      self.workshop_id, text, source="desk")
        if changes is not None:
            self.entry.clear()  # kept when refused: nothing typed is lost

    def _save_scores(self, row: int) -> None:
        if not 0 <= row < len(self.candidates):
            return
        scores = []
        for index in range(len(self.marks)):
            box = self.table.cellWidget(row, self.FIRST_MARK + index)
            scores.append(box.currentData() if isinstance(box, QComboBox) else None)
        self.controller.run(self.tr("Score question"), operations.score_candidate_question,
                            self.candidates[row].id, scores)

    def discard_or_restore(self) -> None:
        candidate = self.selected()
        if candidate is None:
            return
        if candidate.discarded:
            self.controller.run(self.tr("Take question back"), operations.restore_candidate_question, candidate.id)
        else:
            self.controller.run(self.tr("Discard question"), operations.discard_candidate_question, candidate.id)

    def choose(self) -> None:
        candidate = self.selected()
        if candidate is not None:
            self.controller.run(self.tr("Choose innovation question"), operations.choose_candidate_question,
                                candidate.id)

    def set_projected(self, shown: bool) -> None:
        self.on_projector(self.projection if shown else None)


class FunnelProjection(QWidget):
    """The funnel as the room sees it: the marks, the best candidates so far (the
    chosen one marked) and how many were discarded. Large type (see ui.theme)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = plain_label(wrap=True, name="projectorTitle")
        self.marks_label = plain_label(wrap=True, name="projectorQuestion")
        self.list_label = plain_label(wrap=True, name="projectorPrompts")
        self.list_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.footer = plain_label(wrap=True, name="projectorQuestion")
        self._candidates: list[Candidate] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addWidget(self.marks_label)
        layout.addSpacing(12)
        layout.addWidget(self.list_label, 1)
        layout.addWidget(self.footer)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The hunt for the good innovation question"))
        self.marks_label.setText(" · ".join(marks()))
        self.show_candidates(self._candidates)

    def show_candidates(self, candidates: list[Candidate]) -> None:
        self._candidates = candidates
        live = sorted((c for c in candidates if not c.discarded), key=lambda c: (not c.chosen, -c.total, c.number))
        lines = []
        for candidate in live[:PROJECTED]:
            mark = "★" if candidate.chosen else "•"
            score = f"   ({candidate.total})" if any(s is not None for s in candidate.scores) else ""
            lines.append(f"{mark}  {candidate.text}{score}")
        self.list_label.setText("\n".join(lines) if lines else self.tr("No questions yet."))
        discarded = sum(c.discarded for c in candidates)
        more = len(live) - PROJECTED
        parts = []
        if more > 0:
            parts.append(self.tr("%n more in the running", "", more))
        parts.append(self.tr("%n discarded", "", discarded))
        self.footer.setText(" · ".join(parts))


def attach(host: FunnelHost, controller: Controller, workshop_id: uuid.UUID) -> QuestionFunnel:
    """Put the funnel's tab into the workshop window."""
    funnel = QuestionFunnel(controller, workshop_id)
    funnel.on_projector = host.show_on_projector
    host.add_tab(funnel, funnel.tab_title)
    return funnel

"""The phases of the workshop at the desk: the current one marked, its prompts and
timebox, back and next, the phase timer, and the four principles as a reminder."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.desk.timer import PhaseTimer, TimerWidget
from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.model import Workshop
    from ui.settings import Settings

ID_ROLE = Qt.ItemDataRole.UserRole  # a phase item's id


class PhasePanel(QWidget):
    """The phases in order, the current one marked, its prompts and timebox.

    Its width holds still from phase to phase: it asks for the same width whatever the
    phase (long prompts wrap, long phase names are cut with "…" and shown whole in the
    tooltip), so the board and the participant list beside it never jump.

    Signals:
        phase_did_get_chosen(uuid.UUID): the facilitator wants to move to this phase.
    """

    phase_did_get_chosen = Signal(object)

    def __init__(self, timer: PhaseTimer, settings: Settings | None = None,
                 chime: Callable[[], object] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[tuple[uuid.UUID, str, str, list[str], int]] = []
        self._current: int = -1
        self._suggested: set[str] = set()  # the template's "forslag" texts: shown in italics

        self.heading = plain_label(role="muted")
        self.list = QListWidget()
        self.list.setObjectName("phaseList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemClicked.connect(self._item_did_get_clicked)
        self.list.itemActivated.connect(self._item_did_get_clicked)
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)

        self.name_label = plain_label(wrap=True, name="sectionTitle")
        self.goal_label = plain_label(wrap=True, role="muted")
        self.prompts_label = plain_label(wrap=True)
        self.prompts_label.setTextFormat(Qt.TextFormat.RichText)  # escaped: forslag in italics
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
        self.timer_widget = TimerWidget(timer, settings, chime)

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
        self.list.setAccessibleName(self.tr("Phases"))
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
        self._suggested = _suggested_texts(workshop)
        self._show()

    def _show(self) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for index, (phase_id, name, _goal, _prompts, minutes) in enumerate(self._phases):
                marker = "●" if index == self._current else "○"
                text = f"{marker}  {index + 1}. {name}    " + self.tr("%1 min").replace("%1", str(minutes))
                item = QListWidgetItem(text)
                item.setToolTip(text)
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
        font = self.goal_label.font()
        font.setItalic(goal in self._suggested)
        self.goal_label.setFont(font)
        self.prompts_label.setText("<br>".join(
            f"<i>•  {html.escape(p)}</i>" if p in self._suggested else f"•  {html.escape(p)}" for p in prompts
        ))
        hint = self.tr("In italics: a suggestion from Samskab – not from the source")
        for label, marked in ((self.goal_label, goal in self._suggested),
                              (self.prompts_label, any(p in self._suggested for p in prompts))):
            label.setToolTip(hint if marked else "")
            label.setAccessibleDescription(hint if marked else "")
        self.timebox_label.setText(self.tr("Timebox: %n minute(s)", "", minutes))


    def _width(self) -> int:
        """The panel's one width: about 40 average characters of its font."""
        return max(330, self.fontMetrics().averageCharWidth() * 40)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._width(), super().minimumSizeHint().height())

    def suggested(self) -> set[str]:
        """The texts shown as the template's suggestions ("forslag"), not the seed's."""
        return self._suggested

    def current(self) -> tuple[uuid.UUID, str, str, list[str], int] | None:
        return self._phases[self._current] if 0 <= self._current < len(self._phases) else None

    def phase_id(self, index: int) -> uuid.UUID:
        """The id of the phase at ``index`` (0-based, in order)."""
        return self._phases[index][0]

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


def _suggested_texts(workshop: Workshop) -> set[str]:
    """The goals and prompts the workshop's template marks as Samskab's suggestions
    (``source = "forslag"``), in the workshop's language. A text edited in the plan no
    longer matches and is shown as the facilitator's own."""
    from ui.catalog import templates

    template = templates().get(workshop.template_id)
    if template is None:
        return set()
    return {
        text.get(workshop.language)
        for phase in template.phases
        for text in (phase.goal, *phase.prompts)
        if text is not None and text.suggested
    }

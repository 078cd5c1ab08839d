"""Ways of collecting ballots at the laptop: the marks of one ballot (:class:`BallotForm`),
counts typed after a show of hands (:class:`TallyForm`), one person's paper ballot
typed by the facilitator (:class:`PaperEntry`) and voting in turn at the laptop
(:class:`InTurnWidget`).

Each runs its core operation through the controller; the forms hold only what is being
typed. User text is shown as plain text.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.model import RoundKind
from app.operations.voting import TallyCount, abstain, cast_ballot, enter_tally
from app.voting import ANSWER_VALUES, RoundInfo, read_ballot, voter_keys
from ui.controller import Controller
from ui.widgets import SpinBox, plain_label


class BallotForm(QWidget):
    """The marks of one ballot for a round: dots per option, an answer per statement,
    or 1–5 per idea and criterion. Holds only what is being typed; :meth:`clear`
    empties it (the next voter must not see the previous ballot).

    Signals:
        marks_did_change(): after any change, to update buttons.
    """

    marks_did_change = Signal()

    def __init__(self, info: RoundInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self._dots: dict[uuid.UUID, SpinBox] = {}
        self._answers: dict[uuid.UUID, QComboBox] = {}
        self._scores: dict[tuple[uuid.UUID, uuid.UUID], SpinBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.remaining = plain_label(wrap=True)
        self.remaining.setObjectName("remaining")
        font = self.remaining.font()
        font.setBold(True)
        self.remaining.setFont(font)
        layout.addWidget(self.remaining)
        grid = QGridLayout()
        layout.addLayout(grid)
        row = 0
        for option in info.options:
            label = plain_label(option.label, wrap=True)
            grid.addWidget(label, row, 0)
            if info.kind == RoundKind.DOTS:
                spin = SpinBox()
                spin.setRange(0, info.max_per_option or info.budget or 1)
                spin.setSuffix(self.tr(" dots"))
                spin.setAccessibleName(option.label)
                spin.valueChanged.connect(self._changed)
                label.setBuddy(spin)
                grid.addWidget(spin, row, 1)
                self._dots[option.id] = spin
            elif info.kind == RoundKind.STATEMENTS:
                combo = QComboBox()
                combo.addItem("—", None)
                combo.addItem(self.tr("Agree"), "enig")
                combo.addItem(self.tr("Disagree"), "uenig")
                combo.addItem(self.tr("Don't know"), "ved_ikke")
                combo.setAccessibleName(option.text)
                combo.currentIndexChanged.connect(self._changed)
                label.setBuddy(combo)
                grid.addWidget(combo, row, 1)
                self._answers[option.id] = combo
            else:
                for criterion in info.criteria:
                    row += 1
                    grid.addWidget(plain_label("    " + criterion.name, wrap=True), row, 0)
                    spin = SpinBox()
                    spin.setRange(0, 5)
                    spin.setSpecialValueText("–")
                    spin.setAccessibleName(f"{option.label}: {criterion.name}")
                    spin.valueChanged.connect(self._changed)
                    grid.addWidget(spin, row, 1)
                    self._scores[(option.id, criterion.id)] = spin
            row += 1
        grid.setColumnStretch(0, 1)
        layout.addStretch(1)
        self._changed()

    @property
    def used(self) -> int:
        return sum(spin.value() for spin in self._dots.values())

    def _changed(self) -> None:
        if self.info.kind == RoundKind.DOTS:
            budget = self.info.budget or 0
            most = self.info.max_per_option or budget
            left = budget - self.used
            # Cap each field so the budget can never be passed from the keyboard.
            for spin in self._dots.values():
                spin.blockSignals(True)
                spin.setMaximum(min(most, spin.value() + max(0, left)))
                spin.blockSignals(False)
            self.remaining.setText(self.tr("%1 of %2 dots left").replace("%1", str(left)).replace("%2", str(budget)))
        else:
            self.remaining.setVisible(False)
        self.marks_did_change.emit()

    def has_marks(self) -> bool:
        return any(self.marks().values())

    def marks(self) -> dict[str, Any]:
        """Keyword arguments for ``cast_ballot``: ``dots``, ``answers`` or ``scores``."""
        if self.info.kind == RoundKind.DOTS:
            return {"dots": {k: s.value() for k, s in self._dots.items() if s.value()}}
        if self.info.kind == RoundKind.STATEMENTS:
            return {"answers": {k: c.currentData() for k, c in self._answers.items() if c.currentData()}}
        return {"scores": {k: s.value() for k, s in self._scores.items() if s.value()}}

    def set_marks(self, dots: dict[uuid.UUID, int], answers: dict[uuid.UUID, str],
                  scores: dict[tuple[uuid.UUID, uuid.UUID], int]) -> None:
        self.clear()
        for key, value in dots.items():
            if key in self._dots:
                self._dots[key].setMaximum(max(self._dots[key].maximum(), value))
                self._dots[key].setValue(value)
        for key, answer in answers.items():
            if key in self._answers:
                self._answers[key].setCurrentIndex(self._answers[key].findData(answer))
        for pair, score in scores.items():
            if pair in self._scores:
                self._scores[pair].setValue(score)
        self._changed()

    def clear(self) -> None:
        for widget in [*self._dots.values(), *self._scores.values()]:
            widget.blockSignals(True)
            widget.setValue(0)
            widget.blockSignals(False)
        for combo in self._answers.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._changed()

    def first_field(self) -> QWidget | None:
        fields: list[QWidget] = [*self._dots.values(), *self._answers.values(), *self._scores.values()]
        return fields[0] if fields else None

    def summary(self) -> list[str]:
        """What the ballot says, one line per mark (for the confirmation)."""
        names = {"enig": self.tr("Agree"), "uenig": self.tr("Disagree"), "ved_ikke": self.tr("Don't know")}
        lines = []
        marks = self.marks()
        for option in self.info.options:
            if option.id in marks.get("dots", {}):
                lines.append(self.tr("%n dot(s): %1", "", marks["dots"][option.id]).replace("%1", option.label))
            if option.id in marks.get("answers", {}):
                lines.append(f"{names[marks['answers'][option.id]]}: {option.text}")
            for criterion in self.info.criteria:
                value = marks.get("scores", {}).get((option.id, criterion.id))
                if value:
                    lines.append(f"{option.label} — {criterion.name}: {value}")
        return lines


class TallyForm(QWidget):
    """Counts typed after a show of hands: one field per option (per answer in a
    poll), keyboard only — Tab moves on, Enter saves."""

    def __init__(self, controller: Controller, info: RoundInfo) -> None:
        super().__init__()
        self.controller = controller
        self.info = info
        self.fields: dict[tuple[uuid.UUID, int], SpinBox] = {}
        layout = QVBoxLayout(self)
        if info.kind == RoundKind.CRITERIA:
            layout.addWidget(plain_label(self.tr("Criteria are scored per person: use \"Per person\"."), wrap=True))
            return
        grid = QGridLayout()
        layout.addLayout(grid)
        answers = [(1, "")] if info.kind == RoundKind.DOTS else [
            (ANSWER_VALUES["enig"], self.tr("Agree")), (ANSWER_VALUES["uenig"], self.tr("Disagree")),
            (ANSWER_VALUES["ved_ikke"], self.tr("Don't know"))]
        if info.kind == RoundKind.STATEMENTS:
            for column, (_, name) in enumerate(answers, start=1):
                grid.addWidget(plain_label(name, wrap=True), 0, column)
        for row, option in enumerate(info.options, start=1):
            grid.addWidget(plain_label(option.label, wrap=True), row, 0)
            for column, (value, name) in enumerate(answers, start=1):
                spin = SpinBox()
                spin.setRange(0, 100_000)
                spin.setAccessibleName(f"{option.label} {name}".strip())
                spin.lineEdit().returnPressed.connect(self.save)
                grid.addWidget(spin, row, column)
                self.fields[(option.id, value)] = spin
        grid.setColumnStretch(0, 1)
        form = QFormLayout()
        self.voters = SpinBox()
        self.voters.setObjectName("tallyVoters")
        self.voters.setRange(0, 100_000)
        self.voters.setSpecialValueText(self.tr("count from hands"))
        self.voters.lineEdit().returnPressed.connect(self.save)
        form.addRow(self.tr("People voting:"), self.voters)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save count"))
        self.save_button.setObjectName("saveTally")
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    @Slot()
    def save(self) -> None:
        counts = [TallyCount(option, value, spin.value()) for (option, value), spin in self.fields.items()]
        voters = self.voters.value() or None
        self.controller.run(self.tr("Enter count"), enter_tally, self.info.id, counts, voters=voters)


class PaperEntry(QWidget):
    """One person's paper (or wall) ballot typed by the facilitator."""

    def __init__(self, controller: Controller, info: RoundInfo) -> None:
        super().__init__()
        self.controller = controller
        self.info = info
        layout = QVBoxLayout(self)
        self.person = QComboBox()
        self.person.setObjectName("paperPerson")
        self.person.addItem(self.tr("Anonymous ballot"), None)
        if not info.anonymous:
            for person in info.participants:
                self.person.addItem(person.name, person.id)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Ballot of:"), wrap=False))
        row.addWidget(self.person, 1)
        layout.addLayout(row)
        self.form = BallotForm(info)
        layout.addWidget(self.form)
        self.save_button = QPushButton(self.tr("Save ballot"))
        self.save_button.setObjectName("savePaper")
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.status = plain_label(wrap=True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.person.currentIndexChanged.connect(self._load)

    def _load(self) -> None:
        person = self.person.currentData()
        view = read_ballot(self.controller.library, self.info.id, f"participant:{person}") if person else None
        if view is None:
            self.form.clear()
        else:
            self.form.set_marks(view.dots, view.answers, view.scores)

    @Slot()
    def save(self) -> None:
        person = self.person.currentData()
        key = f"participant:{person}" if person else f"paper:{self.controller.library.new_id().hex}"
        changes = self.controller.run(self.tr("Enter ballot"), cast_ballot, self.info.id, key,
                                            participant_id=person, **self.form.marks())
        if changes is not None:
            self.status.setText(self.tr("Saved."))
            if person is None:
                self.form.clear()


class InTurnWidget(QStackedWidget):
    """Voting in turn at the laptop: pick a name → private ballot → confirmation →
    next. The ballot starts empty for each voter and the confirmation hides itself
    when passed on, so nobody sees the ballot before theirs."""

    def __init__(self, controller: Controller, info: RoundInfo) -> None:
        super().__init__()
        self.setObjectName("inTurn")
        self.controller = controller
        self.info = info
        self._voter_key = ""
        self._participant: uuid.UUID | None = None
        # Page 0: who votes now.
        start = QWidget()
        start_layout = QVBoxLayout(start)
        start_layout.addWidget(plain_label(self.tr("Hand the laptop to the next participant."), wrap=True))
        self.person = QComboBox()
        self.person.setObjectName("turnPerson")
        start_layout.addWidget(self.person)
        self.begin = QPushButton(self.tr("Start my ballot"))
        self.begin.setObjectName("beginBallot")
        self.begin.clicked.connect(self.start_ballot)
        start_layout.addWidget(self.begin)
        start_layout.addStretch(1)
        self.addWidget(start)
        # Page 1: the private ballot.
        ballot = QWidget()
        ballot_layout = QVBoxLayout(ballot)
        self.voter_label = plain_label(wrap=True)
        ballot_layout.addWidget(self.voter_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.form = BallotForm(info)
        scroll.setWidget(self.form)
        ballot_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.abstain_button = QPushButton(self.tr("I am not voting"))
        self.abstain_button.setObjectName("abstainBallot")
        self.abstain_button.clicked.connect(lambda: self.send(abstaining=True))
        self.send_button = QPushButton(self.tr("Cast my vote"))
        self.send_button.setObjectName("castBallot")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda: self.send(abstaining=False))
        buttons.addWidget(self.abstain_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        ballot_layout.addLayout(buttons)
        self.addWidget(ballot)
        self.form.marks_did_change.connect(lambda: self.send_button.setEnabled(self.form.has_marks()))
        # Page 2: the confirmation.
        done = QWidget()
        done_layout = QVBoxLayout(done)
        self.confirmation = plain_label(wrap=True)
        self.confirmation.setObjectName("turnConfirmation")
        done_layout.addWidget(self.confirmation)
        self.next_button = QPushButton(self.tr("Pass on to the next"))
        self.next_button.setObjectName("passOn")
        self.next_button.clicked.connect(self.pass_on)
        done_layout.addWidget(self.next_button)
        done_layout.addStretch(1)
        self.addWidget(done)
        self.refresh_people()

    def refresh_people(self) -> None:
        """Offer the names without a ballot yet (or "without a name")."""
        self.person.clear()
        self.person.addItem(self.tr("Without a name"), None)
        if self.info.anonymous:
            return
        voted = voter_keys(self.controller.library, self.info.id)
        for person in self.info.participants:
            if f"participant:{person.id}" not in voted:
                self.person.addItem(person.name, person.id)

    @Slot()
    def start_ballot(self) -> None:
        self._participant = self.person.currentData()
        self._voter_key = (f"participant:{self._participant}" if self._participant
                           else f"laptop:{self.controller.library.new_id().hex}")
        self.voter_label.setText(self.person.currentText())
        self.form.clear()
        self.send_button.setEnabled(False)
        self.setCurrentIndex(1)
        first = self.form.first_field()
        if first is not None:
            first.setFocus()

    def send(self, *, abstaining: bool) -> None:
        controller = self.controller
        if abstaining:
            changes = controller.run(self.tr("Not voting"), abstain, self.info.id, self._voter_key,
                                     participant_id=self._participant, undoable=False)
            lines = [self.tr("You chose not to vote.")]
        else:
            changes = controller.run(self.tr("Vote"), cast_ballot, self.info.id, self._voter_key,
                                     participant_id=self._participant, undoable=False, **self.form.marks())
            lines = self.form.summary()
        if changes is None:
            return  # the controller said why; the ballot stays on screen to mend
        self.confirmation.setText("\n".join([self.tr("Thank you! Counted:"), *lines]))
        self.form.clear()  # gone before the laptop is passed on
        self.setCurrentIndex(2)
        self.next_button.setFocus()

    @Slot()
    def pass_on(self) -> None:
        self.confirmation.clear()
        self.refresh_people()
        self.setCurrentIndex(0)
        self.person.setFocus()

"""The facilitator's voting panel: open a round and collect votes three ways.

1. **Show of hands or paper** — type the counts (one field per option, keyboard
   only), or enter each person's dots or answers from a paper ballot.
2. **In turn at the laptop** — a private ballot screen for one participant at a
   time: it starts empty (the previous ballot is hidden), confirms what was counted
   and passes on to the next.
3. **Phones** — "Åbn for telefoner" starts the phone server (``phone.server``)
   and shows the QR code, the address and the join code; ballots arriving in the
   server's threads reach this panel only through a queued signal.

Every change goes through the controller and a core operation; widgets hold no state
of their own and redraw from the library. User text is shown as plain text.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Topic
from app.errors import SamskabError
from app.model import RoundKind, RoundState
from app.operations.voting import (
    TallyCount,
    abstain,
    cast_ballot,
    close_round,
    enter_tally,
    open_round,
    reopen_round,
    reveal_round,
)
from app.voting import (
    ANSWER_VALUES,
    RoundInfo,
    ballot_count,
    read_ballot,
    round_info,
    round_summaries,
    voter_keys,
)
from ui.controller import Controller
from ui.voting.projector import ResultsView
from ui.widgets import plain_label

if TYPE_CHECKING:
    from phone.server import BallotEvent, PhoneServer


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
        self._dots: dict[uuid.UUID, QSpinBox] = {}
        self._answers: dict[uuid.UUID, QComboBox] = {}
        self._scores: dict[tuple[uuid.UUID, uuid.UUID], QSpinBox] = {}
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
                spin = QSpinBox()
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
                    spin = QSpinBox()
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
        for key, score in scores.items():
            if key in self._scores:
                self._scores[key].setValue(score)
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
                lines.append(self.tr("%1 dot(s): %2").replace("%1", str(marks["dots"][option.id])).replace("%2", option.label))
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

    def __init__(self, panel: VotingPanel, info: RoundInfo) -> None:
        super().__init__()
        self.panel = panel
        self.info = info
        self.fields: dict[tuple[uuid.UUID, int], QSpinBox] = {}
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
                spin = QSpinBox()
                spin.setRange(0, 100_000)
                spin.setAccessibleName(f"{option.label} {name}".strip())
                spin.lineEdit().returnPressed.connect(self.save)
                grid.addWidget(spin, row, column)
                self.fields[(option.id, value)] = spin
        grid.setColumnStretch(0, 1)
        form = QFormLayout()
        self.voters = QSpinBox()
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
        self.panel.controller.run(self.tr("Enter count"), enter_tally, self.info.id, counts, voters=voters)


class PaperEntry(QWidget):
    """One person's paper (or wall) ballot typed by the facilitator."""

    def __init__(self, panel: VotingPanel, info: RoundInfo) -> None:
        super().__init__()
        self.panel = panel
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
        view = read_ballot(self.panel.library, self.info.id, f"participant:{person}") if person else None
        if view is None:
            self.form.clear()
        else:
            self.form.set_marks(view.dots, view.answers, view.scores)

    @Slot()
    def save(self) -> None:
        person = self.person.currentData()
        key = f"participant:{person}" if person else f"paper:{self.panel.library.new_id().hex}"
        changes = self.panel.controller.run(self.tr("Enter ballot"), cast_ballot, self.info.id, key,
                                            participant_id=person, **self.form.marks())
        if changes is not None:
            self.status.setText(self.tr("Saved."))
            if person is None:
                self.form.clear()


class InTurnWidget(QStackedWidget):
    """Voting in turn at the laptop: pick a name → private ballot → confirmation →
    next. The ballot starts empty for each voter and the confirmation hides itself
    when passed on, so nobody sees the ballot before theirs."""

    def __init__(self, panel: VotingPanel, info: RoundInfo) -> None:
        super().__init__()
        self.setObjectName("inTurn")
        self.panel = panel
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
        voted = voter_keys(self.panel.library, self.info.id)
        for person in self.info.participants:
            if f"participant:{person.id}" not in voted:
                self.person.addItem(person.name, person.id)

    @Slot()
    def start_ballot(self) -> None:
        self._participant = self.person.currentData()
        self._voter_key = (f"participant:{self._participant}" if self._participant
                           else f"laptop:{self.panel.library.new_id().hex}")
        self.voter_label.setText(self.person.currentText())
        self.form.clear()
        self.send_button.setEnabled(False)
        self.setCurrentIndex(1)
        first = self.form.first_field()
        if first is not None:
            first.setFocus()

    def send(self, *, abstaining: bool) -> None:
        controller = self.panel.controller
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


def network_addresses(preferred: str | None = None) -> list[str]:
    """This laptop's IPv4 addresses, the one it uses for its network first (or
    ``preferred``), loopback last: the phones must reach the address shown."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    from phone.server import lan_address

    found = [a.toString() for a in QNetworkInterface.allAddresses()
             if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol]
    first = preferred or lan_address()
    ordered = [first] + [a for a in found if a != first and not a.startswith("127.")]
    ordered += [a for a in found if a.startswith("127.") and a not in ordered]
    return list(dict.fromkeys(ordered))


class _PhoneBridge(QObject):
    """Carries the phone server's reports (from its threads) to the GUI thread.

    Signals:
        ballot_did_arrive(object): a ``BallotEvent``; connected queued.
    """

    ballot_did_arrive = Signal(object)


class PhoneWidget(QWidget):
    """ "Åbn for telefoner": the server, the QR code, the address, the live count."""

    def __init__(self, panel: VotingPanel) -> None:
        super().__init__()
        self.panel = panel
        layout = QVBoxLayout(self)
        self.interface = QComboBox()
        self.interface.setObjectName("phoneInterface")
        self.interface.setToolTip(self.tr("The network the phones are on (the room's Wi-Fi or your hotspot)"))
        for address in network_addresses(panel.phone_host):
            self.interface.addItem(address, address)
        row_interface = QHBoxLayout()
        row_interface.addWidget(plain_label(self.tr("Network address:"), wrap=False))
        row_interface.addWidget(self.interface, 1)
        layout.addLayout(row_interface)
        self.toggle = QPushButton(self.tr("Open for phones"))
        self.toggle.setObjectName("phoneToggle")
        self.toggle.clicked.connect(self._toggle)
        layout.addWidget(self.toggle)
        row = QHBoxLayout()
        self.qr = QLabel()
        self.qr.setObjectName("phoneQr")
        self.qr.setFixedSize(220, 220)
        self.qr.setScaledContents(True)
        row.addWidget(self.qr)
        texts = QVBoxLayout()
        self.address = plain_label(wrap=True)
        self.address.setObjectName("phoneAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = plain_label(wrap=True)
        self.code.setObjectName("phoneCode")
        font = self.code.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.code.setFont(font)
        self.count = plain_label(wrap=True)
        self.count.setObjectName("phoneCount")
        for widget in (self.address, self.code, self.count):
            texts.addWidget(widget)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.show_state()

    def _toggle(self) -> None:
        if self.panel.phone_server is not None and self.panel.current_round in self.panel.phone_server.served_rounds:
            self.panel.stop_phones()
        else:
            self.panel.open_for_phones()

    def show_state(self) -> None:
        server = self.panel.phone_server
        round_id = self.panel.current_round
        serving = server is not None and round_id in server.served_rounds
        self.toggle.setText(self.tr("Stop phones") if serving else self.tr("Open for phones"))
        info = self.panel.info
        self.toggle.setEnabled(serving or (info is not None and info.is_open))
        self.interface.setEnabled(server is None)  # the address is chosen before the server starts
        self.qr.setVisible(serving)
        if serving and server is not None and info is not None:
            url = server.round_url(info.token)
            self.address.setText(url)
            self.code.setText(self.tr("Code: %1").replace("%1", info.join_code))
        else:
            self.address.setText(self.tr("Phones on the room's network can vote once you open the vote for them."))
            self.code.clear()
        self.count.setText(self.tr("%n ballot(s) received", "", self.panel.ballots))


class VotingPanel(QWidget):
    """Open vote rounds for a workshop and collect and show their votes.

    Signals:
        round_did_select(object): the round shown (``uuid.UUID`` or ``None``).
        ballots_did_change(int): the number of ballots of the round shown.
        phone_did_open(str, str, bytes): address, join code and QR code (PNG).
        phone_did_close(): phones can no longer vote.
    """

    round_did_select = Signal(object)
    ballots_did_change = Signal(int)
    phone_did_open = Signal(str, str, bytes)
    phone_did_close = Signal()

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, parent: QWidget | None = None,
                 *, phone_host: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingPanel")
        self.controller = controller
        self.library = controller.library
        self.workshop_id = workshop_id
        self.phone_host = phone_host
        self.phone_server: PhoneServer | None = None
        self.info: RoundInfo | None = None
        self.ballots = 0
        self._bridge = _PhoneBridge(self)
        self._bridge.ballot_did_arrive.connect(self._ballot_did_arrive, Qt.ConnectionType.QueuedConnection)
        # A burst of phones must not make every view re-read the library per ballot:
        # the count shows at once, the other views hear of the ballots together.
        self._arrived: dict[int, Changes] = {}
        self._arrival_timer = QTimer(self)
        self._arrival_timer.setSingleShot(True)
        self._arrival_timer.setInterval(150)
        self._arrival_timer.timeout.connect(self._announce_arrivals)

        layout = QVBoxLayout(self)
        # A new round.
        new = QGroupBox(self.tr("New vote"))
        form = QFormLayout(new)
        self.kind = QComboBox()
        self.kind.setObjectName("roundKind")
        self.kind.addItem(self.tr("Dot vote"), RoundKind.DOTS.value)
        self.kind.addItem(self.tr("Statement poll (Agree / Disagree / Don't know)"), RoundKind.STATEMENTS.value)
        self.kind.addItem(self.tr("Criteria scoring (1–5)"), RoundKind.CRITERIA.value)
        self.on = QComboBox()
        self.on.addItem(self.tr("on ideas"), "ideas")
        self.on.addItem(self.tr("on themes"), "clusters")
        self.budget = QSpinBox()
        self.budget.setObjectName("roundBudget")
        self.budget.setRange(1, 100)
        self.budget.setValue(3)
        self.max_per_option = QSpinBox()
        self.max_per_option.setRange(0, 100)
        self.max_per_option.setSpecialValueText(self.tr("no limit"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.anonymous = QCheckBox(self.tr("Anonymous (no names on ballots)"))
        self.anonymous.setObjectName("roundAnonymous")
        self.open_button = QPushButton(self.tr("Open vote"))
        self.open_button.setObjectName("openRound")
        self.open_button.clicked.connect(self.open_new_round)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Vote:"), self.on)
        form.addRow(self.tr("Dots each:"), self.budget)
        form.addRow(self.tr("Most dots on one:"), self.max_per_option)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow("", self.anonymous)
        form.addRow("", self.open_button)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        layout.addWidget(new)

        # The round shown and its state.
        bar = QHBoxLayout()
        self.rounds = QComboBox()
        self.rounds.setObjectName("roundChoice")
        self.rounds.currentIndexChanged.connect(self._round_chosen)
        self.state = plain_label(wrap=False)
        self.state.setObjectName("roundState")
        self.close_button = QPushButton(self.tr("Close vote"))
        self.close_button.setObjectName("closeRound")
        self.close_button.clicked.connect(lambda: self._set_state(close_round, self.tr("Close vote")))
        self.reveal_button = QPushButton(self.tr("Reveal results"))
        self.reveal_button.setObjectName("revealRound")
        self.reveal_button.clicked.connect(self._reveal)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopenRound")
        self.reopen_button.clicked.connect(lambda: self._set_state(reopen_round, self.tr("Reopen vote")))
        bar.addWidget(self.rounds, 1)
        for widget in (self.state, self.close_button, self.reveal_button, self.reopen_button):
            bar.addWidget(widget)
        layout.addLayout(bar)

        self.ways = QTabWidget()
        self.ways.setObjectName("votingWays")
        layout.addWidget(self.ways, 2)
        self.results = ResultsView(self.library)
        self.results.setMinimumHeight(220)
        layout.addWidget(self.results, 2)
        self.controller.changes_did_happen.connect(self._changes_did_happen)
        self._kind_changed()
        self.reload()

    # -- rounds ------------------------------------------------------------------------
    @property
    def current_round(self) -> uuid.UUID | None:
        data = self.rounds.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def reload(self, select: uuid.UUID | None = None) -> None:
        """List the workshop's rounds again (newest selected unless ``select``)."""
        select = select or self.current_round
        rounds = round_summaries(self.library, self.workshop_id)
        names = {"dots": self.tr("Dot vote"), "statements": self.tr("Statement poll"), "criteria": self.tr("Criteria scoring")}
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for number, r in enumerate(rounds, start=1):
            self.rounds.addItem(f"{number}. {r.title or names.get(r.kind, r.kind)}", r.id)
        index = self.rounds.findData(select) if select else len(rounds) - 1
        self.rounds.setCurrentIndex(index if index >= 0 else len(rounds) - 1)
        self.rounds.blockSignals(False)
        self._round_chosen()

    def _round_chosen(self) -> None:
        round_id = self.current_round
        previous = self.info.id if self.info else None
        self.info = round_info(self.library, round_id) if round_id else None
        self.ballots = ballot_count(self.library, round_id).ballots if round_id else 0
        if previous != round_id:
            self._build_ways()
        self._show_state()
        self.results.set_round(round_id)
        self.round_did_select.emit(round_id)
        self.ballots_did_change.emit(self.ballots)
        self._announce_phones()

    def _build_ways(self) -> None:
        while self.ways.count():
            widget = self.ways.widget(0)
            self.ways.removeTab(0)
            widget.deleteLater()
        self.tally = self.paper = self.in_turn = None
        self.phone = PhoneWidget(self)
        if self.info is None:
            return
        self.tally = TallyForm(self, self.info)
        self.paper = PaperEntry(self, self.info)
        self.in_turn = InTurnWidget(self, self.info)
        for widget, name in ((self.tally, self.tr("Show of hands")), (self.paper, self.tr("Per person (paper)")),
                             (self.in_turn, self.tr("In turn at the laptop")), (self.phone, self.tr("Phones"))):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            self.ways.addTab(scroll, name)

    def _show_state(self) -> None:
        info = self.info
        names = {RoundState.OPEN: self.tr("Open"), RoundState.CLOSED: self.tr("Closed"), RoundState.REVEALED: self.tr("Revealed")}
        self.state.setText(names.get(RoundState(info.state), "") if info else "")
        self.close_button.setEnabled(info is not None and info.state == RoundState.OPEN)
        self.reveal_button.setEnabled(info is not None and info.state != RoundState.REVEALED)
        self.reopen_button.setEnabled(info is not None and info.state != RoundState.OPEN)
        self.ways.setEnabled(info is not None and info.is_open)
        if self.phone is not None:
            self.phone.show_state()

    def _kind_changed(self) -> None:
        dots = self.kind.currentData() == RoundKind.DOTS
        for widget in (self.on, self.budget, self.max_per_option):
            widget.setEnabled(dots)

    @Slot()
    def open_new_round(self) -> None:
        dots = self.kind.currentData() == RoundKind.DOTS
        changes = self.controller.run(
            self.tr("Open vote"), open_round, self.workshop_id, self.kind.currentData(),
            on=self.on.currentData(), title=self.title_edit.text(),
            budget=self.budget.value() if dots else None,
            max_per_option=(self.max_per_option.value() or None) if dots else None,
            anonymous=self.anonymous.isChecked(),
        )
        if changes is not None and changes.subject is not None:
            self.title_edit.clear()
            self.reload(select=changes.subject)

    def _set_state(self, operation: Any, text: str) -> None:
        round_id = self.current_round
        if round_id is None:
            return
        if self.controller.run(text, operation, round_id) is not None and operation is not reopen_round:
            self.stop_phones()

    def _reveal(self) -> None:
        self._set_state(reveal_round, self.tr("Reveal results"))

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.workshop_id != self.workshop_id or not changes.touches(Topic.VOTES, Topic.IDEAS, Topic.PEOPLE):
            return
        if self._prune_phones():  # a round undone or closed is served no more
            self._announce_phones()
        round_id = self.current_round
        ids = {r.id for r in round_summaries(self.library, self.workshop_id)}
        if round_id not in ids or len(ids) != self.rounds.count():
            self.reload()
            return
        before = self.info.state if self.info else None
        self.info = round_info(self.library, round_id) if round_id else None
        self.ballots = ballot_count(self.library, round_id).ballots if round_id else 0
        if self.info is not None and not self.info.is_open and self.phone_server is not None:
            self.stop_phones()
        self._show_state()
        self.results.refresh()
        if self.info is not None and self.info.state != before:
            self.round_did_select.emit(round_id)  # closed or revealed: views showing it re-read it
        self.ballots_did_change.emit(self.ballots)

    # -- phones ------------------------------------------------------------------------
    def open_for_phones(self) -> None:
        """Start the phone server (once) and open the round shown for phones."""
        from phone.server import PhoneServer

        info = self.info
        if info is None or not info.is_open:
            return
        if self.phone_server is None:
            try:
                host = self.phone.interface.currentData() if self.phone is not None else self.phone_host
                self.phone_server = PhoneServer(self.library, host=host or self.phone_host,
                                                on_ballot=self._bridge.ballot_did_arrive.emit).start()
            except OSError as error:
                QMessageBox.warning(self, self.tr("Phones"),
                                    self.tr("The phone page could not start: %1").replace("%1", str(error)))
                return
        self.phone_server.serve_round(info)
        self._announce_phones()

    def _announce_phones(self) -> None:
        """Show the phone address, join code and QR code of the round shown — or none,
        when phones cannot vote in it — here and (through the signals) on the projector.

        Called whenever the round shown changes: the room must never see another
        round's join code, and coming back to a round phones vote in brings its
        QR code back."""
        from phone.server import qr_png

        server, info = self.phone_server, self.info
        if server is None or info is None or info.id not in server.served_rounds:
            self.results.set_phone("", "", None)
            self.phone_did_close.emit()
            return
        url = server.round_url(info.token)
        png = qr_png(url)
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        if self.phone is not None:
            self.phone.qr.setPixmap(pixmap)
            self.phone.show_state()
        self.results.set_phone(url, info.join_code, png)
        self.phone_did_open.emit(url, info.join_code, png)

    def stop_phones(self) -> None:
        """Close the phone page; the server stops when no round is open for phones."""
        server = self.phone_server
        if server is None:
            return
        if self.info is not None:
            server.stop_round(self.info.id)
        self._prune_phones()
        self.results.set_phone("", "", None)
        if self.phone is not None:
            self.phone.show_state()
        self.phone_did_close.emit()

    def _prune_phones(self) -> bool:
        """Stop serving rounds that are gone (an undone "Open vote") or no longer open;
        stop the server (its threads, its port) once it serves none. ``True`` if a
        round was stopped."""
        server = self.phone_server
        if server is None:
            return False
        before = len(server.served_rounds)
        for round_id in server.served_rounds:
            try:
                if not round_info(self.library, round_id).is_open:
                    server.stop_round(round_id)
            except SamskabError:
                server.stop_round(round_id)
        after = len(server.served_rounds)
        if not after:
            server.stop()
            self.phone_server = None
        return after < before

    @Slot(object)
    def _ballot_did_arrive(self, event: BallotEvent) -> None:
        # In the GUI thread (queued): show the new count now, tell the views soon.
        self._arrived[id(event.changes)] = event.changes
        if not self._arrival_timer.isActive():
            self._arrival_timer.start()
        if event.round_id == self.current_round and event.ballots != self.ballots:
            self.ballots = event.ballots
            self.results.set_count(event.ballots)
            if self.phone is not None:
                self.phone.show_state()
            self.ballots_did_change.emit(event.ballots)

    def _announce_arrivals(self) -> None:
        arrived = list(self._arrived.values())
        self._arrived.clear()
        if not arrived:
            return
        self.controller.notify(Changes(
            label="cast_ballot", workshop_id=arrived[0].workshop_id,
            topics=frozenset().union(*(c.topics for c in arrived)),
            ids=frozenset().union(*(c.ids for c in arrived)),
            created=frozenset().union(*(c.created for c in arrived)),
            deleted=frozenset().union(*(c.deleted for c in arrived)),
        ))

    def shutdown(self) -> None:
        """Stop the phone server (when the workshop window closes)."""
        if self.phone_server is not None:
            self.phone_server.stop()
            self.phone_server = None

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    phone: PhoneWidget | None = None
    tally: TallyForm | None = None
    paper: PaperEntry | None = None
    in_turn: InTurnWidget | None = None

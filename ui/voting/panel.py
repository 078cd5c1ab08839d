"""The facilitator's voting panel: open a round and collect votes three ways.

1. **Show of hands or paper** — type the counts (one field per option, keyboard
   only), or enter each person's dots or answers from a paper ballot
   (``ui.voting.ballots``).
2. **In turn at the laptop** — a private ballot screen for one participant at a
   time: it starts empty (the previous ballot is hidden), confirms what was counted
   and passes on to the next (``ui.voting.ballots``).
3. **Phones** — "Åbn for telefoner" opens the workshop's phone session (one join
   code for the whole workshop) and starts its server (``phone.server``), shown
   with the QR code, the address and the code (``ui.voting.phones``); the room
   follows every round on their phones. Ballots and ideas arriving in the server's
   threads reach this panel only through queued signals.

Every change goes through the controller and a core operation; widgets hold no state
of their own and redraw from the library. User text is shown as plain text.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Topic
from app.errors import SamskabError
from app.model import RoundKind, RoundState
from app.operations.voting import close_round, open_round, reopen_round, reveal_round
from app.voting import RoundInfo, ballot_count, round_info, round_summaries
from ui.controller import Controller
from ui.voting.ballots import InTurnWidget, PaperEntry, TallyForm
from ui.voting.phones import PhoneBridge, PhoneWidget
from ui.voting.projector import ResultsView
from ui.widgets import SpinBox, plain_label

if TYPE_CHECKING:
    from phone.server import BallotEvent, IdeaEvent, PhoneServer


class VotingPanel(QWidget):
    """Open vote rounds for a workshop and collect and show their votes.

    Signals:
        round_did_select(object): the round shown (``uuid.UUID`` or ``None``).
        ballots_did_change(int): how many have voted in the round shown (ballots
            that are not abstentions, and the hands of a saved count).
        phone_did_open(str, str, bytes): join address, join code and QR code (PNG)
            of the workshop's phone session.
        phone_did_close(): the workshop is closed to phones.
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
        self._count_offset = 0
        self._bridge = PhoneBridge(self)
        self._bridge.ballot_did_arrive.connect(self._ballot_did_arrive, Qt.ConnectionType.QueuedConnection)
        self._bridge.idea_did_arrive.connect(self._idea_did_arrive, Qt.ConnectionType.QueuedConnection)
        self._phone_port = 0  # the last port, kept when phones are opened again (pages reconnect)
        # A burst of phones must not make every view re-read the library per ballot:
        # the count shows at once, the other views hear of the ballots together.
        self._arrived: dict[int, Changes] = {}
        self._arrival_timer = QTimer(self)
        self._arrival_timer.setSingleShot(True)
        self._arrival_timer.setInterval(150)
        self._arrival_timer.timeout.connect(self._announce_arrivals)

        layout = QVBoxLayout(self)
        self.phone = PhoneWidget(self)
        layout.addWidget(self.phone)
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
        self.budget = SpinBox()
        self.budget.setObjectName("roundBudget")
        self.budget.setRange(1, 100)
        self.budget.setValue(3)
        self.max_per_option = SpinBox()
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
        self._read_count(round_id)
        if previous != round_id:
            self._build_ways()
        self._show_state()
        self.results.set_round(round_id)
        self.round_did_select.emit(round_id)
        self.ballots_did_change.emit(self.ballots)

    def _read_count(self, round_id: uuid.UUID | None) -> None:
        """How many have voted in the round: ballots, not abstentions, plus the hands
        of a saved count (``BallotCount.voted``)."""
        count = ballot_count(self.library, round_id) if round_id else None
        self.ballots = count.voted if count else 0
        # What a phone's ballot count (abstentions included, the count excluded) must
        # be corrected by until the library is read again.
        self._count_offset = count.voted - count.ballots if count else 0

    def _build_ways(self) -> None:
        while self.ways.count():
            widget = self.ways.widget(0)
            self.ways.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.tally = self.paper = self.in_turn = None
        if self.info is None:
            return
        self.tally = TallyForm(self.controller, self.info)
        self.paper = PaperEntry(self.controller, self.info)
        self.in_turn = InTurnWidget(self.controller, self.info)
        for widget, name in ((self.tally, self.tr("Show of hands")), (self.paper, self.tr("Per person (paper)")),
                             (self.in_turn, self.tr("In turn at the laptop"))):
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
        self.controller.run(text, operation, round_id)

    def _reveal(self) -> None:
        self._set_state(reveal_round, self.tr("Reveal results"))

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.workshop_id != self.workshop_id:
            return
        if self.phone_server is not None:
            self.phone_server.poke()  # the phones see the desk's change at once
        if not changes.touches(Topic.VOTES, Topic.IDEAS, Topic.PEOPLE):
            return
        round_id = self.current_round
        ids = {r.id for r in round_summaries(self.library, self.workshop_id)}
        if round_id not in ids or len(ids) != self.rounds.count():
            self.reload()
            return
        before = self.info.state if self.info else None
        self.info = round_info(self.library, round_id) if round_id else None
        self._read_count(round_id)
        self._show_state()
        self.results.refresh()
        if self.info is not None and self.info.state != before:
            self.round_did_select.emit(round_id)  # closed or revealed: views showing it re-read it
        self.ballots_did_change.emit(self.ballots)

    # -- phones ------------------------------------------------------------------------
    def open_for_phones(self) -> None:
        """Open the workshop to phones (its session and join code) and start its server
        on the address chosen in the phone box."""
        from app.operations.phones import open_phones
        from phone.server import PhoneServer, PhoneServerError

        if self.phone_server is not None:
            return
        host = self.phone.interface.currentData() or self.phone_host
        try:
            server = PhoneServer(self.library, self.workshop_id, host=host, port=self._phone_port, any_port=True,
                                 on_ballot=self._bridge.ballot_did_arrive.emit,
                                 on_idea=self._bridge.idea_did_arrive.emit).start()
        except PhoneServerError as error:
            QMessageBox.warning(self, self.tr("Phones"), self.tr("The phone page could not start: %1").replace(
                "%1", error.message(self.controller.language)))
            return
        if self.controller.run(self.tr("Open for phones"), open_phones, self.workshop_id, undoable=False) is None:
            server.stop()  # refused (the reason is shown by the controller)
            return
        self.phone_server = server
        self._phone_port = server.port
        server.poke()
        self.announce_phones()

    def announce_phones(self) -> None:
        """Show the join address, the code and the QR code here and (through the
        signals) on the projector — or nothing, when the workshop is closed to phones."""
        from app.phones import session_of_workshop
        from phone.server import qr_png

        server = self.phone_server
        session = session_of_workshop(self.library, self.workshop_id) if server is not None else None
        if server is None or session is None or not session.is_open:
            self.results.set_phone("", "", None)
            self.phone.show_state()
            self.phone_did_close.emit()
            return
        url = f"{server.base_url}j/{session.code}"
        png = qr_png(url)
        self.phone.show_state(png)
        self.results.set_phone(url, session.code, png)
        self.phone_did_open.emit(url, session.code, png)

    def stop_phones(self) -> None:
        """Close the workshop to phones: the pages show "lukket", the server stops."""
        from app.operations.phones import close_phones

        server = self.phone_server
        if server is None:
            return
        self.controller.run(self.tr("Close for phones"), close_phones, self.workshop_id, undoable=False)
        server.poke()
        server.stop()
        self.phone_server = None
        self.announce_phones()

    @Slot(object)
    def _ballot_did_arrive(self, event: BallotEvent) -> None:
        # In the GUI thread (queued): show the new count now, tell the views soon.
        self._arrived[id(event.changes)] = event.changes
        if not self._arrival_timer.isActive():
            self._arrival_timer.start()
        voted = event.ballots + self._count_offset
        if event.round_id == self.current_round and voted != self.ballots:
            self.ballots = voted
            self.results.set_count(voted)
            self.phone.show_state()
            self.ballots_did_change.emit(voted)

    @Slot(object)
    def _idea_did_arrive(self, event: IdeaEvent) -> None:
        # In the GUI thread (queued): the board and the inbox hear of it with the ballots.
        self._arrived[id(event.changes)] = event.changes
        if not self._arrival_timer.isActive():
            self._arrival_timer.start()

    def _announce_arrivals(self) -> None:
        arrived = list(self._arrived.values())
        self._arrived.clear()
        if not arrived:
            return
        self.controller.notify(Changes(
            label=arrived[0].label if len({c.label for c in arrived}) == 1 else "phones",
            workshop_id=arrived[0].workshop_id,
            topics=frozenset().union(*(c.topics for c in arrived)),
            ids=frozenset().union(*(c.ids for c in arrived)),
            created=frozenset().union(*(c.created for c in arrived)),
            deleted=frozenset().union(*(c.deleted for c in arrived)),
        ))

    def shutdown(self) -> None:
        """Close the workshop to phones and stop the server (when the workshop window
        closes): the pages show "lukket" rather than waiting for a desk that is gone."""
        from app.operations.phones import close_phones

        server = self.phone_server
        if server is None:
            return
        self.phone_server = None
        try:
            close_phones(self.library, self.workshop_id)
        except SamskabError:
            pass  # the library is closing or gone: the server still tells the pages
        server.stop()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    tally: TallyForm | None = None
    paper: PaperEntry | None = None
    in_turn: InTurnWidget | None = None

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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Topic
from app.errors import NotFound, SamskabError
from app.model import RoundKind, RoundState
from app.operations.voting import VoteSubject, close_round, open_round, reopen_round, reveal_round
from app.voting import RoundInfo, ballot_count, round_info, round_summaries
from ui.background import Runner, error_message
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
        self._handout_runner: Runner | None = None  # made on the first "share the summary"
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
        self.new_box = new = QGroupBox()
        form = QFormLayout(new)
        self.kind = QComboBox()
        self.kind.setObjectName("roundKind")
        for kind in (RoundKind.DOTS, RoundKind.STATEMENTS, RoundKind.CRITERIA):
            self.kind.addItem("", kind.value)
        self.on = QComboBox()
        self.on.addItem("", "ideas")
        self.on.addItem("", "clusters")
        # What the round is on: everything, the board's selection, a theme, the top of
        # an earlier round; for a poll, the statements ticked in the list.
        self.subject = QComboBox()
        self.subject.setObjectName("roundSubject")
        self.subject.currentIndexChanged.connect(self._subject_changed)
        self.top_n = SpinBox()
        self.top_n.setObjectName("roundTop")
        self.top_n.setRange(1, 50)
        self.top_n.setValue(5)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.top_n)
        self.statement_list = QListWidget()
        self.statement_list.setObjectName("roundStatements")
        self.statement_list.setMaximumHeight(120)
        self.selection: Callable[[], list[uuid.UUID]] = list
        self.budget = SpinBox()
        self.budget.setObjectName("roundBudget")
        self.budget.setRange(1, 100)
        self.budget.setValue(3)
        self.max_per_option = SpinBox()
        self.max_per_option.setRange(0, 100)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.anonymous = QCheckBox()
        self.anonymous.setObjectName("roundAnonymous")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openRound")
        self.open_button.clicked.connect(self.open_new_round)
        # Each field's label is its buddy (screen readers), worded in retranslate().
        self.form_labels: list[QLabel] = []
        for field, row in ((self.kind, self.kind), (self.on, self.on), (self.subject, subject_row),
                           (self.statement_list, self.statement_list), (self.budget, self.budget),
                           (self.max_per_option, self.max_per_option), (self.title_edit, self.title_edit)):
            label = QLabel()
            label.setBuddy(field)
            self.form_labels.append(label)
            form.addRow(label, row)
        self._statements_label = self.form_labels[3]
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
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeRound")
        self.close_button.clicked.connect(lambda: self._set_state(close_round, self.tr("Close vote")))
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("revealRound")
        self.reveal_button.clicked.connect(self._reveal)
        self.reopen_button = QPushButton()
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
        self._built = False
        self.retranslate()
        self.reload()
        self._built = True

    def retranslate(self) -> None:
        """Set the texts in the current language (again, when it changes)."""
        self.new_box.setTitle(self.tr("New vote"))
        for index, text in enumerate((self.tr("Dot vote"), self.tr("Statement poll (Agree / Disagree / Don't know)"),
                                      self.tr("Criteria scoring (1–5)"))):
            self.kind.setItemText(index, text)
        self.subject.setAccessibleName(self.tr("What the vote is on"))
        self.top_n.setAccessibleName(self.tr("How many of the best"))
        self.top_n.setPrefix(self.tr("top "))
        self.statement_list.setAccessibleName(self.tr("Statements to ask"))
        self.on.setItemText(0, self.tr("on ideas"))
        self.on.setItemText(1, self.tr("on themes"))
        self.max_per_option.setSpecialValueText(self.tr("no limit"))
        self.anonymous.setText(self.tr("Anonymous (no names on ballots)"))
        self.open_button.setText(self.tr("Open vote"))
        for label, text in zip(self.form_labels, (self.tr("Kind:"), self.tr("Vote:"), self.tr("On:"),
                                                  self.tr("Statements:"), self.tr("Dots each:"),
                                                  self.tr("Most dots on one:"), self.tr("Title:")), strict=True):
            label.setText(text)
        self.close_button.setText(self.tr("Close vote"))
        self.reveal_button.setText(self.tr("Reveal results"))
        self.reopen_button.setText(self.tr("Reopen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
            self.fill_subjects()  # "All ideas", "Theme: …" in the new language
            # The ways of voting word themselves when made: made again, unless phones
            # are voting right now (their QR code stays; only the tab titles change).
            if self.phone_server is None:
                self._build_ways()
            else:
                self._title_ways()
            self.reload()
        super().changeEvent(event)

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
        for widget in (self.tally, self.paper, self.in_turn):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            self.ways.addTab(scroll, "")
        self._title_ways()

    def _title_ways(self) -> None:
        names = (self.tr("Show of hands"), self.tr("Per person (paper)"), self.tr("In turn at the laptop"))
        for index, name in enumerate(names[: self.ways.count()]):
            self.ways.setTabText(index, name)

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
        self.fill_subjects()

    def set_selection_source(self, selection: Callable[[], list[uuid.UUID]]) -> None:
        """Where "ideas selected on the board" come from (the desk's board)."""
        self.selection = selection

    def fill_subjects(self) -> None:
        """Offer what a new round can be on: for ideas, all of them, the board's
        selection, each theme and the top of each revealed ranked round; for a poll,
        the statements to tick."""
        from app.queries import load_workshop

        poll = self.kind.currentData() == RoundKind.STATEMENTS
        try:
            workshop = load_workshop(self.library, self.workshop_id, ("clusters", "statements"))
        except NotFound:
            return  # deleted elsewhere: its window is closing
        chosen = self.subject.currentData()
        with QSignalBlocker(self.subject):
            self.subject.clear()
            if poll:
                self.subject.addItem(self.tr("The statements ticked below"), "all")
            else:
                self.subject.addItem(self.tr("All ideas (or themes)"), "all")
                self.subject.addItem(self.tr("Ideas selected on the board"), "selected")
                for cluster in sorted(workshop.clusters, key=lambda c: c.title.casefold()):
                    self.subject.addItem(self.tr("Theme: %1").replace("%1", cluster.title), f"theme:{cluster.id}")
                names = {"dots": self.tr("Dot vote"), "criteria": self.tr("Criteria scoring")}
                for number, r in enumerate(round_summaries(self.library, self.workshop_id), start=1):
                    if r.state == RoundState.REVEALED and r.kind in names:
                        name = f"{number}. {r.title or names[r.kind]}"
                        self.subject.addItem(self.tr("The best of vote %1").replace("%1", name), f"top:{r.id}")
            index = self.subject.findData(chosen) if chosen is not None else 0
            self.subject.setCurrentIndex(max(0, index))
        ticked = {self.statement_list.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.statement_list.count())
                  if self.statement_list.item(i).checkState() != Qt.CheckState.Checked}
        with QSignalBlocker(self.statement_list):
            self.statement_list.clear()
            for number, statement in enumerate(sorted(workshop.statements, key=lambda s: s.position), start=1):
                item = QListWidgetItem(f"{number}. {' '.join(statement.text.split())}")
                item.setData(Qt.ItemDataRole.UserRole, statement.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if statement.id in ticked else Qt.CheckState.Checked)
                self.statement_list.addItem(item)
        self.statement_list.setVisible(poll)
        self.subject.setEnabled(not poll)
        if self._statements_label is not None:
            self._statements_label.setVisible(poll)
        self._subject_changed()

    def _subject_changed(self, *_: object) -> None:
        self.top_n.setVisible(str(self.subject.currentData()).startswith("top:"))

    def chosen_subject(self) -> VoteSubject | None:
        """The subject the form describes; ``None`` for everything."""
        if self.kind.currentData() == RoundKind.STATEMENTS:
            items = [self.statement_list.item(i) for i in range(self.statement_list.count())]
            ticked = [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]
            return None if len(ticked) == len(items) else VoteSubject.chosen(ticked)
        # The choice's data: "all", "selected", "theme:<id>" or "top:<round id>".
        mode, _, key = str(self.subject.currentData() or "all").partition(":")
        if mode == "selected":
            return VoteSubject.chosen(self.selection())
        if mode == "theme":
            return VoteSubject.of_theme(uuid.UUID(key))
        if mode == "top":
            return VoteSubject.top_of(self.top_n.value(), uuid.UUID(key))
        return None

    @Slot()
    def open_new_round(self) -> None:
        dots = self.kind.currentData() == RoundKind.DOTS
        changes = self.controller.run(
            self.tr("Open vote"), open_round, self.workshop_id, self.kind.currentData(),
            on=self.on.currentData(), title=self.title_edit.text(),
            budget=self.budget.value() if dots else None,
            max_per_option=(self.max_per_option.value() or None) if dots else None,
            anonymous=self.anonymous.isChecked(), subject=self.chosen_subject(),
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
        if changes.touches(Topic.CLUSTERS) or changes.label.endswith("_statement") or changes.label.endswith("_round"):
            self.fill_subjects()  # themes, statements, revealed rounds to choose from
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
        server.refresh()  # a phone scanning the code at once finds the session
        self.announce_phones()

    def share_handout(self, with_names: bool = False) -> bool:
        """Render the PDF handout in the background (without names unless asked) and
        offer it to every phone through the phone server, opening the workshop to
        phones first if it is not open. ``False`` if it could not start."""
        from exports.handout import handout_pdf

        if self.phone_server is None:
            self.open_for_phones()
            if self.phone_server is None:
                return False
        if self._handout_runner is None:
            self._handout_runner = Runner(self)
        library, workshop_id = self.library, self.workshop_id
        started = self._handout_runner.start(
            self.tr("Writing the summary for the phones…"),
            lambda _progress: handout_pdf(library, workshop_id, without_names=not with_names),
            on_finish=lambda pdf: self._handout_did_render(pdf, with_names),
            on_fail=self._handout_did_fail,
        )
        if started:
            self.phone.share.setEnabled(False)
        return started

    def _handout_did_render(self, pdf: bytes, with_names: bool) -> None:
        self.phone.share.setEnabled(True)
        server = self.phone_server
        if server is None:
            return  # closed for phones while it was being written
        title = server.snapshot.title or "Samskab"
        suffix = self.tr("summary with names") if with_names else self.tr("summary")
        server.share_handout(pdf, f"{title} {suffix}.pdf")
        self.phone.show_state()

    def _handout_did_fail(self, error: BaseException) -> None:
        self.phone.share.setEnabled(True)
        QMessageBox.warning(self, self.tr("Phones"), self.tr("The summary could not be written: %1").replace(
            "%1", error_message(error, self.controller.language)))

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
        if self._handout_runner is not None:
            self._handout_runner.finish_in_background()
        self.shutdown()
        super().closeEvent(event)

    tally: TallyForm | None = None
    paper: PaperEntry | None = None
    in_turn: InTurnWidget | None = None

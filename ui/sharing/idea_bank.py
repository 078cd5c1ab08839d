"""The idea bank window: the innovation unit's view of every workshop's ideas.

Searches the shared database (``exports.idea_bank.search_ideas``) with the text and
the filters — template, phase, tag, table group, date range — sorted by votes or by
date; shows the ideas in a table (plain text: an idea reading ``<b>x</b>`` shows
exactly that), the chosen idea in full below; marks an idea edited on two laptops at
one revision ("⚠ 2 udgaver · …", the other versions in its tooltip and below); exports the selection (or everything
shown) to CSV or PDF; and opens a workshop's outcome read-only as its handout, built
from the shared database (``open_bank`` + ``exports.handout``).

Searches and exports run in a :class:`~ui.background.Runner`. Typing or changing a
filter while a search runs does not start a second one: the newest query waits and
runs as soon as the first returns (only the newest matters). An export or opening
asked for while something runs is refused politely.

The address comes from the settings; one typed with a password is saved without it
(the password goes to the system keyring). File choosers and the viewer are
attributes that tests replace.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.background import Runner, error_message
from ui.sharing.files import choose_save_path, file_name, open_file, plain_tooltip
from ui.sharing.followup import FollowUpEditor, OverviewPage, status_names, unsaved_question
from ui.sharing.push import read_address
from ui.widgets import DateField, plain_label

if TYPE_CHECKING:
    from exports.idea_bank import BankIdea, BankQuery
    from exports.idea_followup import FollowUp, Overview, StatusChange
    from ui.settings import Settings

INDEX_ROLE = Qt.ItemDataRole.UserRole
LIMIT = 500
COLUMNS = 8
WORKSHOP, DATE, PHASE, THEME, IDEA, TAGS, VOTES, STATUS = range(COLUMNS)


def _language() -> str:
    from ui.catalog import data_language

    return data_language()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def ask_unsaved(parent: QWidget) -> str:
    """Save, discard or stay: "save", "discard" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), unsaved_question(),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


class IdeaBankWindow(QMainWindow):
    """Search, filter, export and open the ideas in the shared database.

    Signals:
        search_did_finish(int): results are shown (how many).
        search_did_fail(str): the message shown; the table keeps the last results.
        export_did_finish(str): a file was written (its path).
        export_did_fail(str): the message shown.
        overview_did_finish(int): the overview is shown (the ideas in the bank).
        overview_did_fail(str): the message shown.
        follow_up_did_load(str): the follow-up of an idea is shown (its id).
        follow_up_did_save(str): an idea's follow-up was saved (its id).
        follow_up_did_fail(str): the message shown; what was typed is kept.
    """

    search_did_finish = Signal(int)
    search_did_fail = Signal(str)
    export_did_finish = Signal(str)
    export_did_fail = Signal(str)
    overview_did_finish = Signal(int)
    overview_did_fail = Signal(str)
    follow_up_did_load = Signal(str)
    follow_up_did_save = Signal(str)
    follow_up_did_fail = Signal(str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built = False  # a LanguageChange while building has nothing to retranslate yet
        self.setObjectName("ideaBankWindow")
        self.settings = settings
        self.ideas: list[BankIdea] = []
        self.runner = Runner(self)
        self.overview_runner = Runner(self)  # the overview and the follow-ups never wait for a search
        self.follow_runner = Runner(self)
        self._wanted: BankIdea | None = None  # the idea whose follow-up the selection asks for
        self._overview_stale = True
        self._reselecting = False
        self._close_after_save = False
        self.ask_unsaved: Callable[[QWidget], str] = ask_unsaved
        #: Who a saved change is kept as: the OS user (tests replace it).
        self.who: Callable[[], str] = _os_user
        self._pending: tuple[str, BankQuery] | None = None
        self._address = ""  # as typed, password included (kept in memory only)
        self.choose_save_path: Callable[[QWidget | None, str, str, str], str | None] = choose_save_path
        self.open_file: Callable[[str], Any] = open_file
        self.outcome_folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
                                   or tempfile.gettempdir()) / "samskab-idebank"
        self.resize(1240, 780)

        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.subtitle_label = plain_label(role="muted")
        self.address_label = QLabel()
        self.address_edit = QLineEdit(settings.shared_database if settings is not None else "")
        self.address_edit.setObjectName("bankAddress")
        self.address_label.setBuddy(self.address_edit)
        self.address_edit.setPlaceholderText("postgresql+psycopg://bruger@server/samskab")
        self.address_edit.returnPressed.connect(self.search)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("bankSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton()
        self.search_button.setProperty("role", "primary")
        self.search_button.clicked.connect(self.search)

        self.template_box = QComboBox()
        self.phase_box = QComboBox()
        self.phase_box.setEditable(True)
        self.phase_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag_box = QComboBox()
        self.group_edit = QLineEdit()
        self.group_edit.setClearButtonEnabled(True)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.sort_box = QComboBox()
        self.status_box = QComboBox()
        self.status_box.setObjectName("bankStatusFilter")
        self.filter_labels = [QLabel() for _ in range(8)]

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("bankResults")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(IDEA, QHeaderView.ResizeMode.Stretch)
        for column, width in ((WORKSHOP, 150), (DATE, 90), (PHASE, 90), (THEME, 120), (TAGS, 110), (VOTES, 70), (STATUS, 110)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selection_did_change)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("bankDetail")
        self.detail.setReadOnly(True)

        self.status_label = plain_label(role="muted")
        self.status_label.setObjectName("bankStatus")
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.open_outcome())
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.export_pdf())

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title_label)
        heading.addWidget(self.subtitle_label)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address_label)
        address_row.addWidget(self.address_edit, 1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)
        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.setVerticalSpacing(6)
        fields: list[QWidget] = [self.template_box, self.phase_box, self.tag_box, self.group_edit,
                                 self.date_from, self.date_to, self.status_box, self.sort_box]
        for index, (label, field) in enumerate(zip(self.filter_labels, fields, strict=True)):
            label.setProperty("role", "muted")
            label.setBuddy(field)
            field.setAccessibleName(label.text())
            row, column = divmod(index, 4)
            filters.addWidget(label, row * 2, column)
            filters.addWidget(field, row * 2 + 1, column)
        for column in range(4):
            filters.setColumnStretch(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.editor = FollowUpEditor()
        self.editor.save_was_asked.connect(lambda: self.save_follow_up())
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(splitter)
        sides.addWidget(self.editor)
        sides.setStretchFactor(0, 3)
        sides.setStretchFactor(1, 1)
        sides.setSizes([900, 340])
        sides.setChildrenCollapsible(False)
        self.overview_page = OverviewPage()
        self.overview_page.status_was_chosen.connect(self.show_status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.pdf_button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        search_page = QWidget()
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(0, 8, 0, 0)
        search_layout.addLayout(search_row)
        search_layout.addLayout(filters)
        search_layout.addWidget(sides, 1)
        search_layout.addLayout(bottom)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("bankTabs")
        self.tabs.addTab(self.overview_page, "")
        self.tabs.addTab(search_page, "")
        self.tabs.currentChanged.connect(self._tab_did_change)
        layout.addLayout(heading)
        layout.addLayout(address_row)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        # Filters search at once; typing waits for a pause.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(350)
        self._debounce.timeout.connect(self._search_if_ready)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.group_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.phase_box.currentTextChanged.connect(lambda _text: self._debounce.start())
        for box in (self.template_box, self.tag_box, self.sort_box, self.status_box):
            box.currentIndexChanged.connect(lambda _index: self._search_if_ready())
        for edit in (self.date_from, self.date_to):
            edit.date_did_change.connect(self._search_if_ready)

        self._built = True
        self.retranslate()
        self._selection_did_change()

    @staticmethod
    def _date_edit() -> DateField:
        """A date typed in Danish order (14.01.2027, 14/1-27), empty for any date."""
        edit = DateField(optional=True)
        edit.language = _language()
        return edit

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        from ui.catalog import common, templates

        language = _language()
        self.setWindowTitle(self.tr("Idea bank – Samskab"))
        self.title_label.setText(self.tr("Idea bank"))
        self.subtitle_label.setText(self.tr("The ideas of every workshop sent to the shared database"))
        self.address_label.setText(self.tr("Shared database"))
        self.search_edit.setPlaceholderText(self.tr("Search the ideas…"))
        self.search_edit.setAccessibleName(self.tr("Search the ideas"))
        self.table.setAccessibleName(self.tr("Ideas found"))
        self.detail.setAccessibleName(self.tr("The chosen idea"))
        self.search_button.setText(self.tr("Search"))
        for label, text in zip(self.filter_labels, (
            self.tr("Template"), self.tr("Phase"), self.tr("Tag"), self.tr("Table group"),
            self.tr("From date"), self.tr("To date"), self.tr("Status"), self.tr("Sort"),
        ), strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text)
        self.group_edit.setPlaceholderText(self.tr("Any group"))
        with _blocked(self.template_box, self.tag_box, self.sort_box, self.phase_box, self.status_box):
            chosen = self.status_box.currentData()
            self.status_box.clear()
            self.status_box.addItem(self.tr("Any status"), None)
            for key, name in status_names():
                self.status_box.addItem(name, key)
            self.status_box.setCurrentIndex(max(0, self.status_box.findData(chosen)))
            chosen = self.template_box.currentData()
            self.template_box.clear()
            self.template_box.addItem(self.tr("All templates"), None)
            for template in templates().values():
                self.template_box.addItem(template.name.get(language), template.id)
            self.template_box.setCurrentIndex(max(0, self.template_box.findData(chosen)))
            phase = self.phase_box.currentText()
            self.phase_box.clear()
            self.phase_box.addItem("")
            names = sorted({p.name.get(language) for t in templates().values() for p in t.phases}, key=str.casefold)
            self.phase_box.addItems(names)
            self.phase_box.setCurrentText(phase)
            phase_edit = self.phase_box.lineEdit()
            if phase_edit is not None:
                phase_edit.setPlaceholderText(self.tr("Any phase"))
            chosen = self.tag_box.currentData()
            self.tag_box.clear()
            self.tag_box.addItem(self.tr("All tags"), None)
            for vocabulary in common().vocabularies:
                if vocabulary.id == "mervaerdi":
                    continue  # an action's kind of added value, not an idea's tag
                for term in vocabulary.terms:
                    self.tag_box.addItem(term.name.get(language), term.id)
            self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(chosen)))
            chosen = self.sort_box.currentData()
            self.sort_box.clear()
            self.sort_box.addItem(self.tr("Most votes"), "votes")
            self.sort_box.addItem(self.tr("Newest workshop"), "date")
            self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(chosen)))
        self.table.setHorizontalHeaderLabels([
            self.tr("Workshop"), self.tr("Date"), self.tr("Phase"), self.tr("Theme"), self.tr("Idea"),
            self.tr("Tags"), self.tr("Votes"), self.tr("Status"),
        ])
        self.tabs.setTabText(0, self.tr("Overview"))
        self.tabs.setTabText(1, self.tr("Search and follow up"))
        self.editor.retranslate()
        self.overview_page.retranslate()
        self.open_button.setText(self.tr("Open the workshop's outcome"))
        self.csv_button.setText(self.tr("Export as CSV…"))
        self.pdf_button.setText(self.tr("Export as PDF…"))
        self.csv_button.setToolTip(self.tr("The chosen ideas, or all shown when none is chosen"))
        self.pdf_button.setToolTip(self.csv_button.toolTip())
        if not self.ideas and not self.runner.busy:
            self._say(self.tr("Write the shared database's address and search.") if not self.address_edit.text().strip()
                      else self.tr("Search, or press Search to see the ideas with most votes."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
            self._fill()
        super().changeEvent(event)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setProperty("role", "error" if error else "muted")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.status_label.setText(text)

    # -- searching -----------------------------------------------------------------------

    def query(self) -> BankQuery:
        from exports.idea_bank import BankQuery

        return BankQuery(
            text=self.search_edit.text().strip(),
            template=self.template_box.currentData() or None,
            phase=self.phase_box.currentText().strip() or None,
            tag=self.tag_box.currentData() or None,
            date_from=self.date_from.date_or_last(),
            date_to=self.date_to.date_or_last(),
            table_group=self.group_edit.text().strip() or None,
            status=self.status_box.currentData() or None,
            sort=str(self.sort_box.currentData() or "votes"),
            limit=LIMIT,
        )

    def _search_if_ready(self) -> None:
        if self.address_edit.text().strip():
            self.search()

    def _read_address(self) -> str | None:
        """The address typed (password kept in memory only, saved without it); ``None``
        (and why) when it is empty or malformed."""
        typed = read_address(self.address_edit, self._say)
        if typed is None:
            return None
        address, bare, password = typed
        if password is not None or address != self._address:
            self._address = address  # with its password, for this session only
        saved = bare if password is not None else address
        if self.settings is not None and self.settings.shared_database != saved:
            self.settings.shared_database = saved
            self.settings.sync()
        if password is not None:
            self.address_edit.setText(bare)  # the password goes to the keyring
        return self._address

    def search(self) -> bool:
        """Search with the text and filters; while one runs, this query waits its turn."""
        self._debounce.stop()
        if self._read_address() is None:
            return False
        query = self.query()
        if self.runner.busy:
            self._pending = (self._address, query)
            return True
        return self._start_search(self._address, query)

    def _start_search(self, address: str, query: BankQuery) -> bool:
        from exports.credentials import remember
        from exports.idea_bank import search_ideas

        def job(_progress: Any) -> list[BankIdea]:
            remember(address)
            return search_ideas(address, query)

        self._say(self.tr("Searching…"))
        self.search_button.setEnabled(False)
        return self.runner.start("search", job, on_finish=self._did_search, on_fail=self._search_failed)

    def _did_search(self, ideas: list[BankIdea]) -> None:
        self.search_button.setEnabled(True)
        if self._run_pending():
            return
        self.ideas = list(ideas)
        self._fill()
        if not self.ideas:
            self._say(self.tr("No ideas match the search."))
        elif len(self.ideas) >= LIMIT:
            self._say(self.tr("The first %1 ideas. Narrow the search to see the rest.").replace("%1", str(LIMIT)))
        else:
            self._say(self.tr("%n idea(s)", "", len(self.ideas)))
        self.search_did_finish.emit(len(self.ideas))

    def _search_failed(self, error: BaseException) -> None:
        self.search_button.setEnabled(True)
        if self._run_pending():
            return
        text = error_message(error, _language())
        self._say(text, error=True)
        self.search_did_fail.emit(text)

    def _run_pending(self) -> bool:
        if self._pending is None:
            return False
        address, query = self._pending
        self._pending = None
        return self._start_search(address, query)

    def _fill(self) -> None:
        from exports.idea_followup import status_name
        from ui.catalog import term_name

        self.table.setSortingEnabled(False)
        self.table.clearContents()
        self.table.setRowCount(len(self.ideas))
        for row, idea in enumerate(self.ideas):
            date = idea.workshop_date
            cells: list[QTableWidgetItem] = []
            for column, text in ((WORKSHOP, idea.workshop_title), (PHASE, idea.phase), (THEME, idea.cluster),
                                 (IDEA, self._marker(idea) + _one_line(idea.text)),
                                 (TAGS, ", ".join(term_name(t) for t in idea.tags))):
                item = QTableWidgetItem(text)  # items never read markup: plain text
                self.table.setItem(row, column, item)
                cells.append(item)
            if idea.conflicts:
                cells[3].setToolTip(plain_tooltip(self._other_versions(idea)))
            date_item = QTableWidgetItem()
            if date is not None:
                date_item.setData(Qt.ItemDataRole.DisplayRole, QDate(date.year, date.month, date.day))
            self.table.setItem(row, DATE, date_item)
            votes = QTableWidgetItem()
            votes.setData(Qt.ItemDataRole.DisplayRole, idea.dots)
            votes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, VOTES, votes)
            status = QTableWidgetItem(status_name(idea.status, _language()))
            self.table.setItem(row, STATUS, status)
            for item in (*cells, date_item, votes, status):
                item.setData(INDEX_ROLE, row)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self._selection_did_change()

    def _marker(self, idea: BankIdea) -> str:
        """"⚠ 2 versions · " before an idea edited on two laptops at one revision."""
        if not idea.conflicts:
            return ""
        return "⚠ " + self.tr("%n version(s)", "", len(idea.conflicts) + 1) + " · "

    def _other_versions(self, idea: BankIdea) -> str:
        """The versions the shared database keeps beside the one shown (plain text)."""
        others = [text.strip() or self.tr("(deleted on another laptop)") for text in idea.conflicts]
        return (self.tr("Changed on two laptops at the same revision. The other version(s):", "", len(others))
                + "\n" + "\n".join("• " + text for text in others)
                + "\n" + self.tr("Edit the idea in the workshop and send it again to settle it."))

    # -- selection -----------------------------------------------------------------------

    def selected(self) -> list[BankIdea]:
        """The chosen ideas in the table's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        items = [self.table.item(row, WORKSHOP) for row in rows]
        return [self.ideas[item.data(INDEX_ROLE)] for item in items if item is not None]

    def current(self) -> BankIdea | None:
        chosen = self.selected()
        return chosen[0] if chosen else None

    def _selection_did_change(self) -> None:
        from ui.catalog import term_name

        idea = self.current()
        self.open_button.setEnabled(idea is not None)
        self.csv_button.setEnabled(bool(self.ideas))
        self.pdf_button.setEnabled(bool(self.ideas))
        if not self._follow(idea):
            return
        if idea is None:
            self.detail.setPlainText("")
            return
        meta = [part for part in (
            idea.workshop_title,
            idea.workshop_date.isoformat() if idea.workshop_date else "",
            idea.phase, idea.cluster, idea.table_group,
            ", ".join(term_name(t) for t in idea.tags),
            self.tr("%n vote(s)", "", idea.dots),
        ) if part]
        conflicts = "\n\n" + self._other_versions(idea) if idea.conflicts else ""
        self.detail.setPlainText(f"{idea.number}. {idea.text}\n\n" + " · ".join(meta) + conflicts)

    def select_all(self) -> None:
        self.table.selectAll()

    # -- the follow-up of the chosen idea ------------------------------------------------------

    def _bank_address(self) -> str:
        return self._address or self.address_edit.text().strip()

    def _follow(self, idea: BankIdea | None) -> bool:
        """Show the follow-up of the idea chosen; ``False`` if the facilitator chose to
        stay with unsaved edits (the selection goes back)."""
        if self._reselecting:
            return True
        new_id = idea.id if idea is not None else None
        if new_id == self.editor.idea_id and new_id is not None:
            self._wanted = idea
            return True
        if self.editor.dirty():
            answer = self.ask_unsaved(self)
            if answer == "cancel" or (answer == "save" and not self.save_follow_up()):
                self._reselect(self.editor.idea_id)
                return False
        self._wanted = idea
        self._load_wanted()
        return True

    def _reselect(self, idea_id: uuid.UUID | None) -> None:
        """Choose the idea in the table again (when it is shown), without asking."""
        rows = [row for row in range(self.table.rowCount())
                if (item := self.table.item(row, WORKSHOP)) is not None
                and self.ideas[item.data(INDEX_ROLE)].id == idea_id]
        self._reselecting = True
        try:
            if rows:
                self.table.selectRow(rows[0])
            else:
                self.table.clearSelection()
        finally:
            self._reselecting = False
        self._wanted = next((idea for idea in self.ideas if idea.id == idea_id), None)

    def _load_wanted(self) -> None:
        """Read the wanted idea's follow-up and history in the worker (after the job
        running now: its end comes back here)."""
        from exports.idea_followup import follow_up, status_history

        if self.follow_runner.busy:
            return
        idea = self._wanted
        if idea is None:
            self.editor.show_follow_up(None)
            self.editor.say("")
            return
        address, idea_id = self._bank_address(), idea.id
        self.editor.set_busy(self.tr("Reading the follow-up…"))
        self.follow_runner.start(
            "follow-up", lambda _p: (follow_up(address, idea_id), status_history(address, idea_id)),
            on_finish=lambda result: self._did_load(idea, result), on_fail=self._follow_failed)

    def _did_load(self, idea: BankIdea, result: tuple[FollowUp, list[StatusChange]]) -> None:
        wanted = self._wanted
        if wanted is None or wanted.id != idea.id:
            self._load_wanted()
            return
        follow_up, history = result
        self.editor.show_follow_up(follow_up, history, f"{idea.number}. {_one_line(idea.text)}")
        self.editor.set_ready()
        self.editor.say("")
        self.follow_up_did_load.emit(str(idea.id))

    def _follow_failed(self, error: BaseException) -> None:
        text = error_message(error, _language())
        self.editor.show_follow_up(None)
        self.editor.say(text, error=True)
        self.follow_up_did_fail.emit(text)

    def save_follow_up(self) -> bool:
        """Save what is typed for the shown idea, in the worker; ``False`` (and why)
        when it cannot be read or something else is being read or saved."""
        from app.errors import SamskabError
        from exports.idea_followup import set_follow_up, status_history

        idea_id = self.editor.idea_id
        if idea_id is None:
            return False
        if self.follow_runner.busy:
            self.editor.say(self.tr("One moment: Samskab is still working on the previous request."))
            return False
        try:
            changes = self.editor.changes()
        except SamskabError as error:
            text = error.message(_language())
            self.editor.say(text, error=True)
            self.follow_up_did_fail.emit(text)
            return False
        if not changes:
            self.editor.say(self.tr("Nothing to save."))
            return True
        address, who = self._bank_address(), self.who() or "?"

        def job(_progress: Any) -> tuple[FollowUp, list[StatusChange]]:
            return set_follow_up(address, idea_id, who=who, **changes), status_history(address, idea_id)

        self.editor.set_busy(self.tr("Saving…"))
        return self.follow_runner.start("save", job, on_finish=lambda result: self._did_save(idea_id, result),
                                        on_fail=lambda error: self._save_failed(idea_id, error))

    def _did_save(self, idea_id: uuid.UUID, result: tuple[FollowUp, list[StatusChange]]) -> None:
        from exports.idea_followup import status_name

        after, history = result
        self._overview_stale = True
        for index, idea in enumerate(self.ideas):
            if idea.id == idea_id:
                self.ideas[index] = replace(idea, status=after.status)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, WORKSHOP)
            status = self.table.item(row, STATUS)
            if item is not None and status is not None and self.ideas[item.data(INDEX_ROLE)].id == idea_id:
                status.setText(status_name(after.status, _language()))
        if self.editor.idea_id == idea_id:
            self.editor.show_follow_up(after, history, self.editor.idea_label.text())
            self.editor.set_ready()
            self.editor.say(self.tr("Saved."))
        self.follow_up_did_save.emit(str(idea_id))
        if self._close_after_save:
            self._close_after_save = False
            self.close()
            return
        if self._wanted is None or self._wanted.id != idea_id:
            self._load_wanted()

    def _save_failed(self, idea_id: uuid.UUID, error: BaseException) -> None:
        text = error_message(error, _language())
        self._close_after_save = False
        self.editor.set_ready()
        self.editor.say(text, error=True)
        if self._wanted is None or self._wanted.id != idea_id:
            self._reselect(idea_id)  # back to the idea whose edits are not saved
        self.follow_up_did_fail.emit(text)

    # -- the overview ------------------------------------------------------------------------

    def refresh_overview(self) -> bool:
        """Read the overview in the worker; ``False`` when there is no address or it
        is being read."""
        from exports.credentials import remember
        from exports.idea_followup import bank_overview

        if self.overview_runner.busy or self._read_address() is None:
            return False
        address = self._address
        self._overview_stale = False

        def job(_progress: Any) -> Overview:
            remember(address)
            return bank_overview(address)

        self.overview_page.say(self.tr("Reading the overview…"))
        return self.overview_runner.start("overview", job, on_finish=self._did_overview,
                                          on_fail=self._overview_failed)

    def _did_overview(self, overview: Overview) -> None:
        self.overview_page.show_overview(overview)
        self.overview_did_finish.emit(overview.total)

    def _overview_failed(self, error: BaseException) -> None:
        text = error_message(error, _language())
        self._overview_stale = True
        self.overview_page.say(text, error=True)
        self.overview_did_fail.emit(text)

    def _tab_did_change(self, index: int) -> None:
        if index == 0 and self._overview_stale and self.address_edit.text().strip():
            self.refresh_overview()

    def show_status(self, status: str) -> None:
        """The search for the ideas at ``status`` (a count on the overview was clicked)."""
        self.tabs.setCurrentIndex(1)
        with _blocked(self.status_box):
            self.status_box.setCurrentIndex(max(0, self.status_box.findData(status)))
        self.search()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._tab_did_change(self.tabs.currentIndex())

    # -- exports and the outcome -------------------------------------------------------------

    def _chosen_or_all(self) -> list[BankIdea]:
        return self.selected() or list(self.ideas)

    def _refused_while_busy(self) -> bool:
        if self.runner.busy:
            self._say(self.tr("One moment: Samskab is still working on the previous request."))
            return True
        return False

    def _run_export(self, busy: str, job: Callable[[Any], Any], path: str, done: str, *, open_after: bool) -> bool:
        def finished(_result: Any) -> None:
            self._say(done.replace("%1", path))
            if open_after:
                self.open_file(path)
            self.export_did_finish.emit(path)

        def failed(error: BaseException) -> None:
            text = error_message(error, _language())
            self._say(text, error=True)
            self.export_did_fail.emit(text)

        self._say(busy)
        return self.runner.start(busy, job, on_finish=finished, on_fail=failed)

    def export_csv(self) -> bool:
        from exports.idea_bank import export_bank_csv

        ideas = self._chosen_or_all()
        if not ideas or self._refused_while_busy():
            return False
        path = self.choose_save_path(self, self.tr("Save ideas as CSV"), file_name(self.tr("Ideas"), ".csv"),
                                     self.tr("CSV for Excel (*.csv)"))
        if not path:
            return False
        path = path if path.lower().endswith(".csv") else path + ".csv"
        language = _language()
        return self._run_export(self.tr("Writing the CSV file…"),
                                lambda _p: export_bank_csv(ideas, path, language=language),
                                path, self.tr("%1 saved."), open_after=False)

    def export_pdf(self) -> bool:
        from exports.idea_bank import export_bank_pdf

        ideas = self._chosen_or_all()
        if not ideas or self._refused_while_busy():
            return False
        path = self.choose_save_path(self, self.tr("Save ideas as PDF"), file_name(self.tr("Ideas"), ".pdf"),
                                     self.tr("PDF (*.pdf)"))
        if not path:
            return False
        path = path if path.lower().endswith(".pdf") else path + ".pdf"
        language = _language()
        title = self.tr("Idea bank")
        return self._run_export(self.tr("Writing the PDF…"),
                                lambda _p: export_bank_pdf(ideas, path, title=title, language=language),
                                path, self.tr("%1 saved."), open_after=True)

    def open_outcome(self) -> bool:
        """The chosen idea's workshop as its handout, built from the shared database
        (without names: the bank is read by others than those who took part)."""
        from exports.handout import build_handout
        from exports.idea_bank import open_bank

        idea = self.current()
        if idea is None or self._refused_while_busy():
            return False
        address = self._address or self.address_edit.text().strip()
        self.outcome_folder.mkdir(parents=True, exist_ok=True)
        path = str(self.outcome_folder / file_name(idea.workshop_title, f"-{idea.workshop_id.hex[:8]}.pdf"))
        workshop_id: uuid.UUID = idea.workshop_id

        def job(_progress: Any) -> Any:
            bank = open_bank(address)
            try:
                return build_handout(bank, workshop_id, path, without_names=True)
            finally:
                bank.close()

        return self._run_export(self.tr("Opening the workshop's outcome…"), job, path,
                                self.tr("The outcome is open in the PDF viewer: %1"), open_after=True)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self.editor.dirty():
            answer = self.ask_unsaved(self)
            if answer != "discard":
                if answer == "save" and self.save_follow_up():
                    self._close_after_save = True
                event.ignore()
                return
        self._debounce.stop()
        self._pending = None
        super().closeEvent(event)


class _blocked:  # noqa: N801 - used like a function
    """Block the signals of several widgets while refilling them."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets
        self._before: list[bool] = []

    def __enter__(self) -> None:
        self._before = [w.blockSignals(True) for w in self._widgets]

    def __exit__(self, *exc: object) -> None:
        for widget, before in zip(self._widgets, self._before, strict=True):
            widget.blockSignals(before)


__all__ = ["IdeaBankWindow"]

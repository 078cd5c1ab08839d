"""The start screen: the workshops in the library, and how to begin.

The window is built without the library (so it is on screen before SQLAlchemy has
even been imported — see ``ui.application``) and filled by :meth:`set_library`. A
library with no workshops shows a welcome page instead: the templates with their
descriptions and the sample workshop, one click away. The sharing part of the window
(import, idea bank) is made when the library opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import plain_label, quit_keys

if TYPE_CHECKING:
    import uuid

    from app.changes import Changes
    from app.library import Library
    from app.queries import WorkshopSummary
    from ui.controller import Controller
    from ui.settings import Settings
    from ui.sharing.start import StartSharing
    from ui.widgets import UndoActions

#: The role holding the workshop's id (column 0).
ID_ROLE = Qt.ItemDataRole.UserRole
#: The role holding the value a column sorts by (dates, counts).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _SortItem(QTreeWidgetItem):
    """Sorts by the value kept in the sort role, not the shown text (dates, counts)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return self.text(column).casefold() < other.text(column).casefold()


class TemplateCard(QFrame):
    """One template on the welcome page: name, description, phases, and a button."""

    def __init__(self, template_id: str, name: str, description: str, phases: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template_id = template_id
        self.setProperty("role", "card")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(plain_label(name, wrap=True, name="sectionTitle"))
        layout.addWidget(plain_label(phases, wrap=True, role="hint"))
        description_label = plain_label(description, wrap=True)
        layout.addWidget(description_label)
        layout.addStretch(1)
        self.button = QPushButton(button_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)


class StartWindow(QMainWindow):
    """The list of workshops with search, open, duplicate, delete and new.

    Signals:
        workshop_did_get_chosen(uuid.UUID): the facilitator wants this workshop open.
        library_did_get_requested(): the facilitator wants to open another library file.
        settings_did_get_requested(): the facilitator opened the settings.
        quit_did_get_requested(): File → Quit (Ctrl+Q): close every window.
    """

    workshop_did_get_chosen = Signal(object)
    library_did_get_requested = Signal()
    settings_did_get_requested = Signal()
    quit_did_get_requested = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startWindow")
        self.settings = settings
        self.library: Library | None = None
        self.controller: Controller | None = None
        self._undo: UndoActions | None = None
        self._summaries: list[WorkshopSummary] = []
        self._last_deleted: tuple[uuid.UUID, str] | None = None
        self.resize(1100, 700)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(400)
        self._recount.timeout.connect(self.refresh)

        # Header: title, search, new.
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setProperty("role", "muted")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._search_did_change)
        self.new_button = QPushButton()
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(lambda: self.new_workshop())

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title_label)
        heading.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.search)
        header.addSpacing(8)
        header.addWidget(self.new_button)

        # The undo banner after a delete.
        self.banner = QFrame()
        self.banner.setProperty("role", "banner")
        self.banner_label = plain_label(wrap=True)
        self.banner_undo = QPushButton()
        self.banner_undo.clicked.connect(self.undo_delete)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 6, 8, 6)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_undo)
        self.banner.hide()

        # The list page.
        self.tree = QTreeWidget()
        self.tree.setObjectName("workshopList")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSortingEnabled(True)
        self._sort_chosen = False  # newest first, set when the list is first filled
        header_view = self.tree.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda item, _column: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._selection_did_change)

        self.open_button = QPushButton()
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.sample_button = QPushButton()
        self.sample_button.clicked.connect(self.open_sample)
        self.empty_search_label = plain_label(role="muted")
        self.empty_search_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_search_label.hide()

        # Details of the selected workshop: as wide as its buttons' words need (at least
        # 300 px); the workshop's own texts wrap within that rather than widen it.
        self.details = QFrame()
        self.details.setProperty("role", "card")
        self.detail_title = plain_label(wrap=True, name="sectionTitle")
        self.detail_question = plain_label(wrap=True)
        self.detail_meta = plain_label(wrap=True, role="muted")
        for label in (self.detail_title, self.detail_question, self.detail_meta):
            policy = label.sizePolicy()  # keeps the height-for-width that wrapping needs
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            label.setSizePolicy(policy)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(18, 16, 18, 16)
        details_layout.setSpacing(10)
        details_layout.addStrut(300 - 2 * 18)  # a floor, not QWidget.setMinimumWidth: that would override the buttons' need
        details_layout.addWidget(self.detail_title)
        details_layout.addWidget(self.detail_question)
        details_layout.addWidget(self.detail_meta)
        details_layout.addStretch(1)
        detail_buttons = QGridLayout()
        detail_buttons.addWidget(self.open_button, 0, 0, 1, 2)
        detail_buttons.addWidget(self.duplicate_button, 1, 0)
        detail_buttons.addWidget(self.delete_button, 1, 1)
        details_layout.addLayout(detail_buttons)

        list_column = QVBoxLayout()
        list_column.addWidget(self.tree, 1)
        list_column.addWidget(self.empty_search_label)
        footer = self._list_footer = QHBoxLayout()
        self.count_label = plain_label(role="muted")
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.sample_button)
        list_column.addLayout(footer)
        list_page = QWidget()
        list_layout = QHBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(16)
        list_layout.addLayout(list_column, 1)
        list_layout.addWidget(self.details)

        # The welcome page (an empty library).
        self.welcome_title = plain_label(name="sectionTitle")
        self.welcome_text = plain_label(wrap=True, role="muted")
        self.welcome_sample = QPushButton()
        self.welcome_sample.setProperty("role", "primary")
        self.welcome_sample.clicked.connect(self.open_sample)
        self.welcome_cards = QGridLayout()
        self.welcome_cards.setSpacing(14)
        for column in (0, 1):  # two cards a row, of equal width whatever their texts
            self.welcome_cards.setColumnStretch(column, 1)
        welcome_inner = QWidget()
        welcome_layout = QVBoxLayout(welcome_inner)
        welcome_layout.setContentsMargins(2, 2, 2, 2)
        welcome_layout.setSpacing(12)
        welcome_layout.addWidget(self.welcome_title)
        welcome_layout.addWidget(self.welcome_text)
        sample_row = self._welcome_row = QHBoxLayout()
        sample_row.addWidget(self.welcome_sample)
        sample_row.addStretch(1)
        welcome_layout.addLayout(sample_row)
        welcome_layout.addSpacing(6)
        welcome_layout.addLayout(self.welcome_cards)
        welcome_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(welcome_inner)

        self.loading_label = plain_label(role="muted")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.loading_label)
        self.pages.addWidget(list_page)
        self.pages.addWidget(scroll)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._sharing: StartSharing | None = None
        self.retranslate()
        self._selection_did_change()

    @property
    def sharing(self) -> StartSharing:
        """Import of workshop files, the idea bank, and pushes left waiting (ui.sharing.start):
        made when first asked for, at the latest when the library opens (it is of no
        use before, and importing it is not needed for the first paint)."""
        if self._sharing is None:
            from ui.sharing.start import StartSharing

            self._sharing = StartSharing(self)
        return self._sharing

    # -- places for other areas (the sharing part attaches through these) -----------

    def add_file_actions(self, actions: Sequence[QAction]) -> None:
        """Add ``actions`` to the File menu after opening a workshop, before opening
        another library (a separator after them)."""
        for action in actions:
            self.file_menu.insertAction(self.library_action, action)
        self.file_menu.insertSeparator(self.library_action)

    def add_list_buttons(self, buttons: Sequence[QPushButton]) -> None:
        """Add ``buttons`` under the workshop list, before "Open sample workshop"."""
        for button in buttons:
            self._list_footer.insertWidget(self._list_footer.indexOf(self.sample_button), button)

    def add_welcome_buttons(self, buttons: Sequence[QPushButton]) -> None:
        """Add ``buttons`` on the welcome page, after "Open sample workshop"."""
        for offset, button in enumerate(buttons, start=1):
            self._welcome_row.insertWidget(self._welcome_row.indexOf(self.welcome_sample) + offset, button)

    # -- menus ------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_workshop())
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_selected)
        self.library_action = QAction(self)
        self.library_action.triggered.connect(self.library_did_get_requested)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_did_get_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcuts(quit_keys())
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_did_get_requested.emit)
        for action in (self.new_action, self.open_action, None, self.library_action, self.settings_action, None, self.quit_action):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu("")
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.find_action)

    def _find(self) -> None:
        """Edit > Find: into the search field, its text selected to type over."""
        self.search.setFocus()
        self.search.selectAll()

    def _install_undo_actions(self) -> None:
        """Undo and Redo of the library's controller at the top of the Edit menu."""
        from ui.widgets import UndoActions

        assert self.controller is not None
        if self._undo is not None:
            if self._undo.stack is self.controller.undo_stack:
                return
            for action in (self._undo.undo, self._undo.redo):  # another library's
                action.deleteLater()
            self._undo.deleteLater()
        self._undo = UndoActions(self.controller.undo_stack, self)
        self.undo_action, self.redo_action = self._undo.undo, self._undo.redo
        self.edit_menu.clear()
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.delete_action])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Samskab – workshops"))
        self.title_label.setText(self.tr("Workshops"))
        self.subtitle_label.setText(self.tr("Plan, run and follow up innovation workshops"))
        self.search.setPlaceholderText(self.tr("Search title, question, place…"))
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.tree.setAccessibleName(self.tr("Workshops"))
        self.new_button.setText(self.tr("New workshop…"))
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Date"), self.tr("Template"), self.tr("Ideas")])
        self.open_button.setText(self.tr("Open"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete"))
        self.sample_button.setText(self.tr("Open sample workshop"))
        self.banner_undo.setText(self.tr("Undo"))
        self.empty_search_label.setText(self.tr("No workshop matches the search."))
        self.loading_label.setText(self.tr("Opening the library…"))
        self.welcome_title.setText(self.tr("Welcome to Samskab"))
        self.welcome_text.setText(self.tr(
            "Choose a template to plan your first workshop, or open the sample workshop to see "
            "every part filled in: phases, ideas on the board, role cards and an action plan."
        ))
        self.welcome_sample.setText(self.tr("Open sample workshop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.new_action.setText(self.tr("&New workshop…"))
        self.open_action.setText(self.tr("&Open workshop"))
        self.library_action.setText(self.tr("Open another &library…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find"))
        self.delete_action.setText(self.tr("&Delete workshop"))
        if self._undo is not None:
            self._undo.retranslate()
        if self.library is not None:
            self.refresh()
            self._fill_welcome()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the library ------------------------------------------------------------

    def set_library(self, library: Library, controller: Controller) -> None:
        """Show the workshops of ``library``; changes go through ``controller``."""
        sharing = self.sharing  # its buttons belong on the pages about to be shown
        self.library = library
        self.controller = controller
        controller.changes_did_happen.connect(self.changes_did_happen)
        controller.operation_did_fail.connect(self.show_error)
        self._install_undo_actions()
        self._fill_welcome()
        self.refresh()
        sharing.set_library(library)

    def changes_did_happen(self, changes: Changes) -> None:
        """Refresh after any change that alters the list (new, renamed, deleted, ideas)."""
        from app.changes import Topic

        if changes.touches(Topic.LIBRARY, Topic.WORKSHOP):
            self.refresh()
        elif changes.touches(Topic.IDEAS):
            # Only the idea counts changed: while ideas are being captured, recount
            # once things calm down rather than on every note.
            self._recount.start()

    def refresh(self) -> None:
        """Re-read the list (keeping the selection and the search)."""
        if self.library is None:
            return
        from app.queries import list_workshops

        selected = self.selected_id()
        self._summaries = list_workshops(self.library)
        self._fill(selected)

    def _fill(self, selected: uuid.UUID | None = None) -> None:
        from ui.catalog import template_name

        search = self.search.text()
        shown = [s for s in self._summaries if s.matches(search)]
        if not self._sort_chosen:
            self._sort_chosen = True
            self.tree.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        locale = QLocale()
        date_format = self.tr("d MMM yyyy")
        chosen_item: QTreeWidgetItem | None = None
        for summary in shown:
            item = _SortItem()
            item.setText(0, summary.title)
            date = summary.date or summary.created_at.date()
            item.setText(1, locale.toString(QDate(date.year, date.month, date.day), date_format))
            item.setData(1, SORT_ROLE, (date.isoformat(), summary.created_at.isoformat()))
            item.setText(2, template_name(summary.template_id))
            item.setText(3, str(summary.idea_count))
            item.setData(3, SORT_ROLE, summary.idea_count)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, ID_ROLE, summary.id)
            self.tree.addTopLevelItem(item)
            if summary.id == selected:
                chosen_item = item
        self.tree.setSortingEnabled(True)
        if chosen_item is None and self.tree.topLevelItemCount():
            chosen_item = self.tree.topLevelItem(0)
        if chosen_item is not None:
            self.tree.setCurrentItem(chosen_item)
        total = len(self._summaries)
        self.count_label.setText(self.tr("%n workshop(s)", "", total))
        self.empty_search_label.setVisible(bool(self._summaries) and not shown)
        self.pages.setCurrentIndex(1 if self._summaries else 2)
        self._selection_did_change()

    def _fill_welcome(self) -> None:
        from ui.catalog import data_language, templates

        while self.welcome_cards.count():
            taken = self.welcome_cards.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        language = data_language()
        for index, template in enumerate(templates().values()):
            card = TemplateCard(
                template.id,
                template.name.get(language),
                template.description.get(language),
                " → ".join(p.name.get(language) for p in template.phases),
                self.tr("Use this template…"),
            )
            card.button.clicked.connect(lambda _=False, t=template.id: self.new_workshop(t))
            self.welcome_cards.addWidget(card, index // 2, index % 2)

    def _search_did_change(self, _text: str) -> None:
        self._fill(self.selected_id())

    # -- selection --------------------------------------------------------------

    def selected_id(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        import uuid

        value: Any = item.data(0, ID_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def summary(self, workshop_id: uuid.UUID | None) -> WorkshopSummary | None:
        return next((s for s in self._summaries if s.id == workshop_id), None)

    def _selection_did_change(self) -> None:
        summary = self.summary(self.selected_id())
        for widget in (self.open_button, self.duplicate_button, self.delete_button):
            widget.setEnabled(summary is not None)
        self.open_action.setEnabled(summary is not None)
        self.delete_action.setEnabled(summary is not None)
        if summary is None:
            self.detail_title.setText(self.tr("No workshop chosen"))
            self.detail_question.setText("")
            self.detail_meta.setText("")
            return
        from ui.catalog import template_name

        self.detail_title.setText(summary.title)
        self.detail_question.setText(summary.question or self.tr("(no innovation question yet)"))
        lines = [
            part
            for part in (
                summary.place,
                summary.facilitator and self.tr("Facilitator: %1").replace("%1", summary.facilitator),
                self.tr("Template: %1").replace("%1", template_name(summary.template_id)),
                self.tr("%n idea(s)", "", summary.idea_count),
            )
            if part
        ]
        self.detail_meta.setText("\n".join(lines))

    # -- commands ---------------------------------------------------------------

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None:
            self.workshop_did_get_chosen.emit(workshop_id)

    def new_workshop(self, template_id: str | None = None) -> uuid.UUID | None:
        """Ask for a new workshop's details; open it when created."""
        if self.controller is None:
            return None
        from ui.start.new_workshop import NewWorkshopDialog

        dialog = NewWorkshopDialog(self.controller, template_id=template_id, parent=self)
        if dialog.exec() and dialog.created_id is not None:
            self.select(dialog.created_id)
            self.workshop_did_get_chosen.emit(dialog.created_id)
            return dialog.created_id
        return None

    def select(self, workshop_id: uuid.UUID) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == workshop_id:
                self.tree.setCurrentItem(item)
                return

    def duplicate_selected(self) -> uuid.UUID | None:
        summary = self.summary(self.selected_id())
        if summary is None or self.controller is None:
            return None
        from app.operations import duplicate_workshop

        title = self.tr("%1 (copy)").replace("%1", summary.title)
        changes = self.controller.run(self.tr("Duplicate workshop"), duplicate_workshop, summary.id, title=title[:200])
        if changes is not None and changes.subject is not None:
            self.select(changes.subject)
            self.statusBar().showMessage(self.tr("Copied. The copy has the setup, board and action plan, but no votes."), 8000)
            return changes.subject
        return None

    def delete_selected(self) -> None:
        """Move the workshop to the bin; the banner (and Ctrl+Z) bring it back."""
        summary = self.summary(self.selected_id())
        if summary is None or self.controller is None:
            return
        from app.operations import delete_workshop

        changes = self.controller.run(self.tr("Delete workshop"), delete_workshop, summary.id)
        if changes is not None:
            self._last_deleted = (summary.id, summary.title)
            self.banner_label.setText(self.tr("Deleted “%1”.").replace("%1", summary.title))
            self.banner.show()
            QTimer.singleShot(30_000, self.banner.hide)

    def undo_delete(self) -> None:
        if self.controller is not None and self.controller.undo_stack.canUndo():
            self.controller.undo_stack.undo()
        self.banner.hide()
        if self._last_deleted is not None:
            self.select(self._last_deleted[0])

    def open_sample(self) -> uuid.UUID | None:
        """Add a fresh copy of the sample workshop and open it."""
        if self.controller is None:
            return None
        from app.errors import SamskabError
        from app.operations import add_sample
        from ui.catalog import sample, templates

        try:
            example = sample()
        except SamskabError as error:
            self.show_error(error.message(self.controller.language))
            return None
        changes = self.controller.run(self.tr("Open sample workshop"), add_sample, example, templates()[example.template])
        if changes is None or changes.subject is None:
            return None
        self.select(changes.subject)
        self.workshop_did_get_chosen.emit(changes.subject)
        return changes.subject

    def show_error(self, message: str) -> None:
        if QApplication.activeModalWidget() is not None:
            return  # a dialog is running the operation and shows the message itself
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Samskab"), message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

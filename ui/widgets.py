"""Small widgets every area uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QUndoStack, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QToolButton,
    QWidget,
)


def plain_label(text: str = "", *, wrap: bool = False, role: str | None = None, name: str | None = None) -> QLabel:
    """A label that never interprets its text as HTML (user text goes in here).

    ``role`` is the stylesheet's ``[role="..."]`` selector (``ui.theme``).
    """
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


def fit_to_texts(dialog: QDialog) -> None:
    """Size a dialog to its wrapped texts at its width (Qt sizes top-level windows
    without height-for-width, which squeezes wrapped labels), and never narrower than
    its widest unwrapped row (a dialog given a minimum width of its own no longer gets
    its layout's: a long check box would be cut off)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth(), layout.minimumSize().width())
    dialog.setMinimumWidth(max(dialog.minimumWidth(), layout.minimumSize().width()))
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    dialog.setMinimumHeight(height)
    dialog.resize(width, height)


class SpinBox(QSpinBox):
    """A spin box that a mouse wheel only changes while it has focus.

    A wheel passing over a list of counts must scroll the list, not silently turn
    "People voting" to 10: without focus the event goes on to the parent (the scroll
    area). It takes focus by click or Tab, never by the wheel.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DateField(QWidget):
    """A date typed in Danish order ("14.01.2027", "14/1-27", "14. januar 2027"),
    read by :func:`app.dates.parse_danish_date`, with a calendar button that opens on
    the date shown, or on today when there is none.

    One field for Tab (the button takes no focus; Alt+Down or F4 opens the calendar),
    empty means "no date" when ``optional``. When the typed text is read, the field
    shows it back as "14.01.2027", so the facilitator sees how it was understood.

    Signals:
        date_did_change(): a valid, different date (or none) was typed or picked.
    """

    date_did_change = Signal()

    def __init__(self, date: dt.date | None = None, *, optional: bool = False,
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.language = "da"  # of the error in the tooltip; the dialogs set the controller's
        self._today = today
        self._date: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        # A name for screen readers where no label names it (a table cell); a form's
        # label, made its buddy, or the owner's own name can say more.
        self.edit.setAccessibleName(QCoreApplication.translate("DateField", "Date"))
        self.edit.editingFinished.connect(self._read)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName("dateCalendarButton")
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.set_date(date)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def date(self) -> dt.date | None:
        """The date typed; ``None`` for an empty optional field. Raises InvalidInput."""
        from app.dates import parse_danish_date
        from app.errors import InvalidInput

        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None
            raise InvalidInput("Skriv en dato, fx 14.01.2027.", "Type a date, e.g. 14.01.2027.")
        return parse_danish_date(text, self._today())

    def date_or_last(self) -> dt.date | None:
        """The last date read or picked (while the text is being typed or is wrong)."""
        return self._date

    def set_date(self, date: dt.date | None) -> None:
        from app.dates import format_danish_date

        self._date = date
        self.edit.setText(format_danish_date(date) if date else "")
        self._mark(ok=True)

    def _mark(self, *, ok: bool) -> None:
        self.edit.setProperty("invalid", not ok)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        if ok:
            self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.yyyy"))
        self.edit.setToolTip(QCoreApplication.translate("DateField", "Day, month, year: 14.01.2027, 14/1-27 or 14. januar 2027"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and not self.edit.property("invalid"):
            self.retranslate()
        super().changeEvent(event)

    def mark_invalid(self, message: str) -> None:
        """Outline the field in red and say why in its tooltip."""
        self._mark(ok=False)
        self.edit.setToolTip(message)

    def _read(self) -> None:
        from app.errors import SamskabError

        try:
            date = self.date()
        except SamskabError as error:
            self.mark_invalid(error.message(self.language))
            return
        changed = date != self._date
        self.set_date(date)
        if changed:
            self.date_did_change.emit()

    def open_calendar(self) -> None:
        from app.errors import SamskabError

        try:
            shown = self.date() or self._today()
        except SamskabError:
            shown = self._today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self.calendar.hide()
        date = dt.date(qdate.year(), qdate.month(), qdate.day())
        changed = date != self._date
        self.set_date(date)
        self.edit.setFocus()
        if changed:
            self.date_did_change.emit()


class FormDialog(QDialog):
    """A dialog that never loses what was typed.

    Esc, Cancel and the window's close button ask before discarding a form whose
    values differ from those it opened with (no question when nothing was typed).
    Enter in a one-line field moves to the next field, as on a paper form; the form
    is submitted by its button or Ctrl+Enter (:meth:`submit`).

    Subclasses give :meth:`form_values` and :meth:`submit` and call
    :meth:`remember_values` once the fields are filled.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial: object = None
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.submit)

    def form_values(self) -> object:
        """Everything typed, comparable with ``==``."""
        return None

    def submit(self) -> None:
        """Do what the form's main button does."""

    def remember_values(self) -> None:
        self._initial = self.form_values()

    def has_input(self) -> bool:
        return bool(self.form_values() != self._initial)

    def confirm_discard(self) -> bool:
        """Ask whether to throw away what was typed; ``True`` to discard."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          QCoreApplication.translate("FormDialog", "Discard what you have typed?"), parent=self)
        box.setObjectName("confirmDiscard")
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(QCoreApplication.translate("FormDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QCoreApplication.translate("FormDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        # Esc, Cancel and the close button (QDialog.closeEvent calls reject) all come here.
        if self.has_input() and not self.confirm_discard():
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
                return
            focus = self.focusWidget()
            if isinstance(focus, QLineEdit | QAbstractSpinBox):
                self.focusNextChild()
                return
        super().keyPressEvent(event)


def quit_keys() -> list[QKeySequence]:
    """The platform's Quit keys, and Ctrl+Q everywhere (Windows and some desktops have
    no standard Quit key)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    if QKeySequence("Ctrl+Q") not in keys:
        keys.append(QKeySequence("Ctrl+Q"))
    return keys


class UndoActions(QObject):
    """Undo and Redo for a menu, naming the step ("Fortryd Gå til fasen Test").

    Qt's own ``QUndoStack.createUndoAction`` words its text once, when it is made; these
    are worded again by :meth:`retranslate` (a window calls it on LanguageChange), in
    Qt's own translations of "Undo %1" and "Redo %1".
    """

    def __init__(self, stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.stack = stack
        self.undo = QAction(parent)
        self.redo = QAction(parent)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # the other common binding, also on Linux
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo.setShortcuts(redo_keys)
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        # The stack's state as its signals tell it (the stack may go first at the end).
        self._state: dict[str, object] = {"undo": stack.undoText(), "redo": stack.redoText(), "can_undo": stack.canUndo(),
                       "can_redo": stack.canRedo()}
        # Bound methods, not lambdas: disconnected when this object goes with its window.
        stack.canUndoChanged.connect(self._can_undo)
        stack.canRedoChanged.connect(self._can_redo)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.retranslate()

    def _can_undo(self, value: bool) -> None:
        self._state["can_undo"] = value
        self.retranslate()

    def _can_redo(self, value: bool) -> None:
        self._state["can_redo"] = value
        self.retranslate()

    def _undo_text(self, value: str) -> None:
        self._state["undo"] = value
        self.retranslate()

    def _redo_text(self, value: str) -> None:
        self._state["redo"] = value
        self.retranslate()

    def retranslate(self) -> None:
        state = self._state
        for action, step, can, word, named in (
            (self.undo, str(state["undo"]), bool(state["can_undo"]), "Undo", "Undo %1"),
            (self.redo, str(state["redo"]), bool(state["can_redo"]), "Redo", "Redo %1"),
        ):
            # Qt's own strings (qtbase_da.qm): the same words as its standard actions.
            text = QCoreApplication.translate("QUndoStack", named).replace("%1", step) if step and can \
                else QCoreApplication.translate("QUndoStack", word)
            action.setText(text)
            action.setEnabled(can)

"""The one QObject through which the UI changes the library.

Views never write: they call :meth:`Controller.run` with an operation from
``app.operations``. The controller runs it, pushes an undo command when the operation
can be undone, and emits ``changes_did_happen`` with the ``Changes`` value; each view
refreshes only what it shows (Anki's ``CollectionOp`` and ``OpChanges``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from app.changes import Changes
from app.errors import SamskabError
from app.library import Library

Operation = Callable[[Library], Changes]


class _OperationCommand(QUndoCommand):
    """One user edit on the undo stack; undo and redo each run the other's inverse."""

    def __init__(self, controller: Controller, text: str, changes: Changes) -> None:
        super().__init__(text)
        self._controller = controller
        self._undo = changes.inverse
        self._redo: Operation | None = None
        self._first = True  # the operation already ran before it was pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._redo is None:
            return  # an undo that was refused; the stack is being cleared
        changes = self._controller._apply(self._redo, replaying=True)
        if changes is not None:
            self._undo = changes.inverse

    def undo(self) -> None:
        if self._undo is None:
            return
        changes = self._controller._apply(self._undo, replaying=True)
        if changes is not None:
            self._redo = changes.inverse


class Controller(QObject):
    """Runs operations for the UI and keeps the undo stack.

    Signals:
        changes_did_happen(Changes): after every operation, undo and redo.
        operation_did_fail(str): a message for the facilitator; nothing was changed.
    """

    changes_did_happen = Signal(object)
    operation_did_fail = Signal(str)

    def __init__(self, library: Library, language: str = "da", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.language = language
        self.undo_stack = QUndoStack(self)

    def run(self, text: str, operation: Callable[..., Changes], *args: Any, undoable: bool = True, **kwargs: Any) -> Changes | None:
        """Run ``operation(library, *args, **kwargs)``; ``text`` names it in the Edit menu.

        Returns the changes, or ``None`` if the operation was refused (the reason is
        emitted as ``operation_did_fail``).
        """
        changes = self._apply(lambda library: operation(library, *args, **kwargs))
        if changes is not None and undoable and changes.inverse is not None:
            # The text shows in the Edit menu, where "&" would mark a shortcut key.
            self.undo_stack.push(_OperationCommand(self, text.replace("&", "&&"), changes))
        return changes

    def run_steps(self, text: str, steps: Iterable[tuple[Callable[..., Changes], tuple[Any, ...]]], *,
                  stop_at_refusal: bool = True) -> bool:
        """Run ``operation(library, *args)`` for each step as one undo step named ``text``.

        A refused step is reported like :meth:`run`; the steps after it run only
        when ``stop_at_refusal`` is false. The undo step opens with the first step
        that changes something, so when every step is refused the Edit menu offers
        nothing. Returns whether every step ran.
        """
        opened = False
        every = True
        try:
            for operation, args in steps:
                changes = self._apply(lambda library, op=operation, a=args: op(library, *a))
                if changes is None:
                    every = False
                    if stop_at_refusal:
                        break
                    continue
                if changes.inverse is None:
                    continue
                label = text.replace("&", "&&")
                if not opened:
                    self.undo_stack.beginMacro(label)
                    opened = True
                self.undo_stack.push(_OperationCommand(self, label, changes))
        finally:
            if opened:
                self.undo_stack.endMacro()
        return every

    def _apply(self, operation: Operation, *, replaying: bool = False) -> Changes | None:
        try:
            changes = operation(self.library)
        except SamskabError as error:
            self.operation_did_fail.emit(error.message(self.language))
            if replaying:
                # An undo or redo refused (disk full, library locked): the stack has
                # already moved its index, so it would offer to redo what was never
                # undone. Nothing changed in the library; start the history afresh.
                QTimer.singleShot(0, self.undo_stack.clear)
            return None
        except SQLAlchemyError as error:
            # Undo of something changed elsewhere since (another window, a phone):
            # the history no longer fits; say so and start it afresh.
            self.operation_did_fail.emit(str(error.__cause__ or error).splitlines()[0])
            QTimer.singleShot(0, self.undo_stack.clear)
            return None
        self.changes_did_happen.emit(changes)
        return changes

    @Slot(object)
    def notify(self, changes: Changes) -> None:
        """Announce changes made outside the controller (the phone server's thread,
        through a queued connection), so the views refresh."""
        self.changes_did_happen.emit(changes)

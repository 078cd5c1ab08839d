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

from app.changes import Changes
from app.errors import LibraryConflict, SamskabError
from app.library import Library

Operation = Callable[[Library], Changes]


def _bound(operation: Callable[..., Changes], args: tuple[Any, ...]) -> Operation:
    """``operation`` with its arguments after the library."""
    return lambda library: operation(library, *args)


class _OperationCommand(QUndoCommand):
    """One user edit on the undo stack; undo and redo each run the other's inverse."""

    def __init__(self, controller: Controller, text: str, changes: Changes) -> None:
        super().__init__(text)
        self._controller = controller
        self._undo = changes.inverse
        self._redo: Operation | None = None
        self._first = True  # the operation already ran before it was pushed
        # A refused undo (redo) leaves the library as it was; the stack then moves
        # back over this command, which must not run the other way for that move.
        self._skip_redo = False
        self._skip_undo = False

    def redo(self) -> None:
        if self._first or self._skip_redo:
            self._first = self._skip_redo = False
            return
        if self._redo is None:
            return  # an undo that was refused; the stack is being cleared
        changes = self._controller._apply(self._redo, replaying=True)
        if changes is not None:
            self._undo = changes.inverse
        else:
            self._skip_undo = True
            self._controller._put_back(undoing=False)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        if self._undo is None:
            return
        changes = self._controller._apply(self._undo, replaying=True)
        if changes is not None:
            self._redo = changes.inverse
        else:
            self._skip_redo = True
            self._controller._put_back(undoing=True)


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
        self._stale = False  # the history no longer fits the library: being cleared
        self._putting_back = False

    def _start_afresh(self) -> None:
        self._stale = False
        self.undo_stack.clear()

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
                changes = self._apply(_bound(operation, args))
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
            if replaying and isinstance(error, LibraryConflict):
                self._stale = True
                QTimer.singleShot(0, self._start_afresh)
            return None
        self.changes_did_happen.emit(changes)
        return changes

    def _put_back(self, *, undoing: bool) -> None:
        """An undo (or redo) of the stack's current step was refused; nothing changed
        in the library.

        The stack moves its index after the command returns, so it would offer to
        redo what was never undone. When the refusal passes (the library was busy, the
        disk full) the history still fits: the index is moved back, every step kept.
        A step that no longer fits the library (:class:`LibraryConflict`: changed
        elsewhere since) starts the history afresh instead.
        """
        if self._stale or self._putting_back:
            return  # cleared anyway, or a macro's other commands already asked
        stack = self.undo_stack
        back, count = stack.index(), stack.count()
        moving_to = back - 1 if undoing else back + 1
        self._putting_back = True

        def move_back() -> None:
            self._putting_back = False
            if stack.count() == count and stack.index() == moving_to:
                stack.setIndex(back)  # the commands skip this one move
            else:  # the history changed meanwhile: it no longer fits for sure
                stack.clear()

        QTimer.singleShot(0, move_back)

    @Slot(object)
    def notify(self, changes: Changes) -> None:
        """Announce changes made outside the controller (the phone server's thread,
        through a queued connection), so the views refresh."""
        self.changes_did_happen.emit(changes)

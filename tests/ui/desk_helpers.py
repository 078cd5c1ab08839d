"""Helpers for the desk tests, imported by name (a conftest module cannot be: several
folders have one)."""

from __future__ import annotations

import uuid
from typing import Any

from app import operations
from app.library import Library
from app.templates import load_templates


class ManualTime:
    """A monotonic clock the test moves by hand (for the phase timer)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_workshop(library: Library, title: str = "Bedre velfærd", template: str = "innovationsloopet", **fields: Any) -> uuid.UUID:
    changes = operations.create_workshop(library, load_templates()[template], title=title, **fields)
    assert changes.subject is not None
    return changes.subject


def choose_in_cell(table: Any, row: int, column: int, value: str | None) -> list[str]:
    """Open a choice cell's editor as a double-click would, pick ``value`` as a click in
    the list would, and return the choices that were offered."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QComboBox

    # An earlier editor is closed but awaits deletion: let it go, so we find the new one.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    box = table.findChild(QComboBox)
    assert box is not None, "no editor opened"
    offered = [box.itemText(i) for i in range(box.count())]
    index = box.findData(value) if value is not None else 0
    assert index >= 0, f"{value!r} is not offered"
    box.setCurrentIndex(index)
    box.activated.emit(index)
    return offered

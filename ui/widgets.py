"""Small widgets every area uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


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

"""Choosing files, opening them, naming them, and the sharing area's message boxes.

File choosers and "open the file" are plain functions that the sharing objects keep as
attributes (``choose_save_path``, ``choose_open_path``, ``open_file``), so tests
replace them and never open a real dialog or viewer.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def file_name(title: str, suffix: str) -> str:
    """A file name made from a workshop title (no characters Windows refuses)."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", title).strip(" .-")[:80] or "samskab"
    return f"{name}{suffix}"


def with_suffix(path: str, suffix: str) -> str:
    """``path`` ending in ``suffix`` (added when the chooser left it off)."""
    return path if path.lower().endswith(suffix) else path + suffix


def choose_save_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str | None:
    """Ask where to save (the platform's own dialog); ``None`` when cancelled."""
    name, _chosen = QFileDialog.getSaveFileName(parent, caption, str(documents_folder() / suggested), filters)
    return name or None


def choose_open_path(parent: QWidget | None, caption: str, filters: str) -> str | None:
    name, _chosen = QFileDialog.getOpenFileName(parent, caption, str(documents_folder()), filters)
    return name or None


def open_file(path: str) -> bool:
    """Open a written file in the system's viewer (the PDF reader)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows exactly what it says. Tooltips guess rich text
    (``<b>x`` would render bold, ``<img src=…>`` load a file), so user text is escaped
    and wrapped in a paragraph that keeps its line breaks; empty stays empty."""
    if not text:
        return ""
    return '<p style="white-space: pre-wrap;">' + html.escape(text, quote=False) + "</p>"


def show_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    """A window-modal message in plain text (names and titles are user text)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("sharingMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
        # Informative text has no format of its own; plain-text labels inside the box.
        for label in box.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box

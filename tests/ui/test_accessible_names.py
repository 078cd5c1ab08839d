"""Every control a keyboard or screen-reader user can reach has a name: the start
window, the desk with a workshop open (its tabs, the voting panel, the sharing menu's
windows) and the dialogs they open. The name is what Qt's accessibility layer reports
(``QAccessible``): a button's text, a buddy label, or an accessible name set in code."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from desk_helpers import ManualTime
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.desk.window import WorkshopWindow
from ui.start.new_workshop import NewWorkshopDialog
from ui.start.window import StartWindow

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit,
            QAbstractSlider, QTabBar)


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


def _nameless(root: QWidget) -> list[str]:
    """The focusable controls under ``root`` (itself included) without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == widget.focusPolicy().NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the box is the control
        if widget.window().windowType() == Qt.WindowType.Popup:
            continue  # a combo box's drop-down list: the box is the control
        if isinstance(widget, QTabBar):
            if all(widget.tabText(i).strip() for i in range(widget.count())):
                continue
        accessible = QAccessible.queryAccessibleInterface(widget)
        name = accessible.text(QAccessible.Text.Name) if accessible is not None else ""
        if not (name or "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
                           f" {widget.parentWidget().objectName()!r}: tooltip {widget.toolTip()!r}")
    return missing


def test_every_control_of_the_start_window_has_a_name(qtbot: Any, controller: Any, settings: Any, sample_id: uuid.UUID) -> None:
    window = StartWindow(settings)
    qtbot.addWidget(window)
    window.set_library(controller.library, controller)
    window.show()
    missing = _nameless(window)
    assert missing == [], "\n".join(missing)
    dialog = NewWorkshopDialog(controller, template_id="innovationsloopet", parent=window)
    qtbot.addWidget(dialog)
    missing = _nameless(dialog)
    assert missing == [], "\n".join(missing)


def test_every_control_of_the_desk_has_a_name(qtbot: Any, controller: Any, settings: Any, sample_id: uuid.UUID,
                                              manual_time: ManualTime) -> None:
    window = WorkshopWindow(controller, sample_id, settings, clock=manual_time)
    qtbot.addWidget(window)
    window.show()
    window.set_projector_shown(True)
    assert window.projector is not None
    qtbot.addWidget(window.projector)
    window.preview.show()
    voting = window.voting
    voting.kind.setCurrentIndex(voting.kind.findData("dots"))
    voting.open_new_round()  # the panel's round controls: tally, paper, in turn
    missing = _nameless(window) + _nameless(window.projector)
    assert missing == [], "\n".join(missing)


def test_every_control_of_the_sharing_windows_and_settings_has_a_name(
    qtbot: Any, controller: Any, settings: Any, sample_id: uuid.UUID, manual_time: ManualTime,
) -> None:
    from ui.sharing.idea_bank import IdeaBankWindow
    from ui.sharing.options import BallotOptionsDialog, CardOptionsDialog, PdfOptionsDialog
    from ui.start.settings_dialog import SettingsDialog

    window = WorkshopWindow(controller, sample_id, settings, clock=manual_time)
    qtbot.addWidget(window)
    windows: list[QWidget] = [
        PdfOptionsDialog("da", window), CardOptionsDialog(window),
        BallotOptionsDialog([(sample_id, "Prioritering · prikafstemning")], window),
        window.sharing.show_push_dialog(), IdeaBankWindow(settings), SettingsDialog(settings),
    ]
    missing = []
    for shown in windows:
        qtbot.addWidget(shown)
        missing += _nameless(shown)
    assert missing == [], "\n".join(missing)

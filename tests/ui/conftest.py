"""Fixtures for the desk and projector tests: a fresh library, a controller, settings
in a temporary file, and the app's theme and translators set up and taken down again.

Nothing here reads or writes the user's real settings or library: QSettings' paths
are pointed into the test's temporary folder before any test runs, and each library
is a copy of an empty schema built once per session (Anki's ``getEmptyCol``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import ManualTime
from PySide6.QtCore import QSettings

from app import operations
from app.library import Library


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application with the app's typeface registered and set, as
    ``ui.application`` does (the machine's own fonts are hidden: tests/conftest.py)."""
    from ui.theme import use_ui_font

    use_ui_font(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Any QSettings made without a path lands in a throwaway folder, never in ~."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, folder)


@pytest.fixture
def controller(library: Library, qapp: Any) -> Any:
    from ui.controller import Controller

    return Controller(library, "da")


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from ui.settings import Settings

    return Settings(tmp_path / "settings" / "samskab.ini")


@pytest.fixture
def manual_time() -> ManualTime:
    return ManualTime()


@pytest.fixture
def sample_id(library: Library) -> uuid.UUID:
    """The sample workshop (Gentofte, 31 ideas, current phase "Idé")."""
    from ui import catalog

    example = catalog.sample()
    changes = operations.add_sample(library, example, catalog.templates()[example.template])
    assert changes.subject is not None
    return changes.subject


@pytest.fixture
def themed(qapp: Any) -> Iterator[Any]:
    """The app's look (Fusion, palette, style sheet), taken off again afterwards."""
    from ui.theme import apply_theme

    style, palette, font, sheet = qapp.style().name(), qapp.palette(), qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    """``language("da")`` installs translators; English is restored afterwards."""
    from ui.i18n import install_translators

    yield lambda code: install_translators(code, qapp)
    install_translators("en", qapp)

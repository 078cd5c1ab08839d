"""Run by test_projector.py in a child process with Qt's offscreen platform simulating
two screens (the platform is chosen when QApplication is made, so it cannot happen in
the test process). Prints one JSON object of observations on the last line.

Qt's offscreen platform cannot unplug a screen from Python, so the removal is
simulated the way Qt announces it: the screen is no longer in ``screens()`` and
``screenRemoved`` is emitted; then it comes back with ``screenAdded``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def state(window: Any) -> dict[str, Any]:
    handle = window.windowHandle()
    geometry = window.geometry()
    return {
        "visible": window.isVisible(),
        "full_screen": window.isFullScreen(),
        "screen": handle.screen().name() if handle is not None and handle.screen() is not None else None,
        "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "screen_name": window.screen_name,
    }


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    from ui.desk import projector as projector_module
    from ui.desk.projector import ProjectorWindow
    from ui.settings import Settings

    out: dict[str, Any] = {"screens": [s.name() for s in QGuiApplication.screens()]}
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(Path(folder) / "s.ini")
        window = ProjectorWindow(settings)
        window.present()
        settle(app)
        out["placed"] = state(window)

        laptop, projector_screen = QGuiApplication.screens()
        real = projector_module.QGuiApplication

        class OneScreen:
            """QGuiApplication as the projector sees it once the cable is pulled."""

            @staticmethod
            def screens() -> list[Any]:
                return [laptop]

            @staticmethod
            def primaryScreen() -> Any:  # noqa: N802 - Qt's name
                return laptop

        projector_module.QGuiApplication = OneScreen  # type: ignore[assignment,misc]
        app.screenRemoved.emit(projector_screen)
        settle(app)
        out["after_removal"] = state(window)

        projector_module.QGuiApplication = real  # type: ignore[misc]
        app.screenAdded.emit(projector_screen)
        settle(app)
        out["after_return"] = state(window)

        window.choose_screen("Laptop")  # the facilitator picks a screen by name
        settle(app)
        out["chosen"] = state(window)
        out["remembered"] = Settings(Path(folder) / "s.ini").projector_screen
        window.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The layers hold: app/ and exports/ import no Qt and nothing above them (import-linter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_command_line_runs_without_importing_qt() -> None:
    code = "import sys; from ui.main import main; main(['templates']); assert 'PySide6' not in sys.modules"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={"SAMSKAB_LIBRARY": "/nonexistent/never-opened.sqlite3", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "innovationsloopet" in result.stdout

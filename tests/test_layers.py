"""The layers hold: app/ and exports/ import no Qt and nothing above them (import-linter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_command_line_runs_without_importing_qt() -> None:
    code = "import sys; from cli.main import main; main(['templates']); assert 'PySide6' not in sys.modules"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={"SAMSKAB_LIBRARY": "/nonexistent/never-opened.sqlite3", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "innovationsloopet" in result.stdout


PACKAGES = ("app", "cli", "exports", "phone", "ui")


def import_cycles(packages: tuple[str, ...] = PACKAGES) -> list[list[str]]:
    """Every cycle among the modules of ``packages``, type-checking imports included."""
    import grimp

    graph = grimp.build_graph(*packages, cache_dir=None)
    modules = sorted(graph.modules)
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    for module in modules:
        for imported in graph.find_modules_directly_imported_by(module):
            # Packages import their own modules (__init__ re-exports): not a cycle of code.
            if imported.startswith(module + ".") or module.startswith(imported + "."):
                continue
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is None:
                continue
            cycle = [module, *back[:-1]] if back[-1] == module else [module, *back]
            key = frozenset(cycle)
            if key not in seen:
                seen.add(key)
                found.append(cycle)
    return found


def test_no_import_cycles() -> None:
    cycles = import_cycles()
    assert cycles == [], "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_cycle_check_finds_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "cyclic"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from cyclic import b\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from cyclic import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles(("cyclic",)) == [["cyclic.a", "cyclic.b"]]

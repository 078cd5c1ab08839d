"""What the bundle relies on, checked without building it: ``samskab --version`` and the
spec's list of Qt modules against what the code imports."""

from __future__ import annotations

import ast
import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

from samskab_cli import samskab

from app.library import SCHEMA_HEAD

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "samskab.spec"


def test_version_names_the_release_and_the_library_schema() -> None:
    result = samskab("--version")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"samskab {declared} (biblioteksskema {SCHEMA_HEAD})\n"
    # One source: the installed metadata, which is pyproject's version (and which the
    # bundle carries: packaging/samskab.spec copies it).
    assert importlib.metadata.version("samskab") == declared


def test_version_works_beside_other_options() -> None:
    result = samskab("--lang", "en", "--version")
    assert result.returncode == 0
    assert SCHEMA_HEAD in result.stdout


def _spec_constant(name: str) -> object:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not set in {SPEC}")


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for package in ("app", "exports", "phone", "cli", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module] if node.module != "PySide6" else [f"PySide6.{a.name}" for a in node.names]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                found.update(n.split(".")[1] for n in names if n.startswith("PySide6."))
    return found


def test_the_bundle_keeps_every_qt_module_the_code_imports() -> None:
    """The spec excludes every PySide6 module but QT_MODULES; a module imported and not
    listed would be missing from the bundle only (the tests run from source)."""
    kept = _spec_constant("QT_MODULES")
    imported = _qt_modules_imported()
    assert imported, "no PySide6 import found: the scan is broken"
    assert imported <= kept, f"add {sorted(imported - kept)} to QT_MODULES in {SPEC.relative_to(ROOT)}"  # type: ignore[operator]


STARTS_APP = """
import sys
import ui.application
ui.application.start = lambda argv: print("sqlalchemy" in sys.modules, argv) or 0
from cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_starting_the_app_imports_no_core_before_the_start_window(tmp_path: Path) -> None:
    """`samskab` with no command hands over to the app before the command modules (and
    the core they import) are loaded: the start window is up first, as designed."""
    library = str(tmp_path / "x.sqlite3")
    result = subprocess.run([sys.executable, "-c", STARTS_APP, "--library", library, "--lang", "en"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"False ['samskab', '--library', '{library}', '--lang', 'en']\n"


def test_a_command_still_reaches_the_command_line() -> None:
    assert samskab("--lang", "en", "nosuchcommand").returncode == 2
    assert samskab("--library").returncode == 2  # a value missing: explained, app not started

"""The command line, through real subprocesses (``python -m cli.core``: no Qt needed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def samskab(library: Path, *args: str, lang: str = "da") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAMSKAB_LIBRARY": str(library), "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "--lang", lang, *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )


def test_templates_new_sample_and_list(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    out = samskab(library, "templates")
    assert out.returncode == 0, out.stderr
    assert "innovationsloopet\tInnovationsloopet" in out.stdout
    new = samskab(library, "new", "--template", "hverdagsinnovation", "--title", "Frokost", "--date", "2026-12-01")
    assert new.returncode == 0, new.stderr
    workshop_id = new.stdout.strip()
    sample = samskab(library, "sample")
    assert sample.returncode == 0, sample.stderr
    listed = json.loads(samskab(library, "list", "--json").stdout)
    assert {w["id"] for w in listed} == {workshop_id, sample.stdout.strip()}
    assert next(w for w in listed if w["id"] == workshop_id) == {
        "id": workshop_id, "title": "Frokost", "date": "2026-12-01", "template": "hverdagsinnovation", "ideas": 0,
    }


def test_errors_exit_non_zero_with_one_line_on_stderr(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    unknown = samskab(library, "new", "--template", "nope", "--title", "x")
    assert unknown.returncode == 1
    assert unknown.stdout == ""
    assert unknown.stderr.count("\n") == 1 and "nope" in unknown.stderr
    empty = samskab(library, "new", "--template", "hverdagsinnovation", "--title", " ", lang="en")
    assert empty.returncode == 1
    assert empty.stderr.strip() == "samskab: The title must not be empty."
    bad_date = samskab(library, "new", "--template", "hverdagsinnovation", "--title", "x", "--date", "1/12")
    assert bad_date.returncode == 1 and "ÅÅÅÅ-MM-DD" in bad_date.stderr
    assert samskab(library, "no-such-command").returncode == 2


def test_a_corrupt_library_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    library.write_text("not a database")
    out = samskab(library, "list")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "ikke et Samskab-bibliotek" in out.stderr
    assert library.read_text() == "not a database"


def test_check_template_reports_the_field(tmp_path: Path) -> None:
    broken = tmp_path / "x.toml"
    broken.write_text('schema_version = 1\nkind = "template"\nid = "x"\n', encoding="utf-8")
    out = samskab(tmp_path / "lib.sqlite3", "check-template", str(broken), lang="en")
    assert out.returncode == 1
    assert f"{broken}: phases: is missing" in out.stderr
    good = samskab(tmp_path / "lib.sqlite3", "check-template", str(ROOT / "workshops" / "innovationsloopet.toml"))
    assert good.returncode == 0 and good.stdout.startswith("OK: innovationsloopet")

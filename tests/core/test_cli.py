"""The command line, run in-process as the entry point runs it; arguments that are not
UTF-8 go through a real subprocess (only a process can be given such bytes)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from samskab_cli import Result
from samskab_cli import samskab as run_cli

ROOT = Path(__file__).resolve().parents[2]


def samskab(library: Path, *args: str, lang: str = "da") -> Result:
    return run_cli("--library", str(library), "--lang", lang, *args)


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


def test_new_on_a_library_busy_in_another_program_prints_one_line(tmp_path: Path) -> None:
    """Before, the lock met at the first statement escaped as a 103-line traceback."""
    library = tmp_path / "lib.sqlite3"
    assert samskab(library, "new", "--template", "hverdagsinnovation", "--title", "Først").returncode == 0
    other = sqlite3.connect(library, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        busy = samskab(library, "new", "--template", "hverdagsinnovation", "--title", "Ny", lang="en")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert busy.returncode == 1 and busy.stdout == ""
    assert busy.stderr.count("\n") == 1 and "Traceback" not in busy.stderr
    assert busy.stderr.startswith(f"samskab: The library {library} is busy in another program")


def _raw(*args: bytes, library: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "SAMSKAB_LIBRARY": str(library), "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "--lang", "en", *args],
        capture_output=True, cwd=ROOT, env=env, timeout=60,
    )


@pytest.mark.parametrize(
    "args",
    [
        (b"new", b"--template", b"hverdagsinnovation", b"--title", b"Caf\xe9"),
        (b"bank", b"search", b"caf\xe9", b"--in", b"/tmp/nowhere.sqlite3"),
        (b"import", b"/tmp/caf\xe9.samskab"),
    ],
    ids=["new", "bank search", "import"],
)
def test_an_argument_that_is_not_utf8_gets_one_line(tmp_path: Path, args: tuple[bytes, ...]) -> None:
    """Latin-1 bytes from an old terminal arrive as lone surrogates; before, `new`,
    `bank search` and `import` crashed with a traceback."""
    library = tmp_path / "lib.sqlite3"
    done = _raw(*args, library=library)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and done.stdout == b""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "is not valid UTF-8 text" in err and "\\xe9" in err
    assert not library.exists()  # refused before anything ran


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Idé\\u0000", "control character (U+0000)"),
        ("Idé\\u001b[31m", "control character (U+001B)"),
        ("x" * 100_000, "too long: 100,000 characters, at most 200"),
        ("   ", "must not be empty"),
        ("To\\nlinjer", "must be on one line"),
    ],
    ids=["nul", "escape", "100,000 characters", "blank", "line break"],
)
def test_check_template_applies_the_app_s_own_text_rules(tmp_path: Path, name: str, words: str) -> None:
    """Before, check-template accepted these; a workshop made from it failed to import
    and push, and crashed the PDF."""
    template = tmp_path / "mit.toml"
    template.write_text(
        'schema_version = 1\nkind = "template"\nid = "mit"\n'
        'name = { da = "Min", en = "Mine" }\ndescription = { da = "Kort.", en = "Short." }\n'
        '[[phases]]\nid = "ide"\nkind = "diverge"\ntimebox_minutes = 20\n'
        f'name = {{ da = "{name}", en = "Idea" }}\n',
        encoding="utf-8",
    )
    out = samskab(tmp_path / "lib.sqlite3", "check-template", str(template), lang="en")
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.count("\n") == 1
    assert out.stderr.startswith(f"samskab: {template}: phases[0].name.da: ") and words in out.stderr


def test_check_template_counts_one_phase_in_the_singular(tmp_path: Path) -> None:
    """Before: "1 faser"."""
    lines = (ROOT / "workshops" / "innovationsloopet.toml").read_text(encoding="utf-8").splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("[[")]
    second_phase, after_phases = starts[1], next(i for i in starts if not lines[i].startswith("[[phases]]"))
    one = tmp_path / "innovationsloopet.toml"  # the id is the file name
    one.write_text("".join(lines[:second_phase] + lines[after_phases:]), encoding="utf-8")
    danish = samskab(tmp_path / "lib.sqlite3", "check-template", str(one))
    assert danish.returncode == 0, danish.stderr
    assert danish.stdout.rstrip().endswith(", 1 fase")
    english = samskab(tmp_path / "lib.sqlite3", "check-template", str(one), lang="en")
    assert english.stdout.rstrip().endswith(", 1 phase")

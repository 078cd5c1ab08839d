"""The exporters' commands, run as a user runs them: ``python -m cli.main ...`` in a subprocess."""

from __future__ import annotations

import csv
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def samskab(tmp_path: Path, *args: str, library: str = "lib.sqlite3") -> subprocess.CompletedProcess[str]:
    # The null keyring: a test must never write to the user's real keyring.
    env = dict(os.environ, SAMSKAB_LIBRARY=str(tmp_path / library), LANG="da_DK.UTF-8",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_files_round_trip_through_the_command_line(tmp_path: Path) -> None:
    workshop = samskab(tmp_path, "sample").stdout.strip()
    assert len(workshop) == 36

    done = samskab(tmp_path, "pdf", workshop[:8], str(tmp_path / "h.pdf"), "--without-names", "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "h.pdf").pages)
    assert "Action plan" in text and "Ayşe Yılmaz" not in text

    assert samskab(tmp_path, "csv", workshop, str(tmp_path / "i.csv")).returncode == 0
    with (tmp_path / "i.csv").open(encoding="utf-8-sig", newline="") as file:
        assert next(csv.reader(file, delimiter=";"))[0] == "Nummer"

    assert samskab(tmp_path, "cards", str(tmp_path / "cards.pdf")).returncode == 0
    assert len(PdfReader(tmp_path / "cards.pdf").pages) == 3  # the role cards, then the catalyst's 12 cards, 8 to a page

    assert samskab(tmp_path, "export", workshop, str(tmp_path / "w.samskab")).returncode == 0
    first = samskab(tmp_path, "import", str(tmp_path / "w.samskab"), library="other.sqlite3")
    again = samskab(tmp_path, "import", str(tmp_path / "w.samskab"), library="other.sqlite3")
    assert first.returncode == again.returncode == 0
    assert " 0 nye, 0 opdaterede" in again.stdout
    listed = json.loads(samskab(tmp_path, "list", "--json", library="other.sqlite3").stdout)
    assert [w["id"] for w in listed] == [workshop]


def test_bad_files_give_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "bad.samskab").write_text('{"format": "samskab-workshop", "schema_version": 7, "tables": {}}')
    result = samskab(tmp_path, "import", str(tmp_path / "bad.samskab"))
    assert result.returncode == 1
    assert "nyere version af Samskab" in result.stderr and "Traceback" not in result.stderr


def test_push_and_search_the_bank(tmp_path: Path) -> None:
    shared = str(tmp_path / "shared" / "idebank.sqlite3")
    workshop = samskab(tmp_path, "sample").stdout.strip()
    refused = samskab(tmp_path, "push", workshop, "--to", shared)
    assert refused.returncode == 1 and "samskab db upgrade" in refused.stderr
    assert samskab(tmp_path, "db", "upgrade", shared).returncode == 0
    pushed = samskab(tmp_path, "push", workshop, "--to", shared)
    assert pushed.returncode == 0 and pushed.stdout.startswith("Sendt til"), pushed.stderr
    found = samskab(tmp_path, "bank", "search", "dimittender", "--in", shared, "--json")
    assert found.returncode == 0, found.stderr
    ideas = json.loads(found.stdout)
    assert ideas and all("dimittend" in i["text"].lower() for i in ideas)


def test_unreachable_database_queues_the_push(tmp_path: Path) -> None:
    workshop = samskab(tmp_path, "sample").stdout.strip()
    address = "postgresql+psycopg://samskab:hemmeligt@127.0.0.1:1/idebank"
    result = samskab(tmp_path, "push", workshop, "--to", address)
    assert result.returncode == 75
    assert "Venter på forbindelse" in result.stdout
    assert "hemmeligt" not in result.stdout + result.stderr


def _limited(limit: int) -> Callable[[], None]:
    """A child whose files cannot grow past ``limit`` bytes: a full disk without root
    (writes past it fail with EFBIG, as they fail with ENOSPC on a full disk)."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_files


@pytest.mark.parametrize("command", ["pdf", "csv", "cards", "export"])
def test_an_export_to_a_full_disk_says_so_and_leaves_no_part_file(tmp_path: Path, command: str) -> None:
    """Before: a traceback, and a hidden 0-byte ``.NAME.part`` left behind."""
    workshop = samskab(tmp_path, "sample").stdout.strip()
    out = tmp_path / "out" / f"result.{command}"
    out.parent.mkdir()
    out.write_bytes(b"the earlier export")
    args = {"pdf": [workshop, str(out)], "csv": [workshop, str(out)], "cards": [str(out)],
            "export": [workshop, str(out)]}[command]
    # Another program keeps the library open, as the desk would: its shared-memory
    # index exists, so only the export itself meets the limit.
    holder = sqlite3.connect(tmp_path / "lib.sqlite3")
    holder.execute("SELECT count(*) FROM ideas").fetchall()
    try:
        env = dict(os.environ, SAMSKAB_LIBRARY=str(tmp_path / "lib.sqlite3"), LANG="C.UTF-8")
        # Under `make test` coverage measures subprocesses and writes its data at exit,
        # which the file-size limit refuses too: this child is not measured.
        env.pop("COVERAGE_PROCESS_CONFIG", None)
        done = subprocess.run(
            [sys.executable, "-m", "cli.main", "--lang", "en", command, *args], cwd=ROOT, env=env,
            capture_output=True, text=True, timeout=120, preexec_fn=_limited(2048),
        )
    finally:
        holder.close()
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"samskab: The disk is full, so {out} was not saved")
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no .part file
    assert out.read_bytes() == b"the earlier export"  # the earlier file stays whole


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ding\u0007", "control character (U+0007)"),
        ("\u001b[31mrød", "control character (U+001B)"),
        ("x" * 20_000, "too long: 20,000 characters, at most 2,000"),
        (" \u200b ", "must not be empty"),
    ],
    ids=["bell", "escape", "20,000 characters", "blank"],
)
def test_import_applies_the_same_text_rules_as_typing(tmp_path: Path, text: str, words: str) -> None:
    """Before, BEL, ESC and a 20,000-character idea (the limit is 2,000) were imported,
    and ESC then went raw into the CSV."""
    workshop = samskab(tmp_path, "sample").stdout.strip()
    path = tmp_path / "w.samskab"
    assert samskab(tmp_path, "export", workshop, str(path)).returncode == 0
    document = json.loads(path.read_text(encoding="utf-8"))
    document["tables"]["ideas"][0]["text"] = text
    path.write_text(json.dumps(document), encoding="utf-8")
    done = samskab(tmp_path, "--lang", "en", "import", str(path), library="other.sqlite3")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"samskab: {path}: tables.ideas[0].text: ") and words in done.stderr
    assert json.loads(samskab(tmp_path, "list", "--json", library="other.sqlite3").stdout) == []


def test_a_broken_json_file_is_described_in_the_user_s_language(tmp_path: Path) -> None:
    path = tmp_path / "broken.samskab"
    path.write_text('{"format": "samskab-workshop",\n "tables": }', encoding="utf-8")
    english = samskab(tmp_path, "--lang", "en", "import", str(path))
    danish = samskab(tmp_path, "--lang", "da", "import", str(path))
    assert english.stderr.startswith(f"samskab: {path}: line 2, column 12: the file is not valid JSON")
    assert "linje" not in english.stderr and "kolonne" not in english.stderr
    assert danish.stderr.startswith(f"samskab: {path}: linje 2, kolonne 12: filen er ikke gyldig JSON")

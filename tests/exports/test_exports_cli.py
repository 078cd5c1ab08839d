"""The exporters' commands, run as a user runs them: ``python -m cli.main ...`` in a subprocess."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

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
    assert len(PdfReader(tmp_path / "cards.pdf").pages) == 1

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

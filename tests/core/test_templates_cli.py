"""``samskab templates``, ``samskab templates save`` and ``samskab new`` with the user's
own templates: a saved plan is offered, a broken file is named and hides nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from samskab_cli import Result
from samskab_cli import samskab as run_cli

from app.library import open_library
from app.queries import load_workshop


@pytest.fixture(autouse=True)
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "mine"
    monkeypatch.setenv("SAMSKAB_TEMPLATES", str(folder))
    return folder


def samskab(library: Path, *args: str, check: bool = True) -> Result:
    result = run_cli("--library", str(library), "--lang", "da", *args)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_save_a_plan_as_a_template_and_start_a_workshop_from_it(tmp_path: Path, user_folder: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    first = samskab(library, "new", "--template", "hverdagsinnovation", "--title", "Personalemøde").stdout.strip()
    path = samskab(library, "templates", "save", first, "Idéer på personalemødet",
                   "--description", "En halv time").stdout.strip()
    assert Path(path) == user_folder / "ideer-paa-personalemoedet.toml"
    assert "ideer-paa-personalemoedet\tIdéer på personalemødet\t4" in samskab(library, "templates").stdout
    again = samskab(library, "new", "--template", "ideer-paa-personalemoedet", "--title", "Næste").stdout.strip()
    lib = open_library(library)
    try:
        names = [[p.name for p in sorted(load_workshop(lib, w).phases, key=lambda p: p.position)]
                 for w in (uuid.UUID(first), uuid.UUID(again))]
    finally:
        lib.close()
    assert names[0] == names[1]
    refused = samskab(library, "templates", "save", first, "Idéer på personalemødet", check=False)
    assert refused.returncode == 1 and "findes allerede en skabelon" in refused.stderr
    samskab(library, "templates", "save", first, "Idéer på personalemødet", "--replace")


def test_a_broken_user_template_is_named_and_the_others_still_work(tmp_path: Path, user_folder: Path) -> None:
    user_folder.mkdir()
    (user_folder / "oedelagt.toml").write_text('schema_version = 1\nkind = "template"\n', encoding="utf-8")
    library = tmp_path / "lib.sqlite3"
    listed = samskab(library, "templates")
    assert "innovationsloopet\tInnovationsloopet" in listed.stdout
    assert "ugyldig skabelon" in listed.stderr and "oedelagt.toml" in listed.stderr
    samskab(library, "new", "--template", "innovationsloopet", "--title", "Virker stadig")
    broken = samskab(library, "new", "--template", "oedelagt", "--title", "X", check=False)
    assert broken.returncode == 1 and "oedelagt.toml: id: mangler" in broken.stderr


def test_the_handout_names_a_user_template_by_its_name(tmp_path: Path) -> None:
    from exports.texts import template_name

    library = tmp_path / "lib.sqlite3"
    first = samskab(library, "new", "--template", "hverdagsinnovation", "--title", "Møde").stdout.strip()
    samskab(library, "templates", "save", first, "Idéer på personalemødet")
    template_name.cache_clear()
    assert template_name("da", "ideer-paa-personalemoedet") == "Idéer på personalemødet"
    assert template_name("da", "findes-ikke") == "findes-ikke"

"""The user's own templates: a workshop's plan saved as one (checked by the same loader
as the built-in ones), found beside the built-in ones, and a broken one named without
hiding the others."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from app.errors import FileWriteError, InvalidInput, TemplateError, UnknownTemplate
from app.library import Library
from app.operations import create_workshop
from app.operations import plan as ops
from app.queries import load_workshop
from app.templates import (
    Template,
    builtin_dir,
    get_template,
    load_template,
    load_templates,
    scan_templates,
    template_dirs,
    user_templates_dir,
)

BROKEN = 'schema_version = 1\nkind = "template"\nid = "oedelagt"\nname = { da = "Ødelagt" }\n'


def plan_of(library: Library, workshop_id: uuid.UUID) -> tuple[object, ...]:
    w = load_workshop(library, workshop_id)
    return (
        [(p.name, p.kind, p.goal, list(p.prompts), p.timebox_minutes) for p in sorted(w.phases, key=lambda p: p.position)],
        [s.text for s in sorted(w.statements, key=lambda s: s.position)],
        [(c.name, c.description) for c in sorted(w.criteria, key=lambda c: c.position)],
    )


@pytest.fixture
def changed(library: Library, templates: dict[str, Template]) -> uuid.UUID:
    """A workshop whose plan was changed: a phase renamed, retimed and reprompted, one
    added, a statement and a criterion of its own."""
    wid = create_workshop(library, templates["hverdagsinnovation"], title="Personalemøde").subject
    assert wid is not None
    first = sorted(load_workshop(library, wid).phases, key=lambda p: p.position)[0]
    ops.update_phase(library, first.id, name="Hvad nu hvis…!", timebox_minutes=7, prompts=["Én udfordring", "Hvem?"])
    ops.add_phase(library, wid, "Kaffe", kind="reflect", goal="Snak", timebox_minutes=5)
    ops.add_statement(library, wid, "Vi tør prøve")
    ops.add_criterion(library, wid, "Mod", "Tør vi?")
    return wid


def test_a_saved_plan_is_a_template_that_makes_the_same_plan(library: Library, changed: uuid.UUID, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    template = ops.save_as_template(library, changed, "Idéer på personalemødet", description="En halv time", folder=folder)
    assert template.path == folder / "ideer-paa-personalemoedet.toml"
    assert template.name.da == "Idéer på personalemødet" and template.description.da == "En halv time"
    assert [v.id for v in template.vocabularies] == [v.id for v in get_template("hverdagsinnovation").vocabularies]
    assert load_template(template.path).id == template.id  # the same checker as the built-in ones
    again = create_workshop(library, template, title="Næste møde").subject
    assert again is not None
    assert plan_of(library, again) == plan_of(library, changed)
    assert template.id in load_templates(template_dirs(folder))
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no scratch left


def test_saving_refuses_a_taken_name_unless_replacing(library: Library, changed: uuid.UUID, tmp_path: Path) -> None:
    ops.save_as_template(library, changed, "Mit møde", folder=tmp_path)
    with pytest.raises(InvalidInput, match=r"findes allerede en skabelon med navnet »Mit  Møde!« \(mit-moede\)") as caught:
        ops.save_as_template(library, changed, "Mit  Møde!", folder=tmp_path)
    assert "Choose another name" in caught.value.message("en")
    ops.save_as_template(library, changed, "Mit møde", description="Ny", folder=tmp_path, replace=True)
    assert load_template(tmp_path / "mit-moede.toml").description.da == "Ny"
    with pytest.raises(InvalidInput, match="Innovationsloopet"):  # a built-in's id: refused too
        ops.save_as_template(library, changed, "Innovationsloopet", folder=tmp_path)
    with pytest.raises(InvalidInput, match="Navnet må ikke være tom"):
        ops.save_as_template(library, changed, "  ", folder=tmp_path)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes anywhere")
def test_an_unwritable_folder_gives_a_clear_message(library: Library, changed: uuid.UUID, tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(FileWriteError, match="skrivebeskyttet"):
            ops.save_as_template(library, changed, "X", folder=tmp_path / "templates")
    finally:
        tmp_path.chmod(0o700)


def test_a_broken_user_template_is_named_and_hides_no_other(tmp_path: Path) -> None:
    (tmp_path / "oedelagt.toml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "personalemoede.toml").write_text(
        (builtin_dir() / "hverdagsinnovation.toml").read_text(encoding="utf-8")
        .replace('id = "hverdagsinnovation"', 'id = "personalemoede"'), encoding="utf-8")
    scan = scan_templates(template_dirs(tmp_path))
    assert {"personalemoede", "innovationsloopet", "hverdagsinnovation"} <= set(scan.templates)
    assert [Path(p.path).name for p in scan.problems] == ["oedelagt.toml"]
    assert "oedelagt.toml: phases: mangler" in scan.problems[0].message("da")
    assert get_template("personalemoede", template_dirs(tmp_path)).id == "personalemoede"
    with pytest.raises(TemplateError, match="oedelagt.toml: phases"):
        get_template("oedelagt", template_dirs(tmp_path))
    with pytest.raises(UnknownTemplate):
        get_template("findes-ikke", template_dirs(tmp_path))
    with pytest.raises(TemplateError):  # the strict loader still raises the first problem
        load_templates(template_dirs(tmp_path))


def test_the_user_folder_is_samskabs_own_or_the_one_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SAMSKAB_TEMPLATES", raising=False)
    default = user_templates_dir()
    assert default.name == "templates" and default.parent.name == "Samskab"  # as workshops/README.md says
    monkeypatch.setenv("SAMSKAB_TEMPLATES", str(tmp_path))
    assert user_templates_dir() == tmp_path


def test_the_readme_names_the_folder_the_app_reads() -> None:
    readme = (builtin_dir() / "README.md").read_text(encoding="utf-8")
    assert "~/.local/share/Samskab/templates/" in readme and "share/samskab/" not in readme

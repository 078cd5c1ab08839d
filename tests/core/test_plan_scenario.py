"""Issue 14's "done when" without a screen: prepare a workshop from a template, change
its plan, score a shortlist of 5 by criteria, poll the statements the room wrote, save
the plan as a template and start the next workshop from it — through the core, then
through the command line."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from samskab_cli import samskab as run_cli

from app.library import Library, open_library
from app.operations import add_idea, create_workshop, enter_tally, open_round, reveal_round
from app.operations import plan as ops
from app.operations.voting import TallyCount, VoteSubject
from app.queries import load_workshop
from app.templates import Template, get_template, template_dirs
from app.voting import round_info


def plan_of(library: Library, workshop_id: uuid.UUID) -> tuple[object, ...]:
    w = load_workshop(library, workshop_id)
    return ([(p.name, list(p.prompts), p.timebox_minutes) for p in sorted(w.phases, key=lambda p: p.position)],
            [s.text for s in sorted(w.statements, key=lambda s: s.position)],
            [c.name for c in sorted(w.criteria, key=lambda c: c.position)])


def test_the_scenario_through_the_core(library: Library, templates: dict[str, Template], tmp_path: Path) -> None:
    wid = create_workshop(library, templates["innovationsloopet"], title="Ældreplejen").subject
    assert wid is not None
    phases = sorted(load_workshop(library, wid).phases, key=lambda p: p.position)
    ops.update_phase(library, phases[1].id, name="Idéer", timebox_minutes=60, prompts=["Hvad nu hvis…?"])
    ops.remove_phase(library, phases[-1].id)
    own = [ops.add_statement(library, wid, text).subject for text in ("Vi tør", "Vi deler")]
    ideas = [add_idea(library, wid, f"Idé {n}").subject for n in range(1, 32)]
    dots = open_round(library, wid, "dots").subject
    assert dots is not None and all(ideas) and all(own)
    enter_tally(library, dots, [TallyCount(i, 1, 40 - n) for n, i in enumerate(ideas) if i and n < 8])
    reveal_round(library, dots)
    shortlist = open_round(library, wid, "criteria", subject=VoteSubject.top_of(5, dots)).subject
    assert shortlist is not None and len(round_info(library, shortlist).options) == 5
    poll = open_round(library, wid, "statements", subject=VoteSubject.chosen(s for s in own if s)).subject
    assert poll is not None and [o.text for o in round_info(library, poll).options] == ["Vi tør", "Vi deler"]
    template = ops.save_as_template(library, wid, "Ældreplejens loop", folder=tmp_path)
    assert get_template(template.id, template_dirs(tmp_path)) == template
    again = create_workshop(library, template, title="Næste gang").subject
    assert again is not None and plan_of(library, again) == plan_of(library, wid)


def test_the_scenario_through_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMSKAB_TEMPLATES", str(tmp_path / "mine"))
    path = tmp_path / "lib.sqlite3"

    def samskab(*args: str) -> str:
        result = run_cli("--library", str(path), "--lang", "da", *args)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    wid = samskab("new", "--template", "innovationsloopet", "--title", "Ældreplejen")
    library = open_library(path)
    try:
        ops.add_statement(library, uuid.UUID(wid), "Vi skrev det selv")
        count = len(load_workshop(library, uuid.UUID(wid)).statements)
        ideas = [add_idea(library, uuid.UUID(wid), f"Idé {n}").subject for n in range(1, 32)]
        dots = open_round(library, uuid.UUID(wid), "dots").subject
        assert dots is not None
        enter_tally(library, dots, [TallyCount(i, 1, 40 - n) for n, i in enumerate(ideas) if i and n < 8])
        reveal_round(library, dots)
    finally:
        library.close()
    shortlist = samskab("vote", "open", wid, "--kind", "criteria", "--top", "5", "--from", str(dots))
    poll = samskab("vote", "open", wid, "--kind", "statements", "--statements", str(count))
    saved = samskab("templates", "save", wid, "Ældreplejens loop")
    assert Path(saved).parent == tmp_path / "mine"
    assert "aeldreplejens-loop\tÆldreplejens loop" in samskab("templates")
    again = samskab("new", "--template", "aeldreplejens-loop", "--title", "Næste gang")
    library = open_library(path)
    try:
        assert len(round_info(library, uuid.UUID(shortlist)).options) == 5
        assert [o.text for o in round_info(library, uuid.UUID(poll)).options] == ["Vi skrev det selv"]
        assert plan_of(library, uuid.UUID(again)) == plan_of(library, uuid.UUID(wid))
    finally:
        library.close()

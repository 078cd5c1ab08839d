"""Templates and the sample: every built-in loads; broken files name file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import TemplateError, UnknownTemplate
from app.templates import (
    builtin_dir,
    get_template,
    load_common,
    load_sample,
    load_template,
    load_templates,
)

GOOD = """
schema_version = 1
kind = "template"
id = "mit"
name = { da = "Min skabelon", en = "My template" }
description = { da = "Kort.", en = "Short." }
vocabularies = ["innovation"]

[[phases]]
id = "ide"
kind = "diverge"
timebox_minutes = 20
name = { da = "Idé", en = "Idea" }
prompts = [{ da = "Hvad nu hvis…!", en = "What if…!" }]
"""


def test_every_builtin_template_loads_with_danish_and_english() -> None:
    templates = load_templates()
    assert set(templates) == {
        "samarbejdsdrevet-innovation", "innovationsloopet", "det-gode-innovationsspoergsmaal", "hverdagsinnovation",
    }
    for template in templates.values():
        assert template.phases
        for phase in template.phases:
            assert phase.name.da and phase.name.en
    loop = templates["innovationsloopet"]
    assert [p.name.da for p in loop.phases] == ["Udforsk", "Idé", "Test", "Implementer", "Værdi"]
    assert all(len(p.prompts) == 3 for p in loop.phases)
    assert len(loop.criteria) == 3
    assert len(templates["samarbejdsdrevet-innovation"].statements) == 6


def test_common_has_the_three_role_cards_and_the_principles() -> None:
    common = load_common()
    assert [r.name.da for r in common.roles] == ["Igangsætter", "Facilitator", "Katalysator"]
    assert [r.arena.da for r in common.roles] == ["Interaktion", "Samarbejde", "Innovation"]
    assert [p.name.da for p in common.principles] == [
        "Bliv konkret", "Sæt holdet bredt", "Få input på tværs", "Hurtigste vej til handling",
    ]


def test_the_sample_loads() -> None:
    sample = load_sample()
    assert sample.template == "innovationsloopet"
    assert len(sample.ideas) > 20


def test_a_user_template_replaces_a_builtin_with_the_same_id(tmp_path: Path) -> None:
    (tmp_path / "hverdagsinnovation.toml").write_text(GOOD.replace('"mit"', '"hverdagsinnovation"'), encoding="utf-8")
    templates = load_templates([builtin_dir(), tmp_path])
    assert templates["hverdagsinnovation"].name.da == "Min skabelon"
    assert len(templates) == 4


def test_unknown_template_is_a_clear_error() -> None:
    with pytest.raises(UnknownTemplate) as caught:
        get_template("findes-ikke")
    assert "findes-ikke" in caught.value.message("da")
    assert "samskab templates" in caught.value.message("en")


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        (lambda t: t.replace("timebox_minutes = 20", 'timebox_minutes = "tyve"'), "phases[0].timebox_minutes", "heltal"),
        (lambda t: t.replace("timebox_minutes = 20", "timebox_minutes = 0"), "phases[0].timebox_minutes", "mellem 1 og 480"),
        (lambda t: t.replace('kind = "diverge"', 'kind = "brainstorm"'), "phases[0].kind", "skal være en af"),
        (lambda t: t.replace('name = { da = "Idé", en = "Idea" }', 'name = { da = "Idé" }'), "phases[0].name.en", "mangler"),
        (lambda t: t.replace("schema_version = 1", "schema_version = 7"), "schema_version", "nyere Samskab"),
        (lambda t: t.replace('id = "mit"', 'id = "andet"'), "id", "filens navn"),
        (lambda t: t.replace('["innovation"]', '["ukendt"]'), "vocabularies[0]", "findes ikke"),
        (lambda t: t + t[t.index("[[phases]]"):], "phases", "to gange"),
        (lambda t: t.replace("[[phases]]", "[[phases]"), "-", "ikke gyldig TOML"),
        (lambda t: t.split("[[phases]]")[0], "phases", "mangler"),
    ],
    ids=["wrong type", "out of range", "unknown kind", "missing language", "newer version", "id vs name",
         "unknown vocabulary", "duplicate id", "bad toml", "no phases"],
)
def test_broken_templates_name_the_file_the_field_and_the_problem(tmp_path: Path, change, field: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mit.toml"
    path.write_text(change(GOOD), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    error = caught.value
    assert error.path == str(path)
    assert error.field == field
    assert fragment in error.message("da")
    assert str(path) in error.message("en") and field in error.message("en")


def test_good_template_loads(tmp_path: Path) -> None:
    path = tmp_path / "mit.toml"
    path.write_text(GOOD, encoding="utf-8")
    template = load_template(path)
    assert template.phases[0].prompts[0].get("en") == "What if…!"
    assert [v.id for v in template.vocabularies] == ["innovation"]


def test_sample_with_a_dangling_reference_names_it(tmp_path: Path) -> None:
    text = (builtin_dir() / "sample" / "gentofte.toml").read_text(encoding="utf-8")
    first_phase = text.index('phase = "', text.index("[[ideas]]"))
    broken = text[:first_phase] + 'phase = "nowhere"' + text[text.index("\n", first_phase):]
    path = tmp_path / "sample.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_sample(path)
    assert caught.value.field == "ideas[0].phase"
    assert "nowhere" in caught.value.message("da")


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        (lambda t: t.replace('"Idé", en', '"Idé\\u0000", en'), "phases[0].name.da", "kontroltegn (U+0000)"),
        (lambda t: t.replace('"Idé", en', '"' + "x" * 100_000 + '", en'), "phases[0].name.da",
         "for lang: 100.000 tegn, højst 200"),
        (lambda t: t.replace('en = "Idea"', 'en = "  "'), "phases[0].name.en", "må ikke være tom"),
        (lambda t: t.replace('"What if…!"', '"What \\u001b[31mif"'), "phases[0].prompts[0].en", "kontroltegn (U+001B)"),
        (lambda t: t.replace('en = "Short."', 'en = """two\nlines"""').replace('name = { da = "Min skabelon"', 'name = { da = "Min\\nskabelon"'),
         "name.da", "én linje"),
        (lambda t: t + '\n[[statements]]\ntext = { da = "Vi \\u0007", en = "We" }\n', "statements[0].text.da", "kontroltegn"),
        (lambda t: t.replace("prompts = [", "prompts = [" + '{ da = "a", en = "b" }, ' * 50), "phases[0].prompts",
         "højst 50"),
    ],
    ids=["nul", "100,000 characters", "blank", "escape in a prompt", "line break in a name", "bell in a statement",
         "too many prompts"],
)
def test_template_texts_keep_the_app_s_text_rules(tmp_path: Path, change, field: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    """The template checker applies the rules the app applies to typed text (before,
    a phase name of 100,000 characters or with NUL passed, and crashed the PDF)."""
    path = tmp_path / "mit.toml"
    path.write_text(change(GOOD), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.field == field
    assert fragment in caught.value.message("da")
    assert "\n" not in caught.value.message("en")


def test_a_sample_with_an_over_long_idea_is_refused(tmp_path: Path) -> None:
    text = (builtin_dir() / "sample" / "gentofte.toml").read_text(encoding="utf-8")
    start = text.index('text = "', text.index("[[ideas]]"))
    broken = text[:start] + 'text = "' + "x" * 2001 + '"' + text[text.index("\n", start):]
    path = tmp_path / "sample.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_sample(path)
    assert caught.value.field == "ideas[0].text"
    assert "at most 2,000" in caught.value.message("en")

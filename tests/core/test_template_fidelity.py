"""Every text a built-in template attributes to a seed is the seed's text, word for word.

A text table ``{ da = "…", en = "…", source = "seed NNN" }`` says its Danish words are
seed NNN's (the source documents, copied into ``tests/core/seeds/``); ``source =
"forslag"`` marks Samskab's own suggestion. The comparison normalises only whitespace
and line breaks (a word split with a hyphen at a line's end is joined again). A seed's
typing slip may be mended, or a heading set in capitals written in ordinary case, only
where the template file says so in a comment of the form::

    # mend seed 003: "deres medarbejderne" → "deres medarbejdere" (typing slip)
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.templates import builtin_dir, load_common, load_templates

SEEDS = Path(__file__).parent / "seeds"
FILES = sorted(builtin_dir().glob("*.toml"))
_MEND = re.compile(r'^#\s*mend seed ([0-9]{3}): "(.+?)" → "(.+?)"', re.MULTILINE)
# Texts that are the app's own framing, not attributed to any seed: the template's
# name and description (its ``source`` says where the model comes from).
_UNATTRIBUTED = re.compile(r"^(name|description)$")


def normalise(text: str) -> str:
    """Whitespace and line breaks only: a hyphen at a line's end joins its word again,
    every other run of whitespace becomes one space."""
    text = re.sub(r"-[ \t]*\n\s*", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def seed_text(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return normalise(path.read_text(encoding="utf-8"))


def mends(path: Path) -> list[tuple[str, str, str]]:
    """The documented mends of a template file: (seed number, seed's words, mended)."""
    return _MEND.findall(path.read_text(encoding="utf-8"))


def texts(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every ``{ da, en }`` text table in a parsed file, with its field path."""
    if isinstance(node, dict):
        if "da" in node and "en" in node:
            yield where, node
            return
        for key, value in node.items():
            yield from texts(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, f"{where}[{index}]")


def _contains(seed: str, words: str) -> bool:
    """Whether ``words`` stand in ``seed`` as whole words (not a part of a longer word)."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", seed) is not None


def problems(path: Path, data: dict[str, Any] | None = None) -> list[str]:
    """What in one file is not faithful: an attributed text without a source, or a
    text said to be a seed's whose words are not in that seed."""
    data = data if data is not None else tomllib.loads(path.read_text(encoding="utf-8"))
    file_mends = mends(path)
    found = []
    for where, text in texts(data):
        if _UNATTRIBUTED.match(where):
            continue
        source = text.get("source")
        if source is None:
            found.append(f"{path.name}: {where}: no source (\"seed NNN\" or \"forslag\")")
            continue
        if source == "forslag":
            continue
        number = source.removeprefix("seed ")
        words = normalise(text["da"])
        seed = seed_text(number)
        mended = seed
        for mend_seed, before, after in file_mends:
            if mend_seed == number:
                mended = mended.replace(normalise(before), normalise(after))
        if not (_contains(seed, words) or _contains(mended, words)):
            found.append(f"{path.name}: {where}: »{text['da']}« is not in seed {number}")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_text_attributed_to_a_seed_is_the_seeds_text(path: Path) -> None:
    assert problems(path) == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_mend_is_a_seeds_words_and_is_used(path: Path) -> None:
    """A mend names words that are in the seed, and a text of the file uses the mended
    words: a stale or invented mend cannot excuse anything."""
    raw = path.read_text(encoding="utf-8")
    used = " ".join(normalise(text["da"]) for _, text in texts(tomllib.loads(raw)))
    for number, before, after in mends(path):
        assert normalise(before) in seed_text(number), (path.name, before)
        assert normalise(after) in used, (path.name, after)


def test_a_changed_word_turned_around_or_paraphrased_text_fails() -> None:
    """The check is strict: one word changed, a list turned around or a mend that is
    not written down each make it fail."""
    path = builtin_dir() / "innovationsloopet.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    prompt = data["phases"][0]["prompts"][0]
    assert prompt["source"] == "seed 004"
    prompt["da"] = prompt["da"].replace("involveres", "inddrages")
    assert len(problems(path, data)) == 1
    common = builtin_dir() / "common.toml"
    data = tomllib.loads(common.read_text(encoding="utf-8"))
    principle = data["principles"][3]["text"]
    principle["da"] = "Gennem små test bliver vi hurtigt klar over, hvad der virker og hvad der ikke virker"
    assert len(problems(common, data)) == 1
    del data["principles"][3]["text"]["source"]
    assert "no source" in problems(common, data)[0]


def test_whitespace_and_line_end_hyphens_are_all_that_is_normalised() -> None:
    assert normalise("Meget lidt fokus på politik-\n innovation") == "Meget lidt fokus på politik-innovation"
    assert normalise("fag-  og\n\norganisations") == "fag- og organisations"
    assert "politik-innovation" in seed_text("003")


def test_the_loaded_texts_keep_their_source() -> None:
    templates = load_templates()
    samarbejde = templates["samarbejdsdrevet-innovation"]
    assert samarbejde.phases[0].goal is not None and samarbejde.phases[0].goal.source == "seed 003"
    assert any(p.suggested for phase in samarbejde.phases for p in phase.prompts)
    assert samarbejde.poll_question is not None
    assert samarbejde.poll_question.da == "Er disse barrierer på spil i jeres kommune?"
    common = load_common()
    assert [m.da for m in common.question_marks] == [
        "Rumme en vision", "Må ikke have svaret på forhånd", "Skal lyde lidt kækt",
        "Hvordan får mennesker lyst til at bidrage?",
    ]
    assert all(m.source == "seed 002" for m in common.question_marks)
    assert [p.name.da for p in common.principles] == [
        "Bliv konkret", "Sæt holdet bredt", "Få input på tværs", "Hurtigste vej til handling",
    ]


def test_the_checker_refuses_a_bad_source_or_an_unknown_field_and_names_it(tmp_path: Path) -> None:
    from app.errors import TemplateError
    from app.templates import load_template

    good = (builtin_dir() / "innovationsloopet.toml").read_text(encoding="utf-8")
    for wrong, field, words in (
        ('source = "seed 004" }', "phases[0].name.source", '"seed NNN" eller "forslag"'),
        ('sorce = "seed 004" }', "phases[0].name", "ukendt felt »sorce«"),
    ):
        path = tmp_path / "innovationsloopet.toml"
        broken = good.replace('source = "seed 004" }', wrong.replace("004", "4") if "source" in wrong else wrong, 1)
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(TemplateError) as caught:
            load_template(path)
        assert caught.value.field == field and words in str(caught.value)


def test_a_users_texts_need_no_source_and_the_decks_card_ids_are_the_commons_own(tmp_path: Path) -> None:
    from app.errors import TemplateError
    from app.templates import load_template

    path = tmp_path / "egen.toml"
    body = (
        'schema_version = 1\nkind = "template"\nid = "egen"\n'
        'name = { da = "Egen", en = "Own" }\ndescription = { da = "Min egen.", en = "My own." }\n'
        '[[phases]]\nid = "a"\nkind = "diverge"\ntimebox_minutes = 5\nname = { da = "Idéer", en = "Ideas" }\n'
        '[[deck]]\nid = "vores-kort"\ntask = "trusler"\ntext = { da = "Hvad hvis vi lukker?", en = "What if we close?" }\n'
    )
    path.write_text(body, encoding="utf-8")
    template = load_template(path)
    assert template.phases[0].name.source == "" and not template.phases[0].name.suggested
    assert [c.id for c in template.deck] == ["vores-kort"]
    path.write_text(body.replace("vores-kort", "halvt-budget"), encoding="utf-8")
    with pytest.raises(TemplateError, match="halvt-budget"):
        load_template(path)
    path.write_text(body.replace('"trusler"', '"trussel"'), encoding="utf-8")
    with pytest.raises(TemplateError, match="vinkler, trusler, viden, vaner"):
        load_template(path)

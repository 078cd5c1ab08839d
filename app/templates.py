"""Workshop templates and the sample workshop: TOML data files, validated on load.

The built-in files live in ``workshops/`` at the project's root; users add their own in
the ``templates`` folder of their data directory (a user template with a built-in's id
replaces it). Every error names the file, the field and the problem, in Danish and
English. The format is documented in ``workshops/README.md``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import text_rules as rules
from app.errors import TemplateError, UnknownTemplate
from app.text_rules import TextRule, text_problem

SCHEMA_VERSION = 1
PHASE_KINDS = ("explore", "diverge", "converge", "decide", "act", "reflect", "spread")
LANGUAGES = ("da", "en")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
#: Where a text comes from: ``seed NNN`` (the words of a source document, word for word)
#: or ``forslag`` (Samskab's own suggestion, beyond the sources).
SUGGESTION = "forslag"
_TEXT_SOURCE = re.compile(r"^(seed [0-9]{3}|forslag)$")


def builtin_dir() -> Path:
    """The ``workshops/`` folder shipped with Samskab."""
    return Path(__file__).resolve().parent.parent / "workshops"


@dataclass(frozen=True)
class Text:
    """A text in Danish and English, and where its Danish words come from: ``source``
    is ``"seed NNN"`` (quoted from a source document), ``"forslag"`` (a suggestion of
    Samskab's own) or ``""`` (not said, as in a user's template)."""

    da: str
    en: str
    source: str = field(default="", compare=False)

    def get(self, language: str) -> str:
        return self.en if language.startswith("en") else self.da

    @property
    def suggested(self) -> bool:
        return self.source == SUGGESTION


@dataclass(frozen=True)
class PhaseTemplate:
    id: str
    kind: str
    name: Text
    goal: Text | None
    prompts: tuple[Text, ...]
    timebox_minutes: int


@dataclass(frozen=True)
class CriterionTemplate:
    id: str
    name: Text
    description: Text


@dataclass(frozen=True)
class Term:
    id: str
    name: Text


@dataclass(frozen=True)
class Vocabulary:
    id: str
    name: Text
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class RoleCard:
    id: str
    name: Text
    arena: Text
    tasks: tuple[Text, ...]


@dataclass(frozen=True)
class Principle:
    name: Text
    text: Text


#: The catalyst's four tasks (seed 003, "Katalysatorrollen"), in the role card's order:
#: a deck card names the one it was written from.
DECK_TASKS = ("vinkler", "trusler", "viden", "vaner")


@dataclass(frozen=True)
class DeckCard:
    """A provocation card of the catalyst's deck; ``task`` is one of :data:`DECK_TASKS`."""

    id: str
    task: str
    text: Text


@dataclass(frozen=True)
class Common:
    """What every template shares: role cards, tag vocabularies, principles, the marks
    of a good innovation question and the catalyst's deck."""

    roles: tuple[RoleCard, ...]
    vocabularies: tuple[Vocabulary, ...]
    principles: tuple[Principle, ...]
    question_marks: tuple[Text, ...] = ()
    deck: tuple[DeckCard, ...] = ()

    def role(self, role_id: str) -> RoleCard | None:
        return next((r for r in self.roles if r.id == role_id), None)


@dataclass(frozen=True)
class Template:
    id: str
    source: str
    name: Text
    description: Text
    phases: tuple[PhaseTemplate, ...]
    statements: tuple[Text, ...]
    criteria: tuple[CriterionTemplate, ...]
    vocabularies: tuple[Vocabulary, ...]
    path: Path
    poll_question: Text | None = None  # what the statement poll asks, e.g. "Er disse barrierer …?"
    deck: tuple[DeckCard, ...] = ()  # the template's own cards, beside the common deck

    def phase(self, phase_id: str) -> PhaseTemplate | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    def term_ids(self) -> set[str]:
        return {t.id for v in self.vocabularies for t in v.terms}


# -- reading helpers ---------------------------------------------------------------


class _Reader:
    """Reads one file's fields, raising a TemplateError that names the field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, da: str, en: str) -> TemplateError:
        return TemplateError(str(self.path), field, da, en)

    def load(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as file:
                data = tomllib.load(file)
        except OSError as error:
            raise self.fail("-", f"kan ikke læses ({error.strerror})", f"cannot be read ({error.strerror})") from error
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise self.fail("-", f"er ikke gyldig TOML: {error}", f"is not valid TOML: {error}") from error
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise self.fail(
                "schema_version",
                f"skal være {SCHEMA_VERSION}, er {version!r} (filen kan være fra en nyere Samskab)",
                f"must be {SCHEMA_VERSION}, is {version!r} (the file may be from a newer Samskab)",
            )
        return data

    def get(self, table: Mapping[str, Any], key: str, field: str, kind: type, *, optional: bool = False) -> Any:
        if key not in table:
            if optional:
                return None
            raise self.fail(field, "mangler", "is missing")
        value = table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(
                field,
                f"skal være {_KIND_DA[kind]}, er {_describe(value)}",
                f"must be {_KIND_EN[kind]}, is {_describe(value)}",
            )
        return value

    def text(self, table: Mapping[str, Any], key: str, field: str, rule: TextRule, *, optional: bool = False) -> Text | None:
        value = self.get(table, key, field, dict, optional=optional)
        if value is None:
            return None
        return self.text_value(value, field, rule)

    def text_value(self, value: Any, field: str, rule: TextRule) -> Text:
        """A ``{ da = "…", en = "…" }`` text, each language kept to ``rule`` (the same
        rules as typing the text into the app: :mod:`app.text_rules`)."""
        if not isinstance(value, dict):
            raise self.fail(field, "skal være { da = \"…\", en = \"…\" }", "must be { da = \"…\", en = \"…\" }")
        texts = [self.string(value, lang, f"{field}.{lang}", rule) for lang in LANGUAGES]
        source = self.get(value, "source", f"{field}.source", str, optional=True) or ""
        if source and not _TEXT_SOURCE.match(source):
            raise self.fail(
                f"{field}.source",
                f"skal være \"seed NNN\" eller \"forslag\", er »{source}«",
                f"must be \"seed NNN\" or \"forslag\", is '{source}'",
            )
        unknown = sorted(set(value) - {*LANGUAGES, "source"})
        if unknown:
            raise self.fail(field, f"ukendt felt »{unknown[0]}«", f"unknown field '{unknown[0]}'")
        return Text(texts[0], texts[1], source)

    def string(self, table: Mapping[str, Any], key: str, field: str, rule: TextRule, *, optional: bool = False) -> Any:
        """A plain text field kept to ``rule``; ``None`` if optional and absent."""
        value = self.get(table, key, field, str, optional=optional)
        if value is not None:
            problem = text_problem(value, rule)
            if problem is not None:
                raise self.fail(field, *problem)
        return value

    def texts(self, table: Mapping[str, Any], key: str, field: str, rule: TextRule, most: int) -> tuple[Text, ...]:
        """An optional list of texts, at most ``most`` of them."""
        items = self.get(table, key, field, list, optional=True) or []
        if len(items) > most:
            raise self.fail(field, f"har {len(items)} punkter, højst {most}", f"has {len(items)} items, at most {most}")
        return tuple(self.text_value(item, f"{field}[{i}]", rule) for i, item in enumerate(items))

    def ident(self, table: Mapping[str, Any], key: str, field: str) -> str:
        value: str = self.get(table, key, field, str)
        if not _ID.match(value):
            raise self.fail(
                field,
                f"»{value}« er ikke et gyldigt id (små bogstaver a-z, tal og bindestreg)",
                f"'{value}' is not a valid id (lowercase a-z, digits and hyphens)",
            )
        return value

    def tables(self, data: Mapping[str, Any], key: str, field: str, *, optional: bool = True) -> list[tuple[str, dict[str, Any]]]:
        items = self.get(data, key, field, list, optional=optional) or []
        out = []
        for index, item in enumerate(items):
            where = f"{field}[{index}]"
            if not isinstance(item, dict):
                raise self.fail(where, "skal være en tabel", "must be a table")
            out.append((where, item))
        return out

    def unique(self, ids: Iterable[str], field: str) -> None:
        seen: set[str] = set()
        for value in ids:
            if value in seen:
                raise self.fail(field, f"id'et »{value}« findes to gange", f"the id '{value}' occurs twice")
            seen.add(value)


_SOURCE = TextRule("Kilden", "source", 2000, required=False)
_KIND_DA = {str: "tekst", int: "et heltal", float: "et tal", list: "en liste", dict: "en tabel", dt.date: "en dato", bool: "sand/falsk"}
_KIND_EN = {str: "text", int: "an integer", float: "a number", list: "a list", dict: "a table", dt.date: "a date", bool: "true/false"}


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"[:80]


# -- common ---------------------------------------------------------------------------


def load_common(path: Path | None = None) -> Common:
    path = path or builtin_dir() / "common.toml"
    r = _Reader(path)
    data = r.load()
    roles = []
    for where, item in r.tables(data, "roles", "roles", optional=False):
        r.get(item, "tasks", f"{where}.tasks", list)
        roles.append(
            RoleCard(
                id=r.ident(item, "id", f"{where}.id"),
                name=_req(r.text(item, "name", f"{where}.name", rules.LABEL)),
                arena=_req(r.text(item, "arena", f"{where}.arena", rules.LABEL)),
                tasks=r.texts(item, "tasks", f"{where}.tasks", rules.LONG_TEXT, rules.MAX_PROMPTS),
            )
        )
    r.unique((x.id for x in roles), "roles")
    vocabularies = tuple(_vocabulary(r, where, item) for where, item in r.tables(data, "vocabularies", "vocabularies"))
    r.unique((v.id for v in vocabularies), "vocabularies")
    principles = tuple(
        Principle(_req(r.text(item, "name", f"{where}.name", rules.LABEL)),
                  _req(r.text(item, "text", f"{where}.text", rules.LONG_TEXT)))
        for where, item in r.tables(data, "principles", "principles")
    )
    marks = r.texts(data, "question_marks", "question_marks", rules.CRITERION_NAME, rules.MAX_PROMPTS)
    deck = _deck(r, data)
    katalysator = next((x for x in roles if x.id == "katalysator"), None)
    if deck and (katalysator is None or len(katalysator.tasks) != len(DECK_TASKS)):
        raise r.fail("roles", "kortbunken kræver katalysatorens fire opgaver", "the deck needs the catalyst's four tasks")
    return Common(tuple(roles), vocabularies, principles, marks, deck)


def _deck(r: _Reader, data: Mapping[str, Any]) -> tuple[DeckCard, ...]:
    """The ``[[deck]]`` cards of a file: an id, the catalyst task it was written from
    and its text."""
    cards = []
    for where, item in r.tables(data, "deck", "deck"):
        task = r.get(item, "task", f"{where}.task", str)
        if task not in DECK_TASKS:
            raise r.fail(f"{where}.task", f"skal være en af {', '.join(DECK_TASKS)}", f"must be one of {', '.join(DECK_TASKS)}")
        cards.append(DeckCard(r.ident(item, "id", f"{where}.id"), task,
                              _req(r.text(item, "text", f"{where}.text", rules.PROMPT))))
    r.unique((c.id for c in cards), "deck")
    return tuple(cards)


def _req(text: Text | None) -> Text:
    assert text is not None
    return text


def _vocabulary(r: _Reader, where: str, item: dict[str, Any]) -> Vocabulary:
    terms = tuple(
        Term(r.ident(t, "id", f"{tw}.id"), _req(r.text(t, "name", f"{tw}.name", rules.LABEL)))
        for tw, t in r.tables(item, "terms", f"{where}.terms", optional=False)
    )
    r.unique((t.id for t in terms), f"{where}.terms")
    return Vocabulary(r.ident(item, "id", f"{where}.id"), _req(r.text(item, "name", f"{where}.name", rules.LABEL)), terms)


# -- templates -------------------------------------------------------------------------


def load_template(path: Path, common: Common | None = None) -> Template:
    """Load and validate one template file."""
    common = common or load_common()
    r = _Reader(path)
    data = r.load()
    if data.get("kind") != "template":
        raise r.fail("kind", "skal være \"template\"", "must be \"template\"")
    template_id = r.ident(data, "id", "id")
    if template_id != path.stem:
        raise r.fail("id", f"skal være filens navn »{path.stem}«", f"must be the file's name '{path.stem}'")
    phases = []
    for where, item in r.tables(data, "phases", "phases", optional=False):
        kind = r.get(item, "kind", f"{where}.kind", str)
        if kind not in PHASE_KINDS:
            raise r.fail(f"{where}.kind", f"skal være en af {', '.join(PHASE_KINDS)}", f"must be one of {', '.join(PHASE_KINDS)}")
        minutes = r.get(item, "timebox_minutes", f"{where}.timebox_minutes", int)
        if not 1 <= minutes <= 480:
            raise r.fail(f"{where}.timebox_minutes", "skal være mellem 1 og 480", "must be between 1 and 480")
        phases.append(
            PhaseTemplate(
                id=r.ident(item, "id", f"{where}.id"),
                kind=kind,
                name=_req(r.text(item, "name", f"{where}.name", rules.PHASE_NAME)),
                goal=r.text(item, "goal", f"{where}.goal", rules.PHASE_GOAL, optional=True),
                prompts=r.texts(item, "prompts", f"{where}.prompts", rules.PROMPT, rules.MAX_PROMPTS),
                timebox_minutes=minutes,
            )
        )
    if not phases:
        raise r.fail("phases", "skal have mindst én fase", "needs at least one phase")
    r.unique((p.id for p in phases), "phases")
    criteria = tuple(
        CriterionTemplate(
            id=r.ident(item, "id", f"{where}.id"),
            name=_req(r.text(item, "name", f"{where}.name", rules.CRITERION_NAME)),
            description=r.text(item, "description", f"{where}.description", rules.CRITERION_DESCRIPTION, optional=True)
            or Text("", ""),
        )
        for where, item in r.tables(data, "criteria", "criteria")
    )
    r.unique((c.id for c in criteria), "criteria")
    known = {v.id: v for v in common.vocabularies}
    vocab_ids = r.get(data, "vocabularies", "vocabularies", list, optional=True) or []
    vocabularies = []
    for index, vid in enumerate(vocab_ids):
        if vid not in known:
            raise r.fail(
                f"vocabularies[{index}]",
                f"ordforrådet »{vid}« findes ikke i common.toml",
                f"the vocabulary '{vid}' is not in common.toml",
            )
        vocabularies.append(known[vid])
    deck = _deck(r, data)
    clash = next((c.id for c in deck if c.id in {x.id for x in common.deck}), None)
    if clash is not None:
        raise r.fail("deck", f"kortet »{clash}« findes allerede i common.toml", f"the card '{clash}' is already in common.toml")
    return Template(
        id=template_id,
        source=r.string(data, "source", "source", _SOURCE, optional=True) or "",
        name=_req(r.text(data, "name", "name", rules.TEMPLATE_NAME)),
        description=_req(r.text(data, "description", "description", rules.DESCRIPTION)),
        phases=tuple(phases),
        statements=tuple(
            _req(r.text(item, "text", f"{where}.text", rules.STATEMENT))
            for where, item in r.tables(data, "statements", "statements")
        ),
        criteria=criteria,
        vocabularies=tuple(vocabularies),
        path=path,
        poll_question=r.text(data, "poll_question", "poll_question", rules.ROUND_TITLE, optional=True),
        deck=deck,
    )


def user_templates_dir() -> Path:
    """The user's own templates: ``SAMSKAB_TEMPLATES`` if set (tests, a shared folder),
    else the ``templates`` folder of Samskab's data folder (platformdirs, app name
    ``Samskab``: ``~/.local/share/Samskab/templates`` on Linux)."""
    import os

    from platformdirs import user_data_path

    env = os.environ.get("SAMSKAB_TEMPLATES")
    if env:
        return Path(env)
    return user_data_path("Samskab", appauthor=False) / "templates"


def template_dirs(user_dir: Path | None = None) -> list[Path]:
    """Where templates are looked for: the built-in folder, then the user's."""
    dirs = [builtin_dir()]
    if user_dir is not None:
        dirs.append(user_dir)
    return dirs


def load_templates(dirs: Iterable[Path] | None = None, common: Common | None = None) -> dict[str, Template]:
    """Every template in ``dirs`` by id; later folders override earlier ones. The
    first broken file raises its :class:`TemplateError` (see :func:`scan_templates`
    for a list that carries on past broken files)."""
    scan = scan_templates(dirs, common)
    if scan.problems:
        raise scan.problems[0]
    return scan.templates


def get_template(template_id: str, dirs: Iterable[Path] | None = None) -> Template:
    """The template ``template_id``; another template's broken file does not stop it,
    but its own broken file is explained."""
    scan = scan_templates(dirs)
    if template_id in scan.templates:
        return scan.templates[template_id]
    for problem in scan.problems:
        if Path(problem.path).stem == template_id:
            raise problem
    raise UnknownTemplate(template_id)


# -- the user's own templates: all of them, the broken ones named; saving a plan ------


@dataclass(frozen=True)
class TemplateScan:
    """The templates of some folders: those that load, by id (later folders override
    earlier ones), and one :class:`TemplateError` per file that does not."""

    templates: dict[str, Template]
    problems: tuple[TemplateError, ...]


def scan_templates(dirs: Iterable[Path] | None = None, common: Common | None = None) -> TemplateScan:
    """Load every template in ``dirs`` (by default the built-in folder); a broken file
    is reported with its reason and the others still load, so one bad file in the
    user's folder hides nothing else."""
    common = common or load_common()
    found: dict[str, Template] = {}
    problems: list[TemplateError] = []
    for folder in dirs or template_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.name == "common.toml":
                continue
            try:
                template = load_template(path, common)
            except TemplateError as error:
                problems.append(error)
                continue
            found[template.id] = template
    return TemplateScan(found, tuple(problems))


def make_id(text: str, taken: Iterable[str] = (), fallback: str = "skabelon") -> str:
    """An id made from ``text`` (lowercase ``a-z``, digits and hyphens; æ ø å written
    ae oe aa, other accents dropped), not one of ``taken``: ``"Første test"`` →
    ``"foerste-test"``."""
    import unicodedata

    text = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:56].strip("-") or fallback
    used = set(taken)
    key, number = base, 2
    while key in used:
        key, number = f"{base}-{number}", number + 1
    return key


def template_data(
    workshop: Any, *, name: str, description: str = "", vocabularies: Iterable[str] = ()
) -> dict[str, Any]:
    """A workshop's plan (phases, statements, criteria; ``workshop`` is a
    :class:`app.model.Workshop` with them loaded) as a template's TOML data, in the
    format of ``workshops/README.md``. The workshop is in one language, so each text
    is written as it is in both (``da`` and ``en``)."""
    from app.dates import format_danish_date

    name = rules.clean(name, rules.TEMPLATE_NAME)
    description = rules.clean(description, rules.DESCRIPTION) if description.strip() else (
        f"Gemt fra workshoppen »{workshop.title}«" + (f" {format_danish_date(workshop.date)}." if workshop.date else ".")
    )

    def both(text: str) -> dict[str, str]:
        return {"da": text, "en": text}

    phases: list[dict[str, Any]] = []
    taken: set[str] = set()
    for phase in sorted(workshop.phases, key=lambda p: p.position):
        key = phase.key if _ID.match(phase.key or "") and phase.key not in taken else make_id(phase.name, taken)
        taken.add(key)
        item: dict[str, Any] = {"id": key, "kind": phase.kind, "timebox_minutes": phase.timebox_minutes,
                                "name": both(phase.name)}
        if phase.goal:
            item["goal"] = both(phase.goal)
        item["prompts"] = [both(prompt) for prompt in phase.prompts]
        phases.append(item)
    criteria: list[dict[str, Any]] = []
    for criterion in sorted(workshop.criteria, key=lambda c: c.position):
        item = {"id": make_id(criterion.name, (c["id"] for c in criteria)), "name": both(criterion.name)}
        if criterion.description:
            item["description"] = both(criterion.description)
        criteria.append(item)
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "kind": "template",
        "id": make_id(name),
        "source": f"Gemt fra workshoppen »{workshop.title}«",
        "name": both(name),
        "description": both(description),
        "vocabularies": list(vocabularies),
        "phases": phases,
    }
    if workshop.statements:
        data["statements"] = [{"text": both(s.text)} for s in sorted(workshop.statements, key=lambda s: s.position)]
    if criteria:
        data["criteria"] = criteria
    return data


def write_template(data: dict[str, Any], folder: Path, *, replace: bool = False, taken: Iterable[str] = ()) -> Template:
    """Write a template's data as ``<id>.toml`` in ``folder`` (made if missing), checked
    by the same loader as every template before it takes its place; refused when the
    id is already a template's (a file in ``folder`` or one of ``taken``) unless
    ``replace``. Nothing half-written is left behind."""
    import os
    import shutil
    import tempfile

    import tomli_w

    from app.errors import InvalidInput, write_error

    template_id = data["id"]
    target = folder / f"{template_id}.toml"
    if not replace and (target.exists() or template_id in set(taken)):
        name = data["name"]["da"]
        raise InvalidInput(
            f"Der findes allerede en skabelon med navnet »{name}« ({template_id}). Vælg et andet navn, eller erstat den.",
            f"There is already a template called '{name}' ({template_id}). Choose another name, or replace it.",
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".saving-", dir=folder))
        try:
            draft = scratch / target.name
            draft.write_text(tomli_w.dumps(data), encoding="utf-8")
            load_template(draft)  # the same checks as every template
            os.replace(draft, target)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    except OSError as error:
        raise write_error(error, target) from error
    return load_template(target)


# -- the sample workshop ------------------------------------------------------------------


@dataclass(frozen=True)
class SampleIdea:
    key: str
    text: str
    author: str | None
    phase: str
    table_group: str | None
    cluster: str | None
    tags: tuple[str, ...]
    x: float
    y: float


@dataclass(frozen=True)
class Sample:
    """A filled-in workshop shipped as data (see ``workshops/sample``)."""

    id: str
    template: str
    language: str
    title: str
    question: str
    date: dt.date | None
    place: str
    facilitator: str
    current_phase: str | None
    table_groups: tuple[tuple[str, str, str], ...]  # key, name, colour
    participants: tuple[tuple[str, str, str | None, str | None], ...]  # name, org, group, role
    clusters: tuple[tuple[str, str, float, float, float, float], ...]  # key, title, x, y, w, h
    ideas: tuple[SampleIdea, ...]
    actions: tuple[tuple[str, str, str, dt.date | None, str | None], ...]  # idea, owner, test, due, value


def sample_path() -> Path:
    return builtin_dir() / "sample" / "gentofte.toml"


def load_sample(path: Path | None = None, templates: Mapping[str, Template] | None = None) -> Sample:
    """Load and validate the sample workshop against its template and the common file."""
    path = path or sample_path()
    common = load_common()
    templates = templates if templates is not None else load_templates(common=common)
    r = _Reader(path)
    data = r.load()
    if data.get("kind") != "sample":
        raise r.fail("kind", "skal være \"sample\"", "must be \"sample\"")
    template_id = r.get(data, "template", "template", str)
    if template_id not in templates:
        raise r.fail("template", f"skabelonen »{template_id}« findes ikke", f"there is no template '{template_id}'")
    template = templates[template_id]
    phase_ids = {p.id for p in template.phases}
    role_ids = {x.id for x in common.roles}
    term_ids = template.term_ids()

    def ref(item: Mapping[str, Any], key: str, where: str, allowed: set[str], optional: bool = True) -> str | None:
        field = f"{where}.{key}" if where else key
        value = r.get(item, key, field, str, optional=optional)
        if value is not None and value not in allowed:
            raise r.fail(field, f"»{value}« findes ikke", f"'{value}' does not exist")
        return value  # type: ignore[no-any-return]

    groups = []
    for where, item in r.tables(data, "table_groups", "table_groups"):
        colour = r.get(item, "colour", f"{where}.colour", str)
        if not _COLOUR.match(colour):
            raise r.fail(f"{where}.colour", "skal være en farve som #RRGGBB", "must be a colour like #RRGGBB")
        groups.append((r.get(item, "key", f"{where}.key", str),
                       r.string(item, "name", f"{where}.name", rules.GROUP_NAME), colour))
    r.unique((g[0] for g in groups), "table_groups")
    group_keys = {g[0] for g in groups}
    participants = tuple(
        (
            r.string(item, "name", f"{where}.name", rules.PERSON_NAME),
            r.string(item, "organisation", f"{where}.organisation", rules.ORGANISATION, optional=True) or "",
            ref(item, "table_group", where, group_keys),
            ref(item, "role", where, role_ids),
        )
        for where, item in r.tables(data, "participants", "participants")
    )
    clusters = tuple(
        (
            r.get(item, "key", f"{where}.key", str),
            r.string(item, "title", f"{where}.title", rules.CLUSTER_TITLE),
            r.get(item, "x", f"{where}.x", float),
            r.get(item, "y", f"{where}.y", float),
            r.get(item, "width", f"{where}.width", float),
            r.get(item, "height", f"{where}.height", float),
        )
        for where, item in r.tables(data, "clusters", "clusters")
    )
    r.unique((c[0] for c in clusters), "clusters")
    cluster_keys = {c[0] for c in clusters}
    ideas = []
    for where, item in r.tables(data, "ideas", "ideas"):
        tags = r.get(item, "tags", f"{where}.tags", list, optional=True) or []
        for index, tag in enumerate(tags):
            if tag not in term_ids:
                raise r.fail(f"{where}.tags[{index}]", f"mærket »{tag}« findes ikke i skabelonens ordforråd", f"the tag '{tag}' is not in the template's vocabularies")
        ideas.append(
            SampleIdea(
                key=r.get(item, "key", f"{where}.key", str),
                text=r.string(item, "text", f"{where}.text", rules.IDEA),
                author=r.string(item, "author", f"{where}.author", rules.AUTHOR, optional=True),
                phase=ref(item, "phase", where, phase_ids, optional=False) or "",
                table_group=ref(item, "table_group", where, group_keys),
                cluster=ref(item, "cluster", where, cluster_keys),
                tags=tuple(tags),
                x=r.get(item, "x", f"{where}.x", float),
                y=r.get(item, "y", f"{where}.y", float),
            )
        )
    r.unique((i.key for i in ideas), "ideas")
    idea_keys = {i.key for i in ideas}
    value_terms = {t.id for v in common.vocabularies if v.id == "mervaerdi" for t in v.terms}
    actions = tuple(
        (
            ref(item, "idea", where, idea_keys, optional=False) or "",
            r.string(item, "owner", f"{where}.owner", rules.OWNER, optional=True) or "",
            r.string(item, "first_test", f"{where}.first_test", rules.FIRST_TEST, optional=True) or "",
            r.get(item, "due", f"{where}.due", dt.date, optional=True),
            ref(item, "added_value", where, value_terms),
        )
        for where, item in r.tables(data, "actions", "actions")
    )
    language = r.get(data, "language", "language", str, optional=True) or "da"
    if language not in LANGUAGES:
        raise r.fail("language", "skal være da eller en", "must be da or en")
    return Sample(
        id=r.ident(data, "id", "id"),
        template=template_id,
        language=language,
        title=r.string(data, "title", "title", rules.WORKSHOP_TITLE),
        question=r.string(data, "question", "question", rules.QUESTION, optional=True) or "",
        date=r.get(data, "date", "date", dt.date, optional=True),
        place=r.string(data, "place", "place", rules.PLACE, optional=True) or "",
        facilitator=r.string(data, "facilitator", "facilitator", rules.FACILITATOR, optional=True) or "",
        current_phase=ref(data, "current_phase", "", phase_ids),
        table_groups=tuple(groups),
        participants=participants,
        clusters=clusters,
        ideas=tuple(ideas),
        actions=actions,
    )

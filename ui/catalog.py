"""The templates, role cards and vocabularies as the views need them, read once.

The TOML files do not change while the app runs (a user template added meanwhile is
picked up with :func:`reload`), and several windows look template names up on every
refresh, so they are read once and kept.

The user's own templates are read from the folder given to :func:`use_user_templates`
(the app gives :func:`app.templates.user_templates_dir` at start; tests give a folder
of their own or none). A broken file there is listed by :func:`template_problems` with
its reason and hides none of the others.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.errors import TemplateError
from app.templates import (
    Common,
    Sample,
    Template,
    TemplateScan,
    builtin_dir,
    load_common,
    load_sample,
    scan_templates,
    template_dirs,
)
from ui.i18n import translators

_user_dir: Path | None = None


def use_user_templates(folder: Path | None) -> None:
    """Read the user's own templates from ``folder`` (``None``: only the built-in ones)."""
    global _user_dir
    _user_dir = folder
    reload()


@cache
def common() -> Common:
    return load_common()


@cache
def _scan() -> TemplateScan:
    return scan_templates(template_dirs(_user_dir), common=common())


@cache
def templates() -> dict[str, Template]:
    """Every template that loads, built-in and the user's own, by id (in a stable order)."""
    found = _scan().templates
    return dict(sorted(found.items(), key=lambda item: (item[1].name.da.casefold(), item[0])))


def user_folder() -> Path:
    """Where the user's own templates are read from and saved to."""
    from app.templates import user_templates_dir

    return _user_dir or user_templates_dir()


def template_problems() -> tuple[TemplateError, ...]:
    """The template files that do not load, each with its reason."""
    return _scan().problems


def is_own(template: Template) -> bool:
    """Whether ``template`` is one of the user's own (not shipped with Samskab)."""
    return template.path.parent.resolve() != builtin_dir().resolve()


def sample() -> Sample:
    return load_sample(templates=templates())


def reload() -> None:
    common.cache_clear()
    _scan.cache_clear()
    templates.cache_clear()


def data_language() -> str:
    """Which of a text's two versions to show: the UI's language ("da" for the
    pseudo-language, whose layout test wants the long Danish texts)."""
    return "en" if translators.language == "en" else "da"


def template_name(template_id: str) -> str:
    template = templates().get(template_id)
    return template.name.get(data_language()) if template else template_id


def role_name(role_id: str | None) -> str:
    if not role_id:
        return ""
    role = common().role(role_id)
    return role.name.get(data_language()) if role else role_id


def term_name(term_id: str | None) -> str:
    """The name of a vocabulary term (a tag or a kind of added value)."""
    if not term_id:
        return ""
    for vocabulary in common().vocabularies:
        for term in vocabulary.terms:
            if term.id == term_id:
                return term.name.get(data_language())
    return term_id


def value_terms() -> list[tuple[str, str]]:
    """The kinds of added value (merværdi): (id, name)."""
    return [
        (term.id, term.name.get(data_language()))
        for vocabulary in common().vocabularies
        if vocabulary.id == "mervaerdi"
        for term in vocabulary.terms
    ]

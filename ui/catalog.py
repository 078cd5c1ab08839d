"""The templates, role cards and vocabularies as the views need them, read once.

The TOML files do not change while the app runs (a user template added meanwhile is
picked up with :func:`reload`), and several windows look template names up on every
refresh, so they are read once and kept.
"""

from __future__ import annotations

from functools import cache

from app.templates import Common, Sample, Template, load_common, load_sample, load_templates
from ui.i18n import translators


@cache
def common() -> Common:
    return load_common()


@cache
def templates() -> dict[str, Template]:
    """Every template, built-in and the user's own, by id (in a stable order)."""
    found = load_templates(common=common())
    return dict(sorted(found.items(), key=lambda item: (item[1].name.da.casefold(), item[0])))


def sample() -> Sample:
    return load_sample(templates=templates())


def reload() -> None:
    common.cache_clear()
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

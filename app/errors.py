"""Errors a facilitator can cause, each with a message in Danish and English.

The core cannot use Qt's translation system, so every error carries both texts; the
UI and the CLI pick one with :meth:`SamskabError.message`.
"""

from __future__ import annotations


class SamskabError(Exception):
    """A problem caused by input or circumstances, explained to the user."""

    def __init__(self, da: str, en: str) -> None:
        super().__init__(da)
        self.da = da
        self.en = en

    def message(self, language: str = "da") -> str:
        return self.en if language.startswith("en") else self.da

    def __str__(self) -> str:
        return self.da


class InvalidInput(SamskabError):
    """A value the user typed cannot be used (empty, too long, out of range)."""


class NotFound(SamskabError):
    """The thing asked for is not in the library (deleted, or a wrong id)."""


class TemplateError(SamskabError):
    """A template or sample file is broken; the message names the file and the field."""

    def __init__(self, path: str, field: str, da: str, en: str) -> None:
        self.path = path
        self.field = field
        super().__init__(f"{path}: {field}: {da}", f"{path}: {field}: {en}")


class UnknownTemplate(SamskabError):
    def __init__(self, template_id: str) -> None:
        self.template_id = template_id
        super().__init__(
            f"Skabelonen »{template_id}« findes ikke. Se listen med 'samskab templates'.",
            f"There is no template '{template_id}'. See the list with 'samskab templates'.",
        )


class LibraryError(SamskabError):
    """The library file cannot be opened as it is (newer, corrupt, read-only, locked)."""


class VoteError(SamskabError):
    """A ballot or round action breaks the round's rules (budget, closed round...)."""


def not_found(what_da: str, what_en: str, key: object) -> NotFound:
    return NotFound(f"{what_da} findes ikke ({key}).", f"{what_en} not found ({key}).")

"""Errors a facilitator can cause, each with a message in Danish and English.

The core cannot use Qt's translation system, so every error carries both texts; the
UI and the CLI pick one with :meth:`SamskabError.message`.
"""

from __future__ import annotations

import errno
import os


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


class LibraryConflict(LibraryError):
    """A change no longer fits the library (a row it needs was changed or removed
    elsewhere since): the undo history that led to it is stale."""


class FileWriteError(SamskabError):
    """A file could not be written (disk full, read-only folder...); nothing half-written
    is left behind."""


#: errno values that mean "no room": a full disk, a full quota, a file-size limit.
NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def disk_full(where: object) -> tuple[str, str]:
    """The one sentence, in Danish and English, for a full disk at ``where``."""
    return (
        f"Disken er fuld, så {where} blev ikke gemt; frigør plads (intet tidligere gemt er tabt).",
        f"The disk is full, so {where} was not saved; free some space (nothing saved earlier is lost).",
    )


def write_error(error: OSError, path: str | os.PathLike[str]) -> FileWriteError:
    """An ``OSError`` met while writing ``path``, as one sentence a facilitator can act on."""
    if error.errno in NO_SPACE:
        return FileWriteError(*disk_full(path))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileWriteError(
            f"{path} kan ikke skrives: mappen eller filen er skrivebeskyttet. Vælg et andet sted.",
            f"{path} cannot be written: the folder or file is read-only. Choose another place.",
        )
    if error.errno == errno.ENOENT:
        return FileWriteError(
            f"{path} kan ikke skrives: mappen findes ikke.",
            f"{path} cannot be written: the folder does not exist.",
        )
    reason = error.strerror or type(error).__name__
    return FileWriteError(f"{path} kan ikke skrives ({reason}).", f"{path} cannot be written ({reason}).")


class VoteError(SamskabError):
    """A ballot or round action breaks the round's rules (budget, closed round...)."""


def not_found(what_da: str, what_en: str, key: object) -> NotFound:
    return NotFound(f"{what_da} findes ikke ({key}).", f"{what_en} not found ({key}).")

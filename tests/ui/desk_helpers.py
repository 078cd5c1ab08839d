"""Helpers for the desk tests, imported by name (a conftest module cannot be: several
folders have one)."""

from __future__ import annotations

import uuid
from typing import Any

from app import operations
from app.library import Library
from app.templates import load_templates


class ManualTime:
    """A monotonic clock the test moves by hand (for the phase timer)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_workshop(library: Library, title: str = "Bedre velfærd", template: str = "innovationsloopet", **fields: Any) -> uuid.UUID:
    changes = operations.create_workshop(library, load_templates()[template], title=title, **fields)
    assert changes.subject is not None
    return changes.subject

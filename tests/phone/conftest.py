"""Fixtures of the phone server's tests (helpers in phone_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from phone_helpers import Served, make_served

from app.library import Library
from app.templates import Template


@pytest.fixture
def served(library: Library, templates: dict[str, Template]) -> Iterator[Served]:
    result = make_served(library, templates)
    yield result
    result.server.stop()

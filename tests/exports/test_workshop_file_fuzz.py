"""Fuzzing the workshop-file importer: malformed, oversized and hostile files.

A real ``.samskab`` document is mutated at random places (a value replaced by any
JSON value, a key dropped or added, a row duplicated, a table emptied), or replaced
by random JSON or random bytes. Importing it either succeeds (the mutation was
harmless) or raises the importer's own :class:`WorkshopFileError` with a message —
never another exception — and a refused file writes nothing (every table of the
library is compared). Examples are bounded so the file takes seconds.
"""

from __future__ import annotations

import copy
import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.library import Library, open_library
from app.operations import add_sample
from app.templates import load_sample, load_templates
from exports.workshop_file import (
    MAX_FILE_BYTES,
    WorkshopFileError,
    import_workshop,
    workshop_document,
)

FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def dump(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the push queue and Alembic's version included)."""
    with library.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{name}"')).all()), key=repr)
                for name in names}


class Files:
    """A valid document, and a library to import into (reused across examples)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        source = open_library(folder / "source.sqlite3", rng=random.Random(5))
        templates = load_templates()
        sample = load_sample(templates=templates)
        workshop_id = add_sample(source, sample, templates[sample.template]).subject
        assert workshop_id is not None
        self.document = workshop_document(source, workshop_id)
        source.close()
        self.target = open_library(folder / "target.sqlite3", rng=random.Random(6))
        self.count = 0

    def write(self, content: bytes) -> Path:
        self.count += 1
        path = self.folder / f"fuzz-{self.count}.samskab"
        path.write_bytes(content)
        return path

    def try_import(self, content: bytes) -> None:
        """Import ``content``: success, or the importer's error and nothing written."""
        path = self.write(content)
        before = dump(self.target)
        try:
            import_workshop(self.target, path)
        except WorkshopFileError as error:
            assert error.message("da") and error.message("en")
            assert str(path) in error.message("en")  # the message names the file
            assert dump(self.target) == before
        finally:
            path.unlink()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Files]:
    made = Files(tmp_path_factory.mktemp("importfuzz"))
    yield made
    made.target.close()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30) | st.sampled_from([str(uuid.uuid4()), "2026-13-45", "<script>", "\x00", "a" * 5000]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn, document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with one to three random changes deep inside it."""
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        node: Any = doc
        for _depth in range(draw(st.integers(0, 5))):
            children = list(node.keys()) if isinstance(node, dict) else list(range(len(node))) if isinstance(node, list) else []
            if not children:
                break
            key = children[draw(st.integers(0, len(children) - 1))]
            if not isinstance(node[key], dict | list):
                break
            node = node[key]
        action = draw(st.sampled_from(["replace", "drop", "add", "duplicate", "empty"]))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if action == "replace":
                node[key] = draw(json_values)
            elif action == "drop":
                del node[key]
            elif action == "add":
                node[draw(st.text(max_size=10))] = draw(json_values)
            elif action == "empty":
                node[key] = [] if isinstance(node[key], list) else {}
            else:
                node[key + "_"] = copy.deepcopy(node[key])
        elif isinstance(node, list) and node:
            index = draw(st.integers(0, len(node) - 1))
            if action == "replace":
                node[index] = draw(json_values)
            elif action == "drop":
                del node[index]
            elif action == "duplicate":
                node.append(copy.deepcopy(node[index]))
            elif action == "empty":
                node.clear()
            else:
                node.insert(index, draw(json_values))
    return doc


@FUZZ
@given(data=st.data())
def test_mutated_files_import_or_are_refused_without_writing(files: Files, data: st.DataObject) -> None:
    document = data.draw(mutated(files.document))
    files.try_import(json.dumps(document, ensure_ascii=data.draw(st.booleans())).encode("utf-8"))


@FUZZ
@given(value=json_values)
def test_random_json_is_refused_without_writing(files: Files, value: Any) -> None:
    files.try_import(json.dumps(value).encode("utf-8"))


@FUZZ
@given(content=st.binary(max_size=500))
def test_random_bytes_are_refused_without_writing(files: Files, content: bytes) -> None:
    files.try_import(content)


@pytest.mark.parametrize("content", [
    b"[" * 100_000 + b"]" * 100_000,                               # nesting deeper than the parser's stack
    b'{"format": "samskab-workshop", "schema_version": 1, "tables": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    b'{"format": "samskab-workshop", "schema_version": 1e400}',    # a number too large for a float
    b'{"format": "samskab-workshop", "schema_version": ' + b"9" * 5000 + b"}",  # too many digits for int()
    b'{"format": "samskab-workshop", "format": "samskab-workshop", "schema_version": -Infinity}',
    "\ufeff{}".encode(),                                            # a byte-order mark, then nothing useful
    b"\x00" * 64,
    b"PK\x03\x04" + b"\x00" * 60,                                   # a zip file, renamed
])
def test_hostile_documents_are_refused(files: Files, content: bytes) -> None:
    with pytest.raises(WorkshopFileError):
        path = files.write(content)
        import_workshop(files.target, path)
    files.try_import(content)


def test_an_oversized_file_is_refused_before_it_is_read(files: Files) -> None:
    path = files.folder / "huge.samskab"
    with path.open("wb") as file:  # sparse: no disk space, but the size the importer sees
        file.truncate(MAX_FILE_BYTES + 1)
    before = dump(files.target)
    with pytest.raises(WorkshopFileError) as error:
        import_workshop(files.target, path)
    assert "too large" in error.value.message("en")
    assert dump(files.target) == before
    path.unlink()


def test_the_valid_document_imports(files: Files) -> None:
    """The mutations start from a document that does import (else they prove nothing)."""
    import_workshop(files.target, files.write(json.dumps(files.document).encode()))
    with files.target.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM ideas").scalar()

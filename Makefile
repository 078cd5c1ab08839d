# Samskab: `make run` starts the app, `make test` runs every check.
# Everything is installed on demand: Debian packages (scripts/system-deps.sh),
# then .venv (re-installed only when pyproject.toml or constraints.txt changes).
# constraints.txt pins every Python package, tools included, to the versions the
# tests last passed with; `make lock` writes it anew from pyproject.toml's ranges.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORE   := .venv-core
# The core tests run once more without Qt, with only these from pyproject.toml.
CORE_DEPS := sqlalchemy alembic platformdirs segno tomli-w uvicorn httptools pytest hypothesis
LOCK := constraints.txt
PIP := -m pip install -c $(LOCK)

export PYTHON
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint core-test bench soak screenshots translations clean deps-run deps-test lock dist

run: deps-run $(VENV)/.stamp-run
	$(BIN)/samskab

test: deps-test $(VENV)/.stamp-test $(CORE)/.stamp
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(MAKE) --no-print-directory core-test
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest --cov --cov-report=
	$(BIN)/coverage report
	$(BIN)/coverage report --include='app/*,exports/*' --fail-under=85 >/dev/null \
		|| { echo "coverage of app/ and exports/ is under 85 %" >&2; exit 1; }

# Core tests with PySide6 absent: proves app/ and exports/ need no Qt.
# (pytest-qt is absent there too, so its ini keys are unknown: not an error here.)
core-test: $(CORE)/.stamp
	@if $(CORE)/bin/python -c 'import PySide6' 2>/dev/null; then \
		echo "PySide6 is importable in $(CORE); it must not be" >&2; exit 1; fi
	$(CORE)/bin/python -m pytest tests/core tests/phone -W ignore::pytest.PytestConfigWarning

bench: deps-run $(VENV)/.stamp-run
	$(BIN)/python -m bench

# The app killed with SIGKILL at 50 random moments of a scripted workshop (about a
# minute; `make test` runs the same check with 3 kills), then the long runs (the
# model-based merge of laptops and the shared database at full length).
soak: deps-test $(VENV)/.stamp-test
	SOAK_KILLS=$${SOAK_KILLS:-50} $(BIN)/python -m pytest tests/core/test_soak.py -q
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m soak

# After changing UI strings: every ui/i18n/*.ts brought up to date and compiled; it lists
# what is left to translate (see ui/i18n.py).
translations: deps-run $(VENV)/.stamp-run
	$(BIN)/python scripts/translations.py

screenshots: deps-run $(VENV)/.stamp-run
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m ui.screenshots out/screenshots

# A one-folder bundle that runs without Python (docs/packaging.md): dist/samskab/, and
# dist/samskab-<version>-<os>-<arch>.tar.gz of it. `make test` then tests it too.
dist: deps-run $(VENV)/.stamp-dist
	rm -rf dist/samskab
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/samskab.spec
	version=$$($(BIN)/python -c 'import importlib.metadata as m; print(m.version("samskab"))') && \
		tar -C dist -czf "dist/samskab-$$version-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz" samskab

deps-run:
	@bash scripts/system-deps.sh run

deps-test:
	@bash scripts/system-deps.sh test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.stamp-run: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python $(PIP) -e .
	touch $@

# The dist extra (PyInstaller) is a superset of the run install too.
$(VENV)/.stamp-dist: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python $(PIP) -e '.[dist]'
	touch $@ $(VENV)/.stamp-run

# The test extra is a superset of the run install: it satisfies `run` too.
$(VENV)/.stamp-test: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python $(PIP) -e '.[test]'
	touch $@ $(VENV)/.stamp-run

$(CORE)/bin/python:
	$(PYTHON) -m venv $(CORE)

$(CORE)/.stamp: pyproject.toml $(LOCK) | $(CORE)/bin/python
	$(CORE)/bin/python -c 'import re, sys, tomllib; \
		p = tomllib.load(open("pyproject.toml", "rb"))["project"]; \
		reqs = p["dependencies"] + [r for rs in p["optional-dependencies"].values() for r in rs]; \
		want = set(sys.argv[1:]); \
		print("\n".join(r for r in reqs if re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower() in want))' \
		$(CORE_DEPS) > $(CORE)/requirements.txt
	$(CORE)/bin/python $(PIP) -r $(CORE)/requirements.txt
	$(CORE)/bin/python -m pip install -e . --no-deps
	touch $@

# Pin every package anew from pyproject.toml's ranges: a fresh venv, the newest
# versions the ranges admit, frozen into constraints.txt. Run it, then `make test`.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install -e '.[test,dist]'
	{ echo "# Written by \`make lock\`: every package the tests install, at the version they last passed with."; \
	  .venv-lock/bin/python -m pip freeze --exclude-editable | grep -iv '^samskab'; } > $(LOCK)
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) $(CORE) out build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -not -path './.git/*' -exec rm -rf {} +

# Quick start: `make run` sets up and starts Pitlane; `make test` sets up and runs every test.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup run demo test lint typecheck check-migrations bench translations clean postgres

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) translations

translations: $(STAMP)
	$(PY) -m ui.i18n build

run: setup
	$(PY) main.py

demo: setup
	$(PY) main.py --demo

test: setup
	$(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy app domain ui main.py

check-migrations: $(STAMP)
	$(VENV)/bin/alembic check

# A throwaway PostgreSQL on 127.0.0.1 for the tests (what CI uses): eval "$$(make -s postgres)"
postgres:
	@.ci/postgres

bench: setup
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Quick start: `make run` sets up and starts Pitlane; `make test` sets up and runs every test.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
BUNDLE_STAMP := $(VENV)/.bundle-installed

.PHONY: setup run demo test lint check-migrations bench translations screenshots \
	install-desktop uninstall-desktop bundle bundle-smoke clean postgres

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) translations

translations: $(STAMP)
	$(PY) -m ui.i18n build

# `pitlane` checks the system libraries Qt needs first and prints the apt line for any missing.
run: setup
	$(VENV)/bin/pitlane

demo: setup
	$(VENV)/bin/pitlane --demo

test: setup
	$(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy app domain ui main.py

check-migrations: $(STAMP)
	$(VENV)/bin/alembic check

# The committed screenshots, from a fresh demo shop: docs/screenshots (Korean, the README's) and
# docs/manual (English, the manual's), with the invoice PDF's first page. Overwrites them: on purpose.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pitlane --demo --lang ko --screenshot docs/screenshots
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pitlane --demo --lang en --screenshot docs/manual
	$(PY) packaging/invoice_png.py docs/screenshots/invoice-pdf.png
	for size in 1024x768 1280x1024 1366x768 1920x1080; do \
	  QT_QPA_PLATFORM=offscreen $(VENV)/bin/pitlane --demo --lang ko --screenshot docs/screenshots/$$size --size $$size || exit 1; \
	done

# The applications menu entry and icons, for this user ($$XDG_DATA_HOME, default ~/.local/share).
# For a bundle: $(PY) packaging/desktop.py install --exec dist/pitlane/pitlane
install-desktop: setup
	$(PY) packaging/desktop.py install --exec $(VENV)/bin/pitlane

uninstall-desktop:
	$(PY) packaging/desktop.py uninstall

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bundle]'
	touch $(BUNDLE_STAMP)

# One folder, dist/pitlane/, that runs without Python or a virtual environment (packaging/pitlane.spec).
bundle: setup $(BUNDLE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/pitlane.spec
	@echo "Bundle: dist/pitlane/pitlane ($$(du -sh dist/pitlane | cut -f1))"

# The bundle renders every screen (offscreen, fresh demo shop) and what it drew is not blank.
bundle-smoke: $(STAMP)
	$(PY) packaging/smoke.py dist/pitlane/pitlane --out build/bundle-screenshots

# A throwaway PostgreSQL on 127.0.0.1 for the tests (what CI uses): eval "$$(make -s postgres)"
postgres:
	@.ci/postgres

bench: setup
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

# Lintas: two commands from a fresh clone.
#   make run   installs into .venv, migrates SQLite, loads the demo, serves 127.0.0.1:8000
#   make test  installs what the tests need and runs the whole suite
# DATABASE_URL (and the other variables in .env.example) are read from the environment.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST_PORT ?= 127.0.0.1:8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-dev messages migrate seed browser lint bench screenshots clean

run: install messages
	@echo "==> Migrating the database ($${DATABASE_URL:-SQLite db.sqlite3})"
	$(BIN)/python manage.py migrate --no-input
	@echo "==> Loading the demo content (only what is missing)"
	$(BIN)/python manage.py seed_demo
	@echo "==> Serving Lintas on http://$(HOST_PORT)/  (admin: http://$(HOST_PORT)/admin/)"
	$(BIN)/python manage.py runserver $(HOST_PORT)

test: install-dev messages browser
	@echo "==> Running the test suite ($${DATABASE_URL:-SQLite})"
	$(BIN)/python -m pytest $(PYTEST_ARGS)

$(BIN)/python:
	@echo "==> Creating the virtualenv $(VENV) with $(PYTHON)"
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  echo "==> python3-venv is missing: installing it with apt-get"; \
	  rm -rf $(VENV); $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q python3-venv \
	  && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	@echo "==> Installing runtime dependencies (requirements.txt)"
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt | $(BIN)/python
	@echo "==> Installing test dependencies (requirements-dev.txt)"
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

messages: install
	@echo "==> Compiling the Indonesian translations (locale/*.po -> .mo)"
	$(BIN)/pybabel compile -d locale -D django --statistics

# Browser tests drive Debian's chromium; install it when missing and we may.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
	  echo "==> Browser tests will use /usr/bin/chromium"; \
	elif command -v apt-get >/dev/null && { [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null; }; then \
	  echo "==> Installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium chromium-driver; \
	else echo "==> No chromium and no apt-get: browser tests will be skipped"; fi

lint: install-dev
	$(BIN)/ruff check .

bench: install-dev messages
	$(BIN)/python bench/pages.py

screenshots: install-dev
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) db.sqlite3 static .test-media

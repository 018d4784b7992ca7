# Gemeinsam Stark – two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
PORT ?= 8000
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install run test lint format bench lighthouse-install messages clean prod-check

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: uv.lock pyproject.toml | $(BIN)/uv
	$(BIN)/uv sync --frozen --quiet
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Tests run in parallel, one worker per core (TEST_WORKERS=0 runs them in one
# process); tests sharing fixed ports or the broker's queue share a worker.
TEST_WORKERS ?= auto
PYTEST_ARGS ?=
test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The production topology on this machine: nginx, two app nodes, worker, beat,
# SMTP, PostgreSQL and Redis, walked through nginx (deploy/prod_check.py).
prod-check: install
	$(BIN)/python deploy/prod_check.py

# Every bench/*.py in turn; mixed_load.py and lighthouse.py need PostgreSQL and
# Redis (and Lighthouse: make lighthouse-install), and skip with a message without.
bench: install
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Lighthouse at a pinned version in the project's git-ignored .node/ folder.
LIGHTHOUSE_VERSION := 12.8.2
lighthouse-install:
	mkdir -p .node
	test -f .node/package.json || echo '{"private": true}' > .node/package.json
	cd .node && npm install --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION)

# Extract strings (needs GNU gettext) and compile them with polib (does not).
messages: install
	$(BIN)/python manage.py makemessages --all --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=bench --ignore=media --ignore=test-artifacts --no-obsolete
	$(BIN)/python manage.py compile_translations

clean:
	rm -rf $(VENV) staticfiles test-artifacts .pytest_cache

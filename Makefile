# The README's two commands: `make run` and `make test`. Both set up what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The design system comes from npm (package-lock.json), built into var/frontend: no CDN.
NODE_STAMP := node_modules/.installed
FRONTEND   := var/frontend/.built

.PHONY: run test lint typecheck setup test-sqlite test-postgres

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $(NODE_STAMP)

$(FRONTEND): $(NODE_STAMP) achillespath/web/frontend/achillespath.scss
	npm run --silent build
	touch $(FRONTEND)

setup: $(STAMP) $(FRONTEND)

# The web application with demo data on var/achillespath.sqlite3, at http://127.0.0.1:8000
run: setup
	$(BIN)/achillespath serve --demo

lint: $(STAMP)
	$(BIN)/ruff check achillespath tests bench
	$(BIN)/ruff format --check achillespath tests bench

typecheck: $(STAMP)
	$(BIN)/mypy --strict achillespath

test: lint typecheck test-sqlite test-postgres

# The whole suite on SQLite, then the database-backed web tests again on PostgreSQL
# (127.0.0.1:5432, database `test`, trust auth; skipped if unreachable, except in CI).
test-sqlite: setup
	$(BIN)/pytest

test-postgres: setup
	ACHILLESPATH_TEST_DATABASE=postgres $(BIN)/pytest tests/web

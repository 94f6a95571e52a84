# The README's two commands: `make run` and `make test`. Both set up what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/achillespath assess

lint: $(STAMP)
	$(BIN)/ruff check achillespath tests bench
	$(BIN)/ruff format --check achillespath tests bench

typecheck: $(STAMP)
	$(BIN)/mypy --strict achillespath

test: lint typecheck
	$(BIN)/pytest

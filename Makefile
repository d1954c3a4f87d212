# Everything runs inside .venv, built from uv.lock by uv (bootstrapped into .tools).
PYTHON ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test lint typecheck pytest eval bench schema clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check "uv>=0.5,<1"

$(VENV)/.installed: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet --inexact
	@touch $@

$(VENV)/.installed-dev: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet --extra dev
	@touch $@ $(VENV)/.installed

## make run: set up, parse the bundled corpus into out/, print a summary table
run: $(VENV)/.installed
	$(BIN)/plan-extract parse corpus/plans -o out --force

## make test: set up with dev extras, lint, type-check, run the tests and the accuracy bars
test: $(VENV)/.installed-dev lint typecheck pytest eval

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy src

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest

eval: $(VENV)/.installed-dev
	$(BIN)/plan-extract eval corpus/gold/extraction/seeds --min-f1 0.95
	$(BIN)/plan-extract eval corpus/gold/extraction/real --min-f1 0.90

## make bench: speed and memory, medians of several runs
bench: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks

## make schema: regenerate schemas/plan.schema.json from the pydantic models
schema: $(VENV)/.installed
	$(BIN)/plan-extract schema > schemas/plan.schema.json

clean:
	rm -rf $(VENV) $(TOOLS) out .mypy_cache .ruff_cache .pytest_cache

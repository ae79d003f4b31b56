# newsbrief — the two set-up commands are `make build` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip

.PHONY: build test bench eval clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed pyproject.toml
	$(PIP) install --quiet -e '.[test]'
	touch $@

## build: create .venv, install newsbrief and build the demo site into site/
build: $(VENV)/.installed
	$(VENV)/bin/newsbrief build

## test: install what the tests need and run the whole suite
test: $(VENV)/.test-installed
	$(PY) -m pytest

## eval: score the extractor on the shared dev article and our hard cases
eval: $(VENV)/.installed
	$(PY) tests/eval/run_eval.py

## bench: extraction throughput and build benchmarks beside Pelican
bench: $(VENV)/.installed
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf site $(VENV) .pytest_cache

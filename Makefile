# newsbrief — the two set-up commands are `make build` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip

.PHONY: build test test-deps bench eval clean

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

## test-deps: what the browser tests need beyond Python (Chromium, Java, axe-core), installed when missing
test-deps:
	@if [ ! -x /usr/bin/chromium ] || ! command -v java >/dev/null 2>&1; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver default-jre-headless; \
	fi
	@if [ ! -f .cache/npm/node_modules/axe-core/axe.min.js ]; then \
	  npm install --prefix .cache/npm --no-audit --no-fund --no-save axe-core@4; \
	fi

## test: install what the tests need and run the whole suite
test: $(VENV)/.test-installed test-deps
	$(PY) -m pytest

## eval: score the extractor on the shared dev article and our labelled sets (tests/eval/*)
eval: $(VENV)/.installed
	$(PY) tests/eval/run_eval.py

## bench: extraction throughput and build benchmarks beside Pelican
bench: $(VENV)/.installed
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf site $(VENV) .pytest_cache

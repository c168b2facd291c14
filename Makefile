# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# The demo harvests into the project folder, whatever HARVEST_HOME says (that may be a live home).
DEMO_HOME ?= .

.PHONY: demo test lint bench score clean help corpus-sync

help:
	@echo "make demo   - create $(VENV), install, harvest the bundled sample site offline, publish into datasets/"
	@echo "make test   - create $(VENV) with the test extra and run the whole test suite"
	@echo "make lint   - ruff"
	@echo "make bench  - run the benchmarks (ratios against baselines measured in the same run)"

# The stamp files record which extras are installed; they are rebuilt when pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(VENV)/.installed $(VENV)/.installed-test $@

demo: $(VENV)/.installed
	$(BIN)/harvest --home $(DEMO_HOME) run --sample
	@$(BIN)/harvest --home $(DEMO_HOME) status --last 1

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/parse_speed.py
	$(BIN)/python benchmarks/crawl.py
	$(BIN)/python benchmarks/release.py

score: $(VENV)/.installed
	$(PYTHON) ../shared/corpus/score.py --set dev --cmd '$(BIN)/harvest parse {file} --url {url}'

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

# Refresh the vendored DEV corpus (tests/corpus) from ../shared/corpus.
corpus-sync:
	rm -rf tests/corpus/pages && cp -r ../shared/corpus/pages ../shared/corpus/expected.jsonl tests/corpus/

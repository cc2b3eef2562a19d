# The course's commands. On a fresh Debian machine with Python 3.11:
#   make book   set everything up, build the book, serve it at http://127.0.0.1:8000
#   make test   install the test tools, run the whole test suite (what CI runs)
# Other targets: build (book only), serve, exercises, lint, format, bench, clean.

SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: book test build serve exercises lint format bench clean

book: build serve

test: $(VENV)/.dev-installed system-deps-test vendor lint
	$(BIN)/pytest

build: $(VENV)/.installed system-deps-book vendor
	$(BIN)/jupyter-book build . -W -n --keep-going

serve:
	@echo "Serving the book at http://$(HOST):$(PORT) (Ctrl-C to stop)"
	$(BIN)/python -m http.server --directory _build/html --bind $(HOST) $(PORT)

# Voila reads exercises/voila.py (offline template, settings) from the folder it starts in.
exercises: $(VENV)/.installed
	@echo "Serving the exercises at http://$(HOST):8866 (Ctrl-C to stop)"
	cd exercises && ../$(BIN)/voila --no-browser --port 8866 --Voila.ip=$(HOST)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.dev-installed system-deps-test vendor
	for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf _build test-artifacts assets/vendor

# --- setup steps (each reruns only when its inputs change) ---

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed; found $$($(PYTHON) --version)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.txt pyproject.toml
	$(BIN)/pip install --quiet -r requirements.txt -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

.PHONY: system-deps-book system-deps-test vendor
system-deps-book:
	@bash tools/install_system_deps.sh book

system-deps-test:
	@bash tools/install_system_deps.sh test

vendor: $(VENV)/.installed system-deps-book
	$(BIN)/python tools/vendor_js.py

# storylens: `make demo` analyses the seed articles; `make test` runs the test suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds

.PHONY: install demo test test-fast eval bench clean

$(BIN)/storylens: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: the CPU build; anything unpinned pulls gigabytes of CUDA
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $(BIN)/storylens

install: $(BIN)/storylens

demo: install
	mkdir -p out
	$(BIN)/storylens analyze $(SEEDS) --manifest $(SEEDS)/manifest.csv --json out/seeds.json --html out/seeds.html --timelinejs out/seeds.timeline.json --db out/seeds.db

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not browser and not postgres"

bench: install
	$(BIN)/storylens bench --data $(SEEDS) --articles 500

clean:
	rm -rf $(VENV) out .pytest_cache
